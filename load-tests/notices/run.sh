#!/usr/bin/env bash
# Notices benchmark (issue 5). Builds the service and the load driver if needed, starts the service on a free
# loopback port with its own throw-away PostgreSQL and signing keys, creates a school of 1,500 students with both
# parents, connects 30% of the guardians over the chat WebSocket, publishes 18,000 end-of-term grades through the
# school's portal in batches, prints the figures, and always stops the server and deletes its data.
#
#   load-tests/notices/run.sh                                  # the issue's sizes
#   load-tests/notices/run.sh --students 300 --batch 200       # smaller; also --connected 0.3 --parallel 2
#
# Environment: LIENLAC_BENCH_JAVA_OPTS   extra JVM flags for the server (e.g. "-Xmx768m" to mimic a pod)
#              LIENLAC_BENCH_SERVER_LOG  copy the server's log to this file at the end
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
jar="$root/target/quarkus-app/quarkus-run.jar"
driver_pom="$here/driver/pom.xml"
driver="$here/driver/target/notices-load-driver.jar"
token=demo-admin-token
work=$(mktemp -d "${TMPDIR:-/tmp}/lienlac-notices-bench.XXXXXX")
pgdata="$work/postgres"
keys="$work/keys"
server_pid=""
benchmark_pid=""

source "$here/../lib/server.sh"

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [[ -n $benchmark_pid ]] && kill -0 "$benchmark_pid" 2>/dev/null; then
    kill -TERM "$benchmark_pid"
    wait "$benchmark_pid" 2>/dev/null || true
  fi
  stop_server
  if [[ -n ${LIENLAC_BENCH_SERVER_LOG:-} && -f $work/server.log ]]; then
    cp "$work/server.log" "$LIENLAC_BENCH_SERVER_LOG"
  fi
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [[ ! -f $driver || -n $(find "$here/driver/src/main" "$driver_pom" -newer "$driver" -print -quit) ]]; then
  echo "Building the load driver (./mvnw -B -q -f load-tests/notices/driver/pom.xml -DskipTests package)…"
  (cd "$root" && ./mvnw -B -q -f "$driver_pom" -DskipTests package)
fi
if [[ ! -f $jar || -n $(find "$root/src/main" "$root/pom.xml" -newer "$jar" -print -quit) ]]; then
  echo "Building the service (./mvnw -B -q -DskipTests package)…"
  (cd "$root" && ./mvnw -B -q -DskipTests package)
fi

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}
port=$(free_port)
management_port=$(free_port)
echo "Starting the service on 127.0.0.1:$port with a throw-away PostgreSQL in $pgdata…"
# The demo profile starts its own PostgreSQL and signing keys; a datasource, key or token in the environment would
# take precedence, so the server gets none. Demo data is off: the benchmark creates its own school.
(
  cd "$work"
  unset QUARKUS_DATASOURCE_REACTIVE_URL QUARKUS_DATASOURCE_JDBC_URL QUARKUS_DATASOURCE_USERNAME \
    QUARKUS_DATASOURCE_PASSWORD LIENLAC_ADMIN_TOKEN LIENLAC_DEV_DATABASE_DATA_DIR LIENLAC_DEV_KEYS_DIR \
    SMALLRYE_JWT_SIGN_KEY SMALLRYE_JWT_SIGN_KEY_LOCATION QUARKUS_OIDC_PUBLIC_KEY
  # shellcheck disable=SC2086 # LIENLAC_BENCH_JAVA_OPTS holds several flags
  exec java ${LIENLAC_BENCH_JAVA_OPTS:-} \
    -Dquarkus.profile=demo \
    -Dlienlac.demo.enabled=false \
    -Dlienlac.dev-database.data-dir="$pgdata" \
    -Dlienlac.dev-keys.dir="$keys" \
    -Dquarkus.http.host=127.0.0.1 \
    -Dquarkus.http.port="$port" \
    -Dquarkus.management.host=127.0.0.1 \
    -Dquarkus.management.port="$management_port" \
    -jar "$jar"
) >"$work/server.log" 2>&1 &
server_pid=$!

# In the background so that a signal to this script is handled at once, not after the benchmark ends.
java -Xms256m -Xmx1g -jar "$driver" --base-url "http://127.0.0.1:$port" --token "$token" \
  --pg-data "$pgdata" --keys-dir "$keys" "$@" &
benchmark_pid=$!
status=0
wait "$benchmark_pid" || status=$?
benchmark_pid=""
if ((status != 0)); then
  echo "--- last 40 lines of the server log ---"
  tail -n 40 "$work/server.log"
fi
exit "$status"
