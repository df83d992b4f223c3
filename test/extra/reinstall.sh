#!/bin/bash
# reinstall: DROP EXTENSION cocreation CASCADE takes no value a user entered
# from a workspace, and after CREATE EXTENSION cocreation_rebuild_workspace()
# gives back every generated column and every view, with the same results.
# Runs inside the throwaway cluster of scripts/test (PGHOST etc. set).
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/hardening/check.bash"
DB=cocreation_reinstall
q() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$DB" -c "$1"; }
tmp=$(mktemp -d /tmp/cocreation_reinstall.XXXXXX)

# every table's rows as keyed JSON (column order does not matter: the
# generated columns come back at the end of the table), sorted; $1: 'user'
# leaves the generated columns out
tables() {
  q "SELECT c.relname, (SELECT count(*) FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped)
     FROM pg_class c WHERE c.relnamespace = 'study'::regnamespace AND c.relkind = 'r' ORDER BY 1" | cut -d'|' -f1 |
  while read -r t; do
    gen=$(q "SELECT coalesce(string_agg(format(' - %L', attname), ''), '') FROM pg_attribute
             WHERE attrelid = 'study.$t'::regclass AND attgenerated = 's'")
    [ "$1" = user ] || gen=""
    echo "== $t"
    q "SELECT x FROM (SELECT (to_jsonb(r)$gen)::text AS x FROM study.$t r) s ORDER BY x"
  done
}
# every view's result as text, sorted
views() {
  for v in $(q "SELECT relname FROM pg_class WHERE relnamespace = 'study'::regnamespace AND relkind = 'v' ORDER BY 1"); do
    echo "== $v"
    q "SELECT x FROM (SELECT r::text AS x FROM study.$v r) s ORDER BY x"
  done
}
constraints() {
  q "SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
     WHERE connamespace = 'study'::regnamespace ORDER BY 1"
}

dropdb --if-exists "$DB" >/dev/null 2>&1
createdb "$DB"
q "CREATE EXTENSION cocreation" >/dev/null
q "SELECT cocreation_load_sample('study')" >/dev/null
# a study's own factor code and a coding that uses it, and an expert's score
q "INSERT INTO study.factor_codes (code, label, polarity, dimension, description, source)
     VALUES ('own_budget_crisis', 'Budget crisis', 'driver', 'contextual', 'A budget crisis.', 'own coding');
   INSERT INTO study.factors (case_name, code, polarity, dimension, citation)
     VALUES ('Hedensted', 'own_budget_crisis', 'driver', 'contextual', 'interview 7');
   INSERT INTO study.expert_scores VALUES ('Hedensted', 'second rater', 'policymaking', 2, NULL);
   INSERT INTO study.activities (case_name, name, actors, object, scope, weight, citation)
     VALUES ('Hedensted', 'own weighted activity', '{politician,citizen}', 'policy', 'project', 2.5, 'x')" >/dev/null

tables user > "$tmp/user.before"; tables all > "$tmp/all.before"; views > "$tmp/views.before"
constraints > "$tmp/constraints.before"
nviews=$(grep -c '^== ' "$tmp/views.before")
check_eq "the sample workspace has its views (four of the last wave, three per wave, three of change, two of QCA)" 12 "$nviews"
check_eq "and rows in every view" "case_balance|case_profiles|cross_case|factor_matrix" \
  "$(for v in case_balance case_profiles cross_case factor_matrix; do
       [ "$(q "SELECT count(*) > 0 FROM study.$v")" = t ] && echo "$v"; done | paste -sd'|')"
check_eq "expert_scores.level is plain text" text "$(q "SELECT atttypid::regtype FROM pg_attribute WHERE attrelid = 'study.expert_scores'::regclass AND attname = 'level'")"

