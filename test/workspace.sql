-- Study workspaces, the sample study and its views (issue 5).
BEGIN;
SELECT plan(84);

-- (volatility, strictness and parallel labels: test/01_invariants.sql)

-- as the README advises, the extension's schema is on the search path
SET search_path = public, cocreation;

-- an empty workspace: its objects, owner and column types
SELECT is(cocreation_create_workspace('ws_a')::text, 'ws_a', 'create_workspace returns the new schema');
SELECT schema_owner_is('ws_a', current_user::name, 'the workspace belongs to the caller');
SELECT tables_are('ws_a', ARRAY['cases', 'sources', 'activities', 'factor_codes', 'factors', 'expert_scores', 'calibration', 'waves',
                                 'qca_calibration'],
                  'a workspace has the nine tables');
SELECT views_are('ws_a', ARRAY['case_profiles', 'case_balance', 'cross_case', 'factor_matrix',
                                'wave_profiles', 'wave_balance', 'wave_cross_case',
                                'profile_changes', 'activity_changes', 'factor_changes',
                                'qca_memberships', 'qca_truth_table'],
                 'a workspace has the four views of the last wave, three per wave, three of change and two of QCA');
SELECT col_type_is('ws_a', 'activities', 'level', 'public', 'level', 'activities.level is a level');
SELECT col_type_is('ws_a', 'activities', 'actors', 'text[]', 'activities.actors is text[]');
SELECT col_type_is('ws_a', 'activities', 'effective_weight', 'double precision', 'activities.effective_weight is float8');
SELECT col_type_is('ws_a', 'cases', 'extra', 'jsonb', 'cases.extra is jsonb');
SELECT col_type_is('ws_a', 'expert_scores', 'level', 'text', 'expert_scores.level is plain text');
-- what users type is stored in plain types: extension types only in generated columns
SELECT is_empty(
  $$ SELECT a.attrelid::regclass::text || '.' || a.attname FROM pg_catalog.pg_attribute a
     JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
     WHERE c.relnamespace = 'ws_a'::regnamespace AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
       AND a.attgenerated = ''
       AND a.atttypid IN (SELECT d.objid FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid
                          WHERE e.extname = 'cocreation' AND d.deptype = 'e') $$,
  'no column a user fills has a type of the extension');
SELECT is_empty(
  $$ SELECT c.conrelid::regclass::text || ' ' || c.conname FROM pg_catalog.pg_constraint c
     JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_constraint'::regclass AND d.objid = c.oid
     WHERE c.connamespace = 'ws_a'::regnamespace
       AND d.refobjid IN (SELECT d2.objid FROM pg_catalog.pg_depend d2 JOIN pg_catalog.pg_extension e ON e.oid = d2.refobjid
                          WHERE e.extname = 'cocreation' AND d2.deptype = 'e') $$,
  'no constraint of a workspace depends on the extension');
SELECT results_eq(
  $$ SELECT pg_get_constraintdef(oid) FROM pg_catalog.pg_constraint
     WHERE conrelid = 'ws_a.factors'::regclass AND conname = 'dimension_in_vocabulary' $$,
  $$ SELECT format('CHECK ((dimension = ANY (ARRAY[%s])))',
                   string_agg(quote_literal(word) || '::text', ', ' ORDER BY ordinal))
     FROM cocreation_vocabulary() WHERE field = 'dimension' $$,
  'the dimension CHECK lists the vocabulary''s dimensions');
SELECT results_eq(
  $$ SELECT pg_get_constraintdef(oid) FROM pg_catalog.pg_constraint
     WHERE conrelid = 'ws_a.activities'::regclass AND conname = 'scope_in_vocabulary' $$,
  $$ SELECT format('CHECK ((scope = ANY (ARRAY[%s])))',
                   string_agg(quote_literal(word) || '::text', ', ' ORDER BY ordinal))
     FROM cocreation_vocabulary() WHERE field = 'scope' $$,
  'the scope CHECK lists the vocabulary''s scopes');
