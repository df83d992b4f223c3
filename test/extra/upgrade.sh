#!/bin/bash
# upgrade: ALTER EXTENSION cocreation UPDATE from the released 1.0 keeps every
# row and every view result of every workspace, gives a database whose
# extension objects are those of a fresh install of the current version, and
# passes the whole regression and pgTAP suites.  Runs inside the throwaway
# cluster of scripts/test (PGHOST etc. set).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
source test/extra/hardening/check.bash
UP=cocreation_upgraded      # 1.0, workspaces with data, then the update
FRESH=cocreation_fresh      # a fresh install of the current version
version=$(sed -nE "s/^default_version = '(.*)'$/\1/p" cocreation.control)
q() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }
tmp=$(mktemp -d /tmp/cocreation_upgrade.XXXXXX)

# the workspaces of a database: the schemas cocreation_create_workspace() made
workspaces() {
  q "$1" "SELECT nspname FROM pg_namespace WHERE obj_description(oid, 'pg_namespace') LIKE 'cocreation workspace:%' ORDER BY 1"
}
# what the update adds to a workspace, and only this (doc/upgrading.md):
# the column wave of activities, factors and expert_scores (every row in the
# first wave), the table waves and the per-wave and change views, the table
# qca_calibration (empty) and the views qca_memberships and qca_truth_table
NEW_COLUMNS="- 'wave'"
NEW_TABLES="'waves', 'qca_calibration'"
# every table's rows of every workspace as keyed JSON, sorted, without what
# the update adds
tables() {
  for s in $(workspaces "$1"); do
    for t in $(q "$1" "SELECT relname FROM pg_class WHERE relnamespace = '$s'::regnamespace AND relkind = 'r'
                       AND relname NOT IN ($NEW_TABLES) ORDER BY 1"); do
      echo "== $s.$t"
      q "$1" "SELECT x FROM (SELECT (to_jsonb(r) $NEW_COLUMNS)::text AS x FROM $s.$t r) s ORDER BY x"
    done
  done
}
# every view's result as text, sorted; $2: the views to read (default: all)
views() {
  for s in $(workspaces "$1"); do
    for v in $(q "$1" "SELECT relname FROM pg_class WHERE relnamespace = '$s'::regnamespace AND relkind = 'v' ORDER BY 1"); do
      [ -n "${2:-}" ] && ! grep -qx "$s.$v" <<<"$2" && continue
      echo "== $s.$v"
      q "$1" "SELECT x FROM (SELECT r::text AS x FROM $s.$v r) s ORDER BY x"
    done
  done
}
# the extension's objects (test/extra/upgrade/catalog.sql) and the rows of
# its own tables
catalog() {
  psql -X -q -At -v ON_ERROR_STOP=1 -d "$1" -f test/extra/upgrade/catalog.sql
  for t in $(q "$1" "SELECT c.oid::regclass FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'cocreation'
                     JOIN pg_class c ON d.classid = 'pg_class'::regclass AND c.oid = d.objid AND c.relkind = 'r'
                     WHERE d.deptype = 'e' ORDER BY 1"); do
    q "$1" "SELECT 'row $t: ' || x FROM (SELECT to_jsonb(r)::text AS x FROM $t r) s ORDER BY x"
  done
}

for db in $UP $FRESH contrib_regression cocreation_upgraded_tap; do dropdb --if-exists "$db" >/dev/null 2>&1; done
createdb "$UP"; createdb "$FRESH"

# ---- 1.0, with the sample and a workspace of its own with rows in every table
q $UP "CREATE EXTENSION cocreation VERSION '1.0'" >/dev/null
check_eq "the released 1.0 installs" 1.0 "$(q $UP "SELECT extversion FROM pg_extension WHERE extname = 'cocreation'")"
q $UP "SELECT cocreation_load_sample('bentzen2020')" >/dev/null
q $UP "SELECT cocreation_create_workspace('own_study', '{1,2,4}'::float8[], 'max', 'a project is one cross')" >/dev/null
q $UP "
  INSERT INTO own_study.cases (case_name, country, inhabitants, setting, extra)
    VALUES ('Northtown', 'Denmark', 12000, 'urban', '{\"note\": \"invented for the test\"}'), ('Southvale', 'Norway', 8000, 'rural', '{}');
  INSERT INTO own_study.sources (source_id, case_name, kind, informant_role, title, n)
    VALUES ('n-int', 'Northtown', 'interview', 'manager', NULL, 3), ('n-doc', 'Northtown', 'document', NULL, 'plan', 1),
           ('s-obs', 'Southvale', 'observation', NULL, 'meeting', 2);
  INSERT INTO own_study.activities (case_name, name, actors, object, decision, scope, weight, citation, source_id)
    VALUES ('Northtown', 'street festival', '{citizen,civil_society}', 'service', 'joint', 'project', NULL, 'n-int', 'n-int'),
           ('Northtown', 'council workshop', '{politician,citizen}', 'policy', 'joint', 'programme', 2.5, 'n-doc', 'n-doc'),
           ('Southvale', 'problem lab', '{manager,citizen}', 'problem', 'joint', 'institutionalised', NULL, 's-obs', 's-obs'),
           ('Southvale', 'information letter', '{manager}', 'service', 'information', 'project', NULL, 's-obs', NULL);
  INSERT INTO own_study.factor_codes (code, label, polarity, dimension, description, source)
    VALUES ('own_local_press', 'Local press', 'driver', 'contextual', 'A local newspaper reports on the activities.', 'own coding');
  INSERT INTO own_study.factors (case_name, code, polarity, dimension, stage, strength, citation)
    SELECT 'Northtown', 'own_local_press', 'driver', 'contextual', 'adoption', 2, 'n-int'
    UNION ALL SELECT 'Southvale', code, polarity, dimension, 'implementation', 1, 's-obs'
      FROM own_study.factor_codes WHERE polarity = 'barrier' ORDER BY 1 LIMIT 1;
  INSERT INTO own_study.expert_scores (case_name, rater, level, score)
    VALUES ('Northtown', 'rater a', 'policymaking', 2), ('Southvale', 'rater a', 'problem_solving', 1.5);
  INSERT INTO bentzen2020.factor_codes (code, label, polarity, dimension, description, source)
    VALUES ('own_budget_crisis', 'Budget crisis', 'barrier', 'contextual', 'A budget crisis.', 'own coding');" >/dev/null
check_eq "before the update, every table of both workspaces has rows" "" \
  "$(for s in bentzen2020 own_study; do for t in cases sources activities factor_codes factors expert_scores calibration; do
       [ "$(q $UP "SELECT count(*) > 0 FROM $s.$t")" = t ] || echo "$s.$t empty"; done; done)"
tables $UP > "$tmp/rows.before"; views $UP > "$tmp/views.before"
old_views=$(grep '^== ' "$tmp/views.before" | cut -c4-)
check_eq "before the update, every view of both workspaces has rows" "" \
  "$(for v in $old_views; do [ "$(q $UP "SELECT count(*) > 0 FROM $v")" = t ] || echo "$v empty"; done)"

# ---- the update
psql -X -q -v ON_ERROR_STOP=1 -d $UP -c "ALTER EXTENSION cocreation UPDATE" > "$tmp/update.log" 2>&1
check_eq "ALTER EXTENSION cocreation UPDATE succeeds" 0 $?
sed 's/^/#   /' "$tmp/update.log"
check_eq "the extension is at version $version" "$version" "$(q $UP "SELECT extversion FROM pg_extension WHERE extname = 'cocreation'")"
tables $UP > "$tmp/rows.after"; views $UP "$old_views" > "$tmp/views.after"
check_eq "every row of every workspace table is still there, unchanged" \
  "$(md5sum < "$tmp/rows.before")" "$(md5sum < "$tmp/rows.after")"
cmp -s "$tmp/rows.before" "$tmp/rows.after" || diff "$tmp/rows.before" "$tmp/rows.after" | head -20 | sed 's/^/#   /'
check_eq "every view result from before is the same" "$(md5sum < "$tmp/views.before")" "$(md5sum < "$tmp/views.after")"
cmp -s "$tmp/views.before" "$tmp/views.after" || diff "$tmp/views.before" "$tmp/views.after" | head -20 | sed 's/^/#   /'
# what the update adds, as documented: one wave per workspace, every row in it
for s in bentzen2020 own_study; do
  check_eq "$s: the update made one wave, 'wave 1', its period unknown" "wave 1|1||" \
    "$(q $UP "SELECT wave || '|' || ordinal || '|' || coalesce(period::text, '') || '|' || coalesce(note, '') FROM $s.waves")"
  check_eq "$s: every activity, factor and expert score is in it" "0" \
    "$(q $UP "SELECT (SELECT count(*) FROM $s.activities WHERE wave IS DISTINCT FROM 'wave 1')
                   + (SELECT count(*) FROM $s.factors WHERE wave IS DISTINCT FROM 'wave 1')
                   + (SELECT count(*) FROM $s.expert_scores WHERE wave IS DISTINCT FROM 'wave 1')")"
  check_eq "$s: the update added qca_calibration, empty, and the QCA views, one row per case" \
    "0|$(q $UP "SELECT count(*) FROM $s.cases")|1" \
    "$(q $UP "SELECT (SELECT count(*) FROM $s.qca_calibration) || '|' || (SELECT count(*) FROM $s.qca_memberships)
                   || '|' || (SELECT count(*) FROM $s.qca_truth_table)")"
done
check_eq "the workspaces have the same tables, columns and views as a new one" "" \
  "$(q $UP "SELECT cocreation_create_workspace('fresh_ws')" >/dev/null
     shape() { q $UP "SELECT c.relname || ' ' || c.relkind::text || ' ' || coalesce(string_agg(a.attname || ':' || format_type(a.atttypid, a.atttypmod), ',' ORDER BY a.attname), '')
                      FROM pg_class c LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                      WHERE c.relnamespace = '$1'::regnamespace AND c.relkind IN ('r', 'v') GROUP BY c.relname, c.relkind ORDER BY 1"; }
     for s in bentzen2020 own_study; do diff <(shape fresh_ws) <(shape $s); done
     q $UP "SET client_min_messages = warning; DROP SCHEMA fresh_ws CASCADE" >/dev/null)"
check_eq "and the same constraints" "" \
  "$(q $UP "SELECT cocreation_create_workspace('fresh_ws')" >/dev/null
     cons() { q $UP "SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
                     WHERE connamespace = '$1'::regnamespace ORDER BY 1" | sed "s/\b$1\.//g"; }
     for s in bentzen2020 own_study; do diff <(cons fresh_ws) <(cons $s); done
     q $UP "SET client_min_messages = warning; DROP SCHEMA fresh_ws CASCADE" >/dev/null)"

check_eq "no object of a workspace became a member of the extension" "" \
  "$(q $UP "SELECT string_agg(pg_describe_object(d.classid, d.objid, d.objsubid), ', ') FROM pg_depend d
            CROSS JOIN LATERAL pg_identify_object(d.classid, d.objid, d.objsubid) i
            WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'cocreation') AND d.deptype = 'e'
              AND i.schema IN ('bentzen2020', 'own_study')")"

