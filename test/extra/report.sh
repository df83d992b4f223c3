#!/bin/bash
# report: scripts/report, as a role that is not a superuser and owns its
# workspace, on a small study of two municipalities built here and on the
# sample; the main job's output folder too.  Each report's terminal output
# fits 80 columns, every CSV parses with Python's csv module with identifier
# headers and numbers as numbers, and Debian's chromium, headless, renders
# each report.html with every chart's parts (axes, tick values, legend, the
# numbers on the bars).  Runs inside the throwaway cluster of scripts/test.
cd "$(dirname "$0")/../.."
source test/extra/hardening/check.bash
check=test/extra/report/check.py
out=$(mktemp -d /tmp/cocreation_report.XXXXXX); chmod 755 "$out"
db=cocreation_report; role=report_owner; pw=${PGPASSWORD:-report}
admin() { PGOPTIONS='-c client_min_messages=warning' psql -X -q -v ON_ERROR_STOP=1 -d postgres "$@" >/dev/null; }
owner() { PGUSER=$role PGPASSWORD=$pw PGDATABASE=$db "$@"; }
osql() { owner psql -X -q -v ON_ERROR_STOP=1 "$@"; }

dropdb --if-exists "$db" >/dev/null 2>&1
admin -c "DROP ROLE IF EXISTS $role"
admin -c "CREATE ROLE $role LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '$pw'"
createdb -O "$role" "$db"

# the study: two municipalities, made and reported by their owner
build_study() { osql -o /dev/null "$@"; }
check_run "the owner, not a superuser, creates the extension and a workspace with its study" \
  build_study -c 'CREATE EXTENSION cocreation' -c "SELECT cocreation_create_workspace('wave2', '{2,4,8}'::float8[], 'sum', 'one cross for a programme''s worth of evidence')" -c "
INSERT INTO wave2.cases (case_name, country, inhabitants, setting, councillors, permanent_committees)
VALUES ('Northtown', 'Norway', 12000, 'rural', 31, 4), ('Southby', 'Denmark', 54000, 'urban', 25, 5);
INSERT INTO wave2.sources (source_id, case_name, kind, informant_role, n)
VALUES ('n1', 'Northtown', 'interview', 'citizen', 3), ('n2', 'Northtown', 'interview', 'elected politician', 2),
       ('s1', 'Southby', 'interview', 'public manager', 2);
INSERT INTO wave2.sources (source_id, case_name, kind, title, reference, n)
VALUES ('n3', 'Northtown', 'document', 'Harbour plan 2030', 'Northtown Municipality, 2024', 1);
INSERT INTO wave2.activities (case_name, name, actors, object, decision, scope, citation) VALUES
  ('Northtown', 'harbour forum', '{politician,citizen}', 'policy', 'joint', 'programme', 'p. 3'),
  ('Northtown', 'street gardens', '{frontline,citizen}', 'service', 'joint', 'project', 'p. 4'),
  ('Northtown', 'a very long name of an activity that cannot fit in the eighty columns of a terminal',
   '{manager,civil_society}', 'problem', 'joint', 'institutionalised', 'p. 4'),
  ('Northtown', 'budget hearing', '{politician,citizen}', 'policy', 'consultation', 'institutionalised', 'p. 5'),
  ('Southby', 'school board', '{manager,user}', 'problem', 'advisory', 'institutionalised', 'p. 7'),
  ('Southby', 'council meetings', '{politician,manager}', 'policy', 'joint', 'institutionalised', 'p. 8');
INSERT INTO wave2.factors (case_name, polarity, dimension, stage, strength, citation) VALUES
  ('Northtown', 'driver', 'cultural', 'adoption', 1, 'p. 9'),
  ('Northtown', 'barrier', 'practical', 'implementation', 2, 'p. 9'),
  ('Southby', 'barrier', 'institutional', 'adoption', 9, 'p. 10');
INSERT INTO wave2.expert_scores (case_name, rater, level, score) VALUES
  ('Northtown', 'panel', 'service_production', 1), ('Northtown', 'panel', 'problem_solving', 2),
  ('Northtown', 'panel', 'policymaking', 1), ('Southby', 'panel', 'service_production', 0),
  ('Southby', 'panel', 'problem_solving', 1), ('Southby', 'panel', 'policymaking', 0);"
