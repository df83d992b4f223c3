-- sample/main.sql: the main job.  Loads the paper's study (Bentzen, Sorensen
-- & Torfing) into a workspace and prints its tables, in an 80-column
-- terminal.  With the psql variable outdir set (scripts/sample OUTDIR), also
-- writes each table as CSV and an HTML report with SVG charts.
\set ON_ERROR_STOP on
\set QUIET on
SET client_min_messages = warning;
SET search_path = public, cocreation;
\pset footer off
\pset null '-'
\pset format wrapped
\pset columns 80
\pset border 1

SELECT cocreation_load_sample('bentzen2020') AS workspace \gset

-- The report's tables, as temporary views: printed below, and written as
-- CSV and HTML when an output folder is given.

-- Table 1, in the paper's shape: one column per case
CREATE TEMP VIEW table1_cases AS
SELECT a.attribute,
       max(a.value) FILTER (WHERE c.case_name = 'Steinkjer') AS "Steinkjer",
       max(a.value) FILTER (WHERE c.case_name = 'Guldborgsund') AS "Guldborgsund",
       max(a.value) FILTER (WHERE c.case_name = 'Hedensted') AS "Hedensted"
FROM bentzen2020.cases c
CROSS JOIN LATERAL (VALUES
  (1, 'country', c.country),
  (2, 'inhabitants', to_char(c.inhabitants, 'FM999,999')),
  (3, 'rural/urban', c.setting),
  (4, 'socioeconomic problems', c.socioeconomic_problems),
  (5, 'mayor''s orientation', c.mayor_orientation),
  (6, 'elected councillors', c.councillors::text),
  (7, 'permanent committees', c.permanent_committees::text)) AS a(ord, attribute, value)
GROUP BY a.ord, a.attribute
ORDER BY a.ord;

-- Table 2: the data collected (counts; the titles are listed below it)
CREATE TEMP VIEW table2_sources AS
SELECT r.item,
       max(r.value) FILTER (WHERE r.case_name = 'Steinkjer') AS "Steinkjer",
       max(r.value) FILTER (WHERE r.case_name = 'Guldborgsund') AS "Guldborgsund",
       max(r.value) FILTER (WHERE r.case_name = 'Hedensted') AS "Hedensted"
FROM (
  SELECT 1 AS ord, 'interviews' AS item, case_name, sum(n)::text AS value
  FROM bentzen2020.sources WHERE kind = 'interview' GROUP BY case_name
  UNION ALL
  SELECT 2 + array_position(ARRAY['elected politician', 'public manager', 'frontline staff', 'citizen'],
                            informant_role),
         '  ' || CASE informant_role WHEN 'elected politician' THEN 'elected politicians'
                   WHEN 'public manager' THEN 'public managers' WHEN 'citizen' THEN 'citizens'
                   ELSE informant_role END, case_name, n::text
  FROM bentzen2020.sources WHERE kind = 'interview'
  UNION ALL
  SELECT 7, 'documents cited', case_name, sum(n)::text
  FROM bentzen2020.sources WHERE kind = 'document' GROUP BY case_name
  UNION ALL
  SELECT 8, 'observed meetings', case_name, sum(n)::text
  FROM bentzen2020.sources WHERE kind = 'observation' GROUP BY case_name
) r
GROUP BY r.ord, r.item
ORDER BY r.ord;

CREATE TEMP VIEW table2_titles AS
SELECT case_name, kind, n, title || COALESCE(' (' || reference || ')', '') AS title
FROM bentzen2020.sources
WHERE kind <> 'interview'
ORDER BY array_position(ARRAY['Steinkjer', 'Guldborgsund', 'Hedensted'], case_name), kind, source_id;

-- every activity with the rule that classified it; the reason shortened to
-- its conclusion (the part after the last colon, or before the first
-- semicolon or ", so")
CREATE TEMP VIEW activities AS
SELECT a.case_name, a.level, e.rule,
       -- a short label of why an activity is not co-creation (rules 1 and 2)
       CASE WHEN e.rule = 1 THEN substring(e.reason FROM '^rule 1: (\w+) is not')
            WHEN e.reason LIKE '%only public actors%' THEN 'public actors only'
            WHEN e.reason LIKE '%no public actor%' THEN 'no public actor'
            WHEN e.rule = 2 THEN 'no actors' END AS why,
       a.name AS activity, a.scope, a.effective_weight AS weight,
       e.reason, a.citation, a.quote
