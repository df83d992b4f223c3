-- cocreation_factor_catalogue, and the paper's reasoning about drivers and
-- barriers as a regression test
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS cocreation;
RESET client_min_messages;
SET search_path = public, cocreation;

-- the seed: the paper's factors per case, and Voorberg, Bekkers & Tummers (2015)
SELECT coalesce(case_name, '(literature)') AS case_name, polarity, usual_stage, count(*)
FROM cocreation_factor_catalogue GROUP BY 1, 2, 3 ORDER BY 1, 2 DESC, 3;
SELECT code, polarity, dimension, usual_stage, label FROM cocreation_factor_catalogue ORDER BY code;
SELECT DISTINCT source FROM cocreation_factor_catalogue ORDER BY 1;
-- every description quotes or paraphrases in at most 30 words
SELECT code, array_length(regexp_split_to_array(description, '\s+'), 1) AS words
FROM cocreation_factor_catalogue WHERE array_length(regexp_split_to_array(description, '\s+'), 1) > 30;

-- whose reading the dimension is: the paper names one ("The fifth driver is
-- institutional"); every other dimension is this tool's reading
SELECT dimension_source, count(*) FROM cocreation_factor_catalogue GROUP BY 1 ORDER BY 1;
SELECT code, dimension FROM cocreation_factor_catalogue WHERE dimension_source = 'paper';

-- read-only reference data (0A000): a study's own codes live in its workspace
INSERT INTO cocreation_factor_catalogue (code, label, polarity, dimension, description, source)
VALUES ('my_crisis_budget', 'Budget crisis', 'driver', 'contextual', 'x', 'x');
UPDATE cocreation_factor_catalogue SET dimension = 'cultural' WHERE code = 'gul_crisis_period';
DELETE FROM cocreation_factor_catalogue;

-- a workspace's factor_codes: a copy of the catalogue, and the study's own
-- codes; words are read as the functions read them, codes are identifiers
SET client_min_messages = warning;
SELECT cocreation_create_workspace('regress_codes') IS NOT NULL AS created;
RESET client_min_messages;
SELECT (SELECT count(*) FROM regress_codes.factor_codes) AS copied,
       (SELECT count(*) FROM cocreation_factor_catalogue) AS catalogue,
       NOT EXISTS (SELECT code, label, polarity, dimension, usual_stage, case_name, description, source, dimension_source
                   FROM cocreation_factor_catalogue
                   EXCEPT SELECT code, label, polarity, dimension, usual_stage, case_name, description, source, dimension_source
                   FROM regress_codes.factor_codes) AS same_rows;
INSERT INTO regress_codes.factor_codes (code, label, polarity, dimension, usual_stage, description, source)
VALUES ('my_factor', 'x', 'enabler', 'economic', 'later', 'x', 'x');
INSERT INTO regress_codes.factor_codes (code, label, polarity, dimension, description, source)
VALUES ('My Factor', 'x', 'driver', 'cultural', 'x', 'x');
INSERT INTO regress_codes.factor_codes (code, label, polarity, dimension, description, source)
VALUES ('hed_leadership_direction', 'x', 'driver', 'cultural', 'x', 'x');
INSERT INTO regress_codes.factor_codes (code, label, polarity, dimension, description, source, dimension_source)
VALUES ('my_factor', 'x', 'driver', 'cultural', 'x', 'x', 'me');
INSERT INTO regress_codes.factor_codes (code, label, polarity, dimension, description, source)
VALUES ('my_crisis_budget', 'Budget crisis', ' Driver', 'CONTEXTUAL',
        'A budget crisis pushed the council to try new ways.', 'my study, interview 7')
RETURNING code, polarity, dimension, usual_stage, dimension_source;
INSERT INTO regress_codes.cases (case_name) VALUES ('Aarhus');
INSERT INTO regress_codes.factors (case_name, code, polarity, dimension, citation)
VALUES ('Aarhus', 'my_crisis_budget', 'driver', 'contextual', 'interview 7')
RETURNING code, polarity, dimension, stage;
INSERT INTO regress_codes.factors (case_name, code, polarity, dimension, citation)
VALUES ('Aarhus', 'no_such_code', 'driver', 'contextual', 'x');
SET client_min_messages = warning;
DROP SCHEMA regress_codes CASCADE;
RESET client_min_messages;

-- The paper's reasoning.  Each row is one factor the paper reports, with its
-- section; balance_agg() over them per case.
CREATE TEMP TABLE paper_factors (municipality text, code text, polarity text, dimension text,
                                 stage text, section text);
INSERT INTO paper_factors VALUES
  -- "Drivers of and barriers to the development of an interactive political leadership", Steinkjer
  ('Steinkjer', 'ste_bolyst_political_support', 'driver', 'institutional', 'adoption', 'Drivers and barriers: Steinkjer, first driver'),
  ('Steinkjer', 'ste_collaborative_culture_trust', 'driver', 'cultural', 'adoption', 'Drivers and barriers: Steinkjer, another driver'),
  ('Steinkjer', 'ste_leadership_as_positioning', 'barrier', 'discursive', 'adoption', 'Drivers and barriers: Steinkjer, first barrier'),
  ('Steinkjer', 'ste_power_concentration', 'barrier', 'institutional', 'adoption', 'Drivers and barriers: Steinkjer, second barrier'),
  ('Steinkjer', 'ste_administration_daily_operations', 'barrier', 'cultural', 'adoption', 'Drivers and barriers: Steinkjer, final barrier'),
  -- "Methodological reflections"; "Conclusion": the three barriers specific to Norway
  ('Steinkjer', 'nor_power_balance_administration', 'barrier', 'institutional', 'adoption', 'Methodological reflections; Conclusion'),
  ('Steinkjer', 'nor_less_majority_opposition_collaboration', 'barrier', 'cultural', 'adoption', 'Methodological reflections; Conclusion'),
  ('Steinkjer', 'nor_no_closed_meetings', 'barrier', 'institutional', 'adoption', 'Methodological reflections; Conclusion'),
  -- Guldborgsund: six drivers, two barriers
  ('Guldborgsund', 'gul_leadership_setting_course', 'driver', 'discursive', 'adoption', 'Drivers and barriers: Guldborgsund, first driver'),
  ('Guldborgsund', 'gul_trust_broad_agreements', 'driver', 'cultural', 'adoption', 'Drivers and barriers: Guldborgsund, second driver'),
  ('Guldborgsund', 'gul_new_younger_councillors', 'driver', 'cultural', 'adoption', 'Drivers and barriers: Guldborgsund, third driver'),
  ('Guldborgsund', 'gul_amalgamation', 'driver', 'institutional', 'adoption', 'Drivers and barriers: Guldborgsund, fourth driver'),
  ('Guldborgsund', 'gul_public_value_steering', 'driver', 'institutional', 'adoption', 'Drivers and barriers: Guldborgsund, fifth driver ("institutional")'),
  ('Guldborgsund', 'gul_crisis_period', 'driver', 'contextual', 'adoption', 'Drivers and barriers: Guldborgsund, final driver'),
  ('Guldborgsund', 'gul_sovereign_leadership_perception', 'barrier', 'discursive', 'adoption', 'Drivers and barriers: Guldborgsund, first barrier'),
  ('Guldborgsund', 'gul_administrative_division_of_labour', 'barrier', 'discursive', 'adoption', 'Drivers and barriers: Guldborgsund, second barrier'),
  -- Hedensted: five drivers; six "problems found in the implementation process"
  ('Hedensted', 'hed_leadership_direction', 'driver', 'discursive', 'adoption', 'Drivers and barriers: Hedensted, first driver'),
  ('Hedensted', 'hed_collaborative_culture_trust', 'driver', 'cultural', 'adoption', 'Drivers and barriers: Hedensted, second driver'),
  ('Hedensted', 'hed_escape_political_silos', 'driver', 'discursive', 'adoption', 'Drivers and barriers: Hedensted, third driver'),
  ('Hedensted', 'hed_younger_strategic_generation', 'driver', 'cultural', 'adoption', 'Drivers and barriers: Hedensted, fourth driver'),
  ('Hedensted', 'hed_democratic_renewal', 'driver', 'discursive', 'adoption', 'Drivers and barriers: Hedensted, final driver'),
  ('Hedensted', 'hed_meeting_time_pressure', 'barrier', 'practical', 'implementation', 'Drivers and barriers: Hedensted, first problem'),
  ('Hedensted', 'hed_councillor_confidence', 'barrier', 'practical', 'implementation', 'Drivers and barriers: Hedensted, second problem'),
  ('Hedensted', 'hed_politicians_as_citizens', 'barrier', 'practical', 'implementation', 'Drivers and barriers: Hedensted, third problem'),
  ('Hedensted', 'hed_sharp_political_profile', 'barrier', 'discursive', 'implementation', 'Drivers and barriers: Hedensted, fourth problem'),
  ('Hedensted', 'hed_citizens_vs_employees', 'barrier', 'practical', 'implementation', 'Drivers and barriers: Hedensted, fifth problem'),
  ('Hedensted', 'hed_press_closed_meetings', 'barrier', 'institutional', 'implementation', 'Drivers and barriers: Hedensted, final problem');

-- the coding agrees with the catalogue, and covers every factor of the three cases
SELECT f.code FROM paper_factors f LEFT JOIN cocreation_factor_catalogue c USING (code)
WHERE c.code IS NULL OR (c.polarity, c.dimension, c.usual_stage) <> (f.polarity, f.dimension, f.stage);
SELECT c.code FROM cocreation_factor_catalogue c
WHERE c.case_name IS NOT NULL AND c.code NOT IN (SELECT code FROM paper_factors);

CREATE TEMP TABLE paper_balances AS
SELECT municipality, balance_agg(polarity, dimension, 1, stage) AS b
FROM paper_factors GROUP BY municipality;
SELECT municipality, b, drivers(b), barriers(b, stage => 'adoption') AS adoption_barriers,
       barriers(b, stage => 'implementation') AS implementation_problems,
       net_index(b), implementation_share(b)
FROM paper_balances ORDER BY net_index(b) DESC;
-- net_index is its definition, (drivers - adoption barriers) / (drivers +
-- adoption barriers), on each case (the paper ranks no case by its factors:
-- this checks the computation, not a finding); Hedensted's barriers are all
-- implementation problems, as the paper codes them
SELECT municipality,
       net_index(b) = (drivers(b) - barriers(b, stage => 'adoption'))
                      / (drivers(b) + barriers(b, stage => 'adoption')) AS net_index_as_defined,
       implementation_share(b) = barriers(b, stage => 'implementation') / barriers(b) AS share_as_defined
FROM paper_balances ORDER BY municipality;
SELECT implementation_share(b) = 1 AS hedensted_only_implementation_problems
FROM paper_balances WHERE municipality = 'Hedensted';
-- the index over all barriers, the main job's other diagnostic
SELECT municipality, round(((drivers(b) - barriers(b)) / (drivers(b) + barriers(b)))::numeric, 3) AS all_barriers_index
FROM paper_balances ORDER BY all_barriers_index DESC, municipality;
-- per dimension, the view a BI tool reads
SELECT p.municipality, d.*
FROM paper_balances p, dimensions(p.b) d
WHERE d.drivers + d.adoption_barriers + d.implementation_problems > 0
ORDER BY p.municipality, d.dimension;
-- the three cases together, through balance_agg(balance)
SELECT balance_agg(b), net_index(balance_agg(b)) FROM paper_balances;
-- the catalogue and the sample's factors say the same of who names each
-- dimension: the paper (four factors) or the tool (every other one)
SELECT count(*) AS shared_codes,
       count(*) FILTER (WHERE c.dimension_source IS DISTINCT FROM s.dimension_source) AS disagreeing,
       count(*) FILTER (WHERE c.dimension IS DISTINCT FROM s.dimension) AS other_dimension
FROM cocreation_factor_catalogue c JOIN cocreation_sample_factors() s USING (code);