check_eq "the owner is not a superuser" "f" "$(osql -At -c 'SELECT rolsuper FROM pg_roles WHERE rolname = current_user')"

# fits80 FILE: no line of FILE is wider than 80 characters
fits80() { python3 -c 'import sys; sys.exit(any(len(l.rstrip("\n")) > 80 for l in open(sys.argv[1], encoding="utf-8")))' "$1"; }

owner scripts/report wave2 "$out/wave2" > "$out/wave2.txt" 2> "$out/wave2.err"
check_eq "scripts/report wave2 OUTDIR, as the owner, succeeds" "0" "$?"
check_run "its terminal output fits 80 columns" fits80 "$out/wave2.txt"
check_run "it names both cases, the rules once each and the panel's agreement" \
  bash -c "grep -q '| Northtown' '$out/wave2.txt' && grep -q '| Southby' '$out/wave2.txt' \
           && [ \"\$(grep -c '^  [0-9][a-z]* .* rule [0-9]' '$out/wave2.txt')\" -eq \"\$(tail -n +2 '$out/wave2/rules.csv' | wc -l)\" ] \
           && grep -q '^ panel ' '$out/wave2.txt'"
check_run "a name too long for its column ends in an ellipsis" \
  grep -q '| a very long name of an activity that cannot fit in t…$' "$out/wave2.txt"
check_run "it says what it is doing on stderr" \
  bash -c "grep -q '^report: classifying' '$out/wave2.err' && grep -q '^report: wrote' '$out/wave2.err'"
python3 "$check" csv "$out/wave2" > "$out/check.txt"; rc=$?; cat "$out/check.txt"
check_eq "wave2's CSV files: every check above holds" "0" "$rc"
check_eq "wave2's activities.csv: one row per activity, the rule by its id" \
  "6 rule" "$(($(wc -l < "$out/wave2/activities.csv") - 1)) $(head -1 "$out/wave2/activities.csv" | cut -d, -f4)"

# a second wave (invented for the test): the report shows the profiles per
# wave, and its activity list and last-wave sections read the last wave
check_run "the owner adds a second wave to wave2" osql -o /dev/null -c "
INSERT INTO wave2.waves (wave, ordinal, period) VALUES ('round 2', 2, '[2025-01-01,2026-01-01)');
INSERT INTO wave2.activities (case_name, name, actors, object, decision, scope, citation, wave)
SELECT case_name, name, actors, object, decision, scope, citation, 'round 2' FROM wave2.activities
WHERE name <> 'budget hearing';
INSERT INTO wave2.activities (case_name, name, actors, object, decision, scope, citation)
VALUES ('Southby', 'youth council', '{politician,citizen}', 'policy', 'joint', 'programme', 'p. 11');"
owner scripts/report wave2 "$out/waves" > "$out/waves.txt" 2>/dev/null
check_eq "scripts/report on two waves succeeds" "0" "$?"
check_run "its terminal output fits 80 columns" fits80 "$out/waves.txt"
check_eq "it shows the profiles per case and wave, a row for each" "1 4" \
  "$(grep -c '^== Profiles per case and wave' "$out/waves.txt") $(grep -cE '^ (Northtown|Southby) +\| (wave 1|round 2) ' "$out/waves.txt")"
check_eq "its activity list is the last wave's (6 activities)" "6" "$(($(wc -l < "$out/waves/activities.csv") - 1))"
check_eq "wave_profiles.csv and profile_changes.csv: 12 and 6 rows (per case, wave and level; per case and level)" "12 6" \
  "$(($(wc -l < "$out/waves/wave_profiles.csv") - 1)) $(($(wc -l < "$out/waves/profile_changes.csv") - 1))"
python3 "$check" csv "$out/waves" > "$out/check.txt"; rc=$?; cat "$out/check.txt"
check_eq "the two-wave report's CSV files: every check above holds" "0" "$rc"
check_eq "its HTML has the profiles per wave: one chart per case and wave" "1 4" \
  "$(grep -o '<h2>Profiles per wave</h2>' "$out/waves/report.html" | wc -l) $(grep -oE '<svg[^>]*>(<title>)?[^<]*(Northtown|Southby), (wave 1|round 2)' "$out/waves/report.html" | wc -l)"