FROM bentzen2020.activities a
CROSS JOIN LATERAL classify_explain(a.actors, a.object, a.decision) e
ORDER BY array_position(ARRAY['Steinkjer', 'Guldborgsund', 'Hedensted'], a.case_name),
         a.level DESC, a.name;

CREATE TEMP VIEW activities_short AS
SELECT case_name,
       CASE level::text WHEN 'service_production' THEN 'service' WHEN 'problem_solving' THEN 'problem'
                        WHEN 'policymaking' THEN 'policy' ELSE 'none' END AS level,
       rule, weight AS w,
       CASE WHEN level = 'none'
            THEN left(activity, 54 - length(why)) || ' [' || why || ']'
            ELSE left(activity, 57) END AS activity
FROM activities;

-- the rules used, in full
CREATE TEMP VIEW rules AS
SELECT rule, reason, count(*) AS activities
FROM activities GROUP BY rule, reason ORDER BY rule, reason;

-- Table 3's shape: levels by case, computed next to the authors' scores
CREATE FUNCTION pg_temp.crosses(s numeric) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN s IS NULL THEN NULL WHEN s = 0 THEN '-'
              ELSE repeat('x', floor(s)::int) || CASE WHEN s % 1 = 0.5 THEN '(x)' ELSE '' END END
$$;
CREATE TEMP VIEW table3_profiles AS
SELECT l.label AS level,
       max(pg_temp.crosses(l.computed)) FILTER (WHERE x.case_name = 'Steinkjer') AS "Steinkjer",
       max(pg_temp.crosses(l.expert)) FILTER (WHERE x.case_name = 'Steinkjer') AS "T3",
       max(pg_temp.crosses(l.computed)) FILTER (WHERE x.case_name = 'Guldborgsund') AS "Guldborgsund",
       max(pg_temp.crosses(l.expert)) FILTER (WHERE x.case_name = 'Guldborgsund') AS "T3 ",
       max(pg_temp.crosses(l.computed)) FILTER (WHERE x.case_name = 'Hedensted') AS "Hedensted",
       max(pg_temp.crosses(l.expert)) FILTER (WHERE x.case_name = 'Hedensted') AS "T3  "
FROM bentzen2020.cross_case x
CROSS JOIN LATERAL (VALUES
  (1, 'service production', x.service_production, x.expert_service_production),
  (2, 'problem solving', x.problem_solving, x.expert_problem_solving),
  (3, 'policymaking', x.policymaking, x.expert_policymaking)) AS l(ord, label, computed, expert)
WHERE x.rater = 'Table 3'
GROUP BY l.ord, l.label
ORDER BY l.ord;

-- one row per case: computed and published scores (service, problem,
-- policy), cells agreeing, distance, and the evidence: weights per level
CREATE TEMP VIEW cross_case AS
SELECT x.case_name,
       concat_ws(' ', x.service_production, x.problem_solving, x.policymaking) AS computed,
       concat_ws(' ', trim_scale(x.expert_service_production), trim_scale(x.expert_problem_solving),
                 trim_scale(x.expert_policymaking)) AS "Table 3",
       x.cells_agreeing AS agree, round(x.distance::numeric, 2) AS distance,
       concat_ws(' ', e.service_production, e.problem_solving, e.policymaking) AS weights
FROM bentzen2020.cross_case x
JOIN (SELECT case_name,
             COALESCE(sum(effective_weight) FILTER (WHERE level = 'service_production'), 0) AS service_production,
             COALESCE(sum(effective_weight) FILTER (WHERE level = 'problem_solving'), 0) AS problem_solving,
             COALESCE(sum(effective_weight) FILTER (WHERE level = 'policymaking'), 0) AS policymaking
      FROM bentzen2020.activities GROUP BY case_name) e USING (case_name)
