#!/bin/bash
# catalogue_dump: a workspace's own factor codes (its factor_codes table)
# survive pg_dump and restore with the factors that use them; the
# extension's catalogue is reference data that pg_dump leaves to CREATE
# EXTENSION.  Runs inside the throwaway cluster of scripts/test (PGHOST etc.
# set).
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/hardening/check.bash"
q() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }
dump=$(mktemp /tmp/cocreation_catalogue_dump.XXXXXX)

dropdb --if-exists cocreation_dump_src >/dev/null 2>&1
dropdb --if-exists cocreation_dump_dst >/dev/null 2>&1
createdb cocreation_dump_src && createdb cocreation_dump_dst
q cocreation_dump_src "CREATE EXTENSION cocreation" >/dev/null
seed=$(q cocreation_dump_src "SELECT count(*) FROM cocreation_factor_catalogue")
q cocreation_dump_src "SELECT cocreation_create_workspace('study')" >/dev/null
q cocreation_dump_src "INSERT INTO study.factor_codes
  (code, label, polarity, dimension, usual_stage, description, source)
  VALUES ('my_budget_crisis', 'Budget crisis', 'driver', 'contextual', 'adoption',
          'A budget crisis pushed the council to try new ways.', 'my study, interview 7'),
         ('my_meeting_fatigue', 'Meeting fatigue', 'barrier', 'practical', 'implementation',
          'Citizens tire of long dialogue meetings.', 'my study, interview 9');
  INSERT INTO study.cases (case_name) VALUES ('Aarhus');
  INSERT INTO study.factors (case_name, code, polarity, dimension, stage, citation)
  VALUES ('Aarhus', 'my_budget_crisis', 'driver', 'contextual', 'adoption', 'interview 7'),
         ('Aarhus', 'my_meeting_fatigue', 'barrier', 'practical', 'implementation', 'interview 9')"

pg_dump -d cocreation_dump_src -f "$dump"
check_eq "pg_dump writes the study's own codes" 2 "$(grep -c '^my_' "$dump")"
check_eq "pg_dump writes no catalogue row (reference data)" 0 \
  "$(grep -c 'cocreation_factor_catalogue (code' "$dump")"

psql -X -q -v ON_ERROR_STOP=1 --single-transaction -d cocreation_dump_dst -f "$dump" >/dev/null
check_eq "restore succeeds" 0 $?
check_eq "the study's own codes restored" \
  "my_budget_crisis|driver|contextual|adoption|tool,my_meeting_fatigue|barrier|practical|implementation|tool" \
  "$(q cocreation_dump_dst "SELECT string_agg(concat_ws('|', code, polarity, dimension, usual_stage, dimension_source), ',' ORDER BY code)
                             FROM study.factor_codes WHERE code LIKE 'my\_%'")"
check_eq "the workspace's copy of the catalogue restored" "$seed" \
  "$(q cocreation_dump_dst "SELECT count(*) FROM study.factor_codes WHERE code NOT LIKE 'my\_%'")"
check_eq "the catalogue comes from CREATE EXTENSION, once" "$seed" \
  "$(q cocreation_dump_dst "SELECT count(*) FROM cocreation_factor_catalogue")"
check_eq "the restored codings feed balance_agg through the view" \
  "{driver.contextual.adoption=1:1, barrier.practical.implementation=1:1}" \
  "$(q cocreation_dump_dst "SELECT balance FROM study.case_balance WHERE case_name = 'Aarhus'")"
check_eq "the foreign key to factor_codes is restored" "code_is_in_factor_codes" \
  "$(q cocreation_dump_dst "SELECT conname FROM pg_constraint WHERE conrelid = 'study.factors'::regclass AND contype = 'f'
                             AND confrelid = 'study.factor_codes'::regclass")"

rm -f "$dump"
dropdb cocreation_dump_src; dropdb cocreation_dump_dst
finish catalogue_dump
