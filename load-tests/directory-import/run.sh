#!/usr/bin/env bash
# Directory import benchmark. Builds the service if needed, starts it on a free loopback port with its own
# throw-away PostgreSQL, runs DirectoryImportBenchmark against it, and always stops it and deletes its data.
#
#   load-tests/directory-import/run.sh                                          # 30 schools × 1,000 students
#   load-tests/directory-import/run.sh --schools 2 --students-per-school 100    # smoke run
#   load-tests/directory-import/run.sh --generate-only /tmp/district            # only write the CSV files
#
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

# Another benchmark reuses this harness (server start and stop, the district generator and import client):
# LIENLAC_BENCH_MAIN names its main class, LIENLAC_BENCH_SOURCES a directory of its sources, compiled with these
# (see load-tests/adoption/run.sh). It finds the server's database through LIENLAC_BENCH_PGDATA.
main=${LIENLAC_BENCH_MAIN:-DirectoryImportBenchmark}
sources=("$here"/*.java)
if [[ -n ${LIENLAC_BENCH_SOURCES:-} ]]; then
  sources+=("$LIENLAC_BENCH_SOURCES"/*.java)
fi
javac -encoding UTF-8 -d "$work/classes" "${sources[@]}"
benchmark=(java -cp "$work/classes" "$main")

for arg in "$@"; do
  if [[ $arg == --generate-only || $arg == --help || $arg == -h ]]; then
    "${benchmark[@]}" "$@"
    exit
  fi
done

if [[ ! -f $jar || -n $(find "$root/src/main" "$root/pom.xml" -newer "$jar" -print -quit) ]]; then
  echo "Building the service (./mvnw -B -q -DskipTests package)…"
  (cd "$root" && ./mvnw -B -q -DskipTests package)
fi

port=$(java -cp "$work/classes" FreePort)
echo "Starting the service on 127.0.0.1:$port with a throw-away PostgreSQL in $pgdata…"
# The demo profile starts its own PostgreSQL; a datasource or token in the environment would take
# precedence over it, so the server gets none. Demo data is off: the benchmark creates its own district.
(
  cd "$work"
  unset QUARKUS_DATASOURCE_REACTIVE_URL QUARKUS_DATASOURCE_JDBC_URL QUARKUS_DATASOURCE_USERNAME \
    QUARKUS_DATASOURCE_PASSWORD LIENLAC_ADMIN_TOKEN LIENLAC_DEV_DATABASE_DATA_DIR
  # shellcheck disable=SC2086 # LIENLAC_BENCH_JAVA_OPTS holds several flags
  exec java ${LIENLAC_BENCH_JAVA_OPTS:-} \
    -Dquarkus.profile=demo \
    -Dlienlac.demo.enabled=false \
    -Dlienlac.dev-database.data-dir="$pgdata" \
    -Dquarkus.http.host=127.0.0.1 \
    -Dquarkus.http.port="$port" \
    -jar "$jar"
) >"$work/server.log" 2>&1 &
server_pid=$!

# In the background so that a signal to this script is handled at once, not after the benchmark ends.
LIENLAC_BENCH_PGDATA="$pgdata" "${benchmark[@]}" --base-url "http://127.0.0.1:$port" --token "$token" \
  --server-pid "$server_pid" --files-dir "$work/csv" "$@" &
benchmark_pid=$!
status=0
wait "$benchmark_pid" || status=$?
benchmark_pid=""
if ((status != 0)); then
  echo "--- last 40 lines of the server log ---"
  tail -n 40 "$work/server.log"
fi
exit "$status"
