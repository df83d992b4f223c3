-- Waves: rounds of data collection in a workspace, and change between them.
-- The second wave below is INVENTED FOR ILLUSTRATION: the paper has one
-- round of data collection; these rows are not data, they show what the
-- views read when a study has two.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS cocreation;
RESET client_min_messages;

-- profile_change(): one row per level, after minus before
SELECT * FROM profile_change('(1, 2, 0)'::profile, '(1.5, 2, 3)'::profile);
SELECT * FROM profile_change('(3, 3, 3)'::profile, '(0, 0, 0)'::profile);
SELECT count(*) AS rows_for_null FROM profile_change(NULL::profile, '(1, 1, 1)'::profile);
-- balance_change(): per dimension and all; the net index change is NULL
-- where either net index is undefined
SELECT * FROM balance_change('{driver.cultural.adoption=2:2, barrier.practical.implementation=1:1}'::balance,
                             '{driver.cultural.adoption=1:1, barrier.cultural.adoption=1:1, driver.practical.adoption=1:0.5}'::balance);
SELECT count(*) AS rows_for_null FROM balance_change('{}'::balance, NULL::balance);

-- a new workspace has one wave, 'wave 1', period unknown
SELECT cocreation_load_sample('regress_waves') IS NOT NULL AS loaded;
SET search_path = public, regress_waves;
SELECT * FROM waves;
SELECT (SELECT count(DISTINCT wave) FROM activities) AS activity_waves,
       (SELECT count(DISTINCT wave) FROM factors) AS factor_waves,
       (SELECT count(DISTINCT wave) FROM expert_scores) AS score_waves;
-- one wave: the change views are empty, the wave views are the last-wave views
SELECT (SELECT count(*) FROM profile_changes) AS profile_changes,
       (SELECT count(*) FROM activity_changes) AS activity_changes,
       (SELECT count(*) FROM factor_changes) AS factor_changes;
SELECT count(*) AS differing FROM (
  (SELECT case_name, notation, evidence_policymaking FROM wave_profiles EXCEPT SELECT case_name, notation, evidence_policymaking FROM case_profiles)
  UNION ALL
  (SELECT case_name, notation, evidence_policymaking FROM case_profiles EXCEPT SELECT case_name, notation, evidence_policymaking FROM wave_profiles)) d;

-- the invented second wave: most activities and factors continue, some
-- end, some start (invented for illustration, not from the paper)
INSERT INTO waves (wave, ordinal, period, note)
VALUES ('wave 2', 2, '[2024-01-01,2025-01-01)', 'invented for illustration: not data from the paper');
INSERT INTO activities (case_name, name, description, actors, object, decision, scope, weight, citation, source_id, wave)
SELECT case_name, name, description, actors, object, decision, scope, weight, citation, source_id, 'wave 2'
FROM activities WHERE wave = 'wave 1'
  AND (case_name, name) NOT IN (SELECT case_name, name FROM activities
                                WHERE wave = 'wave 1' AND case_name = 'Hedensted' AND level = 'policymaking'
                                ORDER BY name LIMIT 1);
-- a row without a wave goes to the last wave
INSERT INTO activities (case_name, name, actors, object, scope, citation)
VALUES ('Steinkjer', 'invented: youth council on the budget', '{politician,citizen}', 'policy', 'programme',
        'invented for illustration'),
       ('Guldborgsund', 'invented: task committee on rural transport', '{politician,citizen}', 'policy', 'project',
        'invented for illustration');
INSERT INTO factors (case_name, code, polarity, dimension, stage, strength, citation, wave)
SELECT case_name, code, polarity, dimension, stage, strength, citation, 'wave 2'
FROM factors WHERE wave = 'wave 1' AND NOT (case_name = 'Steinkjer' AND polarity = 'barrier');
SELECT wave, count(*) FROM activities GROUP BY wave ORDER BY wave;

