------------------------------------------------------------------------------
-- the factor catalogue (src/factor_catalogue.sql)
------------------------------------------------------------------------------

-- The factor catalogue: the paper's factors for its three cases, and the
-- organisational and citizen-side factors of Voorberg, Bekkers & Tummers
-- (2015).  Read-only reference data, installed by CREATE EXTENSION: a
-- study's own factor codes live in its workspace (factor_codes, a copy of
-- these rows made when the workspace is created).
CREATE TABLE @extschema@.cocreation_factor_catalogue (
  code pg_catalog.text PRIMARY KEY
    CONSTRAINT factor_code_is_identifier CHECK (code OPERATOR(pg_catalog.~) '^[a-z][a-z0-9_]*$'),
  label pg_catalog.text NOT NULL,
  polarity pg_catalog.text NOT NULL
    CONSTRAINT factor_polarity_word CHECK (polarity OPERATOR(pg_catalog.=) ANY (@extschema@.cocreation_words('polarity'::pg_catalog.text))),
  dimension pg_catalog.text NOT NULL
    CONSTRAINT factor_dimension_word CHECK (dimension OPERATOR(pg_catalog.=) ANY (@extschema@.cocreation_words('dimension'::pg_catalog.text))),
  usual_stage pg_catalog.text NOT NULL DEFAULT 'adoption'
    CONSTRAINT factor_stage_word CHECK (usual_stage OPERATOR(pg_catalog.=) ANY (@extschema@.cocreation_words('stage'::pg_catalog.text))),
  case_name pg_catalog.text,
  description pg_catalog.text NOT NULL,
  source pg_catalog.text NOT NULL,
  dimension_source pg_catalog.text NOT NULL DEFAULT 'tool'
    CONSTRAINT factor_dimension_source_word CHECK (dimension_source OPERATOR(pg_catalog.=) ANY (ARRAY['paper', 'tool']))
);
COMMENT ON TABLE @extschema@.cocreation_factor_catalogue IS
  'drivers and barriers of co-created policymaking: the paper''s factors per case and Voorberg, Bekkers & Tummers (2015); read-only reference data, copied into each workspace''s factor_codes';
COMMENT ON COLUMN @extschema@.cocreation_factor_catalogue.code IS 'stable identifier: lower case, digits and _, e.g. hed_leadership_direction';
COMMENT ON COLUMN @extschema@.cocreation_factor_catalogue.polarity IS 'driver or barrier';
COMMENT ON COLUMN @extschema@.cocreation_factor_catalogue.dimension IS 'discursive, cultural, institutional, practical or contextual';
COMMENT ON COLUMN @extschema@.cocreation_factor_catalogue.usual_stage IS 'adoption, or implementation for problems met while implementing co-created policymaking';
COMMENT ON COLUMN @extschema@.cocreation_factor_catalogue.case_name IS 'the paper''s case the factor was found in (Steinkjer, Guldborgsund, Hedensted, or Norway for the Norway-wide conditions); NULL otherwise';
COMMENT ON COLUMN @extschema@.cocreation_factor_catalogue.source IS 'the paper''s section, or the literature with its reference';
COMMENT ON COLUMN @extschema@.cocreation_factor_catalogue.dimension_source IS 'paper: the paper itself names the factor''s dimension; tool: the dimension is this tool''s reading';

-- The paper's factors, per case, in the paper's order.  Dimensions follow
-- the paper's four (role perceptions: discursive; political culture:
-- cultural; institutional support structures: institutional; practical
-- organisational procedures: practical, "Theoretical Framework"); the crisis
-- fits none and is contextual.
INSERT INTO @extschema@.cocreation_factor_catalogue
  (code, label, polarity, dimension, usual_stage, case_name, description, source, dimension_source)
SELECT f.code, f.label, f.polarity, f.dimension, f.usual_stage, f.case_name, f.description,
       CASE f.case_name
         WHEN 'Norway' THEN 'Bentzen, Sorensen & Torfing: "Methodological reflections"; "Conclusion" (barriers specific to Norway, added to those of Steinkjer)'
         ELSE 'Bentzen, Sorensen & Torfing: "Drivers of and barriers to the development of an interactive political leadership", ' || f.case_name
       END,
       -- the factors whose dimension the paper names: "The fifth driver is
       -- institutional", and the three drivers it calls the "political
       -- culture", its name for the cultural dimension (Theoretical
       -- Framework); the sample's factors give each one's words
       CASE WHEN f.code OPERATOR(pg_catalog.=) ANY (ARRAY['gul_public_value_steering',
                 'ste_collaborative_culture_trust', 'gul_trust_broad_agreements',
                 'hed_collaborative_culture_trust']) THEN 'paper' ELSE 'tool' END