SELECT col_type_is('ws_a', 'expert_scores', 'score', 'numeric', 'expert_scores.score is numeric');
SELECT col_type_is('ws_a', 'case_profiles', 'profile', 'public', 'profile', 'case_profiles.profile is a profile');
SELECT col_type_is('ws_a', 'case_profiles', 'tally', 'public', 'tally', 'case_profiles.tally is a tally');
SELECT col_type_is('ws_a', 'case_profiles', 'policymaking', 'numeric', 'case_profiles has a plain numeric per level');
SELECT col_type_is('ws_a', 'case_balance', 'balance', 'public', 'balance', 'case_balance.balance is a balance');
SELECT col_type_is('ws_a', 'case_balance', 'net_institutional', 'double precision', 'case_balance has a net index per dimension');
SELECT col_is_pk('ws_a', 'cases', 'case_name', 'cases are keyed by name');
SELECT fk_ok('ws_a', 'activities', 'case_name', 'ws_a', 'cases', 'case_name', 'activities reference cases');
SELECT fk_ok('ws_a', 'factors', 'code', 'ws_a', 'factor_codes', 'code', 'factor codes reference the workspace''s own factor_codes');
SELECT results_eq(
  $$ SELECT code, label, polarity, dimension, usual_stage, case_name, description, source, dimension_source
     FROM ws_a.factor_codes ORDER BY code $$,
  $$ SELECT code, label, polarity, dimension, usual_stage, case_name, description, source, dimension_source
     FROM cocreation_factor_catalogue ORDER BY code $$,
  'factor_codes starts as a copy of the catalogue');
SELECT is(
  (SELECT count(*)::int FROM pg_catalog.pg_class c
   WHERE c.relnamespace = 'ws_a'::regnamespace AND c.relkind = 'v'
     AND c.reloptions @> ARRAY['security_invoker=true']), 12,
  'every view is security_invoker');
SELECT is_empty(
  $$ SELECT d.objid FROM pg_catalog.pg_depend d
     JOIN pg_catalog.pg_class c ON d.classid = 'pg_catalog.pg_class'::regclass AND c.oid = d.objid
     WHERE d.deptype = 'e' AND c.relnamespace = 'ws_a'::regnamespace $$,
  'workspace tables and views are not members of the extension');

-- create_workspace refuses what it must
SELECT throws_ok($$ SELECT cocreation_create_workspace('ws_a') $$, '42P06',
                 'schema "ws_a" already exists', 'an existing schema is refused');
SELECT throws_ok($$ SELECT cocreation_create_workspace('public') $$, '42P06', NULL,
                 'public is refused too');
SELECT throws_ok($$ SELECT cocreation_create_workspace(NULL) $$, '22023', NULL, 'NULL is refused');
SELECT throws_ok($$ SELECT cocreation_create_workspace('  ') $$, '22023', NULL, 'a blank name is refused');
SELECT throws_ok($$ SELECT cocreation_create_workspace(repeat('w', 64)) $$, '42622', NULL,
                 'a name that would be truncated is refused');
SELECT lives_ok($$ SELECT cocreation_create_workspace('ws"; DROP SCHEMA public CASCADE; --') $$,
                'a hostile name is only a name');
SELECT has_table('ws"; DROP SCHEMA public CASCADE; --', 'activities', 'the hostile name got its tables');
SELECT has_schema('public', 'and public is still there');

-- constraints refuse bad rows, naming the rule
INSERT INTO ws_a.cases (case_name, country) VALUES ('Aarhus', 'Denmark'), ('Oslo', 'Norway');
INSERT INTO ws_a.sources (source_id, case_name, kind, informant_role, n)
VALUES ('oslo-int', 'Oslo', 'interview', 'citizen', 2);
SELECT throws_ok($$ INSERT INTO ws_a.activities (case_name, name, actors, object, scope, citation)
                    VALUES ('Aarhus', 'a', '{manager,citizen}', 'service', 'pilot', 'x') $$,
                 '23514', 'new row for relation "activities" has unknown words in scope', 'an unknown scope is refused, naming it');
