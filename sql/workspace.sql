-- Study workspaces and the paper's sample study (issue 5)
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS cocreation;
RESET client_min_messages;
SET search_path = public, cocreation;

-- the sample study
SELECT cocreation_load_sample('regress_sample');
SELECT case_name, activities, service_production, problem_solving, policymaking, notation, reach
FROM regress_sample.case_profiles ORDER BY case_name;
SELECT case_name, expert_notation, notation, cells_agreeing, round(distance::numeric, 3) AS distance
FROM regress_sample.cross_case ORDER BY case_name;
SELECT case_name, factors, drivers, adoption_barriers, implementation_problems,
       round(net_index::numeric, 3) AS net, implementation_share
FROM regress_sample.case_balance ORDER BY case_name;
SELECT level, count(*), sum(effective_weight) FROM regress_sample.activities GROUP BY level ORDER BY level;

-- errors, in full
SELECT cocreation_create_workspace('regress_sample');
SELECT cocreation_create_workspace('');
SELECT cocreation_create_workspace(repeat('x', 64));
INSERT INTO regress_sample.activities (case_name, name, actors, object, scope, citation)
VALUES ('Hedensted', 'x', '{mayor}', 'policy', 'project', 'x');
INSERT INTO regress_sample.activities (case_name, name, actors, object, scope, citation)
VALUES ('Hedensted', 'x', '{politician,citizen}', 'policy', 'pilot', 'x');
INSERT INTO regress_sample.activities (case_name, name, actors, object, scope, citation, source_id)
VALUES ('Hedensted', 'x', '{politician,citizen}', 'policy', 'project', 'x', 'ste-int-pol');
INSERT INTO regress_sample.expert_scores VALUES ('Hedensted', 'me', 'policymaking', 1.25, NULL);
-- one error names every unknown word of the row, with the valid words
INSERT INTO regress_sample.activities (case_name, name, actors, object, decision, scope, citation)
VALUES ('Hedensted', 'x', '{politician,mayor,NULL,press}', 'budget', 'vote', 'pilot', 'x');
INSERT INTO regress_sample.factors (case_name, polarity, dimension, stage, citation)
VALUES ('Hedensted', 'enabler', 'economic', 'later', 'x');
INSERT INTO regress_sample.expert_scores VALUES ('Hedensted', 'me', 'highest', 1, NULL);

-- words are stored as the functions read them: any case, blanks around
-- them, - or a space for _, classify()'s plurals, the level's other spellings
INSERT INTO regress_sample.activities (case_name, name, actors, object, decision, scope, citation)
VALUES ('Hedensted', 'spelling', '{" Politicians", Civil-Society, NULL}', 'Policies', 'JOINT', 'Programme ', 'x')
RETURNING actors, object, decision, scope, level, effective_weight;
INSERT INTO regress_sample.factors (case_name, polarity, dimension, stage, citation)
VALUES ('Hedensted', ' Barrier', 'PRACTICAL', 'Implementation', 'x')
RETURNING polarity, dimension, stage;
INSERT INTO regress_sample.expert_scores VALUES ('Hedensted', 'me', 'Political', 1, NULL), ('Hedensted', 'me', '1', 2, NULL)
RETURNING level, score;
UPDATE regress_sample.factors SET dimension = 'Cultural' WHERE citation = 'x' RETURNING dimension;
SELECT regress_sample.canonical_word('actor', 'Social Entrepreneurs'), regress_sample.canonical_word('level', '2'),
       regress_sample.canonical_word('scope', 'projects');
DELETE FROM regress_sample.activities WHERE name = 'spelling';
DELETE FROM regress_sample.factors WHERE citation = 'x';
DELETE FROM regress_sample.expert_scores WHERE rater = 'me';

-- the CHECKs hold the vocabulary's words as literals, so they stand without
-- the trigger (and without the extension)
SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint
WHERE conrelid = 'regress_sample.expert_scores'::regclass AND contype = 'c' ORDER BY 1;
ALTER TABLE regress_sample.factors DISABLE TRIGGER normalise_words;
\set VERBOSITY terse
INSERT INTO regress_sample.factors (case_name, polarity, dimension, citation) VALUES ('Hedensted', 'Driver', 'cultural', 'x');
\set VERBOSITY default
ALTER TABLE regress_sample.factors ENABLE TRIGGER normalise_words;
SELECT DISTINCT c.conrelid::regclass, c.conname
FROM pg_constraint c JOIN pg_depend d ON d.classid = 'pg_constraint'::regclass AND d.objid = c.oid
WHERE c.connamespace = 'regress_sample'::regnamespace AND d.refclassid = 'pg_proc'::regclass
ORDER BY 1, 2;

