-- classify() and classify_explain(): rules, vocabulary, errors,
-- and the paper's own activities.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS cocreation;
RESET client_min_messages;
-- as the README advises, the extension's schema is on the search_path,
-- so that its operators are found
SET search_path = public, cocreation;

-- each rule, with the rule that decided (the choice column is tested below)
SELECT e.level, e.participation, e.reason, e.rule
FROM (VALUES
  -- rule 1: decisions outside co-creation, whoever takes part
  ('{politician,citizen}'::text[], 'policy', 'consultation'),
  ('{manager,citizen}', 'problem', 'information'),
  ('{manager,business}', 'service', 'contract'),
  ('{manager,civil_society}', 'service', 'imposed'),
  -- rule 2: public actors only, lay actors only, nobody
  ('{politician,manager}', 'policy', 'advisory'),
  ('{citizen,volunteer}', 'service', 'joint'),
  ('{}', 'service', 'joint'),
  -- rule 3: politicians as politicians, problem or policy
  ('{politician,citizen}', 'policy', 'advisory'),
  ('{politician,manager,citizen}', 'problem', 'joint'),
  ('{politician,citizen}', 'problem', 'delegated'),
  -- rule 4: problem or policy without politicians
  ('{manager,citizen}', 'problem', 'joint'),
  ('{frontline,civil_society}', 'policy', 'advisory'),
  -- rule 5: services, with or without politicians
  ('{frontline,user}', 'service', 'joint'),
  ('{politician,citizen}', 'service', 'delegated')
) v(actors, object, decision),
LATERAL classify_explain(v.actors, v.object, v.decision) e;