SELECT throws_ok($$ INSERT INTO ws_a.activities (case_name, name, actors, object, scope, citation)
                    VALUES ('Aarhus', 'a', '{mayor,citizen}', 'service', 'project', 'x') $$,
                 '23514', 'new row for relation "activities" has unknown words in actors', 'an unknown actor is refused before classify()');
SELECT throws_ok($$ INSERT INTO ws_a.activities (case_name, name, actors, object, decision, scope, citation)
                    VALUES ('Aarhus', 'a', '{mayor,citizen}', 'budget', 'vote', 'pilot', 'x') $$,
                 '23514', 'new row for relation "activities" has unknown words in actors, object, decision, scope',
                 'one error names every bad field');
SELECT results_eq(
  $$ INSERT INTO ws_a.activities (case_name, name, actors, object, decision, scope, citation)
     VALUES ('Aarhus', 'spelled', '{" Managers", Civil-Society}', 'SERVICE', 'Joint ', 'Project', 'x')
     RETURNING actors, object, decision, scope $$,
  $$ VALUES ('{manager,civil_society}'::text[], 'service', 'joint', 'project') $$,
  'words are stored in their canonical spelling');
DELETE FROM ws_a.activities WHERE name = 'spelled';
SELECT throws_ok($$ INSERT INTO ws_a.activities (case_name, name, actors, object, scope, citation)
                    VALUES ('Bergen', 'a', '{manager,citizen}', 'service', 'project', 'x') $$,
                 '23503', NULL, 'an unknown case is refused');
SELECT throws_ok($$ INSERT INTO ws_a.activities (case_name, name, actors, object, scope, citation, source_id)
                    VALUES ('Aarhus', 'a', '{manager,citizen}', 'service', 'project', 'x', 'oslo-int') $$,
                 '23503', NULL, 'a source of another case is refused');
SELECT throws_ok($$ INSERT INTO ws_a.activities (case_name, name, actors, object, scope, citation, weight)
                    VALUES ('Aarhus', 'a', '{manager,citizen}', 'service', 'project', 'x', -1) $$,
                 '23514', NULL, 'a negative weight is refused');
SELECT throws_ok($$ INSERT INTO ws_a.activities (case_name, name, actors, object, scope, citation, weight)
                    VALUES ('Aarhus', 'a', '{manager,citizen}', 'service', 'project', 'x', 'NaN') $$,
                 '23514', NULL, 'a NaN weight is refused');
INSERT INTO ws_a.activities (case_name, name, actors, object, scope, citation)
VALUES ('Aarhus', 'garden', '{frontline,volunteer}', 'service', 'programme', 'x');
SELECT throws_ok($$ INSERT INTO ws_a.activities (case_name, name, actors, object, scope, citation)
                    VALUES ('Aarhus', 'garden', '{manager,citizen}', 'service', 'project', 'x') $$,
                 '23505', NULL, 'one activity per name and case');
SELECT throws_ok($$ UPDATE ws_a.activities SET level = 'policymaking' $$,
                 '428C9', NULL, 'the level cannot be set by hand');
SELECT results_eq($$ SELECT level::text, effective_weight FROM ws_a.activities $$,
                  $$ VALUES ('service_production', 2::float8) $$,
                  'level from classify(), weight from the scope');
SELECT throws_ok($$ INSERT INTO ws_a.factors (case_name, polarity, dimension, citation)
                    VALUES ('Aarhus', 'driver', 'economic', 'x') $$,
                 '23514', NULL, 'an unknown dimension is refused');
SELECT throws_ok($$ INSERT INTO ws_a.factors (case_name, polarity, dimension, stage, citation)
                    VALUES ('Aarhus', 'driver', 'cultural', 'implementation', 'x') $$,
                 '23514', NULL, 'drivers are adoption factors');
SELECT throws_ok($$ INSERT INTO ws_a.factors (case_name, code, polarity, dimension, citation)
                    VALUES ('Aarhus', 'no_such_code', 'driver', 'cultural', 'x') $$,
                 '23503', NULL, 'a code outside factor_codes is refused');
