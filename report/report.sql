-- report/report.sql: the report of one workspace (a study made by
-- cocreation_create_workspace), run by scripts/report.  Prints its tables in
-- an 80-column terminal; with the psql variable outdir set, also writes them
-- as tidy CSV files and an HTML report with charts.
--
--   psql -X -v workspace=NAME [-v outdir=DIR] [-v case_order=A,B,C]
--        [-v rater=NAME] [-v progress=1] -f report/report.sql
--
-- workspace   the workspace's schema (required)
-- outdir      a folder that exists: CSV files and report.html are written there
-- case_order  the cases' order, comma-separated (default: by name; cases not
--             named come after, by name)
-- rater       the expert scores drawn as ticks on the profile charts
--             (default: the first rater by name)
-- progress    1: a line on stderr before each long step
-- html_later  set: report.html is not written here; the caller adds its own
--             sections to pg_temp.report_html and includes report/html.sql
--
-- Reads only the workspace's tables and views (cocreation_create_workspace_views)
-- and leaves temporary objects (report_*) that a caller may print further.
\set ON_ERROR_STOP on
\set QUIET on
SET client_min_messages = warning;
\pset footer off
\pset null '-'
\pset format wrapped
\pset columns 80
\pset border 1

\if :{?workspace}
\else
  \warn 'report/report.sql: set the workspace: psql -v workspace=NAME -f report/report.sql'
  \quit
\endif
\if :{?case_order}
\else
  \set case_order ''
\endif
\if :{?progress}
\else
  \set progress 0
\endif

-- the extension's functions are found in its schema, wherever it was
-- installed (pg_catalog, not named, is still searched first)
SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'cocreation') AS report_has_extension \gset
\if :report_has_extension
\else
  DO $$ BEGIN RAISE EXCEPTION 'the extension cocreation is not installed in this database'
             USING HINT = 'CREATE EXTENSION cocreation, or connect to the database of the study (PGDATABASE).'; END $$;
\endif
SELECT set_config('search_path', format('%I', n.nspname), false) AS report_search_path
FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
WHERE e.extname = 'cocreation' \gset

SELECT to_regnamespace(:'workspace') IS NOT NULL
       AND to_regclass(format('%I.case_profiles', :'workspace')) IS NOT NULL AS report_ws_ok \gset
\if :report_ws_ok
\else
  SELECT format('DO $d$ BEGIN RAISE EXCEPTION %L USING HINT = %L; END $d$',
                'no workspace ' || :'workspace' || ' in database ' || current_database(),
                'A workspace is a schema made by cocreation_create_workspace(); name one that has its views (case_profiles).')
  \gexec
\endif

-- the workspace's calibration, the analyst's choice (there is no default):
-- without one, the views show no profiles and the report says so
SELECT COALESCE((SELECT thresholds::text FROM :"workspace".calibration), '') AS report_thresholds,
       COALESCE((SELECT method FROM :"workspace".calibration), '') AS report_method \gset
SELECT CASE WHEN :'report_thresholds' = '' THEN 'no calibration: profiles not computed, see doc/calibration.md'
            ELSE 'thresholds ' || array_to_string(:'report_thresholds'::float8[], ', ')
                 || CASE WHEN :'report_method' = 'sum' THEN '' ELSE ', method ' || :'report_method' END
       END AS report_thresholds_list \gset

