#!/usr/bin/env bash
# Drain benchmark (issue 21, item 1): three server processes on one shared PostgreSQL behind HAProxy
# (load-tests/drain/haproxy.cfg), clients sending continuously through it, each process restarted in turn (SIGTERM,
# wait for it to exit, start it again, wait until HAProxy sees it ready). Prints acknowledged messages lost, duplicates
# shown to a client, reconnects per second at the peak, the offline times (p50/p99/max) and the five longest offline
# episodes with every attempt, the pod that answered it and HAProxy's server state changes.
#
#   load-tests/drain/run.sh                                     # 500 pairs (1,000 clients), 20 s drain window
#   load-tests/drain/run.sh --pairs 20 --window 5s              # smoke run
#
# Needs haproxy (apt-get install -y haproxy). Environment: LIENLAC_BENCH_KEEP_DIR copies the logs there at the end.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
app="$root/target/quarkus-app"
jar="$app/quarkus-run.jar"
driver="$root/load-tests/chat/driver/target/chat-load-driver.jar"
token=demo-admin-token
pairs=500
window=20s
send_every=1000
while (($#)); do
  case $1 in
    --pairs) pairs=$2; shift 2 ;;
    --window) window=$2; shift 2 ;;
    --send-every-ms) send_every=$2; shift 2 ;;
    *) echo "unknown option $1 (--pairs N, --window DURATION, --send-every-ms N)" >&2; exit 2 ;;
  esac
