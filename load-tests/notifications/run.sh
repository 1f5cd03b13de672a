#!/usr/bin/env bash
# Notifications benchmark: a district's grade publication through the durable outbox. Builds the service if needed,
# starts it on a free loopback port with its own throw-away PostgreSQL and its FCM, Zalo and SMS channels pointed at
# local fake providers (run by the benchmark process), enqueues one outbox row per guardian with SQL, and measures
# until every guardian's first attempt was made and every row was taken.
#
#   load-tests/notifications/run.sh                                   # 18,000 grade records, 30,000 guardians
#   load-tests/notifications/run.sh --guardians 2000 --grades 1200    # smoke run
#   load-tests/notifications/run.sh --mix 0,0,4                       # every guardian by SMS
#
# Needs psql on the PATH. Retries are spaced by a 1 s back-off base (the default is 15 s) so that the run ends soon
# after the refused first tries are retried.
# Environment: LIENLAC_BENCH_JAVA_OPTS   extra JVM flags for the server (e.g. "-Xmx768m" to mimic a pod)
#              LIENLAC_BENCH_SERVER_LOG  copy the server's log to this file at the end
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
jar="$root/target/quarkus-app/quarkus-run.jar"
work=$(mktemp -d "${TMPDIR:-/tmp}/lienlac-bench.XXXXXX")
pgdata="$work/postgres"
server_pid=""
benchmark_pid=""

source "$here/../lib/server.sh"

javac -encoding UTF-8 -d "$work/classes" "$here"/../directory-import/FreePort.java \
  "$here"/../directives/ServerDatabase.java "$here"/*.java

if [[ ! -f $jar || -n $(find "$root/src/main" "$root/pom.xml" -newer "$jar" -print -quit) ]]; then
  echo "Building the service (./mvnw -B -q -DskipTests package)…"
  (cd "$root" && ./mvnw -B -q -DskipTests package)
fi

port=$(java -cp "$work/classes" FreePort)
fake_port=$(java -cp "$work/classes" FreePort)
java -cp "$work/classes" ServiceAccount "$work/fcm-service-account.json" "$fake_port"
fakes="http://127.0.0.1:$fake_port"
start_server "$port" "" \
  -Dlienlac.notifications.fcm.service-account-file="$work/fcm-service-account.json" \
  -Dlienlac.notifications.fcm.base-url="$fakes" \
  -Dlienlac.notifications.zalo.url="$fakes/zalo/message/template" \
  -Dlienlac.notifications.zalo.access-token=bench \
  -Dlienlac.notifications.zalo.templates.grade=100001 \
  -Dlienlac.notifications.sms.url="$fakes/sms" \
  -Dlienlac.notifications.sms.provider-id-pointer=/id \
  -Dlienlac.notifications.outbox.backoff-base=1s

run_benchmark java -cp "$work/classes" NotificationsBenchmark --base-url "http://127.0.0.1:$port" \
  --server-log "$work/server.log" --fake-port "$fake_port" "$@"