-- text shortened to n characters, the cut marked with an ellipsis
CREATE FUNCTION pg_temp.fit(t text, n int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN length(t) <= n THEN t ELSE rtrim(left(t, n - 1)) || '…' END $$;
-- text wrapped at word boundaries into lines of at most w characters: the
-- first starts with first (no longer than ind), the others with ind
CREATE FUNCTION pg_temp.wrap(t text, w int, first text, ind text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT rtrim(regexp_replace(first || t, format('(.{1,%s})(\s+|$)', w - length(ind)),
                              E'\\1\n' || ind, 'g'), E' \n')
$$;
-- a level's short label, for narrow tables
CREATE FUNCTION pg_temp.short_level(l text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE l WHEN 'service_production' THEN 'service' WHEN 'problem_solving' THEN 'problem'
                WHEN 'policymaking' THEN 'policy' ELSE 'none' END $$;

-- the waves, when the workspace has more than one: the activity list reads
-- the last wave (as the views do), and the profiles are shown per wave too
SELECT to_regclass(format('%I.waves', :'workspace')) IS NOT NULL AS report_has_waves \gset
\if :report_has_waves
  SELECT count(*) > 1 AS report_many_waves,
         (SELECT w.wave FROM :"workspace".waves w ORDER BY w.ordinal DESC LIMIT 1) AS report_last_wave
  FROM :"workspace".waves \gset
\else
  \set report_many_waves false
\endif

-- the cases, in the order asked for
CREATE TEMP TABLE report_cases AS
SELECT c.case_name,
       row_number() OVER (ORDER BY array_position(string_to_array(:'case_order', ','), c.case_name)
                                    NULLS LAST, c.case_name)::int AS ord
FROM :"workspace".cases c;

\if :progress
  \warn 'report: classifying the activities of workspace' :workspace
\endif
-- every activity with the rule that classified it (classify_explain); the
-- rules and the tool's choices get short ids, listed once
CREATE TEMP TABLE report_explained AS
SELECT a.case_name, a.name AS activity, a.level, a.decision, a.scope, a.effective_weight AS weight,
       e.rule, e.reason, e.choice, a.citation, a.description
FROM :"workspace".activities a
CROSS JOIN LATERAL classify_explain(a.actors, a.object, a.decision) e
\if :report_many_waves
WHERE a.wave = :'report_last_wave'
\endif
;

CREATE TEMP TABLE report_rules AS
SELECT rule_id, rule, reason, activities
FROM (SELECT rule, reason, count(*) AS activities,
             rule::text || CASE WHEN count(*) OVER (PARTITION BY rule) > 1
                                THEN chr(96 + (row_number() OVER (PARTITION BY rule ORDER BY reason))::int)
                                ELSE '' END AS rule_id
      FROM report_explained GROUP BY rule, reason) r
ORDER BY rule_id;

CREATE TEMP TABLE report_choices AS
SELECT (row_number() OVER (ORDER BY choice))::int AS choice_id, choice, activities, which
FROM (SELECT choice, count(*) AS activities, string_agg(activity, '; ' ORDER BY activity) AS which
      FROM report_explained WHERE choice IS NOT NULL GROUP BY choice) c;

CREATE TEMP VIEW report_activities AS
SELECT x.case_name, x.activity, x.level::text AS level, r.rule_id AS rule, x.decision, x.scope,
       x.weight, ch.choice_id AS choice, x.citation
FROM report_explained x
JOIN report_cases c USING (case_name)
JOIN report_rules r ON r.rule = x.rule AND r.reason = x.reason
LEFT JOIN report_choices ch ON ch.choice = x.choice
ORDER BY c.ord, x.level DESC, x.activity;

-- Table 1's shape: one column per case in the terminal; one row per case in
-- the CSV
CREATE TEMP VIEW report_cases_long AS
SELECT a.ord AS attribute_ord, a.attribute, c.case_name, k.ord AS case_ord, a.value
FROM :"workspace".cases c
JOIN report_cases k USING (case_name)
CROSS JOIN LATERAL (VALUES
  (1, 'country', c.country),
  (2, 'inhabitants', to_char(c.inhabitants, 'FM999,999,999')),
  (3, 'rural/urban', c.setting),
  (4, 'socioeconomic problems', c.socioeconomic_problems),
  (5, 'mayor''s orientation', c.mayor_orientation),
  (6, 'elected councillors', c.councillors::text),
  (7, 'permanent committees', c.permanent_committees::text)) AS a(ord, attribute, value)
ORDER BY a.ord, k.ord;
CREATE TEMP VIEW report_cases_csv AS
SELECT c.case_name, c.country, c.inhabitants, c.setting, c.socioeconomic_problems,
       c.mayor_orientation, c.councillors, c.permanent_committees
FROM :"workspace".cases c JOIN report_cases k USING (case_name)
ORDER BY k.ord;

-- Table 2's shape: the data collected, counts per case
CREATE TEMP VIEW report_sources_long AS
SELECT r.ord, r.item, r.case_name, k.ord AS case_ord, r.n
FROM (
  SELECT 1 AS ord, 'interviews' AS item, case_name, sum(n) AS n
  FROM :"workspace".sources WHERE kind = 'interview' GROUP BY case_name
  UNION ALL
  SELECT 2 + COALESCE(array_position(ARRAY['elected politician', 'public manager', 'frontline staff', 'citizen'],
                                     informant_role), 5),
         '  ' || CASE informant_role WHEN 'elected politician' THEN 'elected politicians'
                   WHEN 'public manager' THEN 'public managers' WHEN 'citizen' THEN 'citizens'
                   ELSE informant_role END, case_name, sum(n)
  FROM :"workspace".sources WHERE kind = 'interview' GROUP BY informant_role, case_name
  UNION ALL
  SELECT 8, 'documents cited', case_name, sum(n)
  FROM :"workspace".sources WHERE kind = 'document' GROUP BY case_name
  UNION ALL
  SELECT 9, 'observed meetings', case_name, sum(n)
  FROM :"workspace".sources WHERE kind = 'observation' GROUP BY case_name
) r JOIN report_cases k USING (case_name)
ORDER BY r.ord, r.item, k.ord;
CREATE TEMP VIEW report_sources_csv AS
SELECT s.case_name, s.source_id, s.kind, s.informant_role, s.title, s.reference, s.n, s.note
FROM :"workspace".sources s JOIN report_cases k USING (case_name)
ORDER BY k.ord, s.kind, s.source_id;

\if :progress
  \warn 'report: profiles, expert scores and balances'
\endif
-- profiles per case: scores, notation, reach, evidence (the weight sums
-- profile() calibrates)
CREATE TEMP VIEW report_profiles_short AS
SELECT p.case_name, p.activities, p.not_cocreation AS "none", p.notation AS profile,
       pg_temp.short_level(p.reach::text) AS reach,
       concat_ws(' ', p.evidence_service_production, p.evidence_problem_solving,
                 p.evidence_policymaking) AS evidence
FROM :"workspace".case_profiles p JOIN report_cases k USING (case_name)
ORDER BY k.ord;
CREATE TEMP VIEW report_profile_summary AS
SELECT p.case_name, p.activities, p.not_cocreation, p.notation, p.reach::text AS reach, p.reach_rank
FROM :"workspace".case_profiles p JOIN report_cases k USING (case_name)
ORDER BY k.ord;
CREATE TEMP VIEW report_profiles AS
SELECT p.case_name, l.level, l.score, l.evidence
FROM :"workspace".case_profiles p JOIN report_cases k USING (case_name)
CROSS JOIN LATERAL (VALUES
  (1, 'service_production', p.service_production, p.evidence_service_production),
  (2, 'problem_solving', p.problem_solving, p.evidence_problem_solving),
  (3, 'policymaking', p.policymaking, p.evidence_policymaking)) AS l(ord, level, score, evidence)
ORDER BY k.ord, l.ord;

\if :report_many_waves
-- profiles per case and wave, and the change from the wave before
CREATE TEMP VIEW report_wave_profiles AS
SELECT p.case_name, p.wave, p.activities, p.notation AS profile,
       pg_temp.short_level(p.reach::text) AS reach,
       concat_ws(' ', p.evidence_service_production, p.evidence_problem_solving,
                 p.evidence_policymaking) AS evidence
FROM :"workspace".wave_profiles p JOIN report_cases k USING (case_name)
ORDER BY k.ord, p.wave_ordinal;
-- the same in tidy form, for the CSV: one row per case, wave and level
CREATE TEMP VIEW report_wave_profiles_csv AS
SELECT p.case_name, p.wave, l.level, l.score, l.evidence
FROM :"workspace".wave_profiles p JOIN report_cases k USING (case_name)
CROSS JOIN LATERAL (VALUES
  (1, 'service_production', p.service_production, p.evidence_service_production),
  (2, 'problem_solving', p.problem_solving, p.evidence_problem_solving),
  (3, 'policymaking', p.policymaking, p.evidence_policymaking)) AS l(ord, level, score, evidence)
ORDER BY k.ord, p.wave_ordinal, l.ord;
CREATE TEMP VIEW report_profile_changes AS
SELECT c.case_name, c.wave_before, c.wave_after, c.level, c.score_before, c.score_after,
       c.score_change, c.evidence_before, c.evidence_after
FROM :"workspace".profile_changes c JOIN report_cases k USING (case_name)
ORDER BY k.ord, c.wave_after, c.level_rank;
\endif

-- expert scores next to the computed ones, and how well the calibration
-- reproduces each rater's (calibration_fit)
CREATE TEMP VIEW report_expert_short AS
SELECT x.case_name, x.rater,
       concat_ws(' ', x.service_production, x.problem_solving, x.policymaking) AS computed,
       concat_ws(' ', trim_scale(x.expert_service_production), trim_scale(x.expert_problem_solving),
                 trim_scale(x.expert_policymaking)) AS expert,
       x.cells_agreeing AS agree, round(x.distance::numeric, 2) AS distance
FROM :"workspace".cross_case x JOIN report_cases k USING (case_name)
WHERE x.rater IS NOT NULL
ORDER BY x.rater, k.ord;
CREATE TEMP VIEW report_expert_scores AS
SELECT x.case_name, x.rater, l.level, l.computed, trim_scale(l.expert) AS expert,
       (l.computed = l.expert)::text AS agree
FROM :"workspace".cross_case x JOIN report_cases k USING (case_name)
CROSS JOIN LATERAL (VALUES
  (1, 'service_production', x.service_production, x.expert_service_production),
  (2, 'problem_solving', x.problem_solving, x.expert_problem_solving),
  (3, 'policymaking', x.policymaking, x.expert_policymaking)) AS l(ord, level, computed, expert)
WHERE x.rater IS NOT NULL
ORDER BY x.rater, k.ord, l.ord;
CREATE TEMP TABLE report_fit AS
SELECT r.rater, f.cells, f.cells_agreeing, round(f.alpha_ordinal::numeric, 2) AS alpha_ordinal,
       round(f.kappa_linear::numeric, 2) AS kappa_linear
FROM (SELECT DISTINCT rater FROM :"workspace".expert_scores) r
CROSS JOIN LATERAL calibration_fit(:'workspace'::regnamespace, NULLIF(:'report_thresholds', '')::float8[],
                                   r.rater, NULLIF(:'report_method', ''), 'default'::text) f
ORDER BY r.rater;
SELECT EXISTS (SELECT 1 FROM :"workspace".expert_scores) AS report_has_experts \gset
\if :{?rater}
\else
  SELECT min(rater) AS rater FROM :"workspace".expert_scores \gset
\endif
\if :{?rater}
\else
  \set rater ''
\endif

-- drivers and barriers: the tool's diagnostic indices
CREATE TEMP VIEW report_balances AS
SELECT b.case_name, b.factors, b.drivers, b.adoption_barriers AS adoption,
       b.implementation_problems AS impl, round(b.net_index::numeric, 2) AS net_adoption,
       round(((b.drivers - b.adoption_barriers - b.implementation_problems)::float8
              / NULLIF(b.drivers + b.adoption_barriers + b.implementation_problems, 0))::numeric, 2) AS net_all
FROM :"workspace".case_balance b JOIN report_cases k USING (case_name)
ORDER BY k.ord;
CREATE TEMP VIEW report_balances_csv AS
SELECT case_name, factors, drivers, adoption AS adoption_barriers, impl AS implementation_problems,
       net_adoption, net_all
FROM report_balances;
CREATE TEMP VIEW report_factor_matrix AS
SELECT m.case_name, m.dimension, m.drivers, m.adoption_barriers AS adoption,
       m.implementation_problems AS implementation, round(m.net_index::numeric, 2) AS net_index
FROM :"workspace".factor_matrix m JOIN report_cases k USING (case_name)
WHERE m.drivers + m.adoption_barriers + m.implementation_problems > 0
ORDER BY k.ord, array_position(cocreation_words('dimension'::text), m.dimension);
CREATE TEMP VIEW report_factor_matrix_csv AS
SELECT case_name, dimension, drivers, adoption AS adoption_barriers,
       implementation AS implementation_problems, net_index
FROM report_factor_matrix;

-------------------------------------------------------------------------------
-- the terminal report
SELECT format('Report of the workspace %s (%s)', :'workspace', :'report_thresholds_list') AS report_line \gset
\echo :report_line
-- the analyst's reason for the calibration, where the workspace records one
SELECT EXISTS (SELECT 1 FROM :"workspace".calibration WHERE reason IS NOT NULL) AS report_has_reason \gset
\if :report_has_reason
  \pset tuples_only on
  \pset format unaligned
  SELECT pg_temp.wrap('Why this calibration: ' || reason, 80, '', '  ')
  FROM :"workspace".calibration;
  \pset format wrapped
  \pset tuples_only off
\endif
\echo
\echo '== Cases (the shape of the paper''s Table 1)'
SELECT attribute, case_name, value, case_ord FROM report_cases_long
\crosstabview attribute case_name value case_ord
\echo '== Data collected (the shape of the paper''s Table 2)'
SELECT item, case_name, n, case_ord FROM report_sources_long
\crosstabview item case_name n case_ord
\pset tuples_only on
\pset format unaligned
\pset fieldsep ''
SELECT pg_temp.wrap(s.case_name || ', ' || s.kind || ': ' || s.n || ' ' || COALESCE(s.title, '')
                    || COALESCE(' (' || s.reference || ')', ''),
                    80, '  ', '    ')
FROM report_sources_csv s WHERE s.kind <> 'interview';
\echo
\pset format wrapped
\pset tuples_only off

\echo '== Activities, per case and level, with the rule that classified them'
\echo '   (classify_explain; the rules are listed below). w: weight; c: the'
\echo '   verdict rests on one of the tool''s choices (numbered below)'
SELECT format($q$SELECT pg_temp.short_level(level) AS level, rule, weight AS w,
                        COALESCE(choice::text, '') AS c, pg_temp.fit(activity, 53) AS %I
                 FROM report_activities WHERE case_name = %L$q$, case_name, case_name)
FROM report_cases ORDER BY ord
\gexec
\pset tuples_only on
\pset format unaligned
\echo '   The rules that decided, with how many activities each decided:'
SELECT format('  %-3s %3s  ', rule_id, activities) || pg_temp.wrap(reason, 79, '', '           ')
FROM report_rules ORDER BY rule_id;
\echo
SELECT CASE WHEN EXISTS (SELECT 1 FROM report_choices)
            THEN '   The tool''s choices the verdicts rest on (c above), with the activities'
                 || E'\n   resting on each:' END;
SELECT format('  %-3s %3s  ', choice_id, activities)
       || pg_temp.wrap(choice || '. Activities: ' || which, 79, '', '           ')
FROM report_choices ORDER BY choice_id;
\echo
\pset format wrapped
\pset tuples_only off

SELECT format('== Profiles per case (%s): activities, those that', :'report_thresholds_list') AS report_line \gset
\echo :report_line
\echo '   are not co-creation (none), the profile in crosses (service | problem'
\echo '   | policy), the highest level reached, and the evidence: the weight'
\echo '   sums per level (service, problem, policy) that profile() calibrates'
SELECT * FROM report_profiles_short;
\if :report_many_waves
  SELECT format('   (the last wave, %s; the activities above are those of that wave)', :'report_last_wave') AS report_line \gset
  \echo :report_line
  \echo '== Profiles per case and wave (activities, profile, reach, evidence)'
  SELECT * FROM report_wave_profiles;
\endif
\if :report_has_experts
  \echo '== Expert scores next to the computed ones (service, problem, policy),'
  \echo '   cells agreeing and distance'
  SELECT * FROM report_expert_short;
  \echo '   Agreement of the computed scores with each rater (calibration_fit):'
  \echo '   cells, cells agreeing exactly, ordinal alpha, linearly weighted kappa'
  SELECT rater, cells, cells_agreeing AS agree, alpha_ordinal, kappa_linear FROM report_fit;
\endif

\echo '== Drivers and barriers per case (the tool''s diagnostic):'
\echo '   net_adoption: (drivers - adoption barriers) / (drivers + adoption'
\echo '   barriers), leaving implementation problems out;'
\echo '   net_all: (drivers - all barriers) / (drivers + all barriers)'
SELECT * FROM report_balances;
\echo '   per case and dimension (dimensions with a factor)'
SELECT * FROM report_factor_matrix;

-------------------------------------------------------------------------------
-- the files
\if :{?outdir}
  \if :progress
    \warn 'report: writing CSV files to' :outdir
  \endif
  \set f :outdir '/cases.csv'
  \o :f
  COPY (SELECT * FROM report_cases_csv) TO STDOUT WITH (FORMAT csv, HEADER);
  \set f :outdir '/sources.csv'
  \o :f
  COPY (SELECT * FROM report_sources_csv) TO STDOUT WITH (FORMAT csv, HEADER);
  \set f :outdir '/activities.csv'
  \o :f
  COPY (SELECT * FROM report_activities) TO STDOUT WITH (FORMAT csv, HEADER);
  \set f :outdir '/rules.csv'
  \o :f
  COPY (SELECT rule_id, rule, reason, activities FROM report_rules ORDER BY rule_id)
    TO STDOUT WITH (FORMAT csv, HEADER);
  \set f :outdir '/choices.csv'
  \o :f
  COPY (SELECT choice_id, choice, activities FROM report_choices ORDER BY choice_id)
    TO STDOUT WITH (FORMAT csv, HEADER);
  \set f :outdir '/profiles.csv'
  \o :f
  COPY (SELECT * FROM report_profiles) TO STDOUT WITH (FORMAT csv, HEADER);
  \if :report_many_waves
    \set f :outdir '/wave_profiles.csv'
    \o :f
    COPY (SELECT * FROM report_wave_profiles_csv) TO STDOUT WITH (FORMAT csv, HEADER);
    \set f :outdir '/profile_changes.csv'
    \o :f
    COPY (SELECT * FROM report_profile_changes) TO STDOUT WITH (FORMAT csv, HEADER);
  \endif
  \set f :outdir '/profile_summary.csv'
  \o :f
  COPY (SELECT * FROM report_profile_summary) TO STDOUT WITH (FORMAT csv, HEADER);
  \set f :outdir '/expert_scores.csv'
  \o :f
  COPY (SELECT * FROM report_expert_scores) TO STDOUT WITH (FORMAT csv, HEADER);
  \set f :outdir '/calibration_fit.csv'
  \o :f
  COPY (SELECT rater, cells, cells_agreeing, alpha_ordinal, kappa_linear FROM report_fit)
    TO STDOUT WITH (FORMAT csv, HEADER);
  \set f :outdir '/thresholds.csv'
  \o :f
  COPY (SELECT t.ord::int AS threshold_no, t.v AS threshold, :'report_method' AS method
        FROM unnest(NULLIF(:'report_thresholds', '')::float8[]) WITH ORDINALITY AS t(v, ord))
    TO STDOUT WITH (FORMAT csv, HEADER);
  \set f :outdir '/balances.csv'
  \o :f
  COPY (SELECT * FROM report_balances_csv) TO STDOUT WITH (FORMAT csv, HEADER);
  \set f :outdir '/factor_matrix.csv'
  \o :f
  COPY (SELECT * FROM report_factor_matrix_csv) TO STDOUT WITH (FORMAT csv, HEADER);
  \o

  -- the HTML report: its sections in order; a caller (sample/main.sql) adds
  -- its own before report/html.sql writes the file
  \if :progress
    \warn 'report: drawing the charts'
  \endif
  CREATE FUNCTION pg_temp.html_table(v regclass, caption text) RETURNS text
  LANGUAGE plpgsql AS $$
  DECLARE
    rows json;
  BEGIN
    EXECUTE format('SELECT json_agg(t) FROM %s t', v) INTO rows;
    IF rows IS NULL THEN
      RETURN '<p class="empty">' || cocreation_html_escape(caption) || ': none</p>';
    END IF;
    RETURN '<table><caption>' || cocreation_html_escape(caption) || '</caption><tr>'
      || (SELECT string_agg('<th>' || cocreation_html_escape(k) || '</th>', '')
          FROM json_object_keys(rows -> 0) k)
      || '</tr>'
      || (SELECT string_agg('<tr>' || (SELECT string_agg(
                   CASE WHEN json_typeof(e.value) = 'number' THEN '<td class="num">' ELSE '<td>' END
                   || COALESCE(cocreation_html_escape(e.value #>> '{}'), '') || '</td>', '')
                                       FROM json_each(r) e) || '</tr>', '')
          FROM json_array_elements(rows) r)
      || '</table>';
  END $$;
  CREATE TEMP TABLE report_html (ord int, html text);
  INSERT INTO report_html
  SELECT 10, '<h2>Profiles and balances</h2><p>Each case''s computed profile (bars)'
    || CASE WHEN :'rater' IS NOT NULL AND :'rater' <> ''
            THEN ', with the scores of ' || cocreation_html_escape(:'rater') || ' as black ticks' ELSE '' END
    || ', and its drivers and barriers.</p><div class="charts">'
    || COALESCE((SELECT string_agg('<figure>' || svg(p.profile, p.case_name, x.profile)
                                   || svg(b.balance, p.case_name) || '</figure>', '' ORDER BY k.ord)
                 FROM :"workspace".case_profiles p
                 JOIN report_cases k USING (case_name)
                 JOIN :"workspace".case_balance b USING (case_name)
                 LEFT JOIN LATERAL (
                   SELECT format('(%s, %s, %s)', c.expert_service_production, c.expert_problem_solving,
                                 c.expert_policymaking)::profile AS profile
                   FROM :"workspace".cross_case c
                   WHERE c.case_name = p.case_name AND c.rater = :'rater') x ON true), '')
    || '</div>';
  INSERT INTO report_html VALUES
    (20, '<h2>Tables</h2>'
      || pg_temp.html_table('report_cases_csv', 'Cases (the shape of Table 1)')
      || pg_temp.html_table('report_sources_csv', 'Data collected (the shape of Table 2)')
      || pg_temp.html_table('report_profile_summary', 'Profiles per case')
      || pg_temp.html_table('report_profiles', 'Scores and evidence per case and level')
      || pg_temp.html_table('report_expert_short', 'Expert scores next to the computed ones (service, problem, policy)')
      || pg_temp.html_table('report_fit', 'Agreement with each rater (calibration_fit)')
      || pg_temp.html_table('report_balances_csv', 'Drivers and barriers per case')
      || pg_temp.html_table('report_factor_matrix_csv', 'Drivers and barriers per case and dimension')),
    (90, pg_temp.html_table('report_activities', 'Activities, their level and the rule that decided')
      || pg_temp.html_table('report_rules', 'The rules')
      || pg_temp.html_table('report_choices', 'The tool''s choices the verdicts rest on'));
  \if :report_many_waves
    INSERT INTO report_html
    SELECT 15, '<h2>Profiles per wave</h2><p>Each case''s computed profile in each wave, in the order of the waves; the sections above read the last wave.</p><div class="charts">'
      || string_agg('<figure>' || (SELECT string_agg(svg(p.profile, (p.case_name || ', ' || p.wave)::text, NULL::profile), '' ORDER BY p.wave_ordinal)
                                   FROM :"workspace".wave_profiles p WHERE p.case_name = k.case_name)
                    || '</figure>', '' ORDER BY k.ord)
      || '</div>'
      || pg_temp.html_table('report_wave_profiles', 'Profiles per case and wave')
      || pg_temp.html_table('report_profile_changes', 'Scores and evidence per case and level: the change from the wave before')
    FROM report_cases k;
  \endif
  \if :{?html_later}
  \else
    SELECT 'Report of the workspace ' || :'workspace' AS report_title \gset
    \ir html.sql
  \endif
\endif
