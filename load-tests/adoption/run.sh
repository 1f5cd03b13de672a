#!/usr/bin/env bash
# Adoption reports benchmark: the directory benchmark's harness (build, throw-away server and PostgreSQL, district
# generator, import over REST) running AdoptionBenchmark instead. Needs psql on the PATH.
#
#   load-tests/adoption/run.sh                                          # 30 schools × 1,000 students
#   load-tests/adoption/run.sh --schools 2 --students-per-school 100    # smoke run
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
command -v psql >/dev/null || { echo "psql is needed (apt-get install postgresql-client)" >&2; exit 2; }
LIENLAC_BENCH_MAIN=AdoptionBenchmark LIENLAC_BENCH_SOURCES="$here" exec "$here/../directory-import/run.sh" "$@"