psql -X -q -v ON_ERROR_STOP=1 -d "$DB" -c "SET client_min_messages = warning; DROP EXTENSION cocreation CASCADE"
check_eq "DROP EXTENSION cocreation CASCADE succeeds" 0 $?
tables user > "$tmp/user.dropped"
check_eq "every value a user entered is still there" "$(md5sum < "$tmp/user.before")" "$(md5sum < "$tmp/user.dropped")"
constraints > "$tmp/constraints.dropped"
check_eq "every constraint is still there" "$(md5sum < "$tmp/constraints.before")" "$(md5sum < "$tmp/constraints.dropped")"
# factor_changes uses nothing of the extension: it stays
check_eq "what the drop took: the views that use the extension and the generated columns" "factor_changes|0" \
  "$(q "SELECT (SELECT string_agg(relname, ',') FROM pg_class WHERE relnamespace = 'study'::regnamespace AND relkind = 'v'),
               (SELECT count(*) FROM pg_attribute WHERE attrelid = 'study.activities'::regclass AND attgenerated = 's' AND NOT attisdropped)")"
check_eq "without the extension, the workspace still takes rows, words normalised" "driver|contextual" \
  "$(q "BEGIN; INSERT INTO study.factors (case_name, code, polarity, dimension, citation)
         VALUES ('Hedensted', 'own_budget_crisis', ' Driver', 'Contextual', 'x') RETURNING polarity || '|' || dimension; ROLLBACK" | head -1)"
check_eq "and refuses unknown words, naming each" "23514" \
  "$(psql -X -At -d "$DB" -v VERBOSITY=verbose -c "INSERT INTO study.factors (case_name, polarity, dimension, citation)
      VALUES ('Hedensted', 'enabler', 'economic', 'x')" 2>&1 | sed -nE 's/^ERROR:  ([0-9A-Z]{5}):.*/\1/p')"

q "CREATE EXTENSION cocreation" >/dev/null
check_eq "cocreation_rebuild_workspace() returns the workspace" study "$(q "SELECT cocreation_rebuild_workspace('study')")"
tables user > "$tmp/user.after"; tables all > "$tmp/all.after"; views > "$tmp/views.after"
constraints > "$tmp/constraints.after"
check_eq "every user-entered value as before" "$(md5sum < "$tmp/user.before")" "$(md5sum < "$tmp/user.after")"
check_eq "every row, generated columns included, as before" "$(md5sum < "$tmp/all.before")" "$(md5sum < "$tmp/all.after")"
check_eq "every view's result as before" "$(md5sum < "$tmp/views.before")" "$(md5sum < "$tmp/views.after")"
check_eq "every constraint as before" "$(md5sum < "$tmp/constraints.before")" "$(md5sum < "$tmp/constraints.after")"
if ! cmp -s "$tmp/views.before" "$tmp/views.after"; then diff "$tmp/views.before" "$tmp/views.after" | head -20 | sed 's/^/#   /'; fi
check_eq "the rebuilt workspace classifies new rows" "policymaking|1" \
  "$(q "BEGIN; INSERT INTO study.activities (case_name, name, actors, object, scope, citation)
         VALUES ('Hedensted', 'after rebuild', '{Politicians,citizens}', 'Policy', 'Project', 'x')
         RETURNING level || '|' || effective_weight; ROLLBACK" | head -1)"

# a second rebuild changes nothing
q "SELECT cocreation_rebuild_workspace('study')" >/dev/null
tables all > "$tmp/all.again"; views > "$tmp/views.again"
check_eq "a second rebuild changes nothing" "$(md5sum < "$tmp/all.after")$(md5sum < "$tmp/views.after")" \
  "$(md5sum < "$tmp/all.again")$(md5sum < "$tmp/views.again")"
check_eq "rebuild refuses a schema that is not a workspace" 42P01 \
  "$(psql -X -At -d "$DB" -v VERBOSITY=verbose -c "SELECT cocreation_rebuild_workspace('public')" 2>&1 | sed -nE 's/^ERROR:  ([0-9A-Z]{5}):.*/\1/p')"

rm -rf "$tmp"
dropdb "$DB"
finish reinstall
