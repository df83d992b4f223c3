-- calibration_fit(): the comparison of a calibration with a rater's scores,
-- checked against the same statistics computed directly.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS cocreation;
RESET client_min_messages;
SET search_path = public, cocreation;

SELECT cocreation_create_workspace('regress_fit') IS NOT NULL AS created;
INSERT INTO regress_fit.cases (case_name) VALUES ('A'), ('B'), ('C');
INSERT INTO regress_fit.activities (case_name, name, actors, object, decision, scope, citation) VALUES
  ('A', 'garden', '{frontline,user}', 'service', 'joint', 'programme', 'x'),
  ('A', 'area plans', '{manager,citizen}', 'problem', 'joint', 'institutionalised', 'x'),
  ('A', 'committee', '{politician,citizen}', 'policy', 'advisory', 'project', 'x'),
  ('B', 'budget', '{manager,citizen}', 'problem', 'delegated', 'institutionalised', 'x'),
  ('B', 'hearing', '{politician,citizen}', 'policy', 'consultation', 'institutionalised', 'x');
-- C has no activities: it scores 0 at every level
INSERT INTO regress_fit.expert_scores (case_name, rater, level, score) VALUES
  ('A', 'me', 'service_production', 1), ('A', 'me', 'problem_solving', 2), ('A', 'me', 'policymaking', 0),
  ('B', 'me', 'service_production', 0), ('B', 'me', 'problem_solving', 1.5), ('B', 'me', 'policymaking', 0),
  ('C', 'me', 'service_production', 0), ('C', 'me', 'problem_solving', 0), ('C', 'me', 'policymaking', 1);

-- the computed scores (A: sums 2, 3, 1; B: 0, 3, 0; C: none) next to the rater's
SELECT e.case_name, e.level, e.score AS rater,
       COALESCE(score(profile(t.tally, '{2,4,8}'), e.level::level), 0) AS computed
FROM regress_fit.expert_scores e
LEFT JOIN (SELECT case_name, tally_agg(level, effective_weight) AS tally
           FROM regress_fit.activities GROUP BY 1) t USING (case_name)
ORDER BY 1, e.level::level;
-- calibration_fit() and the same statistics computed directly agree
WITH c AS (
  SELECT e.case_name || '/' || e.level AS unit, e.score::float8 AS rater,
         COALESCE(score(profile(t.tally, '{2,4,8}'), e.level::level), 0)::float8 AS computed
  FROM regress_fit.expert_scores e
  LEFT JOIN (SELECT case_name, tally_agg(level, effective_weight) AS tally
             FROM regress_fit.activities GROUP BY 1) t USING (case_name)
), direct AS (
  SELECT count(*)::int AS cells, count(*) FILTER (WHERE computed = rater)::int AS cells_agreeing,
         (SELECT krippendorff_alpha(u, v, 'ordinal')
          FROM (SELECT unit, rater FROM c UNION ALL SELECT unit, computed FROM c) b(u, v)) AS alpha_ordinal,
         weighted_kappa(computed, rater, 'linear') AS kappa_linear
  FROM c
)
SELECT f.cells, f.cells_agreeing, round(f.alpha_ordinal::numeric, 6) AS alpha_ordinal,
       round(f.kappa_linear::numeric, 6) AS kappa_linear,
       (f.cells, f.cells_agreeing, f.alpha_ordinal, f.kappa_linear)
         = (d.cells, d.cells_agreeing, d.alpha_ordinal, d.kappa_linear) AS as_computed_directly
FROM calibration_fit('regress_fit', '{2,4,8}', 'me') f, direct d;
-- strict mode: A's advisory committee drops out (policymaking 0.5 -> 0, now
-- agreeing) and so does B's delegated budget (problem solving 1.5 -> 0, no
-- longer agreeing): 6 of 9 again, from different cells.  Method max with
-- {1,2,3}: A 2, 3, 1 and B 0, 3, 0 leave 4 cells agreeing
SELECT cells, cells_agreeing FROM calibration_fit('regress_fit', '{2,4,8}', 'me', 'sum', 'strict');
SELECT cells, cells_agreeing FROM calibration_fit('regress_fit', '{1,2,3}', 'me', 'max');
-- an unknown rater: no cells
SELECT * FROM calibration_fit('regress_fit', '{2,4,8}', 'nobody');
-- errors and NULLs
SELECT regress_error_of($$SELECT calibration_fit('regress_fit', '{2,4,8}', 'me', 'sum', 'lenient')$$) AS bad_mode,
       regress_error_of($$SELECT calibration_fit('regress_fit', '{4,2,8}', 'me')$$) AS bad_thresholds;
