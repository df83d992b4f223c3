#!/bin/bash
# sqlsmith: random queries (Debian package sqlsmith) as an unprivileged role
# against a database with the extension (and the sample workspace when
# cocreation_load_sample exists): CI 5,000 queries, stress 100,000. Passes
# when the server never restarted its processes (no backend crash).
cd "$(dirname "$0")"
N=5000; [ -n "${STRESS:-}" ] && [ "$STRESS" != 0 ] && N=100000
passed=0; failed=0
check() { if [ "$1" = 0 ]; then passed=$((passed+1)); echo "ok - $2"; else failed=$((failed+1)); echo "not ok - $2"; fi; }
q() { psql -X -q -At -v ON_ERROR_STOP=1 -d "${2:-postgres}" -c "$1"; }
q 'DROP DATABASE IF EXISTS hard_smith WITH (FORCE)' && q 'DROP ROLE IF EXISTS hard_smith'
q 'CREATE DATABASE hard_smith'
q "CREATE ROLE hard_smith LOGIN PASSWORD '${PGPASSWORD:-smith}'"
q 'CREATE EXTENSION cocreation' hard_smith
q "DO \$\$BEGIN IF EXISTS (SELECT 1 FROM pg_proc WHERE proname = 'cocreation_load_sample' AND oid IN (SELECT d.objid FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid WHERE e.extname = 'cocreation' AND d.deptype = 'e' AND d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass))
   THEN PERFORM cocreation_load_sample('sample'); END IF; END\$\$" hard_smith
q "GRANT SELECT ON ALL TABLES IN SCHEMA public TO hard_smith" hard_smith
q "CREATE TABLE public.acts (id int, l level, actors text[], object text);
   INSERT INTO public.acts SELECT i, (i % 4)::level, '{manager,citizen}', 'problem' FROM generate_series(1, 1000) i;
   GRANT SELECT ON public.acts TO hard_smith; ALTER ROLE hard_smith SET search_path = public, cocreation;
   ALTER ROLE hard_smith SET statement_timeout = '2s'" hard_smith
before=$(q "SELECT min(backend_start) FROM pg_stat_activity WHERE backend_type = 'checkpointer'")
start=$(date +%s)
target="host=${PGHOST:-localhost} port=${PGPORT:-5432} dbname=hard_smith user=hard_smith password=${PGPASSWORD:-smith}"
timeout 1500 sqlsmith --target="$target" --seed=7 --max-queries="$N" --verbose > /tmp/cocreation-sqlsmith.log 2>&1
rc=$?
tail -c 2000 /tmp/cocreation-sqlsmith.log | tr '\r' '\n' | tail -n 15 | sed 's/^/#   /'
after=$(q "SELECT min(backend_start) FROM pg_stat_activity WHERE backend_type = 'checkpointer'")
check $([ "$rc" = 0 ] && echo 0 || echo 1) "sqlsmith ran $N queries as an unprivileged role (exit $rc, $(( $(date +%s) - start )) s)"
check $([ "$before" = "$after" ] && echo 0 || echo 1) "no backend crash: the server never restarted its processes"
check $(grep -qiE 'server closed the connection|terminating connection because of crash' /tmp/cocreation-sqlsmith.log && echo 1 || echo 0) \
  "no lost connection in sqlsmith's output"
echo "sqlsmith: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
