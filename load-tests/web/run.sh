#!/usr/bin/env bash
# Web app benchmark (issue 16): the packaged server with its demo district on a free loopback port and a throw-away
# PostgreSQL, and Debian's chromium driven by Java Playwright as a parent on a cheap phone (4× CPU throttling, the
# slow-3G network profile) and a teacher at a laptop. Prints bytes on first load, time to a usable inbox on first
# and repeat load, and send-to-screen latency on the loopback. Always stops the server and deletes its data.
#
#   load-tests/web/run.sh                 # 5 loads of each kind, 30 messages
#   load-tests/web/run.sh --loads 1 --messages 5     # smoke run
#   LIENLAC_BENCH_JAR=/elsewhere/quarkus-app/quarkus-run.jar load-tests/web/run.sh   # another build, e.g. a baseline
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
jar=${LIENLAC_BENCH_JAR:-"$root/target/quarkus-app/quarkus-run.jar"}
work=$(mktemp -d "${TMPDIR:-/tmp}/lienlac-web-bench.XXXXXX")
pgdata="$work/postgres"
keys="$work/keys"
server_pid=""
benchmark_pid=""
source "$here/../lib/server.sh"

chromium=${LIENLAC_CHROMIUM:-$(command -v chromium || true)}
[[ -n $chromium ]] || { echo "chromium is needed (apt-get install -y chromium)" >&2; exit 2; }

if [[ -z ${LIENLAC_BENCH_JAR:-} ]] && [[ ! -f $jar || -n $(find "$root/src/main" "$root/pom.xml" -newer "$jar" -print -quit) ]]; then
  echo "Building the service (./mvnw -B -q -DskipTests package)…"
  (cd "$root" && ./mvnw -B -q -DskipTests package)
fi
# Playwright's jars (a test dependency of the project) for the benchmark's own classpath.
(cd "$root" && ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt")

javac -encoding UTF-8 -d "$work/classes" -cp "$(cat "$work/cp.txt")" "$here"/*.java "$here/../directory-import/FreePort.java"
port=$(java -cp "$work/classes" FreePort)
management_port=$(java -cp "$work/classes" FreePort) # not the default 9000: another server may hold it
# The demo district on: its parent, teacher and notices are what the benchmark opens.
start_server "$port" "$management_port" -Dlienlac.demo.enabled=true
echo "Waiting for the server…"
for _ in $(seq 1 240); do
  grep -q "Liên Lạc is running" "$work/server.log" 2>/dev/null && break
  kill -0 "$server_pid" 2>/dev/null || { tail -n 40 "$work/server.log"; exit 1; }
  sleep 0.5
done

run_benchmark env PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 java -cp "$work/classes:$(cat "$work/cp.txt")" WebBenchmark \
  --base-url "http://localhost:$port" --server-log "$work/server.log" --chromium "$chromium" "$@"