# ---- the updated extension's objects are those of a fresh install
q $FRESH "CREATE EXTENSION cocreation" >/dev/null
catalog $UP > "$tmp/catalog.updated"; catalog $FRESH > "$tmp/catalog.fresh"
check_eq "the comparison sees the extension's objects ($(wc -l < "$tmp/catalog.fresh") lines)" t \
  "$([ "$(grep -c '^member ' "$tmp/catalog.fresh")" -gt 100 ] && grep -q '^function .*: CREATE OR REPLACE FUNCTION' "$tmp/catalog.fresh" &&
     grep -q '^aggregate ' "$tmp/catalog.fresh" && grep -q '^amproc ' "$tmp/catalog.fresh" && grep -q '^cast ' "$tmp/catalog.fresh" && echo t)"
check_eq "the updated extension's objects are a fresh install's (types, functions and their labels and defaults, operators, casts, aggregates, operator classes, comments, members)" \
  "" "$(diff "$tmp/catalog.fresh" "$tmp/catalog.updated" | grep '^[<>]' | sed 's/^</fresh:  /; s/^>/update: /' | cut -c1-300 | head -40)"
# the comparison can fail: one comment less in a copy is one difference
dropdb --if-exists cocreation_fresh_changed >/dev/null 2>&1
createdb -T $FRESH cocreation_fresh_changed
q cocreation_fresh_changed "COMMENT ON FUNCTION score(profile, level) IS NULL" >/dev/null
check_eq "the comparison catches a missing comment" "1 1" \
  "$(diff "$tmp/catalog.fresh" <(catalog cocreation_fresh_changed) > "$tmp/changed.diff"
     echo "$(grep -c '^[<>]' "$tmp/changed.diff") $(grep -c '^< comment function score(profile,level): ' "$tmp/changed.diff")")"
