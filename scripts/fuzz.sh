#!/usr/bin/env bash
# The long fuzz run: the same seeded harness as `mvn verify` (FuzzTest), at a larger scale.
#   scripts/fuzz.sh [cases-per-format] [cases-for-heavy-formats] [seed]
# Defaults: 20000 cases per format, 500 for PDF/notebooks/archives/recipes, seed 20.
# The table is printed and written to ingest/target/fuzz-report.md.
set -euo pipefail
cd "$(dirname "$0")/.."
cases="${1:-20000}"
heavy="${2:-500}"
seed="${3:-20}"
exec mvn -B -o -pl ingest -am -Dtest=FuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Danneal.fuzz.cases="$cases" -Danneal.fuzz.heavy="$heavy" -Danneal.fuzz.seed="$seed" test
