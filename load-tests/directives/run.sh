#!/usr/bin/env bash
# Directives benchmark. Builds the service if needed, starts it on a free loopback port with its own throw-away
# PostgreSQL, imports the directory benchmark's district with that benchmark's generator, runs DirectivesBenchmark
# against it, and always stops the server and deletes its data.
#
#   load-tests/directives/run.sh                                          # 30 schools × 1,000 students
#   load-tests/directives/run.sh --schools 3 --students-per-school 100    # smoke run
#
# Needs psql on the PATH (the benchmark adds the district officer to the server's database).
# Environment: LIENLAC_BENCH_JAVA_OPTS   extra JVM flags for the server (e.g. "-Xmx768m" to mimic a pod)
#              LIENLAC_BENCH_SERVER_LOG  copy the server's log to this file at the end
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
jar="$root/target/quarkus-app/quarkus-run.jar"
token=demo-admin-token
work=$(mktemp -d "${TMPDIR:-/tmp}/lienlac-bench.XXXXXX")
pgdata="$work/postgres"
server_pid=""
benchmark_pid=""

source "$here/../lib/server.sh"

javac -encoding UTF-8 -d "$work/classes" "$here"/../directory-import/*.java "$here"/*.java
benchmark=(java -cp "$work/classes" DirectivesBenchmark)

if [[ ! -f $jar || -n $(find "$root/src/main" "$root/pom.xml" -newer "$jar" -print -quit) ]]; then
  echo "Building the service (./mvnw -B -q -DskipTests package)…"
  (cd "$root" && ./mvnw -B -q -DskipTests package)
fi

port=$(java -cp "$work/classes" FreePort)
management_port=$(java -cp "$work/classes" FreePort)
start_server "$port" "$management_port" -Dlienlac.otp.max-requests-per-ip-per-hour=100000 \
  -Dlienlac.otp.max-verifies-per-ip-per-hour=100000

run_benchmark "${benchmark[@]}" --base-url "http://127.0.0.1:$port" --token "$token" --server-pid "$server_pid" \
  --server-log "$work/server.log" --files-dir "$work/csv" "$@"
