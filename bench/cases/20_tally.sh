# tally_agg(): evidence per municipality, against count(*) GROUP BY (the
# floor: reading the rows) and the plain-SQL FILTER form an analyst would
# write; then the same aggregate with 0 and 2 parallel workers.

bench_sql "
DROP TABLE IF EXISTS bench_tally;
SELECT setseed(0.2021);
-- 450 municipalities (Denmark's 98 and Norway's 357, roughly); weights as the
-- sample study codes them: 1 a project, 2 a programme, 3 an institutionalised
-- practice, and now and then none
CREATE UNLOGGED TABLE bench_tally AS
SELECT (random() * 449)::int AS municipality,
       (ARRAY['none', 'service_production', 'service_production', 'problem_solving',
              'problem_solving', 'policymaking'])[1 + floor(random() * 6)::int]::level AS level,
       (ARRAY[1, 1, 1, 2, 2, 3])[1 + floor(random() * 6)::int]::float8 AS weight
FROM generate_series(1, $N) i;
VACUUM ANALYZE bench_tally;"

TALLY_FILTER="SELECT municipality,
  count(*) FILTER (WHERE level OPERATOR(=) 'service_production') AS n1,
  sum(weight) FILTER (WHERE level OPERATOR(=) 'service_production') AS s1,
  max(weight) FILTER (WHERE level OPERATOR(=) 'service_production') AS m1,
  count(*) FILTER (WHERE level OPERATOR(=) 'problem_solving') AS n2,
  sum(weight) FILTER (WHERE level OPERATOR(=) 'problem_solving') AS s2,
  max(weight) FILTER (WHERE level OPERATOR(=) 'problem_solving') AS m2,
  count(*) FILTER (WHERE level OPERATOR(=) 'policymaking') AS n3,
  sum(weight) FILTER (WHERE level OPERATOR(=) 'policymaking') AS s3,
  max(weight) FILTER (WHERE level OPERATOR(=) 'policymaking') AS m3,
  count(*) FILTER (WHERE level OPERATOR(=) 'none') AS n0
FROM bench_tally GROUP BY municipality"

# both formulations must agree before either is timed (weights are whole
# numbers, so the sums are exact in any order)
bench_sql "DO \$\$ BEGIN
  IF EXISTS (SELECT 1 FROM (SELECT municipality, tally_agg(level, weight)::jsonb AS j
                            FROM bench_tally GROUP BY municipality) a
             JOIN ($TALLY_FILTER) f USING (municipality)
             WHERE (j #>> '{service_production,count}')::bigint <> f.n1
                OR (j #>> '{service_production,sum}')::float8 <> coalesce(f.s1, 0)
                OR (j #>> '{problem_solving,max}')::float8 <> coalesce(f.m2, 0)
                OR (j #>> '{policymaking,sum}')::float8 <> coalesce(f.s3, 0)
                OR (j #>> '{none,count}')::bigint <> f.n0) THEN
    RAISE EXCEPTION 'tally_agg() and the FILTER form disagree';
  END IF; END \$\$"

# five rounds: the target's margin is about the spread of three
BENCH_RUNS=5 bench_time "floor: count(*) GROUP BY municipality" \
  "SELECT municipality, count(*) FROM bench_tally GROUP BY municipality" \
  "tally_agg(level, weight) GROUP BY" \
  "SELECT municipality, tally_agg(level, weight) FROM bench_tally GROUP BY municipality" \
  "profile(tally_agg(level, weight), thresholds) GROUP BY" \
  "SELECT municipality, profile(tally_agg(level, weight), '{2,4,8}'::float8[]) FROM bench_tally GROUP BY municipality" \
  "plain SQL: count/sum/max FILTER per level" "$TALLY_FILTER"
bench_ratio "tally_agg(level, weight) GROUP BY" "floor: count(*) GROUP BY municipality"
bench_ratio "plain SQL: count/sum/max FILTER per level" "tally_agg(level, weight) GROUP BY"

# parallel scaling: the same query with 0 and 2 workers; each query sets the
# worker count itself, as they take turns in one session
PAR="SET max_parallel_workers_per_gather = 2; SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0;"
bench_time "tally_agg GROUP BY, 0 workers" \
  "SET max_parallel_workers_per_gather = 0; SELECT municipality, tally_agg(level, weight) FROM bench_tally GROUP BY municipality" \
  "tally_agg GROUP BY, 2 workers" \
  "$PAR SELECT municipality, tally_agg(level, weight) FROM bench_tally GROUP BY municipality" \
  "floor GROUP BY, 2 workers" \
  "$PAR SELECT municipality, count(*) FROM bench_tally GROUP BY municipality"
bench_ratio "tally_agg GROUP BY, 0 workers" "tally_agg GROUP BY, 2 workers"
echo "  plan with 2 workers:"
bench_psql -c "$PAR" -c "EXPLAIN (COSTS OFF) SELECT municipality, tally_agg(level, weight)
  FROM bench_tally GROUP BY municipality" | sed 's/^/    /'
bench_sql "DROP TABLE bench_tally"
