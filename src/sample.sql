------------------------------------------------------------------------------
-- the sample study: the paper's data, and its loader (src/sample.sql)
------------------------------------------------------------------------------

/*
 * The paper's study as data (Bentzen, Sorensen & Torfing).  Every row cites
 * the paper's section and quotes at most 25 of its words.  Activities carry
 * no weight of their own: load_sample() leaves weight NULL, so every row is
 * weighted by the same rule, cocreation_scope_weight(scope).
 */
CREATE FUNCTION @extschema@.cocreation_sample_cases()
  RETURNS TABLE (case_name pg_catalog.text, country pg_catalog.text, inhabitants pg_catalog.int4,
                 setting pg_catalog.text, socioeconomic_problems pg_catalog.text,
                 mayor_orientation pg_catalog.text, councillors pg_catalog.int4,
                 permanent_committees pg_catalog.int4, extra pg_catalog.jsonb)
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
AS $fn$
  SELECT * FROM (VALUES
    ('Steinkjer', 'Norway', 22000, 'rural', 'negligible', 'liberal', 47, 4,
     '{"source": "Methodological reflections, Table 1", "merger": "with a neighbouring municipality in 2020 (Main findings: Steinkjer)", "flagship": "Bolyst"}'::jsonb),
    ('Guldborgsund', 'Denmark', 61000, 'rural/urban', 'considerable', 'independent', 29, 6,
     '{"source": "Methodological reflections, Table 1", "amalgamation": "five small municipalities (Drivers and barriers)", "strategy": "Our Shared Guldborgsund (2016)"}'::jsonb),
    ('Hedensted', 'Denmark', 46000, 'rural', 'negligible', 'liberal', 27, 6,
     '{"source": "Methodological reflections, Table 1", "amalgamation": "three small municipalities in 2007 (Main findings: Hedensted)", "local_areas": 31, "strategy": "Sustainable Welfare (2016)"}'::jsonb)
  ) AS v(case_name, country, inhabitants, setting, socioeconomic_problems,
         mayor_orientation, councillors, permanent_committees, extra)
$fn$;
COMMENT ON FUNCTION @extschema@.cocreation_sample_cases() IS
  'the paper''s three cases with the attributes of its Table 1 (Methodological reflections)';

CREATE FUNCTION @extschema@.cocreation_sample_sources()
  RETURNS TABLE (source_id pg_catalog.text, case_name pg_catalog.text, kind pg_catalog.text,
                 informant_role pg_catalog.text, title pg_catalog.text,
                 reference pg_catalog.text, n pg_catalog.int4, note pg_catalog.text)
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
AS $fn$
  SELECT * FROM (VALUES
    ('ste-int-pol', 'Steinkjer', 'interview', 'elected politician', NULL, NULL, 8, 'Table 2'),
    ('ste-int-man', 'Steinkjer', 'interview', 'public manager', NULL, NULL, 3, 'Table 2'),
    ('ste-int-front', 'Steinkjer', 'interview', 'frontline staff', NULL, NULL, 5, 'Table 2'),
    ('ste-int-cit', 'Steinkjer', 'interview', 'citizen', NULL, NULL, 6, 'Table 2'),
    ('ste-doc-strategy', 'Steinkjer', 'document', NULL, 'Strategy, research and innovation',
     'Steinkjer Municipality, 2015', 1, 'Table 2: the most important of several documents'),
    ('ste-doc-plans', 'Steinkjer', 'document', NULL, 'long-term policy plans',
     'Steinkjer Municipality, 2005, 2010, 2017, 2018', 4, 'Main findings: Steinkjer'),
    ('ste-obs-council', 'Steinkjer', 'observation', NULL, 'council meeting', NULL, 1, 'Table 2'),
    ('ste-obs-citizen', 'Steinkjer', 'observation', NULL, 'meetings with citizen involvement', NULL, 2, 'Table 2'),
    ('gul-int-pol', 'Guldborgsund', 'interview', 'elected politician', NULL, NULL, 7, 'Table 2'),
    ('gul-int-man', 'Guldborgsund', 'interview', 'public manager', NULL, NULL, 5, 'Table 2'),
    ('gul-int-front', 'Guldborgsund', 'interview', 'frontline staff', NULL, NULL, 4, 'Table 2'),
    ('gul-int-cit', 'Guldborgsund', 'interview', 'citizen', NULL, NULL, 3, 'Table 2'),
    ('gul-doc-strategy', 'Guldborgsund', 'document', NULL, 'Our Shared Guldborgsund',
     'Guldborgsund Municipality, 2016', 1, 'Table 2: the most important of several documents'),
    ('gul-obs-none', 'Guldborgsund', 'observation', NULL, 'none', NULL, 0,
     'Table 2: no observation due to lack of relevant meetings at the time of data collection'),
    ('hed-int-pol', 'Hedensted', 'interview', 'elected politician', NULL, NULL, 6, 'Table 2'),
    ('hed-int-man', 'Hedensted', 'interview', 'public manager', NULL, NULL, 3, 'Table 2'),
    ('hed-int-front', 'Hedensted', 'interview', 'frontline staff', NULL, NULL, 2, 'Table 2'),
    ('hed-int-cit', 'Hedensted', 'interview', 'citizen', NULL, NULL, 2, 'Table 2'),
    ('hed-doc-strategy', 'Hedensted', 'document', NULL, 'Sustainable Welfare',
     'Hedensted Municipality, 2016', 1, 'Table 2: the most important of several documents'),
    ('hed-obs-thematic', 'Hedensted', 'observation', NULL, 'thematic council meeting', NULL, 1, 'Table 2')
  ) AS v(source_id, case_name, kind, informant_role, title, reference, n, note)
