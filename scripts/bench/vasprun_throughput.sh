#!/usr/bin/env bash
# Throughput and memory of the Java vasprun.xml reader, on one core, beside pymatgen.
#
# Usage: scripts/bench/vasprun_throughput.sh [XMX] FILE...
#   XMX   Java heap limit, e.g. 256m (default 256m): the reader keeps one ionic step in memory,
#         so a multi-GB file must parse within a small heap.
# Needs the built project (bin/anneal --version builds it): the reader uses Woodstox.
# Runs pinned to CPU 0 with taskset when available, so the figure is single-core.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
xmx="256m"
if [[ $# -gt 0 && "$1" =~ ^[0-9]+[mMgG]$ ]]; then
  xmx="$1"
  shift
fi
classes="$root/ingest/target/classes"
launcher_cp="$root/jobs/target/launcher/classpath.txt"
if [[ ! -d "$classes" || ! -f "$launcher_cp" ]]; then
  echo "not built: run 'bin/anneal --version' (it builds) first" >&2
  exit 2
fi
pin=()
if command -v taskset >/dev/null; then
  pin=(taskset -c 0)
fi
# One core: a single GC and compiler thread keep the JVM from using a second core behind our back.
exec "${pin[@]}" java -Xmx"$xmx" -XX:+UseSerialGC -XX:CICompilerCount=2 -XX:ActiveProcessorCount=1 \
  -cp "$classes:$(cat "$launcher_cp")" dev.anneal.ingest.simulation.vasp.VasprunThroughput --repeat "${REPEAT:-3}" "$@"