-- politician_as_citizen: a councillor taking part as a resident neither
-- makes an activity political nor stands in for the lay actors; a lay actor
-- other than a politician must take part (rule 2, the tool's choice)
SELECT v.actors, v.object, e.level, e.rule, e.reason,
       classify_strict(v.actors, v.object) AS strict_level
FROM (VALUES
  ('{manager,politician_as_citizen}'::text[], 'policy'),
  ('{manager,politician_as_citizen}', 'problem'),
  ('{politician,politician_as_citizen}', 'policy'),
  ('{politician,politician_as_citizen}', 'service'),
  ('{politician_as_citizen}', 'problem'),
  ('{politician_as_citizen,citizen}', 'problem'),
  ('{manager,citizen,politician_as_citizen}', 'problem'),
  ('{politician,citizen,politician_as_citizen}', 'problem'),
  ('{frontline,user,politician_as_citizen}', 'service')
) v(actors, object),
LATERAL classify_explain(v.actors, v.object) e;

-- every decision word in both modes: the level, the rule, and whether the
-- verdict rests on a choice the paper leaves open (the first words of it)
SELECT d AS decision,
       classify('{politician,citizen}', 'policy', d) AS default_policy,
       classify_strict('{politician,citizen}', 'policy', d) AS strict_policy,
       classify('{frontline,user}', 'service', d) AS default_service,
       classify_strict('{frontline,user}', 'service', d) AS strict_service,
       (classify_strict_explain('{frontline,user}', 'service', d)).rule AS strict_rule,
       left((classify_explain('{frontline,user}', 'service', d)).choice, 48) AS default_choice,
       left((classify_strict_explain('{frontline,user}', 'service', d)).choice, 48) AS strict_choice
FROM unnest(ARRAY['joint', 'advisory', 'delegated', 'consultation', 'information',
                  'contract', 'imposed']) d;
-- the choices in full, each with the paper's words that argue the other way
SELECT DISTINCT x.choice
FROM (VALUES ('{frontline,user}'::text[], 'advisory', false), ('{frontline,user}', 'delegated', false),
             ('{frontline,user}', 'information', false), ('{frontline,user}', 'contract', false),
             ('{manager,politician_as_citizen}', 'joint', false),
             ('{frontline,user}', 'advisory', true)) v(actors, decision, strict),
LATERAL (SELECT CASE WHEN v.strict THEN (classify_strict_explain(v.actors, 'service', v.decision)).choice
                     ELSE (classify_explain(v.actors, 'service', v.decision)).choice END AS choice) x
ORDER BY 1;
-- the strict reasons, in full; a choice is NULL where the paper decides
SELECT e.rule, e.reason, e.choice IS NULL AS no_choice
FROM unnest(ARRAY['advisory', 'delegated', 'joint']) d,
     LATERAL classify_strict_explain('{manager,citizen}', 'problem', d) e;
SELECT (classify_explain('{manager,citizen}', 'problem', 'consultation')).choice IS NULL AS consultation_no_choice,
       (classify_explain('{manager,citizen}', 'problem', 'imposed')).choice IS NULL AS imposed_no_choice,
       (classify_explain('{politician,manager}', 'policy', 'advisory')).choice IS NULL AS advisory_public_only_no_choice,
       classify_strict(NULL, 'service') IS NULL AS strict_null;
SELECT classify_strict('{manager,citizen}', 'service', 'vote');

-- classify() agrees with classify_explain() and the default decision is joint
SELECT classify('{manager,citizen}', 'problem') AS two_args,
       classify('{manager,citizen}', 'problem', 'joint') AS joint,
       (classify_explain('{manager,citizen}', 'problem')).participation,
       classify(actors => '{politician,citizen}', object => 'policy') AS named;

-- every actor word, alone with a partner from the other side
SELECT a AS actor,
       classify(ARRAY[a, 'citizen'], 'problem') AS with_citizen,
       classify(ARRAY[a, 'manager'], 'problem') AS with_manager
FROM unnest(ARRAY['politician', 'manager', 'frontline', 'public_agency', 'citizen',
                  'user', 'volunteer', 'civil_society', 'business',
                  'social_entrepreneur', 'politician_as_citizen']) a;

-- spellings: case, plurals (-s, -es, -ies), hyphens and spaces, white space
SELECT classify(ARRAY[a, 'Citizens'], o, d) AS level, a, o, d
FROM (VALUES ('Politicians', 'Policies', 'JOINT'),
             ('managers', 'problems', 'Advisory'),
             ('FRONTLINE', 'services', 'delegated'),
             ('public-agencies', 'service', ' joint '),
             ('civil society', 'service', 'joint'),
             ('manager', 'policy', 'joint')) v(a, o, d);
SELECT classify('{manager,businesses}', 'service') AS businesses,
       classify('{manager,civil_societies}', 'service') AS civil_societies,
       classify('{manager,social-entrepreneurs}', 'service') AS social_entrepreneurs,
       classify('{manager,volunteers}', 'service') AS volunteers,
       classify('{manager,users}', 'service') AS users;
SELECT d AS decision, e.participation, e.level
FROM unnest(ARRAY['joint', 'advisory', 'delegated', 'consultation', 'information',
                  'contract', 'imposed', 'consultations', 'contracts']) d,
     LATERAL classify_explain('{politician,citizen}', 'policy', d) e;

-- NULL elements are ignored, duplicates are harmless, NULL arguments give NULL
SELECT classify('{NULL,manager,NULL,citizen,NULL}', 'service') AS nulls_ignored,
       classify('{NULL,NULL}', 'service') AS only_nulls,
       classify('{manager,manager,citizen,citizen}', 'problem') AS duplicates,
       classify(NULL, 'service') AS null_actors,
       classify('{manager,citizen}', NULL) AS null_object,
       classify('{manager,citizen}', 'service', NULL) AS null_decision,
       (classify_explain(NULL, 'service')).level AS explain_null;
-- arrays of any shape are read element by element
SELECT classify('{{politician,citizen},{manager,NULL}}', 'policy') AS two_dim,
       classify('[3:4]={manager,citizen}', 'problem') AS lower_bound_3,
       classify('{}'::text[], 'policy') AS empty;

-- errors: unknown words are 22023, naming the word and the valid ones
SELECT classify('{manager,mayor}', 'service');
SELECT classify('{manager,citizen}', 'garden');
SELECT classify('{manager,citizen}', 'service', 'vote');
SELECT regress_error_of(format('SELECT classify(%L, %L, %L)', a, o, d))
FROM (VALUES ('{manager,""}', 'service', 'joint'),
             ('{manager,citizen}', '', 'joint'),
             ('{manager,citizen}', 'service', ''),
             ('{manager,s}', 'service', 'joint'),
             ('{manager,citizenss}', 'service', 'joint'),
             ('{manager,citizen}', 'servicies', 'joint'),
             ('{manager,citizen}', 'policys', 'joint'),
             ('{manager,bürger}', 'service', 'joint'),
             ('{manager,citizen}', repeat('x', 100), 'joint'),
             ('{manager,citizen}', 'service', repeat('é', 200))) v(a, o, d);
-- an error names the first unknown word even after NULLs and valid words
SELECT classify('{NULL,citizen,NULL,councillor}', 'service');

-- The paper's own activities, with the level the paper gives them.  Section
-- names are the paper's: "Main findings", then the case and the level.
CREATE TEMP TABLE paper_activity (
  id int, activity text, section text, actors text[], object text, decision text,
  paper_level level);
INSERT INTO paper_activity VALUES
 (1, 'parents and children in quality development of public schools',
  'Main findings, Steinkjer, service production', '{frontline,user}', 'service', 'joint', 'service'),
 (2, 'local voluntary centres under a partnership agreement',
  'Main findings, Steinkjer, service production', '{manager,civil_society,volunteer}', 'service', 'joint', 'service'),
 (3, 'Bolyst: area-based development with local citizen councils',
  'Main findings, Steinkjer, administrative problem solving', '{manager,frontline,citizen,civil_society}', 'problem', 'joint', 'problem'),
 (4, 'councillors in Bolyst projects as local citizens',
  'Main findings, Steinkjer, policymaking', '{manager,citizen,politician_as_citizen}', 'problem', 'joint', 'problem'),
 (5, 'mandatory hearings on municipal policy plans',
  'Main findings, Steinkjer, policymaking', '{politician,manager,citizen}', 'policy', 'consultation', 'none'),
 (6, 'statutory councils for disabled, elderly, youth',
  'Main findings, Steinkjer, policymaking', '{politician,citizen}', 'policy', 'consultation', 'none'),
 (7, 'elderly care centre garden built with relatives and volunteers',
  'Main findings, Guldborgsund, service production', '{manager,frontline,user,volunteer}', 'service', 'joint', 'service'),
 (8, 'Adopt-a-Tree', 'Main findings, Guldborgsund, service production',
  '{manager,citizen}', 'service', 'joint', 'service'),
 (9, 'Seed for Change urban gardens', 'Main findings, Guldborgsund, service production',
  '{social_entrepreneur,volunteer,manager}', 'service', 'joint', 'service'),
 (10, 'planning strategy Our Shared Guldborgsund', 'Main findings, Guldborgsund, administrative problem solving',
  '{manager,citizen,civil_society,business}', 'problem', 'joint', 'problem'),
 (11, 'section 17.4 committee on social sustainability in Lindholm', 'Main findings, Guldborgsund, policymaking',
  '{politician,citizen,civil_society,business}', 'problem', 'advisory', 'policy'),
 (12, 'thematic meetings before council meetings', 'Main findings, Guldborgsund, policymaking',
  '{politician,manager}', 'policy', 'information', 'none'),
 (13, 'evening care in Uldum', 'Main findings, Hedensted, service production',
  '{manager,user}', 'service', 'joint', 'service'),
 (14, 'Families on the move', 'Main findings, Hedensted, service production',
  '{frontline,user}', 'service', 'delegated', 'service'),
 (15, 'section 17.4 committee on elderly care, public actors only', 'Main findings, Hedensted, policymaking',
  '{politician,manager}', 'policy', 'advisory', 'none'),
 (16, 'section 17.4 committee on collective transport', 'Main findings, Hedensted, policymaking',
  '{politician,citizen}', 'policy', 'advisory', 'policy'),
 (17, 'councillors in area-based development plans (Uldum, Losning)', 'Main findings, Hedensted, policymaking',
  '{politician,manager,citizen,civil_society}', 'problem', 'joint', 'policy'),
 (18, 'participatory budgeting in local areas', 'Main findings, Hedensted, administrative problem solving',
  '{manager,citizen}', 'problem', 'delegated', 'problem');
SELECT id, activity, section, classify(actors, object, decision) AS level,
       classify(actors, object, decision) = paper_level AS as_in_paper
FROM paper_activity ORDER BY id;
SELECT count(*) FILTER (WHERE classify(actors, object, decision) = paper_level) AS agree,
       count(*) AS activities
FROM paper_activity;

-- Found in review: an actor array stored out of line (TOAST) or expanded (a
-- PL/pgSQL variable changed element by element) is read like any other,
-- never copied as if it had a short header.
CREATE TABLE regress_toasted_actors (a text[]);
ALTER TABLE regress_toasted_actors ALTER a SET STORAGE EXTERNAL;
INSERT INTO regress_toasted_actors
SELECT array_fill('citizen'::text, ARRAY[1000]) || ARRAY['manager'];
SELECT classify(a, 'service') AS toasted,
       (classify_explain(a, 'problem')).level AS toasted_explain
FROM regress_toasted_actors;
DROP TABLE regress_toasted_actors;
DO $$
DECLARE
  a text[] := ARRAY['citizen', 'manager'];
BEGIN
  a[3] := 'user';
  RAISE NOTICE 'expanded array: %', classify(a, 'service');
END $$;
-- Each call site keeps the summaries of the actor arrays it has read, keyed
-- on their bytes.  An array that differs from a kept one only where its hash
-- does not look (here its number of dimensions, of the same size) is still
-- read in full, and its damage is an error, not the kept array's level.
-- byteasend() returns its argument's bytes as they are: declared between
-- text[] and bytea it reads an array's bytes and makes an array of any bytes.
CREATE FUNCTION regress_array_bytes(text[]) RETURNS bytea
  LANGUAGE internal IMMUTABLE STRICT AS 'byteasend';
CREATE FUNCTION regress_bytes_array(bytea) RETURNS text[]
  LANGUAGE internal IMMUTABLE STRICT AS 'byteasend';
SELECT i, classify(CASE WHEN i < 3 THEN a
                        ELSE regress_bytes_array(set_byte(regress_array_bytes(a), 0, 7)) END,
                   'service', 'joint') AS level
FROM generate_series(1, 2) i, (VALUES ('{manager,citizen}'::text[])) v(a);
SELECT i, classify(CASE WHEN i < 3 THEN a
                        ELSE regress_bytes_array(set_byte(regress_array_bytes(a), 0, 7)) END,
                   'service', 'joint') AS level
FROM generate_series(1, 3) i, (VALUES ('{manager,citizen}'::text[])) v(a);
DROP FUNCTION regress_array_bytes(text[]), regress_bytes_array(bytea);
