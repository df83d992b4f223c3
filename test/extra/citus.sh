#!/bin/bash
# citus: the extension on a Citus cluster (doc/scaling.md).  Builds Citus 13
# from ../shared/vendor once per machine, starts a coordinator and two
# workers on this machine (test/extra/citus/cluster.bash), and checks that
#  - the extension is created on all three servers;
#  - every aggregate (test/extra/citus/aggregates.txt), grouped by the
#    distribution column, by another column and not grouped, gives exactly
#    the result of one server (the text of the result, floats with
#    extra_float_digits = 3, so every bit), serially and with a parallel plan
#    forced there; the rows go in in another order on the cluster;
#  - a study moves from one server to the cluster and back with the recipe of
#    doc/scaling.md, its tables and views the same everywhere.
# It prints which aggregates Citus pushes down to the shards.  PostgreSQL
# versions Citus 13 does not support are skipped (nothing counted).  Runs
# inside the throwaway cluster of scripts/test (PGHOST etc.: the one server).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
source test/extra/hardening/check.bash
source test/extra/citus/cluster.bash

if ! citus_supported; then
  echo "citus: skipped: $CITUS_SKIP"
  finish citus
  exit 0
fi
check_run "Citus $CITUS_VERSION is installed (built from the vendored sources if it was not)" citus_ensure_built \
  || { finish citus; exit 1; }
check_run "a coordinator and two workers start" citus_start || { finish citus; exit 1; }

ONE=cocreation_citus_one      # one server: scripts/test's cluster
one() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$ONE" "$@"; }
coord() { psql -X -q -At -v ON_ERROR_STOP=1 -h localhost -p "$CITUS_COORD" -U postgres -d study "$@"; }

psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $ONE" -c "CREATE DATABASE $ONE" \
  && one -c 'CREATE EXTENSION cocreation' || { echo "citus: cannot make the one-server database"; finish citus; exit 1; }
check_run "a database with Citus on all three, the workers added" citus_create_db study
# Citus creates the extension on the workers too
coord -c 'SET client_min_messages = warning' -c 'CREATE EXTENSION cocreation'
for p in "$CITUS_COORD" "$CITUS_W1" "$CITUS_W2"; do
  check_eq "the extension is installed on the server at port $p" \
    "$(one -c "SELECT extversion FROM pg_extension WHERE extname = 'cocreation'")" \
    "$(citus_sql "$p" study "SELECT extversion FROM pg_extension WHERE extname = 'cocreation'")"
done

# ------------------------------------------------------------- the aggregates
one -v order=ordered -v distribute=no -f test/extra/citus/data.sql >/dev/null
coord -v order=shuffled -v distribute=yes -f test/extra/citus/data.sql >/dev/null
check_eq "the cluster holds the rows, on 8 shards" "3000 8" \
  "$(coord -c "SELECT count(*) FROM obs") $(coord -c "SELECT shard_count FROM citus_tables WHERE table_name = 'obs'::regclass")"

EXACT="SET extra_float_digits = 3;"
SERIAL="$EXACT SET max_parallel_workers_per_gather = 0;"
PARALLEL="$EXACT SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0;
  SET min_parallel_table_scan_size = 0; SET max_parallel_workers_per_gather = 2;
  DO \$\$BEGIN PERFORM set_config(CASE WHEN current_setting('server_version_num')::int >= 160000
                   THEN 'debug_parallel_query' ELSE 'force_parallel_mode' END, 'on', false); END\$\$;"
# the same keys and the same numbers to a relative 1e-12 (lines "key|number")
close_enough() {
  paste -d '\t' <(echo "$1") <(echo "$2") | awk -F'\t' '
    { n1 = split($1, a, "|"); n2 = split($2, b, "|");
      if (n1 != n2 || a[1] != b[1] && n1 > 1) bad = 1;
      x = a[n1] + 0; y = b[n2] + 0; d = x - y; if (d < 0) d = -d;
      m = (x < 0 ? -x : x); if (d > 1e-12 * m) bad = 1 }
    END { exit bad }'
}
# run SQL; on an error the output is a line no other run prints
run() { local out; out=$("$@" 2>&1) || out="ERROR in run: $out"; printf '%s' "$out"; }
declare -A placement=()
while IFS='|' read -r name expr from; do
  name=$(echo "$name" | xargs); expr=$(echo "$expr" | sed 's/^ *//; s/ *$//')
  from=$(echo "${from:-}" | sed 's/^ *//; s/ *$//'); from=${from:-obs WHERE i BETWEEN 3 AND 2999}
  for g in case_name region none; do
    if [ "$g" = none ]; then q="SELECT ($expr)::text FROM $from"
    else q="SELECT $g, ($expr)::text FROM $from GROUP BY $g ORDER BY $g"; fi
    serial=$(run one -c "$SERIAL" -c "$q")
    parallel=$(run one -c "$PARALLEL" -c "$q")
    cluster=$(run coord -c "$EXACT" -c "$q")
    # a result that is an error, or has no value, is no evidence
    if grep -q '^ERROR' <<<"$serial$cluster" || [ -z "$serial" ] || grep -q '|$' <<<"$serial"; then
      check_eq "$name grouped by $g runs and gives values" "values" "${serial:0:200} / ${cluster:0:200}"
      continue
    fi
    if [ "${name:0:1}" = "~" ]; then
      check_run "${name:1} grouped by $g: the cluster gives one server's result to a relative 1e-12" \
        close_enough "$serial" "$cluster"
      [ "$serial" = "$cluster" ] || echo "#   (differs in the last bits, as documented)"
      continue
    fi
    check_eq "$name grouped by $g: the cluster gives exactly one server's result" "$serial" "$cluster"
    check_eq "$name grouped by $g: a parallel plan gives exactly the serial result" "$serial" "$parallel"
  done
  plan=$(coord -c "EXPLAIN (VERBOSE, COSTS OFF) SELECT region, ($expr) FROM $from GROUP BY region" 2>&1)
  if grep -q worker_partial_agg <<<"$plan"; then placement[$name]="pushed down"
  else placement[$name]="combined on the coordinator"; fi
done < <(grep -v '^#' test/extra/citus/aggregates.txt)
echo "# grouped by another column than the distribution column (grouped by it, Citus runs the whole aggregate on the shards):"
for name in "${!placement[@]}"; do echo "#   $name: ${placement[$name]}"; done | sort

finish citus