INSERT INTO ws_a.factor_codes (code, label, polarity, dimension, description, source)
VALUES ('aarhus_budget_crisis', 'Budget crisis', 'Driver', 'contextual', 'x', 'own coding');
SELECT lives_ok($$ INSERT INTO ws_a.factors (case_name, code, polarity, dimension, citation)
                   VALUES ('Aarhus', 'aarhus_budget_crisis', 'driver', 'contextual', 'x') $$,
                'the study''s own code, in its own factor_codes');
SELECT throws_ok($$ INSERT INTO ws_a.expert_scores (case_name, level, score)
                    VALUES ('Aarhus', 'policymaking', 2.3) $$,
                 '23514', NULL, 'expert scores go in half steps');
SELECT throws_ok($$ INSERT INTO ws_a.expert_scores (case_name, level, score)
                    VALUES ('Aarhus', 'none', 1) $$,
                 '23514', NULL, 'expert scores are for the three levels');
SELECT throws_ok($$ INSERT INTO ws_a.sources (source_id, case_name, kind) VALUES ('i', 'Aarhus', 'interview') $$,
                 '23514', NULL, 'an interview names the informant''s role');
SELECT throws_ok($$ INSERT INTO ws_a.cases (case_name, extra) VALUES ('Bergen', '[1]') $$,
                 '23514', NULL, 'extra is a JSON object');

-- the sample study, next to the first workspace
SELECT is(cocreation_load_sample('ws_b')::text, 'ws_b', 'load_sample returns its workspace');
SELECT results_eq(
  $$ SELECT (SELECT count(*) FROM ws_b.cases)::int, (SELECT count(*) FROM ws_b.sources)::int,
            (SELECT count(*) FROM ws_b.activities)::int, (SELECT count(*) FROM ws_b.factors)::int,
            (SELECT count(*) FROM ws_b.expert_scores)::int $$,
  $$ VALUES (3, 20, 39, 27, 9) $$,
  'load_sample: 3 cases, 20 sources, 39 activities, 27 factors, 9 expert scores');
SELECT results_eq(
  $$ SELECT case_name, sum(n) FILTER (WHERE kind = 'interview')::int FROM ws_b.sources
     GROUP BY case_name ORDER BY case_name $$,
  $$ VALUES ('Guldborgsund', 19), ('Hedensted', 13), ('Steinkjer', 22) $$,
  'the interviews of Table 2 (Steinkjer: its roles add up to 22, its total says 20)');
SELECT is_empty(
  $$ SELECT quote FROM ws_b.activities WHERE array_length(regexp_split_to_array(btrim(quote), '\s+'), 1) > 25
     UNION ALL
     SELECT quote FROM ws_b.factors WHERE array_length(regexp_split_to_array(btrim(quote), '\s+'), 1) > 25 $$,
  'every quote has at most 25 words');
SELECT is_empty(
  $$ SELECT name FROM ws_b.activities WHERE quote IS NULL OR citation IS NULL OR weight IS NOT NULL
     UNION ALL SELECT code FROM ws_b.factors WHERE quote IS NULL OR citation IS NULL OR code IS NULL $$,
  'every row cites and quotes the paper; no activity has a weight of its own');
SELECT results_eq(
  $$ SELECT name FROM ws_b.activities WHERE level = 'none' AND name ~ '(hearing|statutory councils|17.4 committee on elderly|dialogue meeting)' ORDER BY 1 $$,
  $$ VALUES ('dialogue meeting'),
            ('hearings and consultations on policy'), ('mandatory hearings on municipal policy plans'), ('section 17.4 committee on elderly care'),
            ('statutory councils for the disabled, the elderly and youth') $$,
  'hearings, consultation councils, the public-only committee and the dialogue meeting are not co-creation');