WHERE x.rater = 'Table 3'
ORDER BY array_position(ARRAY['Steinkjer', 'Guldborgsund', 'Hedensted'], x.case_name);

-- driver and barrier indices per case, and per case and dimension
CREATE TEMP VIEW balances AS
SELECT case_name, factors, drivers, adoption_barriers AS adoption,
       implementation_problems AS impl, round(net_index::numeric, 2) AS net_index,
       round(implementation_share::numeric, 2) AS impl_share
FROM bentzen2020.case_balance
ORDER BY array_position(ARRAY['Steinkjer', 'Guldborgsund', 'Hedensted'], case_name);

CREATE TEMP VIEW factor_matrix AS
SELECT case_name, dimension, drivers, adoption_barriers AS adoption,
       implementation_problems AS implementation, round(net_index::numeric, 2) AS net_index
FROM bentzen2020.factor_matrix
WHERE drivers + adoption_barriers + implementation_problems > 0
ORDER BY array_position(ARRAY['Steinkjer', 'Guldborgsund', 'Hedensted'], case_name),
         array_position(ARRAY['discursive', 'cultural', 'institutional', 'practical', 'contextual'],
                        dimension);

-- how the comparison with Table 3 depends on the calibration: the default
-- thresholds and three others, each with the cells that agree exactly, the
-- agreement coefficients (issue 6) and the headline findings on its scores
CREATE TEMP VIEW sensitivity AS
WITH t AS (
  SELECT case_name, tally_agg(level, effective_weight) AS tally
  FROM bentzen2020.activities GROUP BY case_name
), th(thresholds) AS (
  VALUES ('{2,4,8}'::float8[]), ('{1,3,6}'), ('{2.5,5,10}'), ('{3,6,12}')
), cells AS (
  SELECT th.thresholds, e.case_name, e.level, e.score AS expert,
         score(profile(t.tally, th.thresholds, 'sum'::text), e.level) AS computed
  FROM th CROSS JOIN t JOIN bentzen2020.expert_scores e
    ON e.case_name = t.case_name AND e.rater = 'Table 3'
), per_case AS (
  SELECT thresholds, case_name,
         max(computed) FILTER (WHERE level = 'policymaking') AS policy,
         max(computed) FILTER (WHERE level <> 'policymaking') AS admin
  FROM cells GROUP BY thresholds, case_name
), both_raters AS (
  SELECT thresholds, case_name || '/' || level AS unit, computed::float8 AS value FROM cells
  UNION ALL
  SELECT thresholds, case_name || '/' || level, expert::float8 FROM cells
)
SELECT c.thresholds::text || CASE WHEN c.thresholds = '{2,4,8}' THEN ' *' ELSE '' END
         AS thresholds,
       count(*) FILTER (WHERE c.computed = c.expert) || ' of ' || count(*) AS agree,
       (SELECT round(krippendorff_alpha(b.unit, b.value, 'ordinal')::numeric, 2)
        FROM both_raters b WHERE b.thresholds = c.thresholds) AS alpha_ordinal,
       round(weighted_kappa(c.computed::float8, c.expert::float8, 'linear')::numeric, 2)
         AS kappa_linear,
       (SELECT CASE WHEN bool_and(policy < admin) THEN 'PASS' ELSE 'FAIL' END
        FROM per_case p WHERE p.thresholds = c.thresholds) AS finding_1,
       (SELECT CASE WHEN max(policy) FILTER (WHERE case_name = 'Hedensted')
                         > max(policy) FILTER (WHERE case_name = 'Guldborgsund')
                     AND max(policy) FILTER (WHERE case_name = 'Guldborgsund')
                         > max(policy) FILTER (WHERE case_name = 'Steinkjer')
                    THEN 'PASS' ELSE 'FAIL' END
        FROM per_case p WHERE p.thresholds = c.thresholds) AS finding_2
FROM cells c GROUP BY c.thresholds
ORDER BY c.thresholds = '{2,4,8}' DESC, c.thresholds;

