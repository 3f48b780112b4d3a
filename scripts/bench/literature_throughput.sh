#!/usr/bin/env bash
# Documents/s of each literature reader (JATS, LaTeX bundle, PDF/HTML/DOCX through Tika) on one
# core, through the real FileIngestor (detection, parse, cleanup, language detection).
#
# Usage: scripts/bench/literature_throughput.sh [ROUNDS]     (default 10; the first half warms up)
# Builds bench/target/benchmarks.jar if missing (mvn package of the bench module), then runs
# pinned to CPU 0 with one GC and one compiler thread, and prints the machine load beside it.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
jar="bench/target/benchmarks.jar"
if [[ ! -f "$jar" ]]; then
  mvn -q -pl bench -am package -DskipTests
fi
pin=()
if command -v taskset >/dev/null; then
  pin=(taskset -c 0)
fi
echo "load: $(uptime)"
"${pin[@]}" java -Xmx2g -XX:+UseSerialGC -XX:CICompilerCount=2 -XX:ActiveProcessorCount=1 \
  -cp "$jar" dev.anneal.bench.LiteratureCpuTimeRun ../shared/corpus/literature "${1:-10}"
