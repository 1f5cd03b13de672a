#!/usr/bin/env bash
# Chat benchmark (issue 4). Builds the service and the load driver if needed, starts the service on a free loopback
# port with its own throw-away PostgreSQL and signing keys, runs the scenarios, prints the table, and always stops
# the driver processes and the server and deletes their data.
#
#   load-tests/chat/run.sh                      # idle, direct, groups, storm at the issue's sizes
#   load-tests/chat/run.sh direct groups        # some scenarios
#   load-tests/chat/run.sh --small              # smoke run: a few hundred connections
#   load-tests/chat/run.sh --help               # all options
#
# Environment: LIENLAC_BENCH_JAVA_OPTS   extra JVM flags for the server (e.g. "-Xmx768m" to mimic a pod's heap)
#              LIENLAC_BENCH_SERVER_LOG  copy the server's log to this file at the end
#              LIENLAC_BENCH_KEEP_DIR    copy the driver processes' plans and logs to this directory at the end
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
jar="$root/target/quarkus-app/quarkus-run.jar"
driver_pom="$here/driver/pom.xml"
driver="$here/driver/target/chat-load-driver.jar"
token=demo-admin-token
work=$(mktemp -d "${TMPDIR:-/tmp}/lienlac-chat-bench.XXXXXX")
pgdata="$work/postgres"
keys="$work/keys"
server_pid=""
benchmark_pid=""

source "$here/../lib/server.sh"

# The driver JVMs exit by themselves when the coordinator's pipe closes; these are any left behind, found by the
# plan files in this run's own temporary directory.
stop_drivers() {
  local pid args
  for cmdline in /proc/[0-9]*/cmdline; do
    pid=${cmdline#/proc/}
    pid=${pid%/cmdline}
    args=$(tr '\0' ' ' 2>/dev/null <"$cmdline") || continue # the process may have exited meanwhile
    if [[ $args == *"$work/"* && $args == *vn.lienlac.bench.chat.worker.Worker* ]]; then
      kill -TERM "$pid" 2>/dev/null || true
    fi
  done
}

# Called by the shared cleanup (lib/server.sh) before the server stops.
on_cleanup() {
  stop_drivers
  if [[ -n ${LIENLAC_BENCH_KEEP_DIR:-} ]]; then
    mkdir -p "$LIENLAC_BENCH_KEEP_DIR"
    cp "$work"/*.log "$work"/*.json "$LIENLAC_BENCH_KEEP_DIR"/ 2>/dev/null || true
  fi
}

if [[ ! -f $driver || -n $(find "$here/driver/src/main" "$driver_pom" -newer "$driver" -print -quit) ]]; then
  echo "Building the load driver (./mvnw -B -q -f load-tests/chat/driver/pom.xml -DskipTests package)…"
  (cd "$root" && ./mvnw -B -q -f "$driver_pom" -DskipTests package)
fi
for arg in "$@"; do
  if [[ $arg == --help || $arg == -h ]]; then
    java -jar "$driver" --help
    exit 0
  fi
done
if [[ ! -f $jar || -n $(find "$root/src/main" "$root/pom.xml" -newer "$jar" -print -quit) ]]; then
  echo "Building the service (./mvnw -B -q -DskipTests package)…"
  (cd "$root" && ./mvnw -B -q -DskipTests package)
fi

port=$(java -cp "$driver" vn.lienlac.bench.chat.run.FreePort)
management_port=$(java -cp "$driver" vn.lienlac.bench.chat.run.FreePort)
# Two event loops and G1's heap settings, as the pod runs with (QUARKUS_VERTX_EVENT_LOOPS_POOL_SIZE and
# JDK_JAVA_OPTIONS in k8s/base/configmap.yaml); LIENLAC_BENCH_JAVA_OPTS comes later on the command line, so it can
# override them.
export LIENLAC_BENCH_JAVA_OPTS="-XX:MaxHeapFreeRatio=30 -XX:MinHeapFreeRatio=10 -XX:G1PeriodicGCInterval=300000 ${LIENLAC_BENCH_JAVA_OPTS:-}"
start_server "$port" "$management_port" -Dquarkus.vertx.event-loops-pool-size=2

run_benchmark java -Xms256m -Xmx2g -jar "$driver" --base-url "http://127.0.0.1:$port" --token "$token" \
  --server-pid "$server_pid" --pg-data "$pgdata" --keys-dir "$keys" --work-dir "$work" \
  --server-log "$work/server.log" --driver-jar "$driver" "$@"
