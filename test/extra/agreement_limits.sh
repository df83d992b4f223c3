#!/bin/bash
# agreement_limits: the agreement aggregates at the limits a plain test does
# not reach.
#  - Cancellation: each aggregate, mid-run, stops with 57014
#    (query_canceled) under statement_timeout, including the ratio metric's
#    pairwise loop over one unit of 300,000 distinct values, which runs for
#    many minutes when nothing checks for interrupts (each query runs under
#    `timeout`, so a query that does not stop fails the check instead of
#    hanging the suite).  The error is asserted, not the time.
#  - Parallel plans: percent_agreement(k, k) over 1.1 million distinct keys
#    of 2 KB each (2.2 GB of keys): a worker's state once had to carry its
#    keys to the leader in one value, which cannot pass 1 GB; the serial and
#    the forced-parallel plan must both succeed, with equal results.  The
#    aggregates whose state holds keys are computed in one process (their
#    plan has no partial aggregation); cohen_kappa(k, k) over 600,000 of the
#    keys (1.2 GB of state) shows it.
set -uo pipefail
DB=agreement_limits
passed=0; failed=0

ok() {  # ok NAME: a passed check
  passed=$((passed + 1)); echo "ok - $1"
}
not_ok() {  # not_ok NAME WHY
  failed=$((failed + 1)); echo "not ok - $1: $2"
}

q() {  # q SQL...: run in the suite's database, unaligned, tuples only
  psql -X -q -At -v ON_ERROR_STOP=1 -d "$DB" "$@"
}

psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB" || exit 1
q -q -c 'CREATE EXTENSION cocreation' || exit 1

q -q <<'SQL' || exit 1
-- 600,000 units of five ratings: each aggregate runs for seconds over it
-- joined with itself a few times
CREATE UNLOGGED TABLE codings AS
  SELECT u, c, (u * 7 + c) % 5 AS v FROM generate_series(1, 600000) u, generate_series(1, 5) c;
-- one unit of 300,000 distinct values, for the ratio metric's pairwise loop
CREATE UNLOGGED TABLE one_unit AS SELECT 1 AS u, i::float8 AS v FROM generate_series(1, 300000) i;
CREATE UNLOGGED TABLE key_ids AS SELECT i FROM generate_series(1, 1100000) i;
VACUUM ANALYZE codings; VACUUM ANALYZE one_unit; VACUUM ANALYZE key_ids;
SQL

# cancelled NAME SQL: SQL stops with 57014 under a statement_timeout of 2 s
cancelled() {
  local name=$1 sql=$2 out rc
  out=$(timeout 120 psql -X -At -d "$DB" -v VERBOSITY=verbose \
          -c 'SET search_path = public, cocreation' \
          -c 'SET max_parallel_workers_per_gather = 0' \
          -c "SET statement_timeout = '2s'" -c "$sql" 2>&1)
  rc=$?
  if [ $rc -eq 124 ]; then
    not_ok "$name stops on statement_timeout" "still running after 120 s"
  elif grep -q 'ERROR:  57014' <<<"$out"; then
    ok "$name stops on statement_timeout (57014)"
  else
    not_ok "$name stops on statement_timeout" "$(head -c 300 <<<"$out")"
  fi
}

# ten copies of the codings: every aggregate runs far longer than 2 s
BIG="codings, generate_series(1, 10) r"
cancelled "krippendorff_alpha nominal" "SELECT krippendorff_alpha(u * 10 + r, v::float8) FROM $BIG"
cancelled "krippendorff_alpha ordinal" "SELECT krippendorff_alpha(u * 10 + r, v::float8, 'ordinal') FROM $BIG"
cancelled "krippendorff_alpha interval" "SELECT krippendorff_alpha(u * 10 + r, v::float8, 'interval') FROM $BIG"
cancelled "krippendorff_alpha ratio" "SELECT krippendorff_alpha(u * 10 + r, v::float8, 'ratio') FROM $BIG"
cancelled "krippendorff_alpha ratio, one unit of 300,000 values" \
  "SELECT krippendorff_alpha(u, v, 'ratio') FROM one_unit"
cancelled "krippendorff_alpha level" "SELECT krippendorff_alpha(u * 10 + r, (v % 4)::int::level) FROM $BIG"
cancelled "fleiss_kappa" "SELECT fleiss_kappa(u * 10 + r, v) FROM $BIG"
cancelled "percent_agreement_units" "SELECT percent_agreement_units(u * 10 + r, v) FROM $BIG"
# the pairwise aggregates do constant work a row, so on a quiet machine ten
# copies may end within 2 s: they read a stream with no end (generate_series
# in the select list streams, where in FROM it would be materialised first)
ENDLESS="(SELECT generate_series(1::bigint, 9223372036854775806) i) s"
cancelled "cohen_kappa" "SELECT cohen_kappa(i % 7, i % 5) FROM $ENDLESS"
cancelled "percent_agreement" "SELECT percent_agreement(i % 7, i % 5) FROM $ENDLESS"
cancelled "weighted_kappa" "SELECT weighted_kappa((i % 7)::float8, (i % 5)::float8, 'quadratic') FROM $ENDLESS"

# serial_parallel NAME EXPR ROWS: EXPR over ROWS rows of 2 KB keys k, in a
# serial and in a forced-parallel plan: both succeed, with equal results
PARALLEL="SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0; SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;"
serial_parallel() {
  local name=$1 expr=$2 rows=$3 from serial parallel plan
  from="(SELECT repeat(md5(i::text), 64) AS k FROM key_ids WHERE i <= $rows) s"
  serial=$(q -c "SET search_path = public, cocreation" -c "SET max_parallel_workers_per_gather = 0" \
             -c "SELECT $expr FROM $from" 2>&1)
  plan=$(q -c "SET search_path = public, cocreation" -c "$PARALLEL" \
           -c "EXPLAIN (COSTS OFF) SELECT $expr FROM $from" 2>&1)
  parallel=$(q -c "SET search_path = public, cocreation" -c "$PARALLEL" \
               -c "SELECT $expr FROM $from" 2>&1)
  echo "# $name: serial $serial, parallel $parallel; plan: $(grep -E 'Aggregate|Gather|Parallel' <<<"$plan" | sed 's/^ *//' | paste -sd '|')"
  if ! grep -q 'Parallel Seq Scan' <<<"$plan"; then
    not_ok "$name: forced-parallel plan" "the plan has no parallel scan"
  elif [[ "$serial" =~ ^[0-9.]+$ ]] && [ "$serial" = "$parallel" ]; then
    ok "$name: serial and parallel plans agree ($serial)"
  else
    not_ok "$name: serial and parallel plans agree" "serial: $serial; parallel: $parallel"
  fi
}
serial_parallel "percent_agreement(k, k), 1.1M distinct 2 KB keys" "percent_agreement(k, k)" 1100000
serial_parallel "cohen_kappa(k, k), 600,000 distinct 2 KB keys" \
  "round(cohen_kappa(k, k)::numeric, 12)" 600000

psql -X -q -d postgres -c "DROP DATABASE $DB"
echo "agreement_limits: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
