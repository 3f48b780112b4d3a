#!/usr/bin/env bash
# The whole tokenize stage (split, mixture, tokenize, shuffle, best-fit packing, Parquet + zstd,
# manifest) on local[1] and local[2], back to back on the same curated/samples.
#   [TRANSLATIONS=24] scripts/bench/tokenize_stage_scaling.sh [WORK_DIR] [ROUNDS]
# Input: anneal run on ../shared/corpus/crystal/3dsc (300 Materials Project CIFs) and
# lablog/supercon (1,305 Tc values) with render.translations=$TRANSLATIONS (default 24), so every
# structure is rendered 1 + TRANSLATIONS times (seeded random translations): a few MB of
# structure, measurement and dossier text per 24 translations. WORK_DIR is reused when it holds
# an OUT already (delete it to change TRANSLATIONS).
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
  "$root/bin/anneal" run --input "$input" --out "$out" \
      --conf render.translations="${TRANSLATIONS:-24}" \
      --conf tokenize.packing=best_fit >/dev/null
fi
echo "samples: $(du -sh "$out/curated/samples" | cut -f1) of Parquet"
# "one core" pins the whole JVM to CPU 0 (taskset): with local[1] alone the JVM's garbage
# collector, JIT compiler and Parquet/zstd writer threads still use the second core, which
# flatters the single-core figure.
for r in $(seq 1 "$rounds"); do
  for variant in 'one-core local[1]' 'local[1]' 'local[2]'; do
    m="${variant#one-core }"
    pin=()
    if [[ "$variant" == one-core* ]]; then
      pin=(taskset -c 0)
    fi
    uptime | sed 's/^/load: /'
    line="$("${pin[@]}" "$root/bin/anneal" tokenize --out "$out" --master "$m" \
        --conf tokenize.packing=best_fit 2>&1 | grep 'tokenize done')"
    echo "round $r $variant: $line"
  done
done
