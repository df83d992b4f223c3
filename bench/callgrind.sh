#!/bin/bash
# bench/callgrind.sh: instructions per row of the extension's queries and of
# their fair plain-SQL baselines, counted with callgrind on a single-user
# backend: deterministic, unlike the timings of bench/run on a busy machine.
#
#   bash bench/callgrind.sh OUTDIR [CASE ...]     CASE: classify tally balance qca kappa
#
# Runs in a throwaway cluster whose server it stops, with PGHOST pointing at
# the cluster's directory and PGHOST/data its data directory, e.g. under
# /work/tools/private.sh:
#   private.sh NAME WORKTREE 'bash bench/callgrind.sh OUTDIR'
# The tables and the baselines are those of bench/cases/*.sh (sourced, with
# their timing helpers turned off; their agreement checks still run).  Each
# query runs once and twice in a fresh backend; the difference over the
# table's rows is its cost per row.  OUTDIR keeps the .cg files for
# callgrind_annotate; CG_OPTS adds valgrind options (e.g. --dump-instr=yes);
# ONLY (a regular expression) counts only the queries whose names match.
set -euo pipefail
export N=${N:-200000}
OUT=${1:-/tmp/callgrind}
shift || true
CASES=("$@")
[ ${#CASES[@]} -gt 0 ] || CASES=(classify tally balance)

# bench/lib.sh's helpers for the sourced cases: setup runs, the final DROPs
# (so the tables stay for the counts) and the timings do not
bench_sql() { [[ $1 == "DROP TABLE "* ]] && return 0; psql -qX -v ON_ERROR_STOP=1 <<< "$1" >/dev/null; }
bench_psql() { :; }; bench_time() { :; }; bench_ratio() { :; }; bench_peak_kb() { :; }
export KEEP=1

bench_sql 'CREATE EXTENSION IF NOT EXISTS cocreation'
declare -A Q ROWS
ORDER=()
query() { # name rows sql
  Q[$1]=$3; ROWS[$1]=$2; ORDER+=("$1")
}
for c in "${CASES[@]}"; do
  case $c in
    classify)
      source bench/cases/10_classify.sh >/dev/null
      query classify_floor "$N" "SELECT count(*) FROM bench_activities"
      query classify_columns "$N" "SELECT (actors IS NULL AND object IS NULL AND decision IS NULL), count(*) FROM bench_activities GROUP BY 1"
      query classify "$N" "SELECT classify(actors, object, decision), count(*) FROM bench_activities GROUP BY 1"
      query classify_case "$N" "SELECT $CLASSIFY_CASE_CANONICAL, count(*) FROM bench_activities GROUP BY 1"
      ;;
    tally)
      source bench/cases/20_tally.sh >/dev/null
      query tally_floor "$N" "SELECT municipality, count(*) FROM bench_tally GROUP BY municipality"
      query tally "$N" "SELECT municipality, tally_agg(level, weight) FROM bench_tally GROUP BY municipality"
      query tally_filter "$N" "$TALLY_FILTER"
      ;;
    balance)
      source bench/cases/30_balance.sh >/dev/null
      query balance_floor "$M" "SELECT municipality, count(*) FROM bench_codings GROUP BY municipality"
      query balance "$M" "SELECT municipality, balance_agg(polarity, dimension, strength, stage) FROM bench_codings GROUP BY municipality"
      query balance_group "$M" "SELECT municipality, polarity, dimension, stage, sum(strength), count(*) FROM bench_codings GROUP BY municipality, polarity, dimension, stage"
      query balance_kind "$M" "SELECT municipality, balance_agg(kind, strength) FROM bench_codings_kind GROUP BY municipality"
      query balance_kind_group "$M" "SELECT municipality, kind, sum(strength), count(*) FROM bench_codings_kind GROUP BY municipality, kind"
      ;;
    qca)
      source bench/cases/60_qca.sh >/dev/null
      query qca_fit_floor "$N" "SELECT count(x), count(y) FROM bench_qca"
      query qca_fit "$N" "SELECT qca_fit(x, y) FROM bench_qca"
      query qca_fit_plain "$N" "SELECT sum(least(x, y)) / sum(x), sum(least(x, y)) / sum(y), (sum(least(x, y)) - sum(least(x, y, 1 - y))) / (sum(x) - sum(least(x, y, 1 - y))), sum(1 - x) / sum(1 - least(x, y)) FROM bench_qca"
      query qca_tt_floor "$N" "SELECT count(c), count(o) FROM bench_qca"
      query qca_tt "$N" "SELECT qca_truth_table(c, o, $QCA_NAMES) FROM bench_qca"
      query qca_tt_plain "$N" "$QCA_PLAIN_TT"
      query qca_tt12_floor "$N" "SELECT count(c12), count(o) FROM bench_qca"
      query qca_tt12 "$N" "SELECT qca_truth_table(c12, o, $QCA_NAMES12) FROM bench_qca"
      query qca_tt12_plain "$N" "SELECT $QCA_CORNER12 AS corner, count(*), sum(least(o, 1.0::float8)) / count(*), sum(least(o, 1 - o)) FROM bench_qca GROUP BY 1"
      ;;
    kappa)
      source bench/cases/40_agreement.sh >/dev/null
      query kappa_floor "$M" "SELECT count(fa), count(fb) FROM bench_pairs"
      query kappa_whole "$M" "SELECT weighted_kappa(a, b) FROM bench_pairs"
      query kappa_linear "$M" "SELECT weighted_kappa(fa, fb) FROM bench_pairs"
      query kappa_quadratic "$M" "SELECT weighted_kappa(fa, fb, 'quadratic') FROM bench_pairs"
      ;;
    *) echo "unknown case $c (classify, tally, balance, qca, kappa)" >&2; exit 2 ;;
  esac
