# Shared by the benchmarks' run.sh scripts (sourced after they set work, pgdata, server_pid and benchmark_pid):
# starting the server with its own embedded PostgreSQL, running the benchmark, and stopping and cleaning up on exit
# (sourcing it installs the EXIT, INT and TERM traps).

# Waits up to $2 half-seconds for process $1 to exit; returns 1 if it is still running.
await_exit() {
  local pid=$1 tries=$2
  while ((tries-- > 0)); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.5
  done
  ! kill -0 "$pid" 2>/dev/null
}

# SIGTERM, then SIGKILL after 30 s; then the server's PostgreSQL if a killed JVM left it running.
stop_server() {
  if [[ -n $server_pid ]] && kill -0 "$server_pid" 2>/dev/null; then
    echo "Stopping the server (pid $server_pid)…"
    kill -TERM "$server_pid"
    if ! await_exit "$server_pid" 60; then
      echo "The server did not stop within 30 s; killing it." >&2
      kill -KILL "$server_pid" 2>/dev/null || true
    fi
  fi
  [[ -z $server_pid ]] || wait "$server_pid" 2>/dev/null || true
  server_pid=""
  # A killed JVM runs no shutdown hook, so its PostgreSQL may still run: stop it by the pid in its own data
  # directory, after checking that this process really serves that directory.
  if [[ -f $pgdata/postmaster.pid ]]; then
    local pg_pid
    pg_pid=$(head -n 1 "$pgdata/postmaster.pid")
    if [[ $pg_pid =~ ^[0-9]+$ ]] && tr '\0' ' ' <"/proc/$pg_pid/cmdline" 2>/dev/null | grep -qF -- "$pgdata"; then
      echo "Stopping the server's PostgreSQL (pid $pg_pid)…"
      kill -TERM "$pg_pid"
      await_exit "$pg_pid" 60 || kill -KILL "$pg_pid" 2>/dev/null || true
    fi
  fi
}

# Starts the packaged service ($jar) in the background with the demo profile's own PostgreSQL in $pgdata (and its
# own signing keys in $keys, when the caller set keys), demo data off, on 127.0.0.1:$1 and, when $2 is not empty, its
# management interface on 127.0.0.1:$2; further arguments are extra JVM flags. Logs to $work/server.log and sets
# server_pid. A datasource, key or token in the environment would take precedence over the demo profile's, so the
# server gets none.
start_server() {
  local port=$1 management_port=$2
  shift 2
  local flags=("$@")
  [[ -z ${keys:-} ]] || flags+=(-Dlienlac.dev-keys.dir="$keys")
  [[ -z $management_port ]] || flags+=(-Dquarkus.management.host=127.0.0.1 -Dquarkus.management.port="$management_port")
  echo "Starting the service on 127.0.0.1:$port with a throw-away PostgreSQL in $pgdata…"
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
      -Dquarkus.http.host=127.0.0.1 \
      -Dquarkus.http.port="$port" \
      "${flags[@]}" \
      -jar "$jar"
  ) >"$work/server.log" 2>&1 &
  server_pid=$!
}

# Runs the benchmark command in the background (so that a signal to the script is handled at once, not after the
# benchmark ends), waits for it, shows the end of the server's log when it failed, and exits with its status.
run_benchmark() {
  "$@" &
  benchmark_pid=$!
  local status=0
  wait "$benchmark_pid" || status=$?
  benchmark_pid=""
  if ((status != 0)); then
    echo "--- last 40 lines of the server log ---"
    tail -n 40 "$work/server.log"
  fi
  exit "$status"
}

# On exit, Ctrl-C or SIGTERM: stops the benchmark process ($benchmark_pid) and the server, keeps the server's log
# where LIENLAC_BENCH_SERVER_LOG says, and deletes $work. A script that has more to stop or keep defines
# on_cleanup, which runs after the benchmark is stopped and before the server is.
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [[ -n $benchmark_pid ]] && kill -0 "$benchmark_pid" 2>/dev/null; then
    kill -TERM "$benchmark_pid"
    wait "$benchmark_pid" 2>/dev/null || true
  fi
  if declare -F on_cleanup >/dev/null; then
    on_cleanup
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