$fn$;
COMMENT ON FUNCTION @extschema@.cocreation_sample_sources() IS
  'the data the paper''s authors collected in each case, as in its Table 2 (Methodological reflections)';

/*
 * The sample's coding rules (README, "The sample study"), applied once to
 * every case:
 *   1. one row per process: the examples the paper gives of a programme or a
 *      committee fold into it, and councillors taking part as residents are an
 *      actor of the process they join, not a row of their own;
 *   2. plans, recommendations and proposals for co-creation that the paper
 *      does not report as taking place are not activities (in any case);
 *   3. the activities are those the paper reports at the three levels of each
 *      case (Main findings); episodes of a case's introduction, the background
 *      of its turn to co-creation, are coded only where a level takes them up;
 *   4. decision: the paper's word where it gives one (co-created, agreed:
 *      joint; "merely advisory", dialogue and input: advisory; citizens decide:
 *      delegated; hearings, consultation: consultation; inform: information);
 *   5. politician only where councillors take part as politicians, never for
 *      endorsing or funding; scope by cocreation_scope_weight()'s table.
 * reason gives, in one line, every coding decision the paper does not make
 * outright.  Quotes are verbatim, at most 25 words, with their section.
 */
CREATE FUNCTION @extschema@.cocreation_sample_activities()
  RETURNS TABLE (case_name pg_catalog.text, name pg_catalog.text, actors pg_catalog.text[],
                 object pg_catalog.text, decision pg_catalog.text, scope pg_catalog.text,
                 citation pg_catalog.text, source_id pg_catalog.text, quote pg_catalog.text,
                 description pg_catalog.text, reason pg_catalog.text)
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
AS $fn$
  SELECT v.case_name, v.name, v.actors::pg_catalog.text[], v.object, v.decision, v.scope,
         v.citation, v.source_id, v.quote, v.description, v.reason
  FROM (VALUES
    -- Steinkjer: service production
    ('Steinkjer', 'sustainable value chain for local commodities',
     '{public_agency,business}', 'service', 'joint', 'project', 'Main findings: Steinkjer', 'ste-doc-plans',
     'a project aiming to improve the sustainability of the value chain for local commodity production through co-creation between the municipal utility company and local businesses',
     'the municipal utility company and local businesses',
     'a project the paper reports as existing ("verified by internet searchers", sic), not a plan (coding rule 2); at service production, where the paper places it; one project'),
    ('Steinkjer', 'voluntary centres and partnership agreements (voluntary-work policy, 2010)',
     '{manager,civil_society,volunteer,citizen}', 'service', 'joint', 'institutionalised', 'Main findings: Steinkjer', NULL,
     'The municipality uses partnership agreements in different areas to create responsible and mutually beneficial co-creation with citizens and voluntary organizations',
     'the 2010 policy for voluntary work, the local voluntary centres it helped establish, partnership agreements in different areas',
     'one process (coding rule 1): the policy, its centres and agreements; a standing policy with permanent centres: institutionalised; "mutually beneficial co-creation": joint, not contract'),
    -- Steinkjer: administrative problem solving
    ('Steinkjer', 'Bolyst area-based development method',
     '{manager,frontline,citizen,civil_society,politician_as_citizen}', 'problem', 'joint', 'institutionalised', 'Main findings: Steinkjer', 'ste-int-cit',
     'It now has the status of an integrated coordination method in Steinkjer Municipality',
     'local communities and citizen councils co-create solutions with a municipal Bolyst team; politicians endorse and fund but do not take part',
     '"an integrated coordination method": institutionalised; councillors who join projects "in their capacity of being local citizens" are an actor here (coding rule 1); endorsing and funding is not taking part (coding rule 5)'),
    -- Steinkjer: policymaking
    ('Steinkjer', 'council decisions on Bolyst funding and plan changes',
     '{politician,manager}', 'policy', 'joint', 'institutionalised', 'Main findings: Steinkjer', NULL,
     'the politicians play a marginal role, except when it comes to decisions on project funding',
     'political endorsement and funding of an administrative method',
     'deciding on funding is not taking part in the co-creation (coding rule 5): politicians and administration only'),
    ('Steinkjer', 'council and committee meetings',
     '{politician,manager}', 'policy', 'joint', 'institutionalised', 'Main findings: Steinkjer', 'ste-obs-council',
     'council and committee meetings take up most of the time and energy of the local councillors',
     'politicians and administration only',
     'the arena the paper reports at the level of policymaking; no lay actor described'),
    ('Steinkjer', 'mandatory hearings on municipal policy plans',
     '{politician,manager,citizen,civil_society}', 'policy', 'consultation', 'institutionalised', 'Main findings: Steinkjer', NULL,
     'They also participate in mandatory hearings and consultation processes in relation to the development of municipal policy plans',
     'thin and formal; mostly men above fifty; agenda set by the planning department',
     'the paper''s own word: hearings and consultation; mandatory: institutionalised'),
    ('Steinkjer', 'statutory councils for the disabled, the elderly and youth',
     '{manager,user,citizen,civil_society}', 'policy', 'consultation', 'institutionalised', 'Main findings: Steinkjer', NULL,
     'The law prescribes the formation of local councils for disabled, elderly, youth etc., but these are only used for consultation',
     'prescribed by law; little if any policy impact',
     'one statutory arrangement, one sentence of the paper (coding rule 1); "only used for consultation"; members not named, read as users and citizens'),

    -- Guldborgsund: service production
    ('Guldborgsund', 'small-scale citizen projects',
     '{manager,citizen,volunteer}', 'service', 'joint', 'programme', 'Main findings: Guldborgsund', NULL,
     'numerous small-scale projects where citizens are involved in painting the kindergarten, cleaning up the beach, cutting the grass along public roads',
     NULL,
     '"numerous" projects coded once, as a programme; citizens volunteer, so not offloading; joint by default for voluntary co-production'),
    ('Guldborgsund', 'elderly care centre garden',
     '{manager,frontline,user,volunteer}', 'service', 'joint', 'project', 'Main findings: Guldborgsund', 'gul-int-front',
     'involved the leader of the institution, the staff, the relatives of the elderly and voluntary citizens from the neighborhood',
     'a parking lot turned into a garden, allotment and henhouse; national recognition',
     'one project, built and maintained together: joint'),
    ('Guldborgsund', 'Adopt-a-Tree',
     '{manager,citizen}', 'service', 'joint', 'programme', 'Main findings: Guldborgsund', 'gul-int-cit',
     'The municipality offers to pay for new trees if the local citizens agree to water and nurse them',
     'similar projects in many localities',
     'the paper''s "program"; the street the paper describes and the "similar projects" fold into it (coding rule 1)'),
    ('Guldborgsund', 'tulips in public pocket gardens',
     '{manager,citizen,volunteer}', 'service', 'joint', 'project', 'Main findings: Guldborgsund', NULL,
     'a group of citizens offered to do it for free if the municipality provided the bulbs',
     NULL,
     'a separate initiative, not an Adopt-a-Tree street; the citizens offered, so not offloading (imposed)'),
    ('Guldborgsund', 'Seed for Change urban gardens',
     '{social_entrepreneur,volunteer,manager}', 'service', 'joint', 'project', 'Main findings: Guldborgsund', 'gul-int-cit',
     'a Seed for Change project that involves volunteer citizens in planting and maintaining urban gardens that are authorized and partly financed by the municipality',
     'spread to the countryside',
     'one project, authorised and partly financed by the municipality: joint'),
    ('Guldborgsund', 'joint projects with social entrepreneurs (the local harbour)',
     '{manager,social_entrepreneur,civil_society,citizen}', 'service', 'joint', 'programme', 'Main findings: Guldborgsund', 'gul-int-man',
     'They tell them to create a local network and then come and have a meeting to plan the co-creation process',
     'the administration''s routine for proposals from social entrepreneurs; the harbour association is its example',
     'the routine is the process, the harbour its one example, folded in (coding rule 1); at service production, where the paper reports it'),
    ('Guldborgsund', 'Love Storm Lolland-Falster',
     '{citizen}', 'problem', 'joint', 'programme', 'Main findings: Guldborgsund', NULL,
     'a huge face book group aiming to improve the reputation of the local area by getting people to act as ambassadors',
     'citizens only: no public actor takes part',
     'no public actor described; the municipality''s "support" is not described as taking part'),
    ('Guldborgsund', 'Local Voluntary Centre and its annual conference',
     '{manager,civil_society,volunteer}', 'service', 'joint', 'institutionalised', 'Main findings: Guldborgsund', NULL,
     'helps them to get into contact with the municipality to organize projects that will be used by the municipality',
     'board of local organisations; staff financed by municipality and state; a big annual conference where politicians and administrators speak with the organisations',
     'a permanent centre: institutionalised; its annual conference is one of its activities, a dialogue, folded in (coding rule 1)'),
    -- Guldborgsund: administrative problem solving
    ('Guldborgsund', 'planning strategy Our Shared Guldborgsund (100 days of co-creation, 50 interviews)',
     '{manager,citizen,civil_society,business}', 'problem', 'joint', 'project', 'Main findings: Guldborgsund', 'gul-doc-strategy',
     'The new planning strategy from 2015 was a result of a co-creation process involving a broad range of actors',
     'the 100 days of co-creation and the 50 interviews with local actors led to the strategy',
     'one process (coding rule 1): the 100 days and the interviews "led to" the strategy; joint on the paper''s word "co-creation process", though the step described, interviews, is consultative'),
    ('Guldborgsund', 'co-created urban development',
     '{manager,citizen,business,civil_society}', 'problem', 'joint', 'programme', 'Main findings: Guldborgsund', NULL,
     'urban development is co-created with public and private actors from the local neighborhoods',
     NULL,
     'the paper''s "co-created": joint; an ongoing practice across neighbourhoods: programme'),
    ('Guldborgsund', 'reform of collective transport',
     '{manager,user}', 'problem', 'advisory', 'project', 'Main findings: Guldborgsund', NULL,
     'the collective transportation system was made cheaper and more user-friendly through extensive dialogue and exchange with the users',
     'a service system; one of the two exceptions that inspired the politicians',
     '"dialogue and exchange with the users", no shared decision described: advisory; a service system: problem; one reform: project'),
    ('Guldborgsund', 'participatory budgeting for villages',
     '{manager,citizen}', 'problem', 'delegated', 'programme', 'Main findings: Guldborgsund', NULL,
     'participatory budgeting has been used to develop villages outside the urban center, although with limited success',
     'failed to mobilise additional local resources',
     'citizens decide how the money is spent: delegated; several villages: programme'),
    ('Guldborgsund', 'branding strategy and the local gold',
     '{manager,citizen}', 'policy', 'joint', 'project', 'Main findings: Guldborgsund', NULL,
     'a municipal branding strategy was co-created with citizens that have participated in nominating and selecting the ''local gold''',
     NULL,
     'the paper''s "co-created": joint; no politician described as taking part'),
    ('Guldborgsund', 'knowledge forum and master programme on co-creation',
     '{manager}', 'problem', 'joint', 'institutionalised', 'Main findings: Guldborgsund', NULL,
     'the administration has created a joint knowledge forum and a master program on co-creation for public managers',
     'support for co-creation inside the administration',
     'support for co-creation, inside the administration: no lay actor'),
    ('Guldborgsund', 'leadership guidelines on co-creation',
     '{manager,frontline}', 'problem', 'joint', 'institutionalised', 'Main findings: Guldborgsund', NULL,
     'A new set of local leadership guidelines requires that local managers constantly scan the possibilities for having their employees to initiate co-creation',
     'evaluated in staff development talks',
     'support for co-creation, inside the administration: no lay actor'),
    ('Guldborgsund', 'special political funding for administrative co-creation',
     '{politician,manager}', 'problem', 'joint', 'programme', 'Main findings: Guldborgsund', NULL,
     'The politicians endorsed the strategic turn to co-creation and has provided special funding for administrative co-creation initiatives',
     NULL,
     'funding is not taking part (coding rule 5), as for Steinkjer''s Bolyst funding: politicians and administration only'),
    -- Guldborgsund: policymaking
    ('Guldborgsund', 'council and committee meetings',
     '{politician,manager}', 'policy', 'joint', 'institutionalised', 'Main findings: Guldborgsund', NULL,
     'in which they discuss and endorse policy recommendations from the executive administrative leadership',
     'constructive debates in the permanent committees',
     'the arena the paper reports at the level of policymaking; no lay actor described'),
    ('Guldborgsund', 'thematic meetings before council meetings',
     '{politician,manager}', 'policy', 'advisory', 'institutionalised', 'Main findings: Guldborgsund', NULL,
     'At the thematic meetings, the administration provides input for discussion amongst the politicians and external guest are rarely invited',
     'attendance dwindling',
     'input for discussion: advisory; guests "rarely invited": public actors only'),
    ('Guldborgsund', 'section 17.4 committee (themes incl. Lindholm)',
     '{politician,citizen,civil_society,business}', 'policy', 'advisory', 'programme', 'Main findings: Guldborgsund', 'gul-int-cit',
     'he is disappointed that the 17.4 committee has no real decision power, but is merely advisory',
     'one committee for the council term, a new theme and new external members each year (Lindholm among them); five politicians have served',
     'the Lindholm theme is this committee, not a row of its own (coding rule 1); a new theme each year: programme; "merely advisory"'),
    ('Guldborgsund', 'hearings and consultations on policy',
     '{politician,manager,citizen,civil_society}', 'policy', 'consultation', 'institutionalised', 'Main findings: Guldborgsund', 'gul-int-pol',
     'When it comes to policymaking, we still use the classical forms of hearings and consultations.',
     NULL,
     'the councillor''s own words: hearings and consultations'),

    -- Hedensted: service production
    ('Hedensted', 'evening care in Uldum',
     '{manager,user}', 'service', 'joint', 'project', 'Main findings: Hedensted', NULL,
     'it was agreed that the parents in turn would open the school two nights per week and organize different activities for all their kids',
     'school and day-care leaders with the parents',
     '"it was agreed": joint; parents read as users'),
    ('Hedensted', 'day-care facilities for community use',
     '{frontline,citizen}', 'service', 'information', 'programme', 'Main findings: Hedensted', NULL,
     'the former regularly inform the latter that they can use the public facilities in the evening for community meetings and local events',
     NULL,
     'the paper''s word is "inform": information, not a shared or delegated decision'),
    ('Hedensted', 'City Park in Hedensted town',
     '{politician,citizen}', 'service', 'delegated', 'project', 'Main findings: Hedensted', NULL,
     'the politicians donated 1 m. Danish Kroner to a citizen group with open participation, so that it could decide how to develop the area',
     'a public amenity built by citizens',
     'the citizen group "could decide": delegated; at service production, where the paper places it'),
    ('Hedensted', 'Families on the move',
     '{frontline,user}', 'service', 'delegated', 'project', 'Main findings: Hedensted', NULL,
     'a new project put the families in charge of regular meetings in which the families ask the social workers for help and advice',
     NULL,
     'families "in charge" draw up their own action plan: delegated'),
    -- Hedensted: administrative problem solving
    ('Hedensted', 'local citizen councils and administrative contact points',
     '{manager,citizen,civil_society,business}', 'problem', 'joint', 'institutionalised', 'Main findings: Hedensted', NULL,
     'There are permanent administrative contact points for all the 31 localities and there is an administrative coordinator for the local citizen councils',
     'citizen councils in two thirds of the localities; working with local areas to solve emerging problems',
     'the standing arrangement for emerging local problems: institutionalised; the development plans made with the same councils are the next row'),
    ('Hedensted', 'local development plans with citizen councils and councillors (Uldum, Løsning)',
     '{politician,manager,citizen,civil_society,volunteer,politician_as_citizen}', 'problem', 'joint', 'institutionalised', 'Main findings: Hedensted', 'hed-int-pol',
     'there is a council decision that the politicians should participate in the development of local development plans',
     'at least seven plans; Uldum and Løsning with the mayor, the CEO and other politicians; the most important arena for co-created policymaking',
     'one process coded once (coding rule 1): the plans, Uldum and Løsning among them; politicians take part by council decision: institutionalised; some as residents, an actor here'),
    ('Hedensted', 'participatory budgeting',
     '{manager,citizen}', 'problem', 'delegated', 'programme', 'Main findings: Hedensted', NULL,
     'It has also used participatory budgeting providing small amounts of money for the citizens to spend themselves based on a simple voting procedure',
     'mostly to empower local areas',
     'citizens vote on how to spend: delegated; politicians support it but do not take part (coding rule 5)'),
    -- Hedensted: policymaking
    ('Hedensted', 'council and standing committee meetings',
     '{politician,manager}', 'policy', 'joint', 'institutionalised', 'Main findings: Hedensted', 'hed-int-pol',
     'Political decision making takes place in the standing committees that make recommendations to the city council.',
     NULL,
     'the arena the paper reports at the level of policymaking; no lay actor described'),
    ('Hedensted', 'thematic meetings',
     '{politician,manager}', 'policy', 'information', 'institutionalised', 'Main findings: Hedensted', 'hed-obs-thematic',
     'the thematic meetings merely serve to prepare the councillors for future policy discussions by providing relevant information',
     NULL,
     '"providing relevant information": information; public actors only'),
    ('Hedensted', 'dialogue meeting',
     '{politician,manager}', 'policy', 'advisory', 'institutionalised', 'Main findings: Hedensted', 'hed-int-pol',
     'It is basically the politicians’ meeting, although some executive administrators are also present and may participate in the debate.',
     'closed; two hours before the standing committees; guests only occasionally',
     '"not a formal decisionmaking arena": advisory; guests only "occasionally": public actors only'),
    ('Hedensted', 'section 17.4 committee on elderly care',
     '{politician,manager}', 'policy', 'advisory', 'project', 'Main findings: Hedensted', NULL,
     'there were only politicians and administrators in it and no external participants. Hence, it did not provide an arena for co-creation.',
     'on the rising costs of elderly care and social welfare',
     'the paper decides it: public actors only'),
    ('Hedensted', 'section 17.4 committee on collective transport',
     '{politician,citizen,civil_society}', 'policy', 'joint', 'project', 'Main findings: Hedensted', NULL,
     'This committee co-created new public transport solutions with the Youth Council and the Elderly Council',
     'eight politicians and five citizens as members',
     'the paper''s "co-created": joint (no testimony that it was merely advisory, unlike Guldborgsund''s); one committee on one theme: project')
  ) AS v(case_name, name, actors, object, decision, scope, citation, source_id, quote, description, reason)