dropdb cocreation_fresh_changed

# ---- workspaces of other roles.  A database owner (not a superuser) made the
# extension, which is trusted, and a workspace; an analyst made another and
# granted a reader its tables and views one by one.  The database owner's
# update migrates only the database owner's workspace and names the other,
# which keeps working; its owner's cocreation_rebuild_workspace() migrates
# it.  A superuser's update (on a copy) migrates both, handing what it makes
# to each owner.
OWN=cocreation_upgrade_owners
for db in $OWN ${OWN}_super; do dropdb --if-exists "$db" >/dev/null 2>&1; done
for r in upgrade_dba upgrade_alice upgrade_reader; do psql -X -q -d postgres -c "DROP ROLE IF EXISTS $r" >/dev/null 2>&1; done
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE ROLE upgrade_dba; CREATE ROLE upgrade_alice; CREATE ROLE upgrade_reader" >/dev/null
createdb -O upgrade_dba $OWN
as() { local role=$1; shift; psql -X -q -At -v ON_ERROR_STOP=1 -d "${DB:-$OWN}" -c "SET SESSION AUTHORIZATION $role" -c "$@" 2>&1; }
q $OWN "GRANT CREATE ON DATABASE $OWN TO upgrade_alice" >/dev/null
as upgrade_dba "CREATE EXTENSION cocreation VERSION '1.0'; SELECT cocreation_create_workspace('dba_study')" >/dev/null
as upgrade_alice "SELECT cocreation_load_sample('alice_study');
  GRANT USAGE ON SCHEMA alice_study TO upgrade_reader;
  GRANT SELECT ON alice_study.cases, alice_study.activities, alice_study.factors, alice_study.expert_scores,
                  alice_study.calibration, alice_study.case_profiles, alice_study.case_balance,
                  alice_study.cross_case, alice_study.factor_matrix TO upgrade_reader;
  GRANT INSERT ON alice_study.activities TO upgrade_reader WITH GRANT OPTION" >/dev/null
