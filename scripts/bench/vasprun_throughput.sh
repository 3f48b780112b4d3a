#!/usr/bin/env bash
# Throughput and memory of the Java vasprun.xml reader, on one core, beside pymatgen.
#
# Usage: scripts/bench/vasprun_throughput.sh [XMX] FILE...
#   XMX   Java heap limit, e.g. 256m (default 256m): the reader keeps one ionic step in memory,
#         so a multi-GB file must parse within a small heap.
# Needs ingest compiled (mvn -B -o -q -pl ingest compile); the dependency classpath (Aalto) is
# written to ingest/target/bench-classpath.txt on first use. Runs pinned to CPU $CPU (default 0)
# with taskset when available, so the figure is single-core; pin pymatgen to the same CPU.
# REPEAT (default 3) parses per file; BENCH_JAVA_OPTS adds JVM options (e.g. a profiler).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
xmx="256m"
if [[ $# -gt 0 && "$1" =~ ^[0-9]+[mMgG]$ ]]; then
  xmx="$1"
  shift
fi
classes="$root/ingest/target/classes"
deps="$root/ingest/target/bench-classpath.txt"
if [[ ! -d "$classes" ]]; then
  echo "not built: run 'mvn -B -o -q -pl ingest compile' first" >&2
  exit 2
fi
if [[ ! -f "$deps" || "$root/ingest/pom.xml" -nt "$deps" || "$root/pom.xml" -nt "$deps" ]]; then
  (cd "$root" && mvn -B -o -q -pl ingest dependency:build-classpath -Dmdep.outputFile="$deps") >&2
fi
pin=()
if command -v taskset >/dev/null; then
  pin=(taskset -c "${CPU:-0}")
fi
# One core: a single GC and compiler thread keep the JVM from using a second core behind our back.
exec "${pin[@]}" java -Xmx"$xmx" -XX:+UseSerialGC -XX:CICompilerCount=2 -XX:ActiveProcessorCount=1 \
  ${BENCH_JAVA_OPTS:-} -cp "$classes:$(cat "$deps")" \
  dev.anneal.ingest.simulation.vasp.VasprunThroughput --repeat "${REPEAT:-3}" "$@"