SELECT results_eq(
  $$ SELECT polarity, stage, count(*)::int FROM ws_b.factors WHERE case_name = 'Hedensted'
     GROUP BY 1, 2 ORDER BY 1, 2 $$,
  $$ VALUES ('barrier', 'implementation', 6), ('driver', 'adoption', 5) $$,
  'Hedensted: five drivers, six implementation problems');
SELECT is_empty(
  $$ SELECT f.code FROM ws_b.factors f JOIN ws_b.factor_codes c USING (code)
     WHERE (c.polarity, c.dimension, c.usual_stage) <> (f.polarity, f.dimension, f.stage) $$,
  'each factor agrees with its catalogue entry on polarity, dimension and stage');
SELECT results_eq(
  $$ SELECT case_name, expert_service_production, expert_problem_solving, expert_policymaking
     FROM ws_b.cross_case ORDER BY case_name $$,
  $$ VALUES ('Guldborgsund', 3.0, 2.0, 1.0), ('Hedensted', 2.0, 2.0, 1.5), ('Steinkjer', 1.0, 3.0, 0.0) $$,
  'Table 3 as expert scores');
SELECT is((SELECT count(*)::int FROM ws_a.activities), 1, 'the two workspaces are apart');
SELECT is((SELECT count(*)::int FROM ws_b.case_profiles), 3, 'one profile per case');
SELECT is((SELECT count(*)::int FROM ws_b.factor_matrix), 15, 'factor_matrix: three cases by five dimensions');
SELECT ok(xml_is_well_formed_document(svg(p.profile, p.case_name || ' <&>', p.profile))
          AND xml_is_well_formed_document(svg(b.balance, b.case_name || ' "x"')),
          'svg() gives well-formed SVG, escaping the title')