SELECT calibration_fit(NULL, '{2,4,8}') IS NULL AS null_workspace;

-- a workspace's calibration: none was given, so its views show no profiles
-- (the evidence is there, uncalibrated)
SELECT case_name, profile, notation, evidence_service_production, evidence_problem_solving,
       evidence_policymaking
FROM regress_fit.case_profiles ORDER BY case_name;
SELECT case_name, rater, service_production, expert_service_production, cells_agreeing
FROM regress_fit.cross_case ORDER BY case_name;
-- the analyst records one; the views read it at once
INSERT INTO regress_fit.calibration (thresholds, method, reason)
  VALUES ('{2,4,8}', ' SUM ', 'one cross for a programme''s worth of evidence');
SELECT thresholds, method, reason, chosen_on = current_date AS chosen_today FROM regress_fit.calibration;
SELECT case_name, profile, notation FROM regress_fit.case_profiles ORDER BY case_name;
-- the scores calibration_fit() computed: A and B agree in 4 of their 6
-- cells; C has no activities, so no profile here (calibration_fit() scores
-- it 0, which agrees in 2 more: 6 of 9)
SELECT sum(cells_agreeing) AS cells_agreeing FROM regress_fit.cross_case WHERE rater = 'me';
-- another method and scale: the views follow
UPDATE regress_fit.calibration SET thresholds = '{1,2,3}', method = 'Max';
SELECT case_name, profile, notation FROM regress_fit.case_profiles ORDER BY case_name;
-- one calibration per workspace, of the shape profile() reads
SELECT regress_error_of(q) AS refused
FROM unnest(ARRAY[
  $$INSERT INTO regress_fit.calibration (thresholds) VALUES ('{1,2,3}')$$,
  $$INSERT INTO regress_fit.calibration (calibration, thresholds) VALUES (false, '{1,2,3}')$$,
  $$UPDATE regress_fit.calibration SET thresholds = '{3,2,1}'$$,
  $$UPDATE regress_fit.calibration SET thresholds = '{1,2}'$$,
  $$UPDATE regress_fit.calibration SET thresholds = '{0,1,2}'$$,
  $$UPDATE regress_fit.calibration SET thresholds = '{1,2,Infinity}'$$,
  $$UPDATE regress_fit.calibration SET thresholds = '{1,NULL,3}'$$,
  $$UPDATE regress_fit.calibration SET thresholds = '{{1,2,3}}'$$,
  $$UPDATE regress_fit.calibration SET thresholds = '[0:2]={1,2,3}'$$,
  $$UPDATE regress_fit.calibration SET thresholds = NULL$$,
  $$UPDATE regress_fit.calibration SET method = 'mean'$$
]) AS q;
-- without it again, no profiles
DELETE FROM regress_fit.calibration;
SELECT count(*) AS cases, count(profile) AS profiles FROM regress_fit.case_profiles;

-- given when the workspace is made: checked by profile() first, for its
-- detail and hint
SELECT cocreation_create_workspace('regress_calibrated', '{1,2,4}', 'max', 'a project is one cross') IS NOT NULL AS created;
SELECT thresholds, method, reason FROM regress_calibrated.calibration;
SELECT regress_error_detail_of($$SELECT cocreation_create_workspace('regress_bad', '{4,2,1}', 'sum', NULL)$$) AS bad_thresholds,
       regress_error_detail_of($$SELECT cocreation_create_workspace('regress_bad', '{1,2,4}', 'mean', NULL)$$) AS bad_method,
       regress_error_detail_of($$SELECT cocreation_create_workspace('regress_bad', NULL, 'sum', 'why')$$) AS reason_alone;
SELECT count(*) AS no_schema_left_behind FROM pg_namespace WHERE nspname = 'regress_bad';
SELECT cocreation_create_workspace('regress_bad', '{4,2,1}', 'sum', NULL);
-- a NULL method is profile()'s default, sum
SELECT cocreation_create_workspace('regress_null_method', '{1,2,4}', NULL, NULL) IS NOT NULL AS created;
SELECT thresholds, method, reason FROM regress_null_method.calibration;
SET client_min_messages = warning;
DROP SCHEMA regress_null_method CASCADE;
DROP SCHEMA regress_calibrated CASCADE;
RESET client_min_messages;
SET client_min_messages = warning;
DROP SCHEMA regress_fit CASCADE;