-- the vocabulary, and the hints built from it
SELECT field, count(*) AS words, string_agg(word || '=' || ordinal, ' ' ORDER BY n) AS list
FROM cocreation_vocabulary() WITH ORDINALITY AS v(field, word, ordinal, meaning, n)
GROUP BY field ORDER BY min(n);
SELECT word, meaning FROM cocreation_vocabulary() WHERE field IN ('actor', 'decision') ORDER BY field, ordinal;
SELECT cocreation_words('scope'), cocreation_words('nothing');
SELECT s, cocreation_scope_weight(s) FROM unnest(ARRAY['project', ' Programme', E'INSTITUTIONALISED\t']) s;
SELECT cocreation_scope_weight(repeat('x', 100));
\set VERBOSITY terse
DROP EXTENSION cocreation;
\set VERBOSITY default

-- more refusals, by SQLSTATE
SELECT left(q, 60) AS statement, regress_error_of(q) AS error
FROM unnest(ARRAY[
  $$INSERT INTO regress_sample.cases (case_name, setting) VALUES ('X', 'suburban')$$,
  $$INSERT INTO regress_sample.cases (case_name, inhabitants) VALUES ('X', 0)$$,
  $$INSERT INTO regress_sample.factors (case_name, polarity, dimension, citation) VALUES ('Hedensted', 'enabler', 'cultural', 'x')$$,
  $$INSERT INTO regress_sample.factors (case_name, polarity, dimension, strength, citation) VALUES ('Hedensted', 'driver', 'cultural', 'Infinity', 'x')$$,
  $$INSERT INTO regress_sample.sources (source_id, case_name, kind, informant_role) VALUES ('d', 'Hedensted', 'document', 'citizen')$$,
  $$INSERT INTO regress_sample.activities (case_name, name, actors, object, scope, citation) VALUES ('Hedensted', 'dialogue meeting', '{manager,citizen}', 'service', 'project', 'x')$$,
  $$SELECT cocreation_scope_weight('pilot')$$
]) AS q;

-- charts: SVG, well formed, text escaped
SELECT xml_is_well_formed_document(svg(profile, 'a<b & "c"')) AS profile_svg,
       position('a&lt;b &amp; &quot;c&quot;' IN svg(profile, 'a<b & "c"')) > 0 AS escaped
FROM regress_sample.case_profiles WHERE case_name = 'Hedensted';
SELECT xml_is_well_formed_document(svg(balance)) AS balance_svg
FROM regress_sample.case_balance WHERE case_name = 'Steinkjer';
SELECT svg(NULL::profile) IS NULL AS null_profile,
       svg(NULL::balance) IS NULL AS null_balance;
-- the charts' parts, read back with xpath: axes with their tick values, each
-- score and strength as a number, the reference's ticks, a legend; the
-- balance's axis grows past 6 to hold a longer bar
SELECT array_to_string(xpath('//s:g[@class="axis x-axis"]/s:text[@class="tick-label"]/text()', x, ns), ' ') AS x_ticks,
       array_to_string(xpath('//s:g[@class="axis y-axis"]/s:text/text()', x, ns), '; ') AS y_ticks,
       array_to_string(xpath('//s:text[@class="value"]/text()', x, ns), '; ') AS "values",
       array_length(xpath('//s:line[@class="reference"]', x, ns), 1) AS reference_ticks,
       array_to_string(xpath('//s:g[@class="legend"]/s:text/text()', x, ns), '; ') AS legend
FROM (SELECT svg('(1.5, 2, 2)'::profile, 'Hedensted', '(2, 2, 1.5)'::profile)::xml AS x,
             ARRAY[ARRAY['s', 'http://www.w3.org/2000/svg']] AS ns) c;
SELECT array_to_string(xpath('//s:g[@class="axis x-axis"]/s:text[@class="tick-label"]/text()', x, ns), ' ') AS x_ticks,
       array_to_string(xpath('//s:text[@class="tick-label" and @x="8"]/text()', x, ns), ' ') AS dimensions,
       array_to_string(xpath('//s:text[@class="count" and not(@text-anchor)]/text()', x, ns), ' ') AS drivers,
       regexp_replace(array_to_string(xpath('//s:text[@class="count" and @text-anchor]', x, ns)::text[], ' '),
                      '<[^>]*>', '', 'g') AS barriers,
       array_to_string(xpath('//s:g[@class="legend"]/s:text/text()', x, ns), '; ') AS legend
FROM (SELECT svg('{driver.cultural.adoption=2:2, barrier.institutional.adoption=1:9, barrier.practical.implementation=1:1.5}'::balance)::xml AS x,
             ARRAY[ARRAY['s', 'http://www.w3.org/2000/svg']] AS ns) c;

-- a workspace is dropped with its schema; then the extension could go too
SET client_min_messages = warning;
DROP SCHEMA regress_sample CASCADE;
RESET client_min_messages;
