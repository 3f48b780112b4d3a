#!/usr/bin/env bash
# Near-duplicate benchmark: Anneal's MinHash LSH dedup vs Spark MLlib MinHashLSH on local[2].
#   scripts/bench/dedup.sh classpath                 # compile and write target/dedup-bench.cp
#   scripts/bench/dedup.sh generate DIR DOCS WORDS   # generated corpus with known duplicates
#   scripts/bench/dedup.sh ours DIR OUT [--bands 16 --rows 4 ...]
#   scripts/bench/dedup.sh mllib DIR OUT [--tables 16 ...]
#   scripts/bench/dedup.sh floor DIR OUT                # reads and writes only: the fixed cost
#   scripts/bench/dedup.sh score DIR ours=OUT1/pairs,mllib=OUT2/pairs
# Any mode takes --repeat N: the same work N times in one JVM, each round timed.
# HEAP (default 4g) is the -Xmx of the one JVM (driver and local[2] executors together); the
# peak resident memory comes from /usr/bin/time -v.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cp_file="$root/bench/target/dedup-bench.cp"
mode="$1"; shift
if [[ "$mode" == classpath ]]; then
  (cd "$root" && mvn -q -o -pl bench -am package -DskipTests dependency:build-classpath \
      -Dmdep.outputFile=target/dedup-bench.cp >/dev/null)
  exit 0
fi
cp="$root/bench/target/classes:$(cat "$cp_file")"
heap="${HEAP:-4g}"; extra_opts=(${EXTRA_JAVA_OPTS:-})
java_opts=(-Xmx"$heap" --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false)
echo "load: $(uptime)" >&2
case "$mode" in
  generate) args=(generate --out "$1" --docs "$2" --words "${3:-600}") ;;
  ours|mllib|floor) dir="$1"; out="$2"; shift 2; args=("$mode" --in "$dir" --out "$out" "$@") ;;
  score) args=(score --in "$1" --pairs "$2") ;;
  *) echo "unknown mode $mode" >&2; exit 2 ;;
esac
/usr/bin/time -f "peak_rss_kb=%M wall_s=%e" java "${java_opts[@]}" "${extra_opts[@]}" -cp "$cp" dev.anneal.bench.dedup.DedupBench "${args[@]}" 2> >(grep -v -E '^(WARNING|SLF4J)' >&2)
