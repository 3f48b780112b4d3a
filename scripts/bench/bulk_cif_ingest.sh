#!/usr/bin/env bash
# Bulk ingest benchmark: one tar.gz of N CIFs (default 100,000) ingested with local[2] and a
# bounded heap; prints files/s and the JVM's peak resident memory.
#   scripts/bench/bulk_cif_ingest.sh [N] [HEAP]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
n="${1:-100000}"
heap="${2:-1g}"
work="${BENCH_DIR:-/tmp/anneal-bench-bulk}"
mkdir -p "$work/in"
archive="$work/in/cifs-$n.tar.gz"
[ -f "$archive" ] || /usr/bin/python3 "$root/scripts/bench/make_cif_archive.py" \
  "$root/../shared/corpus/crystal/3dsc" "$n" "$archive"
rm -rf "$work/out"
"$root/bin/anneal" --version >/dev/null   # build first, outside the timing
start=$(date +%s.%N)
JAVA_OPTS="-Xmx$heap" /usr/bin/time -v "$root/bin/anneal" ingest --master 'local[2]' \
  --input "$work/in" --out "$work/out" 2> "$work/time.log" || { cat "$work/time.log"; exit 1; }
end=$(date +%s.%N)
grep '^\[anneal\]' "$work/time.log" || true
rss_kb=$(grep 'Maximum resident set size' "$work/time.log" | awk '{print $NF}')
awk -v n="$n" -v s="$start" -v e="$end" -v rss="$rss_kb" -v heap="$heap" 'BEGIN {
  printf "files=%d wall=%.1fs files/s=%.0f peak_rss=%.0f MiB heap=-Xmx%s\n", n, e - s, n / (e - s), rss / 1024, heap }'
