# Shared by the benchmarks' run.sh scripts (sourced, not run): stopping the server they started and its embedded
# PostgreSQL. Uses the caller's variables server_pid (the server JVM, or empty) and pgdata (its data directory).

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
