# bench/lib.sh: helpers for bench/cases/*.sh (sourced by bench/run).
#
#   bench_sql SQL              run SQL (setup), stopping on error
#   bench_time LABEL SQL       time SQL: the best of $BENCH_RUNS runs, in ms
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
  local label=$1 sql=$2 best="" ms i
  for ((i = 0; i < BENCH_RUNS; i++)); do
    ms=$(bench_psql -c 'SET max_parallel_workers_per_gather = 0' -c '\timing on' \
           -c "$sql" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -n 1)
    if [ -z "$best" ] || awk "BEGIN { exit !($ms < $best) }"; then best=$ms; fi
  done
  BENCH_MS[$label]=$best
  printf '  %-52s %10.1f ms\n' "$label" "$best"
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