-- the paper's headline findings, checked (Cross-case comparison; Conclusion)
CREATE TEMP VIEW findings AS
WITH p AS (
  SELECT case_name, service_production, problem_solving, policymaking
  FROM bentzen2020.case_profiles
), w AS (
  SELECT case_name,
         COALESCE(sum(effective_weight) FILTER (WHERE level = 'policymaking'), 0) AS policy,
         COALESCE(sum(effective_weight) FILTER (WHERE level IN ('service_production', 'problem_solving')), 0) AS admin_sum,
         greatest(COALESCE(sum(effective_weight) FILTER (WHERE level = 'service_production'), 0),
                  COALESCE(sum(effective_weight) FILTER (WHERE level = 'problem_solving'), 0)) AS admin_max
  FROM bentzen2020.activities GROUP BY case_name
)
SELECT 1 AS finding,
       CASE WHEN bool_and(policymaking < greatest(service_production, problem_solving))
            THEN 'PASS' ELSE 'FAIL' END AS result,
       'in every case policymaking scores below administrative co-creation (scores: '
       || string_agg(case_name || ' ' || policymaking || ' < ' || greatest(service_production, problem_solving),
                     ', ' ORDER BY case_name) || ')' AS statement
FROM p
UNION ALL
SELECT 1,
       CASE WHEN bool_and(policy < admin_max) THEN 'PASS' ELSE 'FAIL' END,
       'the same on the evidence, weights before calibration (' ||
       string_agg(case_name || ' ' || policy || ' < ' || admin_max, ', ' ORDER BY case_name) || ')'
FROM w
UNION ALL
SELECT 2,
       CASE WHEN (SELECT policymaking FROM p WHERE case_name = 'Hedensted')
                 > ALL (SELECT policymaking FROM p WHERE case_name <> 'Hedensted')
             AND (SELECT policymaking FROM p WHERE case_name = 'Steinkjer')
                 < ALL (SELECT policymaking FROM p WHERE case_name <> 'Steinkjer')
            THEN 'PASS' ELSE 'FAIL' END,
       'Hedensted goes furthest politically and Steinkjer least (policymaking: '
       || (SELECT string_agg(case_name || ' ' || policymaking, ', ' ORDER BY policymaking DESC) FROM p) || ')'
UNION ALL
SELECT 3,
       CASE WHEN (SELECT net_index FROM bentzen2020.case_balance WHERE case_name = 'Hedensted')
                 > (SELECT net_index FROM bentzen2020.case_balance WHERE case_name = 'Guldborgsund')
             AND (SELECT net_index FROM bentzen2020.case_balance WHERE case_name = 'Guldborgsund')
                 > (SELECT net_index FROM bentzen2020.case_balance WHERE case_name = 'Steinkjer')
            THEN 'PASS' ELSE 'FAIL' END,
       'net driver index: Hedensted above Guldborgsund above Steinkjer (Drivers and barriers)'
ORDER BY 1, 3;

\echo 'Co-creation in three Scandinavian municipalities: the sample study of'
\echo 'Bentzen, Sorensen & Torfing, loaded into the workspace' :workspace
\echo
\echo '== Table 1: the cases (Methodological reflections)'
SELECT * FROM table1_cases;
\echo '== Table 2: the data collected (Methodological reflections)'
SELECT * FROM table2_sources;
\pset tuples_only on
\pset format unaligned
\pset fieldsep ''
SELECT rtrim(regexp_replace('  ' || case_name || ', ' || kind || ': ' || n || ' ' || title,
                            '(.{1,76})(\s+|$)', E'\\1\n    ', 'g'), E' \n')
FROM table2_titles;
\echo '  (Steinkjer: Table 2 gives 20 interviews, but its roles add up to 22.)'
\echo
\pset format wrapped
\pset tuples_only off

