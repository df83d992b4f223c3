# classify(): the C function against the same rules written as a plain SQL
# CASE over the arrays, with count(*) over the same table as the floor.
# Two baselines: the fair one compares the canonical words as they are
# stored (what an analyst whose data is clean writes; the table holds only
# canonical words, on which classify() skips its normalisation too); the
# second calls lower() on the object and the decision, as an analyst must
# when the data may be in any case, which classify() accepts.

bench_sql "
DROP TABLE IF EXISTS bench_activities;
SELECT setseed(0.2020);
CREATE UNLOGGED TABLE bench_activities AS
SELECT i AS id,
       (ARRAY['{manager,citizen}', '{frontline,user}', '{politician,citizen}',
              '{politician,manager,civil_society}', '{manager,volunteer,business}',
              '{politician,manager}', '{citizen,volunteer}', '{frontline,user,volunteer}',
              '{manager,politician_as_citizen,citizen}', '{public_agency,social_entrepreneur}',
              '{politician,frontline,user,civil_society}', '{manager,frontline}'
             ])[1 + floor(random() * 12)::int]::text[] AS actors,
       (ARRAY['service', 'problem', 'policy'])[1 + floor(random() * 3)::int] AS object,
       (ARRAY['joint', 'joint', 'joint', 'advisory', 'delegated', 'consultation',
              'information', 'contract', 'imposed'])[1 + floor(random() * 9)::int] AS decision
FROM generate_series(1, $N) i;
VACUUM ANALYZE bench_activities;"

# the rules of classify(), as an analyst would write them in SQL for
# canonical words
CLASSIFY_CASE_CANONICAL="CASE
  WHEN decision IN ('consultation', 'information', 'contract', 'imposed') THEN 'none'
  WHEN NOT actors && '{citizen,user,volunteer,civil_society,business,social_entrepreneur,politician_as_citizen}'
    OR NOT actors && '{politician,manager,frontline,public_agency}' THEN 'none'
  WHEN 'politician' = ANY (actors) AND object IN ('problem', 'policy') THEN 'policymaking'
  WHEN object IN ('problem', 'policy') THEN 'problem_solving'
  ELSE 'service_production' END"
# ... and for words in any case (actors still compared as stored)
CLASSIFY_CASE="CASE
  WHEN lower(decision) IN ('consultation', 'information', 'contract', 'imposed') THEN 'none'
  WHEN NOT actors && '{citizen,user,volunteer,civil_society,business,social_entrepreneur}'
    OR NOT actors && '{politician,manager,frontline,public_agency}' THEN 'none'
  WHEN 'politician' = ANY (actors) AND lower(object) IN ('problem', 'policy') THEN 'policymaking'
  WHEN lower(object) IN ('problem', 'policy') THEN 'problem_solving'
  ELSE 'service_production' END"

# both formulations must agree before either is timed
bench_sql "DO \$\$ BEGIN
  IF EXISTS (SELECT 1 FROM bench_activities
             WHERE classify(actors, object, decision)::text <> $CLASSIFY_CASE
                OR classify(actors, object, decision)::text <> $CLASSIFY_CASE_CANONICAL) THEN
    RAISE EXCEPTION 'classify() and the SQL CASEs disagree';
  END IF; END \$\$"

bench_time "floor: count(*)" "SELECT count(*) FROM bench_activities" \
  "classify() grouped" \
  "SELECT classify(actors, object, decision), count(*) FROM bench_activities GROUP BY 1" \
  "SQL CASE, canonical words, grouped" \
  "SELECT $CLASSIFY_CASE_CANONICAL, count(*) FROM bench_activities GROUP BY 1" \
  "SQL CASE with lower(), grouped" \
  "SELECT $CLASSIFY_CASE, count(*) FROM bench_activities GROUP BY 1"
bench_ratio "classify() grouped" "floor: count(*)"
bench_ratio "SQL CASE, canonical words, grouped" "classify() grouped"
bench_ratio "SQL CASE with lower(), grouped" "classify() grouped"

# memory stays flat: the backend's peak after a tenth of the rows and after all
tenth=$(bench_peak_kb "SELECT count(classify(actors, object, decision)) FROM bench_activities WHERE id <= $N / 10")
all=$(bench_peak_kb "SELECT count(classify(actors, object, decision)) FROM bench_activities")
echo "  backend private memory, peak while classifying: $tenth kB over $((N / 10)) rows, $all kB over $N rows"
bench_sql "DROP TABLE bench_activities"