done

DATA=$PGHOST/data
runuser -u postgres -- pg_ctl -s -D "$DATA" -m fast stop
mkdir -p "$OUT"; chmod 777 "$OUT"
run() { # query reps: prints the instructions counted
  local f=$OUT/$1.$2
  { echo "SET max_parallel_workers_per_gather=0;"; for i in $(seq "$2"); do echo "${Q[$1]};"; done; } \
    | tr '\n' ' ' | sed 's/;/;\n\n/g' > "$f.sql"
  # shellcheck disable=SC2086
  runuser -u postgres -- valgrind --tool=callgrind ${CG_OPTS:-} --callgrind-out-file="$f.cg" \
    postgres --single -D "$DATA" -j postgres < "$f.sql" > "$f.log" 2>&1
  awk '/Collected :/ {print $NF}' "$f.log"
}
declare -A IPR
for q in "${ORDER[@]}"; do
  [[ $q =~ ^(${ONLY:-.*})$ ]] || continue
  once=$(run "$q" 1); twice=$(run "$q" 2)
  IPR[$q]=$(( (twice - once) / ROWS[$q] ))
  printf '%-20s %6d instructions per row (%d rows)\n' "$q" "${IPR[$q]}" "${ROWS[$q]}"
done
ratio() { # baseline extension: the baseline's instructions per extension's
  [ -n "${IPR[$1]:-}" ] && [ -n "${IPR[$2]:-}" ] &&
    awk -v a="${IPR[$1]}" -v b="${IPR[$2]}" -v l="$1 / $2" \
      'BEGIN { printf "ratio %-32s %5.2fx\n", l, a / b }'
  return 0
}
ratio classify_case classify
ratio tally_filter tally
ratio balance_group balance
ratio balance_kind_group balance_kind
ratio qca_fit qca_fit_floor
ratio qca_fit_plain qca_fit
ratio qca_tt qca_tt_floor
ratio qca_tt_plain qca_tt
ratio qca_tt12 qca_tt12_floor
ratio qca_tt12_plain qca_tt12
ratio kappa_linear kappa_floor
ratio kappa_quadratic kappa_floor