$fn$;
COMMENT ON FUNCTION @extschema@.cocreation_sample_activities() IS
  'the paper''s activities in the three cases, co-creation or not, each process once, coded for classify() by the sample''s rules (README), with a reason for every decision the paper does not make outright';

CREATE FUNCTION @extschema@.cocreation_sample_factors()
  RETURNS TABLE (case_name pg_catalog.text, code pg_catalog.text, polarity pg_catalog.text,
                 dimension pg_catalog.text, stage pg_catalog.text, strength pg_catalog.float8,
                 citation pg_catalog.text, source_id pg_catalog.text, quote pg_catalog.text,
                 description pg_catalog.text, dimension_source pg_catalog.text,
                 reason pg_catalog.text)
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
AS $fn$
  SELECT v.case_name, v.code, v.polarity, v.dimension, v.stage, 1::pg_catalog.float8,
         v.citation, v.source_id, v.quote, v.description, v.dimension_source, v.reason
  FROM (VALUES
    -- Steinkjer
    ('Steinkjer', 'ste_bolyst_political_support', 'driver', 'institutional', 'adoption',
     'Drivers of and barriers to the development of an interactive political leadership', NULL,
     'The first driver is the political support to the Bolyst-method that provides a platform for co-creation with local citizens and stakeholders',
     'political support to the Bolyst platform',
     'tool', 'a platform the politicians could use: an institutional support structure ("political support" could be read as cultural)'),
    ('Steinkjer', 'ste_collaborative_culture_trust', 'driver', 'cultural', 'adoption',
     'Drivers of and barriers to the development of an interactive political leadership', NULL,
     'Another driver is the collaborative political culture and the high level of trust between the politicians',
     'collaborative political culture and trust among politicians',
     'paper', '"political culture" is the paper''s name for the cultural dimension (Theoretical Framework)'),
    ('Steinkjer', 'ste_leadership_as_positioning', 'barrier', 'discursive', 'adoption',
     'Drivers of and barriers to the development of an interactive political leadership', NULL,
     'political leadership is generally perceived as a question of positioning oneself politically, creating political alliances and mobilizing political support',
     'leadership seen as positioning and alliance-making',
     'tool', 'how leadership "is generally perceived": a role perception, discursive'),
    ('Steinkjer', 'ste_power_concentration', 'barrier', 'institutional', 'adoption',
     'Drivers of and barriers to the development of an interactive political leadership', NULL,
     'there is a high concentration of political power in the hands of a strong and resourceful mayor, the executive leadership group',
     'power concentrated in the mayor, the executive group and the CEO''s office',
     'tool', 'how power is distributed among offices: institutional'),
    ('Steinkjer', 'ste_administration_daily_operations', 'barrier', 'cultural', 'adoption',
     'Drivers of and barriers to the development of an interactive political leadership', NULL,
     'the administration is more focused on daily operations than on development and innovation',
     'administration focused on daily operations, not innovation',
     'tool', 'the administration''s orientation read as culture (practical is arguable)'),
    ('Steinkjer', 'nor_power_balance_administration', 'barrier', 'institutional', 'adoption',
     'Methodological reflections; Conclusion', NULL,
     'in Norway the power balance between the administration and the elected politicians is a little more in favor of the administration',
     'Norway-wide: power balance tilted toward the administration',
     'tool', 'Norway-wide; the Conclusion adds the three to Steinkjer; the formal power balance: institutional'),
    ('Steinkjer', 'nor_less_majority_opposition_collaboration', 'barrier', 'cultural', 'adoption',
     'Methodological reflections; Conclusion', NULL,
     'there seems to be less collaboration between the political majority and the opposition in Norway than in Denmark',
     'Norway-wide: less collaboration between majority and opposition',
     'tool', 'Norway-wide (Conclusion); collaboration between parties read as political culture'),
    ('Steinkjer', 'nor_no_closed_meetings', 'barrier', 'institutional', 'adoption',
     'Methodological reflections; Conclusion', NULL,
     'it is not allowed to have municipal meetings behind closed doors in Norway',
     'Norway-wide: no closed municipal meetings',
     'tool', 'Norway-wide (Conclusion); a legal rule: institutional'),
    -- Guldborgsund
    ('Guldborgsund', 'gul_leadership_setting_course', 'driver', 'discursive', 'adoption',
     'Drivers of and barriers to the development of an interactive political leadership', NULL,
     'political leadership is generally perceived as a question of setting the overall course for the municipality and designing solutions',
     'leadership as setting the course and designing solutions',
     'tool', 'how leadership "is generally perceived": discursive'),
    ('Guldborgsund', 'gul_trust_broad_agreements', 'driver', 'cultural', 'adoption',
     'Drivers of and barriers to the development of an interactive political leadership', NULL,
     'the political culture is characterized by trust, collaboration and broad political agreements rather than party political positioning',
     'trust, collaboration and broad agreements',
     'paper', '"the political culture is characterized by": the paper''s cultural dimension'),
    ('Guldborgsund', 'gul_new_younger_councillors', 'driver', 'cultural', 'adoption',
     'Drivers of and barriers to the development of an interactive political leadership', NULL,
     'there are many new and younger council members who are more supportive of co-creation and innovative policy development',
     'new, younger councillors',
     'tool', 'generational attitudes read as culture (contextual is arguable)'),
    ('Guldborgsund', 'gul_amalgamation', 'driver', 'institutional', 'adoption',
     'Drivers of and barriers to the development of an interactive political leadership', NULL,
     'the amalgamation of five small municipalities into a bigger one has strengthened the focus on strategic policymaking',
     'amalgamation into a larger municipality',
     'tool', 'a structural reform read as institutional (contextual is arguable)'),
    ('Guldborgsund', 'gul_public_value_steering', 'driver', 'institutional', 'adoption',
     'Drivers of and barriers to the development of an interactive political leadership', 'gul-int-pol',
     'The fifth driver is institutional and has to do with the shift from goal and framework steering to a new focus on public value outcomes',
     'steering by public value outcomes',
     'paper', 'the paper: "The fifth driver is institutional"'),
    ('Guldborgsund', 'gul_crisis_period', 'driver', 'contextual', 'adoption',
     'Drivers of and barriers to the development of an interactive political leadership', 'gul-int-pol',
     'it is easier for politicians to stick together and try something new in times of crisis',
     'the crisis period',
     'tool', 'fits none of the paper''s four dimensions: contextual, the tool''s addition'),
    ('Guldborgsund', 'gul_sovereign_leadership_perception', 'barrier', 'discursive', 'adoption',
     'Drivers of and barriers to the development of an interactive political leadership', 'gul-int-pol',
     'The first barrier is the presence of some relatively traditional perceptions of political leadership that hinder a turn to co-created policymaking',
     'traditional, sovereign perceptions of political leadership',
     'tool', '"perceptions of political leadership": discursive; the paper sums up both barriers as "traditional role perceptions"'),
    ('Guldborgsund', 'gul_administrative_division_of_labour', 'barrier', 'discursive', 'adoption',
     'Drivers of and barriers to the development of an interactive political leadership', 'gul-int-man',
     'Some administrators clearly expect the politicians to define overall visions and goals that answer the ‘what’ and the ‘why’ question',
     'administrators expect politicians on what and why, administration on how',
     'tool', 'administrators'' expectations of the politicians'' role: discursive'),
    -- Hedensted
    ('Hedensted', 'hed_leadership_direction', 'driver', 'discursive', 'adoption',
     'Drivers of and barriers to the development of an interactive political leadership', NULL,
     'political leadership is generally associated with setting the political direction for the municipality and designing solutions in response to local problems',
     'leadership as setting direction',
     'tool', 'how leadership "is generally associated": discursive'),
    ('Hedensted', 'hed_collaborative_culture_trust', 'driver', 'cultural', 'adoption',
     'Drivers of and barriers to the development of an interactive political leadership', NULL,
     'there is a strong collaborative political culture and a high degree of trust',
     'collaborative culture and trust between politicians and administrators',
     'paper', '"a strong collaborative political culture": the paper''s cultural dimension'),
    ('Hedensted', 'hed_escape_political_silos', 'driver', 'discursive', 'adoption',
     'Drivers of and barriers to the development of an interactive political leadership', NULL,
     'they must avoid being caught in the political silos that merely reflect administrative division of labor',
     'escaping political silos; the municipality as a ''we''',
     'tool', 'a shared recognition and the "we" framing: discursive'),
    ('Hedensted', 'hed_younger_strategic_generation', 'driver', 'cultural', 'adoption',
     'Drivers of and barriers to the development of an interactive political leadership', NULL,
     'the new and younger generation of politicians are much better at strategic policymaking',
     'younger generation good at strategic policymaking',
     'tool', 'generational attitudes read as culture, as for Guldborgsund (contextual is arguable)'),
    ('Hedensted', 'hed_democratic_renewal', 'driver', 'discursive', 'adoption',
     'Drivers of and barriers to the development of an interactive political leadership', NULL,
     'co-creation is depicted as tool for stimulating democratic participation',
     'co-creation as a way to renew democratic participation',
     'tool', 'how co-creation "is depicted": discursive'),
    ('Hedensted', 'hed_meeting_time_pressure', 'barrier', 'practical', 'implementation',
     'Drivers of and barriers to the development of an interactive political leadership', NULL,
     'all the meetings involving internal or external co-creation are added to the ordinary meetings and that puts a strong pressure on the politicians'' time budget',
     'extra meetings strain time budgets',
     'tool', 'stage: the paper ("problems found in the implementation process"); time and meetings: practical'),
    ('Hedensted', 'hed_councillor_confidence', 'barrier', 'practical', 'implementation',
     'Drivers of and barriers to the development of an interactive political leadership', NULL,
     'not all politicians are confident speaking up in meetings with citizens',
     'about a third of the councillors are not very active',
     'tool', 'stage: the paper; confidence in meetings read as practical'),
    ('Hedensted', 'hed_politicians_as_citizens', 'barrier', 'practical', 'implementation',
     'Drivers of and barriers to the development of an interactive political leadership', NULL,
     'some politicians participate as citizens in area-based development meetings, thus making it difficult to maintain their objectivity as politicians',
     'politicians taking part as citizens',
     'tool', 'stage: the paper; the role mix in meetings read as practical (institutional is arguable)'),
    ('Hedensted', 'hed_sharp_political_profile', 'barrier', 'discursive', 'implementation',
     'Drivers of and barriers to the development of an interactive political leadership', NULL,
     'it can be difficult for the politicians to have a sharp political profile when they co-create political solutions with politicians from other parties',
     'hard to keep a sharp political profile',
     'tool', 'stage: the paper; political identity read as discursive (cultural is arguable)'),
    ('Hedensted', 'hed_citizens_vs_employees', 'barrier', 'practical', 'implementation',
     'Drivers of and barriers to the development of an interactive political leadership', NULL,
     'some politicians find it difficult to navigate between the citizens'' demands and the interests of public employees',
     'citizens'' demands versus employees'' interests',
     'tool', 'stage: the paper; handling conflicting demands read as practical'),
    ('Hedensted', 'hed_press_closed_meetings', 'barrier', 'institutional', 'implementation',
     'Drivers of and barriers to the development of an interactive political leadership', NULL,
     'the local press complain about the closed dialogue meetings that undermines democratic transparency',
     'press criticism of closed dialogue meetings',
     'tool', 'stage: the paper; the closed design of an institution: institutional (contextual is arguable)')
  ) AS v(case_name, code, polarity, dimension, stage, citation, source_id, quote, description,
         dimension_source, reason)