-- the last-wave views now read wave 2; the wave views read both
SELECT case_name, activities, notation, reach FROM case_profiles ORDER BY case_name;
SELECT case_name, wave, activities, notation FROM wave_profiles ORDER BY case_name, wave_ordinal;
-- per case and level: the profile and the evidence in each wave, and the difference
SELECT case_name, wave_before, wave_after, level, score_before, score_after, score_change,
       evidence_before, evidence_after, evidence_change
FROM profile_changes ORDER BY case_name, level_rank;
-- activities that started or ended (by name); how many continued
SELECT case_name, change, name, level_before, level_after FROM activity_changes
WHERE change <> 'continued' ORDER BY case_name, change, name;
SELECT change, count(*) FROM activity_changes GROUP BY change ORDER BY change;
-- drivers and barriers (by code) that appeared or disappeared
SELECT case_name, change, polarity, code, strength_before, strength_after FROM factor_changes
WHERE change <> 'persisted' ORDER BY case_name, change, code;
SELECT case_name, wave, factors, net_index FROM wave_balance ORDER BY case_name, wave;
-- expert scores belong to a wave: the published ones to wave 1
SELECT case_name, wave, count(rater) AS raters FROM wave_cross_case GROUP BY case_name, wave ORDER BY 1, 2;
SELECT count(*) AS last_wave_rows_with_a_rater FROM cross_case WHERE rater IS NOT NULL;
-- the last-wave views keep the last wave's rows before grouping them: the
-- scan of each table they group carries the condition on wave (how the
-- plan prints the last wave's name differs between versions)
CREATE FUNCTION pg_temp.scan_filters(q text, rel text) RETURNS SETOF text LANGUAGE plpgsql AS $f$
DECLARE
  j jsonb;
BEGIN
  EXECUTE 'EXPLAIN (FORMAT JSON, COSTS OFF) ' || q INTO j;
  RETURN QUERY SELECT coalesce(n ->> 'Filter', 'no filter')
    FROM jsonb_path_query(j, 'strict $.**?(@."Relation Name" == $r)', jsonb_build_object('r', rel)) AS n;
END
$f$;
SELECT v.view, v.rel, f ~ '^\(wave = ' AS filtered_by_wave
FROM (VALUES ('case_profiles', 'sum(policymaking)', 'activities'),
             ('case_balance', 'sum(net_index)', 'factors'),
             ('cross_case', 'sum(distance)', 'expert_scores')) AS v(view, agg, rel)
CROSS JOIN LATERAL pg_temp.scan_filters(format('SELECT %s FROM %I', v.agg, v.view), v.rel) AS f
ORDER BY 1, 2, 3;

-- refusals: a wave that does not exist, a duplicate ordinal, an activity's
-- name twice in one wave
SELECT left(q, 60) AS statement, regress_error_of(q) AS error
FROM unnest(ARRAY[
  $$INSERT INTO regress_waves.factors (case_name, polarity, dimension, citation, wave) VALUES ('Hedensted', 'driver', 'cultural', 'x', 'wave 3')$$,
  $$INSERT INTO regress_waves.waves (wave, ordinal) VALUES ('again', 2)$$,
  $$INSERT INTO regress_waves.waves (wave, ordinal) VALUES (' ', 3)$$,
  $$INSERT INTO regress_waves.waves (wave, ordinal, period) VALUES ('empty', 3, 'empty')$$,
  $$INSERT INTO regress_waves.activities (case_name, name, actors, object, scope, citation) VALUES ('Steinkjer', 'invented: youth council on the budget', '{citizen}', 'service', 'project', 'x')$$
]) AS q;
-- renaming a wave renames it everywhere
UPDATE waves SET wave = 'second round' WHERE wave = 'wave 2';
SELECT wave, count(*) FROM activities GROUP BY wave ORDER BY wave;
RESET search_path;
SET client_min_messages = warning;
DROP SCHEMA regress_waves CASCADE;
RESET client_min_messages;