check_eq "a one-wave report has no section per wave" "0 0" \
  "$(grep -c 'per case and wave' "$out/wave2.txt") $(grep -c 'Profiles per wave' "$out/wave2/report.html")"

owner scripts/report nosuch > /dev/null 2> "$out/nosuch.err"
check_eq "scripts/report on a schema that is no workspace fails" "3" "$?"
check_run "and names it" grep -q 'ERROR:  no workspace nosuch in database' "$out/nosuch.err"

# the sample, loaded by the same owner, and the main job's folder
osql -c "SELECT cocreation_load_sample()" >/dev/null
owner env CASE_ORDER=Steinkjer,Guldborgsund,Hedensted scripts/report bentzen2020 "$out/sample" \
  > "$out/sample.txt" 2>/dev/null
check_eq "scripts/report bentzen2020 OUTDIR succeeds" "0" "$?"
check_run "its terminal output fits 80 columns" fits80 "$out/sample.txt"
python3 "$check" csv "$out/sample" > "$out/check.txt"; rc=$?; cat "$out/check.txt"
check_eq "the sample's CSV files: every check above holds" "0" "$rc"
osql -c "DROP SCHEMA bentzen2020 CASCADE" -c "DROP SCHEMA coding_b CASCADE" 2>/dev/null
mkdir -p "$out/main"
osql -P pager=off -v outdir="$out/main" -f sample/main.sql > "$out/main.txt" 2>&1
check_eq "the main job with an output folder succeeds" "0" "$?"
check_run "its terminal output fits 80 columns" fits80 "$out/main.txt"
python3 "$check" csv "$out/main" > "$out/check.txt"; rc=$?; cat "$out/check.txt"
check_eq "the main job's CSV files: every check above holds" "0" "$rc"

# the checker fails on what it is there to catch
mkdir -p "$out/bad"
printf 'level,T3 ,inhabitants\nservice, x,"22,000"\n' > "$out/bad/cases.csv"
check_run "the CSV check fails on a padded header and value and a number with a comma" \
  bash -c "! python3 '$check' csv '$out/bad' > /dev/null"
printf 'mode,cells\ndefault,3 of 9\n' > "$out/bad/cases.csv"
check_run "the CSV check fails on \"3 of 9\"" bash -c "! python3 '$check' csv '$out/bad' > /dev/null"

# the pages, rendered by a real browser
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "# skip: the browser checks, chromium is not installed (test/extra/report.packages names it)"
else
  for r in wave2:2 sample:3 main:3; do
    name=${r%%:*}; n=${r##*:}; dir=$out/$name
    timeout 180 "$browser" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
      --user-data-dir="$out/chromium" --dump-dom "file://$dir/report.html" > "$dir/dom.html" 2> "$dir/chromium.err"
    check_eq "chromium renders $name's report.html" "0" "$?"
    python3 "$check" dom "$dir/dom.html" "$n" > "$out/check.txt"; rc=$?; cat "$out/check.txt"
    check_eq "$name's page: every check above holds" "0" "$rc"
    timeout 180 "$browser" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
      --user-data-dir="$out/chromium" --hide-scrollbars --window-size=1100,1400 \
      --screenshot="$dir/report.png" "file://$dir/report.html" > /dev/null 2>&1
    check_run "chromium draws $name's report as a PNG" \
      bash -c "[ \"\$(head -c 8 '$dir/report.png' | od -An -tx1 | tr -d ' ')\" = 89504e470d0a1a0a ]"
  done
  sed 's/<figure>.*<\/figure>//' "$out/main/dom.html" > "$out/bad/dom.html"
  check_run "the page check fails on a page without its charts" \
    bash -c "! python3 '$check' dom '$out/bad/dom.html' 3 > /dev/null"
  sed 's/<g class="legend">/<g>/' "$out/main/dom.html" > "$out/bad/dom.html"
  check_run "the page check fails on charts without a legend" \
    bash -c "! python3 '$check' dom '$out/bad/dom.html' 3 > /dev/null"
fi

# REPORT_KEEP=1 keeps the folder (the screenshots) for a look
if [ -n "${REPORT_KEEP:-}" ]; then echo "# kept: $out"; else rm -rf "$out"; fi
dropdb "$db"; admin -c "DROP ROLE $role"
finish report
