#!/usr/bin/env bash
# Assembles a Spark "installation" from Maven-resolved jars: DIR/jars holds Spark SQL + MLlib
# 3.5 with Hadoop's client and Scala 2.12 (the versions of the parent pom), which is all a
# standalone master, worker, executor or spark-submit needs. Prints DIR.
#   scripts/cluster/spark-home.sh [DIR]        (default: target/spark-home under the project)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
home="${1:-$root/target/spark-home}"
if [ ! -f "$home/jars/.complete" ]; then
  rm -rf "$home/jars"
  mkdir -p "$home/jars" "$home/conf"
  offline=()
  [ "${ANNEAL_MVN_ONLINE:-0}" = 1 ] || offline=(-o)
  (cd "$root" && mvn -B -q "${offline[@]}" -f scripts/cluster/spark-dist/pom.xml \
      dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$home/jars") >&2
  touch "$home/jars/.complete"
fi
echo "$home"