done
command -v haproxy >/dev/null || { echo "haproxy is needed: apt-get install -y haproxy" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/lienlac-drain-bench.XXXXXX")
pgdata="$work/postgres"
keys="$work/keys"
mkdir -p "$keys"
db_pid="" haproxy_pid="" driver_pid=""
declare -a pod_pid=("" "" "" "") pod_port pod_management

await_exit() { # pid, half-seconds
  local pid=$1 tries=$2
  while ((tries-- > 0)); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  ! kill -0 "$pid" 2>/dev/null
}
stop_pid() { # pid: SIGTERM, SIGKILL after 60 s
  local pid=$1
  [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid"
  await_exit "$pid" 120 || kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  stop_pid "$driver_pid"
  for i in 1 2 3; do stop_pid "${pod_pid[$i]}"; done
  stop_pid "$haproxy_pid"
  stop_pid "$db_pid"
  if [[ -n ${LIENLAC_BENCH_KEEP_DIR:-} ]]; then
    mkdir -p "$LIENLAC_BENCH_KEEP_DIR" && cp "$work"/*.log "$LIENLAC_BENCH_KEEP_DIR"/ 2>/dev/null || true
  fi
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [[ ! -f $jar || -n $(find "$root/src/main" "$root/pom.xml" -newer "$jar" -print -quit) ]]; then
  echo "Building the service (./mvnw -B -q -DskipTests package)…"
  (cd "$root" && ./mvnw -B -q -DskipTests package)
fi
if [[ ! -f $driver || -n $(find "$root/load-tests/chat/driver/src/main" -newer "$driver" -print -quit) ]]; then
  echo "Building the chat load driver (its setup classes make the people and conversations)…"
  (cd "$root" && ./mvnw -B -q -f load-tests/chat/driver/pom.xml -DskipTests package)
fi
classpath="$app/app/*:$app/lib/main/*:$app/lib/boot/*"
javac -encoding UTF-8 -d "$work/classes" -cp "$classpath" "$here/SharedDatabase.java"
javac -encoding UTF-8 -d "$work/classes" -cp "$driver" "$here/DrainBenchmark.java" "$here/Episode.java" "$here/OfflineEpisodes.java"
free_port() { java -cp "$driver" vn.lienlac.bench.chat.run.FreePort; }

echo "Starting the shared PostgreSQL…"
java -cp "$work/classes:$classpath" SharedDatabase "$pgdata" >"$work/postgres.log" 2>&1 &
db_pid=$!
for _ in $(seq 120); do grep -q '^port ' "$work/postgres.log" && break; sleep 0.5; done
pg=$(sed -n 's/^port //p' "$work/postgres.log")
[[ -n $pg ]] || { cat "$work/postgres.log"; exit 1; }

start_pod() { # index
  local i=$1
  (
    cd "$work"
    unset QUARKUS_DATASOURCE_REACTIVE_URL QUARKUS_DATASOURCE_JDBC_URL LIENLAC_ADMIN_TOKEN SMALLRYE_JWT_SIGN_KEY \
      SMALLRYE_JWT_SIGN_KEY_LOCATION QUARKUS_OIDC_PUBLIC_KEY
    exec java -Xmx384m -XX:MaxHeapFreeRatio=30 -XX:MinHeapFreeRatio=10 \
      -Dquarkus.profile=demo -Dlienlac.demo.enabled=false \
      -Dquarkus.datasource.reactive.url="postgresql://127.0.0.1:$pg/postgres" \
      -Dquarkus.datasource.jdbc.url="jdbc:postgresql://127.0.0.1:$pg/postgres" \
      -Dquarkus.datasource.username=postgres -Dquarkus.datasource.password=postgres \
      -Dlienlac.dev-keys.dir="$keys" -Dquarkus.vertx.event-loops-pool-size=2 \
      -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="${pod_port[$i]}" \
      -Dquarkus.management.host=127.0.0.1 -Dquarkus.management.port="${pod_management[$i]}" \
      -Dlienlac.chat.drain.window="$window" -Dquarkus.shutdown.timeout=5s \
      -jar "$jar"
  ) >>"$work/pod$i.log" 2>&1 &
  pod_pid[$i]=$!
}
await_ready() { # index
  local i=$1
  for _ in $(seq 360); do
    kill -0 "${pod_pid[$i]}" 2>/dev/null || { tail -40 "$work/pod$i.log"; echo "pod $i exited" >&2; return 1; }
    curl -fs -o /dev/null "http://127.0.0.1:${pod_management[$i]}/q/health/ready" && return 0
    sleep 0.5
  done
  echo "pod $i not ready within 180 s" >&2
  return 1
}

for i in 1 2 3; do
  pod_port[$i]=$(free_port)
  pod_management[$i]=$(free_port)
  start_pod "$i"
  await_ready "$i" # one at a time: the first creates the schema and the signing keys
  echo "pod $i ready on 127.0.0.1:${pod_port[$i]} (pid ${pod_pid[$i]})"
done

lb_port=$(free_port)
LB_PORT=$lb_port POD1_PORT=${pod_port[1]} POD2_PORT=${pod_port[2]} POD3_PORT=${pod_port[3]} \
  POD1_MANAGEMENT=${pod_management[1]} POD2_MANAGEMENT=${pod_management[2]} POD3_MANAGEMENT=${pod_management[3]} \
  haproxy -db -f "$here/haproxy.cfg" >"$work/haproxy.log" 2>&1 &
haproxy_pid=$!
echo "HAProxy on 127.0.0.1:$lb_port"

java -Xmx1g -cp "$work/classes:$driver" DrainBenchmark --lb "http://127.0.0.1:$lb_port" \
  --api "http://127.0.0.1:${pod_port[1]}" --token "$token" --pg-data "$pgdata" --keys-dir "$keys" \
  --work-dir "$work" --stop-file "$work/stop" --haproxy-log "$work/haproxy.log" --pairs "$pairs" --send-every-ms "$send_every" \
  > >(tee "$work/driver.log") 2>&1 &
driver_pid=$! # the JVM's pid (tee runs in a process substitution)
for _ in $(seq 1200); do [[ -f $work/clients-ready ]] && break; kill -0 "$driver_pid" 2>/dev/null || exit 1; sleep 0.5; done
sleep 10 # everyone connected and sending
for i in 1 2 3; do
  echo "[$(date -u +%T)] restarting pod $i: SIGTERM (drain window $window)"
  kill -TERM "${pod_pid[$i]}"
  await_exit "${pod_pid[$i]}" 240 || { echo "pod $i did not exit within 120 s" >&2; exit 1; }
  wait "${pod_pid[$i]}" 2>/dev/null || true
  echo "[$(date -u +%T)] pod $i exited; starting it again"
  start_pod "$i"
  await_ready "$i"
  sleep 3 # HAProxy marks it up after two good checks
done
echo "[$(date -u +%T)] all three restarted; stopping the clients"
sleep 5
touch "$work/stop"
wait "$driver_pid"
driver_pid=""
grep -h "ChatDrain\]" "$work"/pod*.log | sed 's/^/  pod log: /' | cut -c1-220 || true
grep -hE '^[0-9-]+T.*(Server|server) pods/' "$work/haproxy.log" | sed 's/^/  haproxy: /' | cut -c1-220 || true
grep -q '^PASS' "$work/driver.log"
