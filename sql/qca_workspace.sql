-- QCA in a workspace (doc/qca-workspace.md) and the panel diagnostics of a
-- set relation across waves (Garcia-Castro & Arino 2016, "A general approach
-- to panel data set-theoretic research", J. of Advances in Management
-- Sciences & Information Systems 2, as SetMethods' man/cluster.Rd cites it;
-- the formulas as the R package SetMethods computes them, R/cluster.R:
-- pooled, between (per wave) and within (per case) consistency and
-- coverage; dBP = sqrt(sum_j (BECONS_j / sum BECONS - 1/J)^2) over the J
-- waves, dWP the same over the N cases' within consistencies).  Every case
-- and value below is INVENTED to test the arithmetic; the expected values
-- are computed by hand in the comments.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS cocreation;
RESET client_min_messages;

-- qca_consistency_distance(): equal consistencies are at distance 0;
-- (0.5, 1): shares 1/3, 2/3, each 1/6 from 1/2: sqrt(2/36) = 0.2357022604;
-- (1, 0.5, 0.25): shares 4/7, 2/7, 1/7, from 1/3 by 5/21, -1/21, -4/21:
-- sqrt(42/441) = 0.3086066999
SELECT qca_consistency_distance('{0.7,0.7,0.7}'::float8[]) AS equal,
       round(qca_consistency_distance('{0.5,1}'::float8[])::numeric, 10) AS two,
       round(qca_consistency_distance('{1,0.5,0.25}'::float8[])::numeric, 10) AS three,
       qca_consistency_distance('{0.5,NULL}'::float8[]) AS with_null,
       qca_consistency_distance('{0,0}'::float8[]) AS all_zero,
       qca_consistency_distance('{}'::float8[]) AS empty,
       qca_consistency_distance(NULL::float8[]) AS null_array;

-- The general form, over any table of case-wave memberships: one scan with
-- GROUPING SETS of qca_fit.  Two cases, two waves, fuzzy:
--   A w1 x .8 y .6   A w2 x .4 y .4   B w1 x .5 y .9   B w2 x 1 y .5
-- pooled: sum min 2.0 / sum x 2.7 = 0.7407407407, coverage 2.0 / 2.4 = 0.8333333333
-- between w1: 1.1 / 1.3 = 0.8461538462 (coverage 1.1 / 1.5 = 0.7333333333),
--   w2: 0.9 / 1.4 = 0.6428571429 (coverage 0.9 / 0.9 = 1)
-- within A: 1.0 / 1.2 = 0.8333333333 (coverage 1.0 / 1.0 = 1),
--   B: 1.0 / 1.5 = 0.6666666667 (coverage 1.0 / 1.4 = 0.7142857143)
-- dBP: shares 154/271, 117/271, each 37/542 from 1/2: sqrt(2) * 37/542 = 0.0965422543
-- dWP: shares 5/9, 4/9, each 1/18 from 1/2: sqrt(2)/18 = 0.0785674201
CREATE TABLE panel (case_name text, wave int, x float8, y float8);
INSERT INTO panel VALUES ('A', 1, 0.8, 0.6), ('A', 2, 0.4, 0.4), ('B', 1, 0.5, 0.9), ('B', 2, 1, 0.5);
WITH g AS (
  SELECT grouping(wave, case_name) AS level, wave, case_name, qca_fit(x, y) AS f
  FROM panel GROUP BY GROUPING SETS ((), (wave), (case_name))
)
SELECT CASE level WHEN 3 THEN 'pooled' WHEN 1 THEN 'between' ELSE 'within' END AS scope, wave, case_name,
       round(qca_consistency(f)::numeric, 10) AS consistency, round(qca_coverage(f)::numeric, 10) AS coverage
FROM g ORDER BY level = 2, level = 1, wave, case_name;
WITH g AS (
  SELECT grouping(wave, case_name) AS level, wave, case_name, qca_fit(x, y) AS f
  FROM panel GROUP BY GROUPING SETS ((), (wave), (case_name))
)
SELECT round(qca_consistency_distance(array_agg(qca_consistency(f) ORDER BY wave) FILTER (WHERE level = 1))::numeric, 10) AS between_distance,
       round(qca_consistency_distance(array_agg(qca_consistency(f) ORDER BY case_name) FILTER (WHERE level = 2))::numeric, 10) AS within_distance
FROM g;

-- the one scan in a forced parallel plan gives the same exact fits, bit for
-- bit, as the serial one (20 cases by 5 waves, memberships from a formula;
-- 26 groups: 1 pooled, 5 waves, 20 cases)
CREATE TABLE panel_big AS
SELECT 'case ' || (i % 20) AS case_name, i % 5 AS wave,
       ((i * 37) % 101) / 100.0::float8 AS x, ((i * 53) % 97) / 96.0::float8 AS y
FROM generate_series(1, 20000) AS i;
ANALYZE panel_big;
CREATE TEMP TABLE serial_panel AS
SELECT grouping(wave, case_name) AS level, wave, case_name, qca_fit(x, y)::text AS f
FROM panel_big GROUP BY GROUPING SETS ((), (wave), (case_name));
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
-- the rows come from a parallel scan (Gather), in another order
CREATE FUNCTION pg_temp.plan_has_gather(q text) RETURNS boolean LANGUAGE plpgsql AS $f$
DECLARE l text;
BEGIN
  FOR l IN EXECUTE 'EXPLAIN (COSTS OFF) ' || q LOOP
    IF l LIKE '%Gather%' THEN RETURN true; END IF;
  END LOOP;
  RETURN false;
END $f$;
SELECT pg_temp.plan_has_gather($q$SELECT grouping(wave, case_name), wave, case_name, qca_fit(x, y)
  FROM panel_big GROUP BY GROUPING SETS ((), (wave), (case_name))$q$) AS parallel_plan;
SELECT count(*) AS groups,
       count(*) FILTER (WHERE s.f IS DISTINCT FROM p.f) AS differing
FROM serial_panel s
FULL JOIN (SELECT grouping(wave, case_name) AS level, wave, case_name, qca_fit(x, y)::text AS f
           FROM panel_big GROUP BY GROUPING SETS ((), (wave), (case_name))) p
  ON p.level = s.level AND p.wave IS NOT DISTINCT FROM s.wave AND p.case_name IS NOT DISTINCT FROM s.case_name;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
RESET parallel_leader_participation;
DROP TABLE panel_big;

-- A workspace: no QCA calibration, no memberships (no default)
SELECT cocreation_create_workspace('regress_qca', '{1,2,3}'::float8[], 'sum'::text, 'test thresholds'::text) IS NOT NULL AS made;
SET search_path = public, regress_qca;
INSERT INTO waves (wave, ordinal) VALUES ('wave 2', 2);
INSERT INTO cases (case_name) VALUES ('A'), ('B'), ('C');
-- cultural: A and B have a driver (net index 1), C a barrier (-1), in both
-- waves; discursive only in A (driver) and C (barrier), wave 1
INSERT INTO factors (case_name, polarity, dimension, stage, citation, wave)
SELECT c, p, 'cultural', 'adoption', 'invented', w
FROM (VALUES ('A', 'driver'), ('B', 'driver'), ('C', 'barrier')) AS v(c, p),
     (VALUES ('wave 1'), ('wave 2')) AS u(w);
INSERT INTO factors (case_name, polarity, dimension, stage, citation, wave)
VALUES ('A', 'driver', 'discursive', 'adoption', 'invented', 'wave 1'),
       ('C', 'barrier', 'discursive', 'adoption', 'invented', 'wave 1');
-- co-created policymaking (weight 1, one cross under {1,2,3}) in A and C in
-- wave 1, A and B in wave 2
INSERT INTO activities (case_name, name, actors, object, decision, scope, citation, wave)
SELECT c, 'invented policy forum', '{politician,citizen}', 'policy', 'joint', 'project', 'invented', w
FROM (VALUES ('A', 'wave 1'), ('C', 'wave 1'), ('A', 'wave 2'), ('B', 'wave 2')) AS v(c, w);
SELECT case_name, wave, net_discursive, net_cultural, net_institutional, policymaking_score,
       discursive, cultural, policymaking
FROM qca_memberships ORDER BY wave_ordinal, case_name;
SELECT * FROM qca_truth_table ORDER BY wave_ordinal;

-- the analyst's calibration: crisp, net index 0 or more is in, one cross
-- of policymaking or more is in
INSERT INTO qca_calibration (set_name, threshold, reason)
VALUES ('cultural', 0, 'test'), ('policymaking', 1, 'test');
SELECT case_name, wave, net_cultural, cultural, policymaking_score, policymaking
FROM qca_memberships ORDER BY wave_ordinal, case_name;
-- wave 1: corner 0 is C (x 0, y 1): consistency of ~cultural 1/1; corner 1
-- is A and B (y 1 and 0): 1/2.  wave 2: corner 0 is C (y 0): 0/1; corner 1
-- is A and B (y 1, 1): 2/2
SELECT * FROM qca_truth_table ORDER BY wave_ordinal, "row";
SELECT * FROM qca_workspace_minimize('regress_qca'::regnamespace, 0.8::float8, 1::int8, 0.5::float8);

-- panel diagnostics of cultural -> policymaking over the six case-waves
--   w1: A x1 y1, B x1 y0, C x0 y1;  w2: A x1 y1, B x1 y1, C x0 y0
-- pooled: sum min 3 / sum x 4 = 0.75, coverage 3 / sum y 4 = 0.75
-- between w1: 1/2 = 0.5 (coverage 1/2), w2: 2/2 = 1 (coverage 2/2)
-- within A: 2/2 = 1 (coverage 1), B: 1/2 = 0.5 (coverage 1/1), C: 0/0
-- undefined (NULL; coverage 0/1 = 0)
-- dBP = sqrt(2/36) = 0.2357022604; dWP NULL (C's consistency is undefined)
SELECT scope, wave, case_name, cases, consistency, coverage,
       round(between_distance::numeric, 10) AS between_distance, within_distance
FROM qca_workspace_panel_fit('regress_qca'::regnamespace, 'cultural'::text);
-- a term: discursive is calibrated now
INSERT INTO qca_calibration (set_name, exclusion, crossover, inclusion, scale, reason)
VALUES ('discursive', -0.5, 0, 0.5, 'fsqca', 'test');
-- discursive (fsqca: log odds 3 at net 0.5): A w1 net 1, log odds 6,
-- 1/(1+e^-6) = 0.9975274; C w1 net -1: 1/(1+e^6) = 0.0024726; the rest NULL
-- (no discursive factors), left out.  ~cultural*discursive: A w1
-- min(0, .9975) = 0, C w1 min(1, .0024726) = 0.0024726 with y 1: pooled
-- consistency 1, coverage 0.0024726 / 2 (y of A and C) = 0.0012363; one wave,
-- so dBP = 0; within A: x 0, consistency undefined, so dWP is NULL
SELECT scope, wave, case_name, cases, consistency, round(coverage::numeric, 7) AS coverage,
       between_distance, within_distance
FROM qca_workspace_panel_fit('regress_qca'::regnamespace, ' ~Cultural * discursive '::text);
-- cultural + ~cultural is 1 in every case-wave: consistency sum y 4 / 6
SELECT scope, cases, consistency FROM qca_workspace_panel_fit('regress_qca'::regnamespace, 'cultural + ~cultural'::text)
WHERE scope = 'pooled';
-- errors: not a condition, double negation, empty
SELECT * FROM qca_workspace_panel_fit('regress_qca'::regnamespace, 'cultural*policymaking'::text);
SELECT * FROM qca_workspace_panel_fit('regress_qca'::regnamespace, '~~cultural'::text);
SELECT * FROM qca_workspace_panel_fit('regress_qca'::regnamespace, 'cultural+'::text);

-- the table's CHECKs: words, anchors or a threshold, order, scale (terse:
-- the failing row shows today's date)
\set VERBOSITY terse
INSERT INTO qca_calibration (set_name, threshold) VALUES ('service_production', 1);
INSERT INTO qca_calibration (set_name, exclusion, crossover, inclusion, scale) VALUES ('practical', 0, 1, 0.5, 'fsqca');
INSERT INTO qca_calibration (set_name, exclusion, crossover, inclusion, scale) VALUES ('practical', -1, 0, 1, 'ragin');
INSERT INTO qca_calibration (set_name, exclusion, crossover, inclusion, scale, threshold) VALUES ('practical', -1, 0, 1, 'fsqca', 0);
INSERT INTO qca_calibration (set_name, exclusion, crossover, inclusion) VALUES ('practical', -1, 0, 1);
INSERT INTO qca_calibration (set_name, threshold) VALUES ('practical', 'Infinity');
-- decreasing anchors are in order
INSERT INTO qca_calibration (set_name, exclusion, crossover, inclusion, scale) VALUES ('practical', 1, 0, -1, 'qca');
DELETE FROM qca_calibration WHERE set_name = 'practical';
\set VERBOSITY default

-- the table survives DROP EXTENSION, and cocreation_rebuild_workspace()
-- puts the views back
RESET search_path;
SET client_min_messages = warning;
DROP EXTENSION cocreation CASCADE;
RESET client_min_messages;
SELECT set_name, threshold, scale FROM regress_qca.qca_calibration ORDER BY set_name;
SELECT to_regclass('regress_qca.qca_memberships') AS memberships_view;
CREATE EXTENSION cocreation;
SELECT cocreation_rebuild_workspace('regress_qca') IS NOT NULL AS rebuilt;
SELECT count(*) AS memberships FROM regress_qca.qca_memberships WHERE cultural IS NOT NULL;

SET client_min_messages = warning;
DROP SCHEMA regress_qca CASCADE;
DROP TABLE panel;
RESET client_min_messages;

-- the scales a workspace's qca_calibration accepts are the named scales of
-- qca_calibrate(), from one list: each calibrates, and the hint names them
SELECT s AS scale, round(qca_calibrate(4::float8, 0::float8, 2::float8, 4::float8, s)::numeric, 4) AS at_inclusion
FROM unnest(cocreation_qca_scales()) AS s;
SELECT qca_calibrate(4::float8, 0::float8, 2::float8, 4::float8, 'logit'::text);
