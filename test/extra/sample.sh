#!/bin/bash
# sample: the main job (sample/main.sql) prints exactly sample/expected/main.out,
# and with an output folder writes every CSV and the HTML report.  Runs
# inside the throwaway cluster of scripts/test (PGHOST etc. set).  The
# expected file is read, not regenerated blindly: a changed result is a
# changed finding and its diff is reviewed line by line.
cd "$(dirname "$0")/../.."
source "$(dirname "${BASH_SOURCE[0]}")/hardening/check.bash"
out=$(mktemp -d /tmp/cocreation_sample.XXXXXX); chmod 777 "$out"
dropdb --if-exists cocreation_sample >/dev/null 2>&1
createdb cocreation_sample
psql -X -q -d cocreation_sample -c 'CREATE EXTENSION cocreation'
psql -X -q -v ON_ERROR_STOP=1 -P pager=off -d cocreation_sample -f sample/main.sql > "$out/main.out" 2>&1
check_run "sample/main.sql prints sample/expected/main.out" diff -u sample/expected/main.out "$out/main.out"
dropdb cocreation_sample; createdb cocreation_sample
psql -X -q -d cocreation_sample -c 'CREATE EXTENSION cocreation'
mkdir -p "$out/report"
psql -X -q -v ON_ERROR_STOP=1 -P pager=off -d cocreation_sample -v outdir="$out/report" \
  -f sample/main.sql > /dev/null 2>&1
check_run "with an output folder: 24 CSV files" test "$(ls "$out/report"/*.csv 2>/dev/null | wc -l)" -eq 24
check_run "with an output folder: report.html with its 20 tables and the Table 3 comparison, ending in </html>" \
  bash -c "[ \"\$(grep -o '<table>' '$out/report/report.html' | wc -l)\" -eq 20 ] && grep -q '<table class=\"table3\">' '$out/report/report.html' && tail -c 8 '$out/report/report.html' | grep -q '</html>'"
dropdb cocreation_sample
rm -rf "$out"
finish sample
