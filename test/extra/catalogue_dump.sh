#!/bin/bash
# catalogue_dump: users' rows in cocreation_factor_catalogue survive pg_dump
# and restore, and the seed is neither lost nor duplicated.  Runs inside the
# throwaway cluster of scripts/test (PGHOST etc. set).
set -uo pipefail
passed=0; failed=0
check() {  # check NAME EXPECTED ACTUAL
  if [ "$2" = "$3" ]; then
    echo "ok - $1"; passed=$((passed + 1))
  else
    echo "not ok - $1: expected '$2', got '$3'"; failed=$((failed + 1))
  fi
}
q() { psql -X -At -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }
dump=$(mktemp /tmp/cocreation_catalogue_dump.XXXXXX)

dropdb --if-exists cocreation_dump_src >/dev/null 2>&1
dropdb --if-exists cocreation_dump_dst >/dev/null 2>&1
createdb cocreation_dump_src && createdb cocreation_dump_dst
q cocreation_dump_src "CREATE EXTENSION cocreation" >/dev/null
seed=$(q cocreation_dump_src "SELECT count(*) FROM cocreation_factor_catalogue")
q cocreation_dump_src "INSERT INTO cocreation_factor_catalogue
  (code, label, polarity, dimension, usual_stage, description, source)
  VALUES ('my_budget_crisis', 'Budget crisis', 'driver', 'contextual', 'adoption',
          'A budget crisis pushed the council to try new ways.', 'my study, interview 7'),
         ('my_meeting_fatigue', 'Meeting fatigue', 'barrier', 'practical', 'implementation',
          'Citizens tire of long dialogue meetings.', 'my study, interview 9')" >/dev/null

pg_dump -d cocreation_dump_src -f "$dump"
check "pg_dump writes the users' rows" 2 "$(grep -c '^my_' "$dump")"
check "pg_dump leaves the seeded rows to CREATE EXTENSION" 0 "$(grep -c '^hed_leadership_direction' "$dump")"

psql -X -q -v ON_ERROR_STOP=1 -d cocreation_dump_dst -f "$dump" >/dev/null
check "restore succeeds" 0 $?
check "users' rows restored" \
  "my_budget_crisis|driver|contextual|adoption|f,my_meeting_fatigue|barrier|practical|implementation|f" \
  "$(q cocreation_dump_dst "SELECT string_agg(concat_ws('|', code, polarity, dimension, usual_stage, seeded), ',' ORDER BY code)
                             FROM cocreation_factor_catalogue WHERE NOT seeded")"
check "seed restored once" "$seed" "$(q cocreation_dump_dst "SELECT count(*) FROM cocreation_factor_catalogue WHERE seeded")"
check "the restored catalogue feeds balance_agg" \
  "{driver.contextual.adoption=1:1, barrier.practical.implementation=1:1}" \
  "$(q cocreation_dump_dst "SELECT balance_agg(polarity, dimension, 1, usual_stage)
                             FROM cocreation_factor_catalogue WHERE NOT seeded")"

rm -f "$dump"
dropdb cocreation_dump_src; dropdb cocreation_dump_dst
echo "catalogue_dump: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
