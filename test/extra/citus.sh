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
#    doc/scaling.md, its tables and views the same everywhere (the QCA's
#    with a calibration of crisp, fuzzy and uncalibrated sets), also with a
#    second wave in which most cases have no rows.
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

# ------------------------------------------------ a study there and back
# the ```sql block after <!-- test: citus/NAME --> in doc/scaling.md
recipe() {
  awk -v m="<!-- test: citus/$1 -->" '
    $0 == m { found = 1; next }
    found && /^```sql/ { inside = 1; next }
    inside && /^```/ { exit }
    inside { print }' doc/scaling.md
}
W=bentzen2020
BACK=cocreation_citus_back
tables() {  # every table's rows as sorted JSON; $1: a psql function
  local t
  for t in $("$1" -c "SELECT relname FROM pg_class WHERE relnamespace = '$W'::regnamespace AND relkind IN ('r', 'p') ORDER BY 1"); do
    echo "== $t"
    "$1" -c "SELECT x FROM (SELECT to_jsonb(r)::text AS x FROM $W.$t r) s ORDER BY x"
  done
}
keys() {  # the workspace's constraints
  "$1" -c "SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = '$W'::regnamespace ORDER BY 1"
}
view() { "$1" -c "SELECT x FROM (SELECT r::text AS x FROM $W.$2 r) s ORDER BY x" 2>&1; }
back() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$BACK" "$@"; }
dump=$(mktemp -d "${TMPDIR:-/tmp}/cocreation-citus-dump.XXXXXX")
chmod 777 "$dump"

one -c "SELECT cocreation_load_sample('$W')" >/dev/null
check_run "the study is dumped from one server and restored on the coordinator" \
  bash -c "pg_dump -d $ONE --schema=$W --format=custom --file=$dump/one.dump \
           && pg_restore -h localhost -p $CITUS_COORD -U postgres -d study $dump/one.dump 2>&1 | grep -v '^WARNING\|^DETAIL\|^HINT' ; exit \${PIPESTATUS[0]}"
check_run "doc/scaling.md's recipe distributes the study" coord -f <(recipe distribute)
check_eq "its case tables are sharded by case, its small tables reference tables" \
  "activities distributed case_name|calibration reference <none>|cases distributed case_name|expert_scores distributed case_name|factor_codes reference <none>|factors distributed case_name|qca_calibration reference <none>|sources distributed case_name|waves reference <none>" \
  "$(coord -c "SELECT string_agg(table_name::text || ' ' || citus_table_type || ' ' || distribution_column, '|' ORDER BY 1)
               FROM citus_tables WHERE table_name::text LIKE '$W.%'" | sed "s/$W\.//g")"
check_eq "on the cluster, every table of the study holds one server's rows" "$(tables one)" "$(tables coord)"
# the QCA's calibration, the same on both: fuzzy increasing (fsqca) and
# decreasing (qca) anchors, a crisp threshold, the outcome; practical and
# contextual uncalibrated (the sample's practical net index is undefined in
# every case, doc/qca-workspace.md); Hedensted's institutional net index is
# undefined, so it has no membership there and two cases reach the truth table
qca_calibration="INSERT INTO $W.qca_calibration (set_name, exclusion, crossover, inclusion, scale, threshold, reason, chosen_on)
  SELECT v.*, '2026-01-01'::date FROM (VALUES
    ('discursive', -0.5, 0, 0.5, 'fsqca', NULL, 'citus check'),
    ('cultural', NULL, NULL, NULL, NULL, 0, 'citus check'),
    ('institutional', 0.5, 0, -0.5, 'qca', NULL, 'citus check'),
    ('policymaking', 0, 1.5, 3, 'fsqca', NULL, 'citus check')) v"
check_run "a QCA calibration is added on one server" one -c "$qca_calibration"
check_run "a QCA calibration is added on the cluster" coord -c "$qca_calibration"
check_eq "on one server, the calibrated memberships are there to compare (non-NULL discursive, cultural, institutional, policymaking; cases in the truth table)" \
  "3|3|2|3|2" \
  "$(one -c "SELECT count(discursive) || '|' || count(cultural) || '|' || count(institutional) || '|' || count(policymaking)
               || '|' || (SELECT max(cases) FROM $W.qca_truth_table) FROM $W.qca_memberships")"
views() {
  one -c "SELECT relname FROM pg_class WHERE relnamespace = '$W'::regnamespace AND relkind = 'v' ORDER BY 1"
}
check_eq "the study has twelve views, the QCA's among them" "12 qca_memberships qca_truth_table" \
  "$(views | wc -l) $(views | grep '^qca_' | xargs)"