$fn$;
COMMENT ON FUNCTION @extschema@.cocreation_sample_factors() IS
  'every driver and barrier the paper reports for the three cases, with the three Norway-wide barriers (Drivers and barriers; Methodological reflections; Conclusion); dimension_source says whether the paper labels the dimension or the tool reads it, reason why';

CREATE FUNCTION @extschema@.cocreation_sample_expert_scores()
  RETURNS TABLE (case_name pg_catalog.text, rater pg_catalog.text, level @extschema@.level,
                 score pg_catalog.numeric, citation pg_catalog.text)
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
  SELECT v.case_name, 'Table 3'::pg_catalog.text, v.level::@extschema@.level, v.score,
         'Cross-case comparison, Table 3: x = 1, xx = 2, xxx = 3, x(x) = 1.5, blank = 0'::pg_catalog.text
  FROM (VALUES
    ('Steinkjer', 'service_production', 1.0), ('Steinkjer', 'problem_solving', 3.0),
    ('Steinkjer', 'policymaking', 0.0),
    ('Guldborgsund', 'service_production', 3.0), ('Guldborgsund', 'problem_solving', 2.0),
    ('Guldborgsund', 'policymaking', 1.0),
    ('Hedensted', 'service_production', 2.0), ('Hedensted', 'problem_solving', 2.0),
    ('Hedensted', 'policymaking', 1.5)
  ) AS v(case_name, level, score);