FROM ws_b.case_profiles p JOIN ws_b.case_balance b USING (case_name) WHERE case_name = 'Hedensted';
SELECT is(cocreation_html_escape($$<a href="x">O'Neil & co</a>$$),
          '&lt;a href=&quot;x&quot;&gt;O&#39;Neil &amp; co&lt;/a&gt;', 'html_escape');

-- the views compute what they say (never whether the paper is reproduced:
-- the main job reports that, PASS or FAIL)
SELECT is_empty(
  $$ SELECT p.case_name FROM ws_b.case_profiles p
     JOIN (SELECT case_name, tally_agg(level, effective_weight) AS t FROM ws_b.activities GROUP BY 1) a USING (case_name)
     CROSS JOIN ws_b.calibration k
     WHERE p.profile IS DISTINCT FROM profile(a.t, k.thresholds, k.method)
        OR p.evidence_policymaking <> COALESCE((SELECT sum(effective_weight) FROM ws_b.activities x
                                                WHERE x.case_name = p.case_name AND x.level = 'policymaking'), 0) $$,
  'case_profiles: the profile of the tally of the activities with the workspace''s calibration, and the evidence behind it');
SELECT is_empty(
  $$ SELECT b.case_name FROM ws_b.case_balance b
     JOIN (SELECT case_name, count(*) FILTER (WHERE polarity = 'driver') AS d,
                  count(*) FILTER (WHERE polarity = 'barrier' AND stage = 'adoption') AS ab
           FROM ws_b.factors GROUP BY 1) f USING (case_name)
     WHERE b.drivers <> f.d OR b.adoption_barriers <> f.ab
        OR b.net_index IS DISTINCT FROM (f.d - f.ab)::float8 / NULLIF(f.d + f.ab, 0) $$,
  'case_balance: net_index is (drivers - adoption barriers) / (drivers + adoption barriers)');
SELECT is((SELECT implementation_share FROM ws_b.case_balance WHERE case_name = 'Hedensted'), 1::float8,
          'Hedensted''s barriers are all implementation problems');

-- QCA (doc/qca-workspace.md): no default calibration; the raw values are the
-- balance's net index per dimension and the profile's policymaking score
SELECT is_empty($$ SELECT * FROM ws_b.qca_calibration $$, 'a workspace has no QCA calibration of its own (no default)');
SELECT is_empty(
  $$ SELECT case_name FROM ws_b.qca_memberships
     WHERE num_nonnulls(discursive, cultural, institutional, practical, contextual, policymaking) > 0 $$,
  'without qca_calibration rows, no membership');
SELECT is_empty(
  $$ SELECT m.case_name FROM ws_b.qca_memberships m JOIN ws_b.case_balance b USING (case_name)
     WHERE (m.net_discursive, m.net_cultural, m.net_institutional, m.net_practical, m.net_contextual)
           IS DISTINCT FROM (b.net_discursive, b.net_cultural, b.net_institutional, b.net_practical, b.net_contextual) $$,
  'qca_memberships: each condition''s raw value is the case''s net index in the dimension');
SELECT is_empty(
  $$ SELECT m.case_name FROM ws_b.qca_memberships m JOIN ws_b.case_profiles p USING (case_name)
     WHERE m.policymaking_score IS DISTINCT FROM p.policymaking::float8 $$,
  'qca_memberships: the outcome''s raw value is the case''s policymaking score');
INSERT INTO ws_b.qca_calibration (set_name, threshold, reason) VALUES ('cultural', 0, 'test'), ('policymaking', 1, 'test');
SELECT results_eq(
  $$ SELECT case_name, cultural, policymaking FROM ws_b.qca_memberships ORDER BY case_name $$,
  $$ SELECT case_name, (b.net_cultural >= 0)::int::float8, (p.policymaking >= 1)::int::float8
     FROM ws_b.case_balance b JOIN ws_b.case_profiles p USING (case_name) ORDER BY case_name $$,
  'a crisp threshold: membership 1 where the raw value reaches it');

-- the row-level-security recipe of the README: an analyst sees only Hedensted
CREATE ROLE cocreation_tap_analyst_hedensted;
GRANT USAGE ON SCHEMA ws_b TO cocreation_tap_analyst_hedensted;
GRANT SELECT ON ALL TABLES IN SCHEMA ws_b TO cocreation_tap_analyst_hedensted;
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['cases', 'sources', 'activities', 'factors', 'expert_scores'] LOOP
    EXECUTE format('ALTER TABLE ws_b.%I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY analyst_hedensted ON ws_b.%I FOR SELECT TO cocreation_tap_analyst_hedensted
                    USING (case_name = ''Hedensted'')', t);
  END LOOP;
END $$;
SET ROLE cocreation_tap_analyst_hedensted;
SELECT results_eq($$ SELECT DISTINCT case_name FROM ws_b.case_profiles $$, $$ VALUES ('Hedensted') $$,
                  'RLS through case_profiles');
SELECT results_eq($$ SELECT DISTINCT case_name FROM ws_b.case_balance $$, $$ VALUES ('Hedensted') $$,
                  'RLS through case_balance');
SELECT results_eq($$ SELECT DISTINCT case_name FROM ws_b.cross_case $$, $$ VALUES ('Hedensted') $$,
                  'RLS through cross_case');
SELECT results_eq($$ SELECT DISTINCT case_name FROM ws_b.factor_matrix $$, $$ VALUES ('Hedensted') $$,
                  'RLS through factor_matrix');
SELECT results_eq($$ SELECT DISTINCT case_name FROM ws_b.qca_memberships $$, $$ VALUES ('Hedensted') $$,
                  'RLS through qca_memberships');
SELECT is((SELECT count(*)::int FROM ws_b.activities), 12, 'RLS on the table: Hedensted''s 12 activities');
SELECT throws_ok($$ SELECT * FROM ws_a.case_profiles $$, '42501', NULL,
                 'the analyst cannot read another workspace');
RESET ROLE;
SELECT is((SELECT count(*)::int FROM ws_b.case_profiles), 3, 'the owner still sees every case');

-- DROP EXTENSION cannot take research data with it
SELECT throws_ok('DROP EXTENSION cocreation', '2BP01', NULL,
                 'DROP EXTENSION is refused while a workspace uses the extension');
SELECT has_table('ws_b', 'activities', 'and the data is still there');

SELECT * FROM finish();
ROLLBACK;