reader_sees() { DB=$1 as upgrade_reader "SELECT string_agg(case_name || ' ' || notation, ', ' ORDER BY case_name) FROM alice_study.case_profiles" | tail -1; }
before=$(reader_sees $OWN)
check_eq "before the update the reader reads alice's case_profiles" t "$([ -n "$before" ] && [[ "$before" != *ERROR* ]] && echo t)"
createdb -T $OWN ${OWN}_super
out=$(as upgrade_dba "ALTER EXTENSION cocreation UPDATE")
check_eq "the database owner's update succeeds and names the workspace it may not alter" \
  "WARNING:  workspace \"alice_study\" does not have waves yet: the update may not alter it|DETAIL:  It belongs to upgrade_alice.|HINT:  Its owner runs: SELECT cocreation_rebuild_workspace('alice_study');" \
  "$(paste -sd'|' <<<"$out")"
check_eq "the database owner's workspace has waves, and what the update made belongs to its owner" "wave 1|upgrade_dba|upgrade_dba|upgrade_dba" \
  "$(q $OWN "SELECT (SELECT string_agg(wave, ',') FROM dba_study.waves) || '|' || (SELECT relowner::regrole FROM pg_class WHERE oid = 'dba_study.waves'::regclass)
            || '|' || (SELECT string_agg(DISTINCT relowner::regrole::text, ',') FROM pg_class WHERE relnamespace = 'dba_study'::regnamespace AND relkind = 'v')
            || '|' || (SELECT proowner::regrole FROM pg_proc WHERE oid = 'dba_study.fill_wave()'::regprocedure)")"
check_eq "alice's workspace is as it was, and its reader reads it as before" "f|$before" \
  "$(q $OWN "SELECT to_regclass('alice_study.waves') IS NOT NULL")|$(reader_sees $OWN)"
as upgrade_alice "SELECT cocreation_rebuild_workspace('alice_study')" >/dev/null
check_eq "after alice's cocreation_rebuild_workspace(), her workspace has waves, every row in wave 1" "wave 1|0" \
  "$(q $OWN "SELECT (SELECT string_agg(wave, ',') FROM alice_study.waves) || '|' || (SELECT count(*) FROM alice_study.activities WHERE wave <> 'wave 1')")"
check_eq "and the reader still reads its case_profiles, the same" "$before" "$(reader_sees $OWN)"
out=$(psql -X -q -At -d ${OWN}_super -c "ALTER EXTENSION cocreation UPDATE" 2>&1)
check_eq "a superuser's update (on a copy) migrates both workspaces, without a notice" "|wave 1|wave 1" \
  "$out|$(q ${OWN}_super "SELECT (SELECT wave FROM dba_study.waves) || '|' || (SELECT wave FROM alice_study.waves)")"