\echo '== Activities per case and level, with the rule that classified each'
\echo '   w: weight by scope (project 1, programme 2, institutionalised 3);'
\echo '   for activities that are not co-creation, the rule''s reason in brackets'
\pset title 'Steinkjer'
SELECT level, rule, w, activity FROM activities_short WHERE case_name = 'Steinkjer';
\pset title 'Guldborgsund'
SELECT level, rule, w, activity FROM activities_short WHERE case_name = 'Guldborgsund';
\pset title 'Hedensted'
SELECT level, rule, w, activity FROM activities_short WHERE case_name = 'Hedensted';
\pset title
\echo '   The rules that decided (classify_explain), with how many'
\echo '   activities each decided:'
\pset tuples_only on
\pset format unaligned
SELECT format('%3s  ', activities)
       || rtrim(regexp_replace(reason, '(.{1,72})(\s+|$)', E'\\1\n     ', 'g'), E' \n')
FROM rules;
\pset format wrapped
\pset tuples_only off

\echo '== Cross-case profile: computed, next to the paper''s Table 3 (T3)'
SELECT * FROM table3_profiles;
\pset tuples_only on
SELECT format('  cells agreeing exactly with Table 3: %s of %s', sum(cells_agreeing), 3 * count(*))
FROM bentzen2020.cross_case WHERE rater = 'Table 3';
\pset tuples_only off
\echo '   Scores and evidence per level (service, problem, policy); weights are'
\echo '   the sums that profile() calibrates with thresholds 2, 4, 8'
SELECT * FROM cross_case;
\echo '   The same comparison under other calibrations: exact agreement, ordinal'
\echo '   Krippendorff alpha and linearly weighted kappa between the computed'
\echo '   scores and Table 3, and the two headline findings on the scores'
\echo '   (* the default of profile())'
SELECT * FROM sensitivity;

\echo '== Drivers and barriers per case (Drivers of and barriers to ...)'
\echo '   net index: (drivers - adoption barriers) / (drivers + adoption barriers);'
\echo '   impl: implementation problems; impl_share: their share of all barriers'
SELECT * FROM balances;
\echo '   per case and dimension (dimensions with a factor)'
SELECT * FROM factor_matrix;

\echo '== The paper''s headline findings, checked in SQL'
\pset tuples_only on
\pset format unaligned
\pset fieldsep ' '
SELECT result, rtrim(regexp_replace(statement, '(.{1,72})(\s+|$)', E'\\1\n      ', 'g'), E' \n')
FROM findings;
\pset format wrapped
\pset tuples_only off

