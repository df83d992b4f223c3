#!/bin/bash
# bench/callgrind-classify.sh: instructions per row of the classify queries,
# counted with callgrind on a single-user backend (deterministic, unlike the
# timings of bench/run on a busy machine).  Runs in a throwaway cluster whose
# server it stops, with PGHOST pointing at the cluster's directory and
# PGHOST/data its data directory, e.g. under /work/tools/private.sh:
#   private.sh NAME WORKTREE 'bash bench/callgrind-classify.sh OUTDIR'
# Each query runs once and twice in a fresh backend; the difference over N
# rows is its cost per row.
set -euo pipefail
export N=${N:-200000}
OUT=${1:-/tmp/callgrind-classify}
bench_sql() { [ "$1" = "DROP TABLE bench_activities" ] && return 0; psql -qX -v ON_ERROR_STOP=1 <<< "$1" >/dev/null; }
bench_time() { :; }; bench_ratio() { :; }; bench_peak_kb() { :; }
bench_sql 'CREATE EXTENSION IF NOT EXISTS cocreation'
source bench/cases/10_classify.sh >/dev/null
DATA=$PGHOST/data
runuser -u postgres -- pg_ctl -s -D "$DATA" -m fast stop
mkdir -p "$OUT"; chmod 777 "$OUT"
declare -A Q=(
 [floor]="SELECT count(*) FROM bench_activities"
 [columns]="SELECT (actors IS NULL AND object IS NULL AND decision IS NULL), count(*) FROM bench_activities GROUP BY 1"
 [classify]="SELECT classify(actors, object, decision), count(*) FROM bench_activities GROUP BY 1"
 [case]="SELECT $CLASSIFY_CASE_CANONICAL, count(*) FROM bench_activities GROUP BY 1"
)
run() { # query reps: prints the instructions counted
  local f=$OUT/$1.$2
  { echo "SET max_parallel_workers_per_gather=0;"; for i in $(seq "$2"); do echo "${Q[$1]};"; done; } \
    | tr '\n' ' ' | sed 's/;/;\n\n/g' > "$f.sql"
  runuser -u postgres -- valgrind --tool=callgrind --callgrind-out-file="$f.cg" \
    postgres --single -D "$DATA" -j postgres < "$f.sql" > "$f.log" 2>&1
  awk '/Collected :/ {print $NF}' "$f.log"
}
for q in floor columns classify case; do
  once=$(run $q 1); twice=$(run $q 2)
  echo "$q: $(( (twice - once) / N )) instructions per row"
done
