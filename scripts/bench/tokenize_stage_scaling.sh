#!/usr/bin/env bash
# The whole tokenize stage (split, mixture, tokenize, shuffle, best-fit packing, Parquet + zstd,
# manifest) on local[1] and local[2], back to back on the same curated/samples.
#   scripts/bench/tokenize_stage_scaling.sh [WORK_DIR] [ROUNDS]
# Input: anneal run on ../shared/corpus/crystal/3dsc (300 Materials Project CIFs) and
# lablog/supercon (1,305 Tc values) with render.translations=24, so every structure is rendered
# 25 times (24 seeded random translations): a few MB of structure, measurement and dossier text.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="${1:-/tmp/anneal-tokenize-bench}"
rounds="${2:-2}"
input="$work/input"
out="$work/out"
if [ ! -d "$out/curated/samples" ]; then
  rm -rf "$input" && mkdir -p "$input"
  cp -r "$root/../shared/corpus/crystal/3dsc" "$input/3dsc"
  cp -r "$root/../shared/corpus/lablog/supercon" "$input/supercon"
  "$root/bin/anneal" run --input "$input" --out "$out" --conf render.translations=24 \
      --conf tokenize.packing=best_fit >/dev/null
fi
echo "samples: $(du -sh "$out/curated/samples" | cut -f1) of Parquet"
for r in $(seq 1 "$rounds"); do
  for m in 'local[1]' 'local[2]'; do
    uptime | sed 's/^/load: /'
    line="$("$root/bin/anneal" tokenize --out "$out" --master "$m" \
        --conf tokenize.packing=best_fit 2>&1 | grep 'tokenize done')"
    echo "round $r $m: $line"
  done
done