FROM (VALUES
  -- Steinkjer
  ('ste_bolyst_political_support', 'Political support to the Bolyst method', 'driver', 'institutional', 'adoption', 'Steinkjer',
   'Political support to the Bolyst method, "a platform for co-creation with local citizens and stakeholders" that politicians may use to provide input to policymaking.'),
  ('ste_collaborative_culture_trust', 'Collaborative political culture and trust among politicians', 'driver', 'cultural', 'adoption', 'Steinkjer',
   'A collaborative political culture and a high level of trust between the politicians that enable them "to participate in open-ended policy dialogues with external actors".'),
  ('ste_leadership_as_positioning', 'Leadership seen as positioning and alliance-making', 'barrier', 'discursive', 'adoption', 'Steinkjer',
   'Political leadership is perceived as "positioning oneself politically, creating political alliances and mobilizing political support" rather than identifying problems and designing solutions.'),
  ('ste_power_concentration', 'Power concentrated in mayor, executive group and CEO''s office', 'barrier', 'institutional', 'adoption', 'Steinkjer',
   'A strong mayor, the executive leadership group and the administrative CEO''s office hold political power; their well-prepared proposals are "difficult to go against".'),
  ('ste_administration_daily_operations', 'Administration focused on daily operations, not innovation', 'barrier', 'cultural', 'adoption', 'Steinkjer',
   'According to leading politicians the administration is "more focused on daily operations than on development and innovation", so co-creation may not be in demand.'),
  -- Norway-wide conditions (Steinkjer's country)
  ('nor_power_balance_administration', 'Power balance tilted toward the administration', 'barrier', 'institutional', 'adoption', 'Norway',
   'In Norway the power balance between administration and elected politicians is "a little more in favor of the administration" than in Denmark.'),
  ('nor_less_majority_opposition_collaboration', 'Less collaboration between majority and opposition', 'barrier', 'cultural', 'adoption', 'Norway',
   'There "seems to be less collaboration between the political majority and the opposition in Norway than in Denmark".'),
  ('nor_no_closed_meetings', 'No closed municipal meetings allowed', 'barrier', 'institutional', 'adoption', 'Norway',
   'In Norway "it is not allowed to have municipal meetings behind closed doors", whereas that is possible in Denmark.'),
  -- Guldborgsund
  ('gul_leadership_setting_course', 'Leadership as setting course and designing solutions', 'driver', 'discursive', 'adoption', 'Guldborgsund',
   'Political leadership is perceived as "setting the overall course for the municipality and designing solutions in response to local problems and needs".'),
  ('gul_trust_broad_agreements', 'Trust, collaboration and broad political agreements', 'driver', 'cultural', 'adoption', 'Guldborgsund',
   'The political culture is characterised by "trust, collaboration and broad political agreements rather than party political positioning".'),
  ('gul_new_younger_councillors', 'New, younger council members', 'driver', 'cultural', 'adoption', 'Guldborgsund',
   'Many new and younger council members are "more supportive of co-creation and innovative policy development" than older members focused on single issues.'),
  ('gul_amalgamation', 'Amalgamation into a larger municipality', 'driver', 'institutional', 'adoption', 'Guldborgsund',
   'The amalgamation of five small municipalities strengthened strategic policymaking and "prompts the politicians to come closer to the citizens".'),
  ('gul_public_value_steering', 'Steering by public value outcomes', 'driver', 'institutional', 'adoption', 'Guldborgsund',
   '"The fifth driver is institutional": the shift from goal and framework steering to public value outcomes eases dialogue with citizens and stakeholders.'),
  ('gul_crisis_period', 'The crisis period', 'driver', 'contextual', 'adoption', 'Guldborgsund',
   '"It is easier for politicians to stick together and try something new in times of crisis" (a political informant). Contextual: fits none of the paper''s four dimensions.'),
  ('gul_sovereign_leadership_perception', 'Traditional, sovereign perceptions of political leadership', 'barrier', 'discursive', 'adoption', 'Guldborgsund',
   'Some politicians see their mandate undermined by co-creation, politics as prioritising within the budget, or leadership as establishing a slim majority.'),
  ('gul_administrative_division_of_labour', 'Administrators expecting a what/why versus how division of labour', 'barrier', 'discursive', 'adoption', 'Guldborgsund',
   'Some administrators expect politicians to answer "the ''what'' and the ''why'' question" so that they can answer the ''how''; co-creation disrupts this division of labour.'),
  -- Hedensted
  ('hed_leadership_direction', 'Leadership as setting direction', 'driver', 'discursive', 'adoption', 'Hedensted',
   'Political leadership is associated with "setting the political direction for the municipality and designing solutions in response to local problems and needs".'),
  ('hed_collaborative_culture_trust', 'Collaborative culture and trust between politicians and administrators', 'driver', 'cultural', 'adoption', 'Hedensted',
   'A strong collaborative political culture and "a high degree of trust between politicians and administrators that is conducive for co-creation".'),
  ('hed_escape_political_silos', 'Escaping political silos: "we" rather than "us and them"', 'driver', 'discursive', 'adoption', 'Hedensted',
   'Politicians must avoid being "caught in the political silos"; the municipality is a community (''we'') rather than an organization (''us'' versus ''them'').'),
  ('hed_younger_strategic_generation', 'Younger generation good at strategic policymaking', 'driver', 'cultural', 'adoption', 'Hedensted',
   'The new and younger generation of politicians "are much better at strategic policymaking" and more used to focusing on problem solving.'),
  ('hed_democratic_renewal', 'Co-creation as renewal of democratic participation', 'driver', 'discursive', 'adoption', 'Hedensted',
   'Co-creation is "depicted as tool for stimulating democratic participation" while voting, party membership and running for office decline.'),
  ('hed_meeting_time_pressure', 'Extra meetings strain politicians'' time budgets', 'barrier', 'practical', 'implementation', 'Hedensted',
   'Co-creation meetings are added to the ordinary meetings, and "that puts a strong pressure on the politicians'' time budget".'),
  ('hed_councillor_confidence', 'Not all councillors confident with citizens', 'barrier', 'practical', 'implementation', 'Hedensted',
   '"Not all politicians are confident speaking up in meetings with citizens": about a third of the councillors are not very active.'),
  ('hed_politicians_as_citizens', 'Politicians taking part as citizens', 'barrier', 'practical', 'implementation', 'Hedensted',
   'Some politicians take part as citizens in area-based development meetings, making it hard "to maintain their objectivity as politicians" when voting on funding.'),
  ('hed_sharp_political_profile', 'Hard to keep a sharp political profile', 'barrier', 'discursive', 'implementation', 'Hedensted',
   'It "can be difficult for the politicians to have a sharp political profile" when co-creating with other parties, citizens and stakeholders.'),
  ('hed_citizens_vs_employees', 'Citizens'' demands versus employees'' interests', 'barrier', 'practical', 'implementation', 'Hedensted',
   'Politicians find it difficult "to navigate between the citizens'' demands and the interests of public employees"; conflicts easily arise.'),
  ('hed_press_closed_meetings', 'Press criticism of closed dialogue meetings', 'barrier', 'institutional', 'implementation', 'Hedensted',
   'The local press complains about "the closed dialogue meetings that undermines democratic transparency".')
) AS f(code, label, polarity, dimension, usual_stage, case_name, description);

-- Voorberg, Bekkers & Tummers (2015), the review the paper cites: its
-- organisational and citizen-side influential factors.  Polarity and
-- dimension are this extension's reading; citizen-side factors lie outside
-- the municipality and are contextual.
INSERT INTO @extschema@.cocreation_factor_catalogue
  (code, label, polarity, dimension, usual_stage, case_name, description, source, dimension_source)
SELECT f.code, f.label, f.polarity, f.dimension, 'adoption', NULL, f.description,
       'literature: Voorberg, W. H., V. J. Bekkers & L. G. Tummers. 2015. A systematic review of co-creation and co-production: Embarking on the social innovation journey. Public Management Review, 17(9): 1333-57 (cited in the paper''s "Theoretical Framework")',
       'tool'
FROM (VALUES
  ('vbt_organisational_compatibility', 'Compatibility of public organisations with citizen participation', 'driver', 'institutional',
   'Organisational factor of the review: public organisations whose structures are compatible with citizen participation.'),
  ('vbt_open_attitude', 'Open attitude towards citizen participation', 'driver', 'cultural',
   'Organisational factor of the review: an open attitude of the public organisation towards citizen participation.'),
  ('vbt_risk_averse_culture', 'Risk-averse administrative culture', 'barrier', 'cultural',
   'Organisational factor of the review: a risk-averse administrative culture discourages co-creation.'),
  ('vbt_clear_incentives', 'Clear incentives for co-creation', 'driver', 'institutional',
   'Organisational factor of the review: clear incentives for co-creation.'),
  ('vbt_citizen_characteristics', 'Citizen characteristics (skills, intrinsic values)', 'driver', 'contextual',
   'Citizen-side factor of the review: characteristics of citizens such as their skills and intrinsic values.'),
  ('vbt_citizen_ownership', 'Customer awareness and ownership', 'driver', 'contextual',
   'Citizen-side factor of the review: customer awareness and a feeling of ownership among citizens.'),
  ('vbt_social_capital', 'Social capital', 'driver', 'contextual',
   'Citizen-side factor of the review: the presence of social capital.'),
  ('vbt_citizen_risk_aversion', 'Risk aversion of citizens', 'barrier', 'contextual',
   'Citizen-side factor of the review: risk aversion of citizens discourages their taking part.')
) AS f(code, label, polarity, dimension, description);

-- reference data: CREATE EXTENSION installs it, and pg_dump leaves it to
-- CREATE EXTENSION; a row added here would be lost by a dump, so nobody
-- adds one (a study's own codes go in its workspace's factor_codes)
CREATE FUNCTION @extschema@.cocreation_catalogue_is_read_only() RETURNS trigger
  LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
  SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  RAISE EXCEPTION 'cocreation_factor_catalogue is read-only reference data'
    USING ERRCODE = '0A000',
          HINT = 'Add your own factor codes to your workspace''s factor_codes table.';
END
$fn$;
COMMENT ON FUNCTION @extschema@.cocreation_catalogue_is_read_only() IS
  'trigger: refuses every change to cocreation_factor_catalogue (reference data, not dumped); a study''s own codes go in its workspace''s factor_codes';
CREATE TRIGGER read_only BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON @extschema@.cocreation_factor_catalogue
  FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.cocreation_catalogue_is_read_only();
