# bench/lib.sh: helpers for bench/cases/*.sh (sourced by bench/run).
#
#   bench_sql SQL              run SQL (setup), stopping on error
#   bench_time LABEL SQL [LABEL SQL ...]
#                              time each SQL: the best of $BENCH_RUNS runs, in
#                              ms; the queries take turns in one session,
#                              after an untimed warm-up round
#   bench_ratio LABEL BASE     print LABEL's time as a multiple of BASE's
#   bench_peak_kb SQL          run SQL; print the peak private memory (kB) of
#                              the backend running it, sampled while it runs
#
# Timings run with parallel query off unless the SQL sets it, so that ratios
# compare work per row; cases that measure parallel scaling SET it themselves.

BENCH_RUNS=${BENCH_RUNS:-3}
declare -A BENCH_MS

bench_psql() {
  psql -X -q -v ON_ERROR_STOP=1 "$@"
}

bench_sql() {
  # through standard input, so that a script's statements run one by one
  bench_psql -c 'SET client_min_messages = warning' -f - <<<"$1" >/dev/null
}

bench_time() {
  # One session for all the queries given: a first round that loads the
  # library and fills the caches, untimed, then $BENCH_RUNS timed rounds,
  # each running every query once, in turn.  A new connection per run would
  # charge each run with loading the extension (about 0.4 ms), which the
  # floors do not pay and a connection pool pays once; taking turns lets a
  # query and its baseline see the same machine when its speed drifts.
  local labels=() sqls=() args=(-c 'SET max_parallel_workers_per_gather = 0' -c '\timing on')
  local n round i t=()
  while (($# >= 2)); do labels+=("$1"); sqls+=("$2"); shift 2; done
  n=${#labels[@]}
  for ((round = 0; round <= BENCH_RUNS; round++)); do
    for ((i = 0; i < n; i++)); do args+=(-c "${sqls[i]}"); done
  done
  mapfile -t t < <(bench_psql "${args[@]}" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p')
  if ((${#t[@]} != (BENCH_RUNS + 1) * n)); then
    echo "bench_time: expected $(((BENCH_RUNS + 1) * n)) timings, got ${#t[@]}" >&2
    return 1
  fi
  for ((i = 0; i < n; i++)); do
    BENCH_MS[${labels[i]}]=$(for ((round = 1; round <= BENCH_RUNS; round++)); do
                               echo "${t[round * n + i]}"; done | sort -g | head -n 1)
    printf '  %-52s %10.1f ms\n' "${labels[i]}" "${BENCH_MS[${labels[i]}]}"
  done
}

bench_ratio() {
  local label=$1 base=$2
  awk -v a="${BENCH_MS[$label]}" -v b="${BENCH_MS[$base]}" -v l="$label" -v bl="$base" \
    'BEGIN { printf "  ratio %-40s %6.2fx %s\n", l " / " bl, a / b, "" }'
}

bench_peak_kb() {
  # The backend's private memory (RssAnon: not the shared buffers it reads),
  # sampled from /proc every 20 ms while SQL runs; prints the largest, in kB.
  local marker="bench-peak-$$-$RANDOM" pid="" peak=0 kb
  bench_psql -c "/* $marker */ $1" >/dev/null &
  local job=$!
  while [ -z "$pid" ] && kill -0 "$job" 2>/dev/null; do
    pid=$(bench_psql -At -c "SELECT pid FROM pg_stat_activity
                             WHERE query LIKE '%$marker%' AND pid <> pg_backend_pid()")
  done
  while [ -n "$pid" ] && kill -0 "$job" 2>/dev/null; do
    kb=$(awk '/^RssAnon:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || true)
    [ -n "$kb" ] && [ "$kb" -gt "$peak" ] && peak=$kb
    sleep 0.02
  done
  wait "$job"
  echo "$peak"
}
