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
start_server "$port" "$management_port"

run_benchmark java -Xms256m -Xmx1g -jar "$driver" --base-url "http://127.0.0.1:$port" --token "$token" \
  --pg-data "$pgdata" --keys-dir "$keys" "$@"
