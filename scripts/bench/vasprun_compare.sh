#!/usr/bin/env bash
# Anneal's vasprun.xml reader and pymatgen's Vasprun, back to back on the same CPU, several rounds.
#
# Usage: ROUNDS=5 REPEAT=1000 PYREPEAT=20 scripts/bench/vasprun_compare.sh FILE... > results.jsonl
#   Each round prints the load (uptime), then runs scripts/bench/vasprun_throughput.sh (REPEAT
#   parses per file, one JVM) and scripts/bench/vasprun_pymatgen.py (PYREPEAT parses per file),
#   both pinned to CPU $CPU (default 0), one right after the other. Every line is JSON with a
#   "round" and "reader" field; scripts/bench/vasprun_compare_summary.py turns the file into
#   medians over the rounds and ratios.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
rounds="${ROUNDS:-5}"
cpu="${CPU:-0}"
for round in $(seq 1 "$rounds"); do
  printf '{"round": %d, "reader": "uptime", "uptime": "%s"}\n' "$round" "$(uptime | sed 's/^ *//')"
  CPU="$cpu" REPEAT="${REPEAT:-1000}" "$here/vasprun_throughput.sh" 256m "$@" \
    | sed "s/^{/{\"round\": $round, \"reader\": \"anneal\", /"
  taskset -c "$cpu" /usr/bin/python3 "$here/vasprun_pymatgen.py" --repeat "${PYREPEAT:-20}" "$@" \
    | sed "s/^{/{\"round\": $round, \"reader\": \"pymatgen\", /"
done
printf '{"round": %d, "reader": "uptime", "uptime": "%s"}\n' "$((rounds + 1))" "$(uptime | sed 's/^ *//')"
