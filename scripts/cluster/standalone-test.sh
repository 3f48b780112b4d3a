#!/usr/bin/env bash
# The real cluster test: a Spark standalone master and two workers on 127.0.0.1, started from
# the project's Maven-resolved jars; `anneal run` on examples/corpus submitted to them with
# spark-submit and the shaded jar; the same jar run with local[*]; then every table (rows,
# order-independent), id and shard hash compared with `anneal compare`. Stops what it started.
#   scripts/cluster/standalone-test.sh [WORKDIR]     (default: a new folder under /tmp)
# Environment: ANNEAL_SKIP_BUILD=1 (use the jar already built), INPUT (default examples/corpus).
# Exit status: 0 when both runs wrote the same outputs and both workers ran tasks.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="${1:-$(mktemp -d /tmp/anneal-cluster.XXXXXX)}"
input="${INPUT:-$root/examples/corpus}"
mkdir -p "$work"
log() { echo "[cluster] $*" >&2; }

if [ "${ANNEAL_SKIP_BUILD:-0}" != 1 ]; then
  log "building the shaded jar (mvn package, tests skipped) ..."
  (cd "$root" && mvn -B -q -o -DskipTests package) >&2
fi
jar="$(ls "$root"/jobs/target/anneal-jobs-*-all.jar | head -n 1)"
opens="$(cat "$root/jobs/target/launcher/jvm.options")"
export SPARK_HOME; SPARK_HOME="$("$root/scripts/cluster/spark-home.sh")"
export SPARK_SCALA_VERSION=2.12 SPARK_LOCAL_IP=127.0.0.1 SPARK_LOCAL_HOSTNAME=localhost
export SPARK_LOG_DIR="$work/logs" SPARK_WORKER_DIR="$work/work"
mkdir -p "$SPARK_LOG_DIR" "$SPARK_WORKER_DIR"
log "SPARK_HOME=$SPARK_HOME ($(ls "$SPARK_HOME/jars" | wc -l) jars), jar=$(basename "$jar"), work=$work"

free_port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
spark_class() { # CLASS ARGS...: a Spark daemon or spark-submit from SPARK_HOME/jars
  local cls="$1"; shift
  # shellcheck disable=SC2086
  java $opens -Xmx512m -cp "$SPARK_HOME/conf:$SPARK_HOME/jars/*" "$cls" "$@"
}
spark_daemon() { # CLASS ARGS...: as spark_class, replacing the background subshell, so $! is the JVM
  local cls="$1"; shift
  # shellcheck disable=SC2086
  exec java $opens -Xmx512m -cp "$SPARK_HOME/conf:$SPARK_HOME/jars/*" "$cls" "$@"
}
pids=()
stop_all() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  log "stopped master and workers (${pids[*]})"
}
trap stop_all EXIT
wait_for() { # FILE PATTERN SECONDS
  for _ in $(seq 1 "$3"); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 1; done
  log "timed out waiting for '$2' in $1"; cat "$1" >&2; return 1
}

port="$(free_port)"; master="spark://127.0.0.1:$port"
spark_daemon org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$port" \
  --webui-port "$(free_port)" > "$SPARK_LOG_DIR/master.log" 2>&1 &
pids+=($!)
wait_for "$SPARK_LOG_DIR/master.log" "I have been elected leader" 90
for i in 1 2; do
  spark_daemon org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 1 --memory 1536m \
    --webui-port "$(free_port)" --work-dir "$SPARK_WORKER_DIR/worker-$i" "$master" \
    > "$SPARK_LOG_DIR/worker-$i.log" 2>&1 &
  pids+=($!)
done
for i in 1 2; do wait_for "$SPARK_LOG_DIR/worker-$i.log" "Successfully registered with master" 90; done
log "master $master with two workers (1 core, 1.5 GiB each): pids ${pids[*]}"

submit() { # MASTER OUT: spark-submit of the shaded jar, client mode
  local m="$1" out="$2"; shift 2
  rm -rf "$out"
  spark_class org.apache.spark.deploy.SparkSubmit --master "$m" --deploy-mode client \
    --class dev.anneal.jobs.Main --conf spark.executor.memory=1g --conf spark.cores.max=2 \
    --conf "spark.executor.extraJavaOptions=$opens" --conf spark.driver.host=127.0.0.1 \
    --conf spark.driver.bindAddress=127.0.0.1 --conf spark.ui.enabled=false \
    "$jar" run --input "$input" --out "$out" --quiet "$@"
}
t0=$(date +%s)
submit "$master" "$work/out-cluster" > "$work/cluster-run.log" 2>&1 || { cat "$work/cluster-run.log" >&2; exit 1; }
t1=$(date +%s)
grep '^\[anneal\]' "$work/cluster-run.log" >&2
log "cluster run: $((t1 - t0)) s"
executors=$(find "$SPARK_WORKER_DIR" -name stderr -path '*app-*' | wc -l)
busy=0
for i in 1 2; do
  if grep -lq "Finished task" "$SPARK_WORKER_DIR"/worker-$i/app-*/*/stderr 2>/dev/null; then busy=$((busy + 1)); fi
done
log "executors launched: $executors; workers whose executor finished tasks: $busy of 2"
stop_all; trap - EXIT; pids=()

submit 'local[*]' "$work/out-local" > "$work/local-run.log" 2>&1 || { cat "$work/local-run.log" >&2; exit 1; }
log "local[*] run: $(($(date +%s) - t1)) s"
set +e
spark_class org.apache.spark.deploy.SparkSubmit --master 'local[2]' --class dev.anneal.jobs.Main \
  --conf spark.ui.enabled=false "$jar" compare "$work/out-local" "$work/out-cluster" \
  2>"$work/compare.log" | tee "$work/compare.txt"
same=${PIPESTATUS[0]}
set -e
if [ "$same" -eq 0 ] && [ "$busy" -eq 2 ]; then
  log "PASS: the standalone cluster's outputs equal local[*]'s (see $work/compare.txt)"
else
  log "FAIL: compare exit $same, busy workers $busy; logs under $work"
  exit 1
fi