check_eq "what it made in alice's workspace belongs to alice" "upgrade_alice" \
  "$(q ${OWN}_super "SELECT string_agg(DISTINCT o::text, ',') FROM (
       SELECT relowner::regrole AS o FROM pg_class WHERE relnamespace = 'alice_study'::regnamespace AND relkind IN ('r', 'v')
       UNION ALL SELECT proowner::regrole FROM pg_proc WHERE pronamespace = 'alice_study'::regnamespace) s")"
check_eq "and the reader reads case_profiles as before, and the new views" "$before|3|3" \
  "$(reader_sees ${OWN}_super)|$(DB=${OWN}_super as upgrade_reader "SELECT count(*) FROM alice_study.wave_profiles" | tail -1)|$(DB=${OWN}_super as upgrade_reader "SELECT count(*) FROM alice_study.qca_memberships" | tail -1)"
# the new tables carry the privileges of the table they sit next to (waves
# those of activities, qca_calibration those of calibration), grant option
# included, and the new views SELECT from case_profiles; nothing more
acl() { q ${OWN}_super "SELECT coalesce(string_agg(a.privilege_type || CASE WHEN a.is_grantable THEN '*' ELSE '' END, ',' ORDER BY a.privilege_type), '-')
                        FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a
                        WHERE c.oid = 'alice_study.$1'::regclass AND a.grantee = 'upgrade_reader'::regrole"; }
check_eq "the reader's privileges: activities and waves, calibration and qca_calibration, case_profiles and two new views" \
  "INSERT*,SELECT INSERT*,SELECT SELECT SELECT SELECT SELECT SELECT" \
  "$(acl activities) $(acl waves) $(acl calibration) $(acl qca_calibration) $(acl case_profiles) $(acl wave_profiles) $(acl qca_truth_table)"
for db in $OWN ${OWN}_super; do dropdb --if-exists "$db" >/dev/null 2>&1; done
psql -X -q -d postgres -c "DROP ROLE upgrade_dba; DROP ROLE upgrade_alice; DROP ROLE upgrade_reader" >/dev/null

# ---- the whole regression suite and the pgTAP suite on a copy of the
# updated database.  The regression suite's expected output names its
# database (contrib_regression) and counts a schema named bentzen2020: the
# copy's sample workspace is renamed, nothing else changes.
createdb -T $UP contrib_regression
q contrib_regression "ALTER SCHEMA bentzen2020 RENAME TO upgraded_sample" >/dev/null
bindir=$("$PG_CONFIG" --bindir)
regress=$(dirname "$("$PG_CONFIG" --pgxs)")/../test/regress/pg_regress
tests=$(ls sql/*.sql | sed 's,sql/,,; s,\.sql$,,' | sort)
"$regress" --inputdir=. --outputdir="$tmp/regress" --bindir="$bindir" --use-existing --dbname=contrib_regression \
  $tests > "$tmp/regress.log" 2>&1
rc=$?
n_ok=$(grep -cE '\.\.\. ok|^ok ' "$tmp/regress.log"); n_all=$(echo $tests | wc -w)
check_eq "the whole regression suite passes on the updated database ($n_ok of $n_all)" "0 $n_all" "$rc $n_ok"
[ $rc -eq 0 ] || { grep -E 'FAILED|failed' "$tmp/regress.log" | sed 's/^/#   /'; head -60 "$tmp/regress/regression.diffs" 2>/dev/null | sed 's/^/#   /'; }
createdb -T $UP cocreation_upgraded_tap
q cocreation_upgraded_tap "ALTER SCHEMA bentzen2020 RENAME TO upgraded_sample; CREATE EXTENSION pgtap" >/dev/null
pg_prove -d cocreation_upgraded_tap test/*.sql > "$tmp/tap.log" 2>&1
rc=$?
check_eq "the whole pgTAP suite passes on the updated database ($(tail -1 "$tmp/tap.log"))" 0 $rc
[ $rc -eq 0 ] || grep -vE '^\s*ok ' "$tmp/tap.log" | head -30 | sed 's/^/#   /'

for db in $UP $FRESH contrib_regression cocreation_upgraded_tap; do dropdb --if-exists "$db" >/dev/null 2>&1; done
rm -rf "$tmp"
finish upgrade
