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
start_server "$port" ""

run_benchmark env LIENLAC_BENCH_PGDATA="$pgdata" "${benchmark[@]}" --base-url "http://127.0.0.1:$port" \
  --token "$token" --server-pid "$server_pid" --files-dir "$work/csv" "$@"