for v in $(views); do
  check_eq "on the cluster, view $v gives one server's rows" "$(view one "$v")" "$(view coord "$v")"
done
# the truth table's minimization, at cut-offs where wave 1 has a model
minimize="SELECT x FROM (SELECT r::text AS x FROM qca_workspace_minimize('$W'::regnamespace, 0.3::float8, 1::int8, 0::float8) r) s ORDER BY x"
check_eq "qca_workspace_minimize() finds a model on one server" "yes" \
  "$(one -c "$EXACT" -c "$minimize" | grep -q 'wave 1' && echo yes)"
check_eq "on the cluster, qca_workspace_minimize() gives one server's models" \
  "$(one -c "$EXACT" -c "$minimize" 2>&1)" "$(coord -c "$EXACT" -c "$minimize" 2>&1)"
check_eq "an activity inserted on the cluster goes to its case's shard, in the last wave" \
  "wave 1" \
  "$(coord -c "INSERT INTO $W.activities (case_name, name, actors, object, decision, scope, citation)
               SELECT case_name, 'citus check', actors, object, decision, scope, citation
               FROM $W.activities ORDER BY activity_id LIMIT 1 RETURNING wave" 2>&1)"
coord -c "DELETE FROM $W.activities WHERE name = 'citus check'"
# a second wave, the same on both: one case's activities continue into it,
# another's factors, a third's expert scores; every other case and wave has
# no rows (an empty group of wave_profiles, wave_balance and wave_cross_case)
wave2="INSERT INTO $W.waves (wave, ordinal) VALUES ('wave 2', 2);
  INSERT INTO $W.activities (activity_id, case_name, name, actors, object, decision, scope, weight,
                             citation, source_id, wave) OVERRIDING SYSTEM VALUE
  SELECT activity_id + 1000000, case_name, name, actors, object, decision, scope, weight,
         citation, source_id, 'wave 2' FROM $W.activities WHERE case_name = 'Guldborgsund';
  INSERT INTO $W.factors (factor_id, case_name, code, polarity, dimension, stage, strength,
                          citation, source_id, wave) OVERRIDING SYSTEM VALUE
  SELECT factor_id + 1000000, case_name, code, polarity, dimension, stage, strength,
         citation, source_id, 'wave 2' FROM $W.factors WHERE case_name = 'Hedensted';
  INSERT INTO $W.expert_scores (case_name, rater, level, score, wave)
  SELECT case_name, rater, level, score, 'wave 2' FROM $W.expert_scores WHERE case_name = 'Steinkjer'"
check_run "a second wave is added on one server" one -c "$wave2"
check_run "a second wave is added on the cluster" coord -c "$wave2"
check_eq "in the second wave, one case has activities, one factors, one expert scores" "1 1 1" \
  "$(one -c "SELECT count(DISTINCT case_name) FROM $W.activities WHERE wave = 'wave 2'") $(one -c "SELECT count(DISTINCT case_name) FROM $W.factors WHERE wave = 'wave 2'") $(one -c "SELECT count(DISTINCT case_name) FROM $W.expert_scores WHERE wave = 'wave 2'")"
check_eq "on the cluster, with the second wave, every table holds one server's rows" "$(tables one)" "$(tables coord)"
for v in $(views); do
  check_eq "on the cluster, with the second wave, view $v gives one server's rows" "$(view one "$v")" "$(view coord "$v")"
done

psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $BACK" -c "CREATE DATABASE $BACK" && back -c 'CREATE EXTENSION cocreation'
check_run "the study is dumped from the coordinator and restored on one server" \
  bash -c "pg_dump -h localhost -p $CITUS_COORD -U postgres -d study --schema=$W --format=custom --file=$dump/back.dump \
           && pg_restore -d $BACK $dump/back.dump"
check_run "doc/scaling.md's recipe gives the keys back" back -f <(recipe keys)
check_eq "back on one server, every table holds the rows it started with" "$(tables one)" "$(tables back)"
check_eq "back on one server, the study has the keys it started with" "$(keys one)" "$(keys back)"
for v in $(one -c "SELECT relname FROM pg_class WHERE relnamespace = '$W'::regnamespace AND relkind = 'v' ORDER BY 1"); do
  check_eq "back on one server, view $v gives the rows it started with" "$(view one "$v")" "$(view back "$v")"
done
rm -rf "$dump"
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $BACK" -c "DROP DATABASE IF EXISTS $ONE"

finish citus
