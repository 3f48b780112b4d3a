#!/usr/bin/env bash
# Scores synthesis detection and extraction on the project's gold set (gold/paragraphs.jsonl,
# guide in gold/README.md) and prints precision and recall per field, then every error.
# Needs ../shared/corpus beside the repository (the gold set refers to its files); skips if absent.
# The table is also written to normalize/target/eval-extraction.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -B -o -q -pl normalize -am -Dtest=ExtractionGoldTest -Dsurefire.failIfNoSpecifiedTests=false \
  test >&2 || { echo "eval-extraction: the evaluation failed (see above)" >&2; exit 1; }
cat normalize/target/eval-extraction.md
