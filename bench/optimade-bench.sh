#!/usr/bin/env bash
# OPTIMADE filter latency on generated structure entries (docs/benchmarks.md, OPTIMADE section).
# Usage: bench/optimade-bench.sh DIR [RECORDS] [QUERIES]   (default 1000000 300)
# The index is kept in DIR/optimade-RECORDS and reused when it exists.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target "$1"
mvn -q -o -pl bench -am test-compile dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$PWD/target/optimade-bench.cp" >/dev/null
uptime
java -Xmx3g -cp "bench/target/classes:$(cat target/optimade-bench.cp)" \
  dev.anneal.bench.OptimadeFilterBench "$1" "${2:-1000000}" "${3:-300}"
uptime
