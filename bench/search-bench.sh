#!/usr/bin/env bash
# Search benchmark: indexing rate and query latency on generated records (docs/benchmarks.md).
# Usage: bench/search-bench.sh [RECORDS] [QUERIES] [THREADS]   (default 1000000 500 2)
# INDEX_DIR=DIR keeps the generated index in DIR and, when DIR/merged exists, measures queries
# on it without indexing again.
set -euo pipefail
cd "$(dirname "$0")/.."

mkdir -p target && mvn -q -o -pl bench -am test-compile dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$PWD/target/search-bench.cp" >/dev/null
if [[ -n "${INDEX_DIR:-}" ]]; then
  work=$INDEX_DIR
  mkdir -p "$work"
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi
uptime
java -Xmx4g -cp "bench/target/classes:$(cat target/search-bench.cp)" \
  dev.anneal.bench.SearchIndexBench "$work" "${1:-1000000}" "${2:-500}" "${3:-2}"
uptime
