# Citus: a synthetic study 100 times a large national one (40,000
# municipalities; 50 activities, 25 coded factors and 20 ratings each: 2
# million activities), timed on one server and on a local Citus cluster of a
# coordinator and two workers on this machine, in the same run
# (doc/scaling.md).  On a machine with few cores the cluster cannot be
# faster: the three servers share them; what this measures is the overhead
# of distributing the work.  CITUS_SCALE (default 100) sets the size in
# national studies.  Skipped where Citus 13 does not run (PostgreSQL 17, 18).
source test/extra/citus/cluster.bash
CITUS_SCALE=${CITUS_SCALE:-100}
if ! citus_supported; then
  echo "  skipped: $CITUS_SKIP"
elif ! citus_ensure_built; then
  echo "  skipped: Citus could not be built"
else
  # the shards' queries run serially, as bench_time's do on one server; the
  # work_mem of scripts/bench's server (40,000 groups of 880-byte tally
  # states spill to disk at the default 4 MB)
  CITUS_OPTIONS+=" -c max_parallel_workers_per_gather=0 -c shared_buffers=256MB -c work_mem=256MB"
  citus_start && citus_create_db bench \
    && citus_sql "$CITUS_COORD" bench "SET client_min_messages = warning; CREATE EXTENSION cocreation"
  # the same rows on both: values from hashes of the row number
  CITUS_GEN="
  CREATE OR REPLACE FUNCTION bench_h(i bigint, k text) RETURNS float8 LANGUAGE sql IMMUTABLE
    RETURN abs(hashtext(i::text || ':' || k)::float8) / 2147483648.0;
  CREATE UNLOGGED TABLE bench_c_activities (case_name text, country text, level level, weight float8);
  CREATE UNLOGGED TABLE bench_c_factors (case_name text, country text, polarity text, dimension text,
                                         strength float8, stage text);
  CREATE UNLOGGED TABLE bench_c_ratings (case_name text, country text, unit bigint, value float8);
  SELECT :'dist' = 'yes' AS dist \\gset
  \\if :dist
  SELECT count(create_distributed_table(t, 'case_name'))
  FROM unnest(ARRAY['bench_c_activities', 'bench_c_factors', 'bench_c_ratings']) t;
  \\endif
  INSERT INTO bench_c_activities
  SELECT 'm' || (i % (400 * $CITUS_SCALE)), 'country ' || (i % (400 * $CITUS_SCALE) % 30),
         (i % 7 % 4)::text::level, 0.25 + 2.5 * bench_h(i, 'w')
  FROM generate_series(1, 400 * $CITUS_SCALE * 50) i;
  INSERT INTO bench_c_factors
  SELECT 'm' || (i % (400 * $CITUS_SCALE)), 'country ' || (i % (400 * $CITUS_SCALE) % 30),
         CASE WHEN bench_h(i, 'p') < 0.5 THEN 'driver' ELSE 'barrier' END,
         (ARRAY['discursive', 'cultural', 'institutional', 'practical', 'contextual'])[1 + i % 5],
         0.2 + bench_h(i, 's'), 'adoption'
  FROM generate_series(1, 400 * $CITUS_SCALE * 25) i;
  INSERT INTO bench_c_ratings
  SELECT 'm' || (i / 20 % (400 * $CITUS_SCALE)), 'country ' || (i / 20 % (400 * $CITUS_SCALE) % 30),
         i / 2, floor(4 * bench_h(i / 2, 'r') + CASE WHEN bench_h(i, 'd') < 0.3 THEN 1 ELSE 0 END)::int % 4
  FROM generate_series(0, 400 * $CITUS_SCALE * 20 - 1) i;
  VACUUM ANALYZE bench_c_activities;
  VACUUM ANALYZE bench_c_factors;
  VACUUM ANALYZE bench_c_ratings;"
  start=$(date +%s)
  bench_psql -v dist=no -c 'SET client_min_messages = warning' -f - <<<"$CITUS_GEN" >/dev/null
  echo "  one server: $(bench_psql -At -c 'SELECT count(*) FROM bench_c_activities') activities loaded in $(( $(date +%s) - start )) s"
  start=$(date +%s)
  PGHOST=localhost PGPORT=$CITUS_COORD PGUSER=postgres PGDATABASE=bench \
    bench_psql -v dist=yes -c 'SET client_min_messages = warning' -f - <<<"$CITUS_GEN" >/dev/null
  echo "  cluster: $(citus_sql "$CITUS_COORD" bench 'SELECT count(*) FROM bench_c_activities') activities loaded in $(( $(date +%s) - start )) s, 8 shards a table on 2 workers"

  CITUS_Q=(
    "tally per case" "SELECT case_name, tally_agg(level, weight) FROM bench_c_activities GROUP BY case_name"
    "tally per country (pushed down)" "SELECT country, tally_agg(level, weight) FROM bench_c_activities GROUP BY country"
    "balance per case" "SELECT case_name, balance_agg(polarity, dimension, strength, stage) FROM bench_c_factors GROUP BY case_name"
    "balance per country (pushed down)" "SELECT country, balance_agg(polarity, dimension, strength, stage) FROM bench_c_factors GROUP BY country"
    "alpha per case" "SELECT case_name, krippendorff_alpha(unit, value) FROM bench_c_ratings GROUP BY case_name"
    "alpha per country (rows to the coordinator)" "SELECT country, krippendorff_alpha(unit, value) FROM bench_c_ratings GROUP BY country"
  )
  # both give the same results before anything is timed
  for ((q = 1; q < ${#CITUS_Q[@]}; q += 2)); do
    a=$(bench_psql -At -c "SET extra_float_digits = 3" -c "${CITUS_Q[q]} ORDER BY 1" | md5sum)
    b=$(citus_sql "$CITUS_COORD" bench "SET extra_float_digits = 3; ${CITUS_Q[q]} ORDER BY 1" | md5sum)
    [ "$a" = "$b" ] || { echo "  one server and the cluster disagree: ${CITUS_Q[q-1]}" >&2; false; }
  done
  for ((q = 0; q < ${#CITUS_Q[@]}; q += 2)); do
    bench_time "one server: ${CITUS_Q[q]}" "${CITUS_Q[q+1]}"
    PGHOST=localhost PGPORT=$CITUS_COORD PGUSER=postgres PGDATABASE=bench \
      bench_time "cluster: ${CITUS_Q[q]}" "${CITUS_Q[q+1]}"
    bench_ratio "cluster: ${CITUS_Q[q]}" "one server: ${CITUS_Q[q]}"
  done
  bench_sql "DROP TABLE bench_c_activities, bench_c_factors, bench_c_ratings; DROP FUNCTION bench_h(bigint, text)"
  citus_stop
fi