END;
COMMENT ON FUNCTION @extschema@.cocreation_sample_expert_scores() IS
  'the authors'' scores of the paper''s Table 3 (Cross-case comparison): x = 1, xx = 2, xxx = 3, x(x) = 1.5, blank = 0';

CREATE FUNCTION @extschema@.cocreation_load_sample(schema_name pg_catalog.text DEFAULT 'bentzen2020')
  RETURNS pg_catalog.regnamespace
  LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
  SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
  ws pg_catalog.regnamespace;
  s pg_catalog.text := quote_ident(schema_name);
  -- the extension's own schema, from the catalog (never spliced into this
  -- script's text), so that the SQL built below names exactly its objects
  x pg_catalog.text := (SELECT pg_catalog.quote_ident(n.nspname)
                        FROM pg_catalog.pg_extension e
                        JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
                        WHERE e.extname = 'cocreation');
BEGIN
  -- the same check as cocreation_create_workspace(), so that the error does
  -- not come from inside the nested call
  IF NOT has_database_privilege(current_user, current_database(), 'CREATE') THEN
    RAISE EXCEPTION 'permission denied to create a workspace in database "%"', current_database()
      USING ERRCODE = '42501',
            DETAIL = 'A workspace is a new schema; creating a schema needs the CREATE privilege on the database.',
            HINT = format('Ask the database owner: GRANT CREATE ON DATABASE %s TO %s',
                          quote_ident(current_database()), quote_ident(current_user));
  END IF;
  -- the sample's calibration, with what it is worth (doc/calibration.md)
  EXECUTE format('SELECT %s.cocreation_create_workspace($1, $2, $3, $4)', x) INTO ws
    USING schema_name, '{2,4,8}'::pg_catalog.float8[], 'sum'::pg_catalog.text,
          ('The tool''s scale, not the paper''s (the paper gives no rule from evidence to crosses): '
           || 'one cross for a level''s evidence worth a programme (weight 2), each further cross for '
           || 'as much evidence again as all before it (4, then 8). It was adopted after {1,3,6} had '
           || 'failed a finding on an earlier coding of the sample, so it is not an argument made '
           || 'before the results: read it beside the scan of the main job.')::pg_catalog.text;
  EXECUTE format('INSERT INTO %s.cases SELECT * FROM %s.cocreation_sample_cases()', s, x);
  EXECUTE format('INSERT INTO %s.sources SELECT * FROM %s.cocreation_sample_sources()', s, x);
  -- weight stays NULL: every activity is weighted by scope_weight(scope)
  EXECUTE format($q$
    INSERT INTO %s.activities (case_name, name, description, actors, object, decision,
                               scope, citation, quote, source_id)
    SELECT case_name, name, description, actors, object, decision, scope, citation, quote, source_id
    FROM %s.cocreation_sample_activities()$q$, s, x);
  EXECUTE format($q$
    INSERT INTO %s.factors (case_name, code, polarity, dimension, stage, strength,
                            description, citation, quote, source_id)
    SELECT case_name, code, polarity, dimension, stage, strength, description, citation, quote, source_id
    FROM %s.cocreation_sample_factors()$q$, s, x);
  EXECUTE format('INSERT INTO %s.expert_scores SELECT * FROM %s.cocreation_sample_expert_scores()', s, x);
  RETURN ws;
END
$fn$;
COMMENT ON FUNCTION @extschema@.cocreation_load_sample(pg_catalog.text) IS
  'creates a workspace and loads the paper''s study: Tables 1 to 3, every activity and every driver and barrier it reports';
