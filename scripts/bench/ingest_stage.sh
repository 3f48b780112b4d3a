#!/usr/bin/env bash
# Times `anneal ingest` as a whole process (JVM and Spark start-up included) on one input and
# prints "wall S s cpu S s peak_rss M MiB" plus the stage's own line; for bench/run-all.
#   scripts/bench/ingest_stage.sh INPUT [HEAP]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
input="$1"
heap="${2:-3g}"
out="$(mktemp -d /tmp/anneal-bench-ingest.XXXXXX)"
trap 'rm -rf "$out"' EXIT
"$root/bin/anneal" --version >/dev/null   # build first, outside the timing
JAVA_OPTS="-Xmx$heap" /usr/bin/time -f 'wall %e s cpu %U+%S s peak_rss %M KiB' \
  "$root/bin/anneal" ingest -q --master 'local[2]' --input "$input" --out "$out/run" \
  2> "$out/err" >/dev/null || { cat "$out/err" >&2; exit 1; }
grep '^\[anneal\] ingest done' "$out/err" || true
awk '/^wall/ { split($4, c, "+"); printf "wall %.2f s cpu %.2f s peak_rss %.0f MiB\n", $2, c[1] + c[2], $7 / 1024 }' "$out/err"