\if :{?outdir}
  \set f :outdir '/table1_cases.csv'
  \o :f
  COPY (SELECT * FROM table1_cases) TO STDOUT WITH (FORMAT csv, HEADER);
  \o
  \set f :outdir '/table2_sources.csv'
  \o :f
  COPY (SELECT * FROM table2_sources) TO STDOUT WITH (FORMAT csv, HEADER);
  \o
  \set f :outdir '/table2_titles.csv'
  \o :f
  COPY (SELECT * FROM table2_titles) TO STDOUT WITH (FORMAT csv, HEADER);
  \o
  \set f :outdir '/activities.csv'
  \o :f
  COPY (SELECT * FROM activities) TO STDOUT WITH (FORMAT csv, HEADER);
  \o
  \set f :outdir '/rules.csv'
  \o :f
  COPY (SELECT * FROM rules) TO STDOUT WITH (FORMAT csv, HEADER);
  \o
  \set f :outdir '/table3_profiles.csv'
  \o :f
  COPY (SELECT * FROM table3_profiles) TO STDOUT WITH (FORMAT csv, HEADER);
  \o
  \set f :outdir '/cross_case.csv'
  \o :f
  COPY (SELECT * FROM cross_case) TO STDOUT WITH (FORMAT csv, HEADER);
  \o
  \set f :outdir '/sensitivity.csv'
  \o :f
  COPY (SELECT * FROM sensitivity) TO STDOUT WITH (FORMAT csv, HEADER);
  \o
  \set f :outdir '/balances.csv'
  \o :f
  COPY (SELECT * FROM balances) TO STDOUT WITH (FORMAT csv, HEADER);
  \o
  \set f :outdir '/factor_matrix.csv'
  \o :f
  COPY (SELECT * FROM factor_matrix) TO STDOUT WITH (FORMAT csv, HEADER);
  \o
  \set f :outdir '/findings.csv'
  \o :f
  COPY (SELECT * FROM findings) TO STDOUT WITH (FORMAT csv, HEADER);
  \o

  -- an HTML table of a view, its columns in order, every text escaped
  CREATE FUNCTION pg_temp.html_table(v regclass, caption text) RETURNS text
  LANGUAGE plpgsql AS $$
  DECLARE
    rows json;
  BEGIN
    EXECUTE format('SELECT json_agg(t) FROM %s t', v) INTO rows;
    RETURN '<table><caption>' || cocreation_html_escape(caption) || '</caption><tr>'
      || (SELECT string_agg('<th>' || cocreation_html_escape(k) || '</th>', '')
          FROM json_object_keys(rows -> 0) k)
      || '</tr>'
      || (SELECT string_agg('<tr>' || (SELECT string_agg('<td>' || COALESCE(cocreation_html_escape(e.value), '') || '</td>', '')
                                       FROM json_each_text(r) e) || '</tr>', '')
          FROM json_array_elements(rows) r)
      || '</table>';
  END $$;

  \set f :outdir '/report.html'
  \pset format unaligned
  \pset tuples_only on
  \o :f
  SELECT '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
    || '<title>cocreation: the sample study</title><style>'
    || 'body{font-family:sans-serif;max-width:1100px;margin:2em auto;color:#222}'
    || 'table{border-collapse:collapse;margin:1em 0}caption{text-align:left;font-weight:bold;padding:4px 0}'
    || 'td,th{border:1px solid #ccc;padding:3px 6px;font-size:13px;vertical-align:top}'
    || 'th{background:#f3f3f3}.charts{display:flex;flex-wrap:wrap;gap:12px}'
    || '.pass{color:#1a7f37;font-weight:bold}.fail{color:#c62828;font-weight:bold}</style></head><body>'
    || '<h1>Co-creation in three Scandinavian municipalities</h1>'
    || '<p>The sample study of Bentzen, Sørensen &amp; Torfing, computed by the cocreation extension. '
    || 'Black ticks on the profile charts are the authors'' scores (Table 3).</p>'
    || '<h2>Profiles and balances</h2><div class="charts">'
    || (SELECT string_agg(svg(p.profile, p.case_name, x.profile)
                          || svg(b.balance, p.case_name), ''
                          ORDER BY array_position(ARRAY['Steinkjer', 'Guldborgsund', 'Hedensted'], p.case_name))
        FROM bentzen2020.case_profiles p
        JOIN bentzen2020.case_balance b USING (case_name)
        LEFT JOIN LATERAL (
          SELECT format('(%s, %s, %s)', c.expert_service_production, c.expert_problem_solving,
                        c.expert_policymaking)::profile AS profile
          FROM bentzen2020.cross_case c
          WHERE c.case_name = p.case_name AND c.rater = 'Table 3') x ON true)
    || '</div><h2>Headline findings</h2><ul>'
    || (SELECT string_agg('<li><span class="' || lower(result) || '">' || result || '</span> '
                          || cocreation_html_escape(statement) || '</li>', '' ORDER BY finding, statement)
        FROM findings)
    || '</ul><h2>Tables</h2>'
    || pg_temp.html_table('table1_cases', 'Table 1: the cases')
    || pg_temp.html_table('table2_sources', 'Table 2: the data collected')
    || pg_temp.html_table('table2_titles', 'Documents and observations')
    || pg_temp.html_table('table3_profiles', 'Cross-case profile, computed next to the paper''s Table 3')
    || pg_temp.html_table('cross_case', 'Per case: computed and published notation, agreement, evidence weights')
    || pg_temp.html_table('sensitivity', 'The comparison with Table 3 under four calibrations (* the default)')
    || pg_temp.html_table('balances', 'Driver and barrier indices per case')
    || pg_temp.html_table('factor_matrix', 'Driver and barrier indices per case and dimension')
    || pg_temp.html_table('activities', 'Activities, their level and the rule that decided')
    || pg_temp.html_table('rules', 'The classification rules used')
    || '</body></html>';
  \o
  \pset format wrapped
  \pset tuples_only off
  \echo
  \echo 'Wrote' :outdir'/report.html and one CSV per table to' :outdir
\endif
