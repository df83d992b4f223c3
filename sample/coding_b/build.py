# Builds the blind coding TSVs from the rows below (quotes copied from the paper).
import csv, sys
MF = "Main findings: "
DB = "Drivers of and barriers to the development of an interactive political leadership"
ST, GU, HE = "Steinkjer", "Guldborgsund", "Hedensted"

A = []  # case, name, actors, object, decision, scope, status, section, quote, reason
def a(*r): A.append(r)

# ---------------- Steinkjer ----------------
a(ST, "Parents and children in school quality development", "frontline,user", "service", "joint", "programme", "planned", MF+ST,
  "the long-term policy plans contain strong recommendations for involvement of both parents and children in quality development of public schools",
  "Only 'strong recommendations' in long-term plans, so planned; users (parents, children) with school staff on a public service; decision mode not described, joint assumed from 'involvement ... in quality development' (doubt: could be advisory)")
a(ST, "Voluntary household garbage sorting", "public_agency,citizen", "service", "joint", "programme", "planned", MF+ST,
  "for voluntary fractioning of garbage by private households",
  "Same sentence of plan recommendations, so planned; households co-produce waste service voluntarily; no decision procedure described, joint as default for voluntary co-production (doubt)")
a(ST, "Holistic individual health plans", "frontline,public_agency,civil_society", "service", "joint", "programme", "planned", MF+ST,
  "There are also plans for using holistic individual health plans as the vehicle for internal co-creation between different parts of the administration and external co-creation with other municipalities and voluntary organizations.",
  "'plans for' so planned; administration units + other municipalities (public_agency) + voluntary organisations (civil_society) on a health service; users not named by the paper so not coded")
a(ST, "Utility company and local businesses: sustainable value chain", "public_agency,business", "problem", "joint", "project", "implemented", MF+ST,
  "there is mentioning of a project aiming to improve the sustainability of the value chain for local commodity production through co-creation between the municipal utility company and local businesses",
  "'a project', verified by internet searches, so implemented (doubt: evidence only documentary); object coded problem (sustainability of a value chain, not a public service) although the paper lists it under service production")
a(ST, "Local voluntary centres under partnership agreement", "public_agency,civil_society,volunteer,citizen", "service", "joint", "institutionalised", "implemented", MF+ST,
  "It also helped establishing local voluntary centers that support local associations and citizen activities based on a partnership agreement with the municipality that provides a large part of the funding.",
  "Standing centres (institutionalised) supporting associations and citizen activities; partnership agreement is not a quasi-market contract (paper: 'mutually beneficial co-creation'), so joint not contract")
a(ST, "Voluntary-work policy (2010) and partnership agreements across areas", "public_agency,citizen,civil_society", "service", "joint", "programme", "implemented", MF+ST,
  "The municipality uses partnership agreements in different areas to create responsible and mutually beneficial co-creation with citizens and voluntary organizations.",
  "The 2010 policy for voluntary work and the use of partnership agreements 'in different areas' beyond the voluntary centres; coded once as a programme; joint because 'mutually beneficial co-creation' (doubt: overlaps the centres row, kept separate because wider in scope)")
a(ST, "Bolyst method for area-based local development", "manager,frontline,citizen,civil_society,politician_as_citizen", "problem", "joint", "institutionalised", "implemented", MF+ST,
  "invite inhabitants to join a local workgroup that will assume responsibility for co-creating the solutions with the municipal Bolyst-team",
  "'flagship program', 'integrated coordination method' (institutionalised); process manager/coordinator (manager), Bolyst-team professionals (frontline), local citizen councils and voluntary organisations; councillors only 'in their capacity of being local citizens' (politician_as_citizen), politicians otherwise only endorse/fund, so no politician")
a(ST, "Mandatory hearings and consultations on municipal policy plans", "politician,manager,citizen,civil_society", "policy", "consultation", "institutionalised", "implemented", MF+ST,
  "They also participate in mandatory hearings and consultation processes in relation to the development of municipal policy plans in different areas, but this type of interaction with citizens and stakeholders is fairly thin and formal.",
  "'mandatory hearings and consultation processes', agenda set by the administrative planning department: consultation on policy plans; councillors take part")
a(ST, "Statutory councils for disabled, elderly and youth", "public_agency,user,citizen", "policy", "consultation", "institutionalised", "implemented", MF+ST,
  "The law prescribes the formation of local councils for disabled, elderly, youth etc., but these are only used for consultation and have little if any policy impact.",
  "'only used for consultation' on policy; prescribed by law (institutionalised); members are user groups")

# ---------------- Guldborgsund ----------------
a(GU, "Co-created planning strategy Our Shared Guldborgsund (100 days of co-creation, 50 interviews)", "manager,citizen,civil_society,business", "problem", "joint", "project", "implemented", MF+GU,
  "The new planning strategy from 2015 was a result of a co-creation process involving a broad range of actors",
  "One process: the administration's '100 days of co-creation' and 50 interviews with local actors 'led to' the planning strategy; paper calls it a co-creation process, so joint (doubt: the only mechanism described, interviews, is consultative); planning by the administration = problem; politicians not described as taking part")
a(GU, "Small-scale citizen projects (kindergarten painting, beach clean-up, grass cutting)", "public_agency,citizen", "service", "joint", "programme", "implemented", MF+GU,
  "There are numerous small-scale projects where citizens are involved in painting the kindergarten, cleaning up the beach, cutting the grass along public roads, etc.",
  "'numerous small-scale projects' (coded once as a programme); citizens co-produce upkeep of public facilities; voluntary, not offloading")
a(GU, "Elderly care centre garden and allotment", "manager,frontline,user,citizen,volunteer", "service", "joint", "project", "implemented", MF+GU,
  "involved the leader of the institution, the staff, the relatives of the elderly and voluntary citizens from the neighborhood in transforming a large boring parking lot into a luscious garden",
  "Leader (manager), staff (frontline), relatives (citizen), neighbourhood volunteers, residents maintain it (user); built and maintained together, so joint")
a(GU, "Adopt-a-Tree programme", "public_agency,citizen", "service", "joint", "programme", "implemented", MF+GU,
  "The municipality offers to pay for new trees if the local citizens agree to water and nurse them.",
  "Paper's word 'program'; municipality pays, citizens plant and maintain by agreement (joint); the street example and 'similar projects' folded in")
a(GU, "Citizens plant tulips in pocket gardens", "public_agency,citizen,volunteer", "service", "joint", "project", "implemented", MF+GU,
  "a group of citizens offered to do it for free if the municipality provided the bulbs",
  "Triggered by a municipal saving but the citizens offered voluntarily, so not offloading (imposed); shared inputs, joint")
a(GU, "Seed for Change urban gardens", "public_agency,social_entrepreneur,volunteer", "service", "joint", "project", "implemented", MF+GU,
  "a social entrepreneur got some government money to launch a Seed for Change project that involves volunteer citizens in planting and maintaining urban gardens that are authorized and partly financed by the municipality",
  "Social entrepreneur + volunteers, municipality authorises and co-finances, Technical and Environmental Department helpful; joint")
a(GU, "Local harbour development via harbour association", "manager,citizen,civil_society", "problem", "joint", "project", "implemented", MF+GU,
  "The municipality told them to form a local harbor association and come up with a joint proposal. Then the co-creation with the municipality could begin.",
  "Example of the technical managers' network-first procedure for citizen/social-entrepreneur initiatives (procedure folded in); harbour development = area development, problem; status implemented with doubt (paper says co-creation 'could begin')")
a(GU, "Love Storm Lolland-Falster Facebook group", "citizen", "problem", "delegated", "project", "implemented", MF+GU,
  "the so-called 'Love Storm Lolland-Falster' that is a huge face book group aiming to improve the reputation of the local area by getting people to act as ambassadors",
  "Citizen-run reputation campaign; no public actor or shared decision described; decision coded delegated only as the nearest word for 'lay actors decide alone' (doubt); rules will not count it as co-creation (no public actor)")
a(GU, "Local Voluntary Centre", "public_agency,civil_society,volunteer", "service", "joint", "institutionalised", "implemented", MF+GU,
  "The participation of voluntary community organizations in local co-creation projects is supported by the Local Voluntary Centre that has a board comprising representatives from the local organizations and a couple of employees jointly financed by the municipality and the state.",
  "Standing centre, board of local organisations, staff co-financed by municipality and state; helps organisations organise projects with the municipality; joint")
a(GU, "Voluntary Centre annual conference with politicians and administrators", "politician,manager,civil_society", "service", "advisory", "institutionalised", "implemented", MF+GU,
  "It organizes a big annual conference where politicians and administrators are invited to speak with representatives from the local organizations.",
  "Recurring dialogue forum (annual); 'sparks off new projects' and joint understanding of work with volunteers, no decisions taken there, so advisory; object service (volunteer projects), not policy: the paper does not link it to policy decisions")
a(GU, "Co-created urban development in neighbourhoods", "manager,citizen,civil_society,business", "problem", "joint", "programme", "implemented", MF+GU,
  "urban development is co-created with public and private actors from the local neighborhoods",
  "Paper says 'co-created' at the level of administrative problem solving; ongoing practice, programme; Lindholm is coded with the 17.4 committee")
a(GU, "Public transport reform with users", "manager,user", "service", "advisory", "project", "implemented", MF+GU,
  "the collective transportation system was made cheaper and more user-friendly through extensive dialogue and exchange with the users",
  "'extensive dialogue and exchange with the users' = involvement/advice, not stated joint decision (doubt: joint); object service (the transport system) although the paper lists it under administrative problem solving; politicians not named as participants")
a(GU, "Participatory budgeting for village development", "manager,citizen", "problem", "delegated", "programme", "implemented", MF+GU,
  "participatory budgeting has been used to develop villages outside the urban center, although with limited success as it failed to mobilize additional local resources",
  "Participatory budgeting delegates spending decisions to citizens (delegated); village development = problem")
a(GU, "Co-created municipal branding strategy (local gold)", "manager,citizen", "problem", "joint", "project", "implemented", MF+GU,
  "a municipal branding strategy was co-created with citizens that have participated in nominating and selecting the 'local gold' in terms of outstanding persons, events and localities",
  "'co-created with citizens', citizens nominate and select (joint); administrative strategy, problem")
a(GU, "Thematic meetings before council meetings", "politician,manager", "policy", "information", "institutionalised", "implemented", MF+GU,
  "At the thematic meetings, the administration provides input for discussion amongst the politicians and external guest are rarely invited.",
  "Only public actors; administration informs politicians; paper: 'do not provide an arena for co-created policymaking'")
a(GU, "Section 17.4 committee (incl. Lindholm social sustainability)", "politician,citizen,civil_society,business,frontline", "policy", "advisory", "institutionalised", "implemented", MF+GU,
  "he is disappointed that the 17.4 committee has no real decision power, but is merely advisory",
  "Politicians, citizens and stakeholders (housing associations, sports clubs, schools, a businessman) over the four-year period; 'merely advisory'; Lindholm theme is this same (only) committee, not coded twice; schools coded frontline (doubt)")
a(GU, "Hearings and consultations in policymaking", "politician,citizen", "policy", "consultation", "institutionalised", "implemented", MF+GU,
  "When it comes to policymaking, we still use the classical forms of hearings and consultations.",
  "Councillor's words: 'classical forms of hearings and consultations' for policy decisions")

# ---------------- Hedensted ----------------
a(HE, "Disruption groups", "politician,manager,citizen", "policy", "advisory", "programme", "implemented", MF+HE,
  "the so-called 'disruption groups' in which politicians and administrators invited external actors to disturb the common way of thinking and doing things",
  "2011 radical-innovation drive; politicians and administrators take input from 'external actors' (unspecified, coded citizen, doubt) = advisory; object policy because council-driven innovation of municipal ways of working (doubt)")
a(HE, "Uldum evening-care run by parents", "manager,user", "service", "joint", "project", "implemented", MF+HE,
  "Local school and day-care leaders invited their parents to a meeting and it was agreed that the parents in turn would open the school two nights per week and organize different activities for all their kids.",
  "School/day-care leaders (manager) and parents (user); 'it was agreed' = joint decision; after-school service")
a(HE, "Day-care facilities offered for community use", "frontline,citizen", "service", "information", "programme", "implemented", MF+HE,
  "the former regularly inform the latter that they can use the public facilities in the evening for community meetings and local events",
  "Paper's word 'inform': institutions tell citizens they may use facilities; no joint process described, so information (rules exclude it)")
a(HE, "Hedensted City Park: development delegated to citizen group", "politician,citizen", "problem", "delegated", "project", "implemented", MF+HE,
  "the politicians donated 1 m. Danish Kroner to a citizen group with open participation, so that it could decide how to develop the area",
  "'Instead of ... making an authoritative planning decisions' politicians handed money and the decision to an open citizen group = delegated; object problem (use of a contested area, planning) although the paper lists it under service production (doubt: service)")
a(HE, "Families on the move", "frontline,user", "service", "delegated", "project", "implemented", MF+HE,
  "a new project put the families in charge of regular meetings in which the families ask the social workers for help and advice and based on that draw up their own action plan",
  "Families 'in charge', draw up their own plan, 'empowered to say no' = delegated (doubt: joint); social workers frontline")
a(HE, "Area-based development plans with local citizen councils (Uldum, Loesning etc.)", "politician,manager,public_agency,citizen,civil_society,business,volunteer,politician_as_citizen", "problem", "joint", "institutionalised", "implemented", MF+HE,
  "there is a council decision that the politicians should participate in the development of local development plans",
  "Permanent contact points, coordinator for citizen councils, >=7 co-created local development plans (Uldum, Loesning folded in, not separate rows); mayor, CEO and councillors take part as politicians (council decision), some also as residents (Drivers section); 'joint development plan'")
a(HE, "Participatory budgeting for local areas", "manager,citizen", "problem", "delegated", "programme", "implemented", MF+HE,
  "It has also used participatory budgeting providing small amounts of money for the citizens to spend themselves based on a simple voting procedure",
  "Administration-run; citizens decide by vote how to spend = delegated; aim to empower local areas, problem; politicians support but do not take part")
a(HE, "Section 17.4 committee on elderly care and social welfare costs", "politician,manager", "policy", "advisory", "project", "implemented", MF+HE,
  "there were only politicians and administrators in it and no external participants. Hence, it did not provide an arena for co-creation.",
  "Only public actors (paper says so); 17.4 committee form is advisory")
a(HE, "Section 17.4 committee on collective transport", "politician,citizen,user", "policy", "joint", "project", "implemented", MF+HE,
  "There has also been another § 17.4 committee focusing of collective transport that had eight politicians and five citizens as members. This committee co-created new public transport solutions with the Youth Council and the Elderly Council.",
  "Eight politicians, five citizens, Youth and Elderly Councils (user); 'co-created new public transport solutions' = joint (doubt: 17.4 committees are formally advisory, as said for Guldborgsund)")
a(HE, "Planned further 17.4 committees (branding, youth education, senior living)", "politician,citizen", "policy", "joint", "project", "planned", MF+HE,
  "more §17.4 committees are planned in the field of municipal branding, youth education and improvement of the quality of senior living",
  "'are planned'; coded as one row because the paper gives one sentence and no details; actors and decision assumed from the transport committee model (doubt)")
a(HE, "Dialogue meetings before standing committees", "politician,manager", "policy", "advisory", "institutionalised", "implemented", MF+HE,
  "It is basically the politicians’ meeting, although some executive administrators are also present and may participate in the debate.",
  "Politicians' own deliberation arena, 'not a formal decisionmaking arena' (advisory); guests only occasionally, so only public actors coded; may launch co-creation with external actors")
a(HE, "Thematic council meetings", "politician,manager", "policy", "information", "institutionalised", "implemented", MF+HE,
  "the thematic meetings merely serve to prepare the councillors for future policy discussions by providing relevant information",
  "Only public actors; administration informs councillors = information")

F = []  # case, code, polarity, dimension, stage, dimension_source, section, quote, reason
def f(*r): F.append(r)
MR = "Methodological reflections"
# Steinkjer
f(ST, "political_support_bolyst_platform", "driver", "institutional", "adoption", "tool", DB,
  "The first driver is the political support to the Bolyst-method that provides a platform for co-creation with local citizens and stakeholders",
  "Driver is an existing platform (institutional support structure) politicians could use; 'political support' could also be read cultural")
f(ST, "collaborative_culture_trust_politicians", "driver", "cultural", "adoption", "paper", DB,
  "Another driver is the collaborative political culture and the high level of trust between the politicians",
  "Paper names it 'political culture' (the framework's cultural dimension)")
f(ST, "leadership_as_positioning", "barrier", "discursive", "adoption", "tool", DB,
  "political leadership is generally perceived as a question of positioning oneself politically, creating political alliances and mobilizing political support rather than identifying problems and designing solutions",
  "A perception of the political role = discursive; blocks uptake, adoption")
f(ST, "power_concentrated_mayor_executive_ceo", "barrier", "institutional", "adoption", "tool", DB,
  "there is a high concentration of political power in the hands of a strong and resourceful mayor, the executive leadership group in the city council, and the office of the administrative CEO",
  "Distribution of formal power among offices = institutional structure")
f(ST, "administration_focused_on_daily_operations", "barrier", "cultural", "adoption", "tool", DB,
  "the administration is more focused on daily operations than on development and innovation",
  "Organisational orientation of the administration (no demand for innovation) = administrative culture (doubt: practical)")
f(ST, "norway_power_balance_favours_administration", "barrier", "institutional", "adoption", "tool", MR,
  "in Norway the power balance between the administration and the elected politicians is a little more in favor of the administration than it is in Denmark",
  "Norway-specific condition; Conclusion calls these 'the three aforementioned barriers that are specific to Norway' and adds them to Steinkjer; formal power balance = institutional")
f(ST, "norway_less_majority_opposition_collaboration", "barrier", "cultural", "adoption", "tool", MR,
  "there seems to be less collaboration between the political majority and the opposition in Norway than in Denmark",
  "Norway-specific barrier (Conclusion); collaboration pattern among parties = political culture")
f(ST, "norway_no_closed_meetings", "barrier", "institutional", "adoption", "tool", MR,
  "it is not allowed to have municipal meetings behind closed doors in Norway",
  "Norway-specific barrier (Conclusion); legal rule = institutional")
# Guldborgsund
f(GU, "leadership_as_setting_course_designing_solutions", "driver", "discursive", "adoption", "tool", DB,
  "political leadership is generally perceived as a question of setting the overall course for the municipality and designing solutions in response to local problems and needs",
  "Perception of the leadership role = discursive")
f(GU, "trust_collaboration_broad_agreements", "driver", "cultural", "adoption", "paper", DB,
  "the political culture is characterized by trust, collaboration and broad political agreements rather than party political positioning",
  "Paper names 'the political culture'")
f(GU, "new_younger_councillors", "driver", "cultural", "adoption", "tool", DB,
  "there are many new and younger council members who are more supportive of co-creation and innovative policy development than the older council members",
  "Generational attitudes on the council read as cultural (doubt: contextual, council composition)")
f(GU, "amalgamation_strategic_focus", "driver", "institutional", "adoption", "tool", DB,
  "the amalgamation of five small municipalities into a bigger one has strengthened the focus on strategic policymaking rather than issue-specific case processing",
  "Structural reform of the municipality = institutional (doubt: contextual); also prompts politicians to come closer to citizens")
f(GU, "public_value_outcome_steering", "driver", "institutional", "adoption", "paper", DB,
  "The fifth driver is institutional and has to do with the shift from goal and framework steering to a new focus on public value outcomes.",
  "Paper states the dimension outright")
f(GU, "crisis_period", "driver", "contextual", "adoption", "tool", DB,
  "A final driver is the crisis period that *Guldborgsund* has been through.",
  "External situation, none of the paper's four dimensions fits; contextual")
f(GU, "traditional_sovereign_leadership_perceptions", "barrier", "discursive", "adoption", "tool", DB,
  "The first barrier is the presence of some relatively traditional perceptions of political leadership that hinder a turn to co-created policymaking.",
  "Perceptions (mandate undermined, politics as prioritising, slim majority) coded as one barrier as the paper counts it; discursive; paper's summary: 'traditional role perceptions'")
f(GU, "administrators_expect_what_why_how_division", "barrier", "discursive", "adoption", "tool", DB,
  "The second barrier concerns the administrators’ expectation to the politicians.",
  "Administrators' role expectations (politicians 'what/why', administration 'how') = role perception, discursive")
# Hedensted
f(HE, "leadership_as_setting_direction", "driver", "discursive", "adoption", "tool", DB,
  "political leadership is generally associated with setting the political direction for the municipality and designing solutions in response to local problems and needs",
  "Perception of the leadership role = discursive")
f(HE, "collaborative_culture_trust_politicians_administrators", "driver", "cultural", "adoption", "paper", DB,
  "there is a strong collaborative political culture and a high degree of trust between politicians and administrators that is conducive for co-creation",
  "Paper names 'political culture'")
f(HE, "escape_silos_municipality_as_community", "driver", "discursive", "adoption", "tool", DB,
  "there seems to be a general recognition amongst the politicians that they must avoid being caught in the political silos that merely reflect administrative division of labor",
  "A shared recognition and the 'we' rather than 'us/them' framing = discursive")
f(HE, "younger_generation_strategic_policymaking", "driver", "cultural", "adoption", "tool", DB,
  "the new and younger generation of politicians are much better at strategic policymaking and have no problems leaving the issue specific case management behind",
  "Generational orientation, coded as for Guldborgsund (cultural; doubt: contextual)")
f(HE, "cocreation_as_democratic_participation", "driver", "discursive", "adoption", "tool", DB,
  "co-creation is depicted as tool for stimulating democratic participation",
  "How co-creation is framed ('depicted') = discursive; the underlying participation trend is contextual")
f(HE, "meetings_strain_time_budget", "barrier", "practical", "implementation", "tool", DB,
  "all the meetings involving internal or external co-creation are added to the ordinary meetings and that puts a strong pressure on the politicians' time budget",
  "Paper: 'problems found in the implementation process'; time and meeting load = practical")
f(HE, "politicians_not_confident_with_citizens", "barrier", "practical", "implementation", "tool", DB,
  "not all politicians are confident speaking up in meetings with citizens",
  "Implementation problem; individual skills/confidence in meetings = practical")
f(HE, "politicians_participating_as_citizens", "barrier", "practical", "implementation", "tool", DB,
  "some politicians participate as citizens in area-based development meetings, thus making it difficult to maintain their objectivity as politicians when they are voting on funding of local development plans",
  "Implementation problem; role mix in meetings and votes, read as practical (doubt: institutional, rules on impartiality)")
f(HE, "hard_to_keep_sharp_political_profile", "barrier", "discursive", "implementation", "tool", DB,
  "it can be difficult for the politicians to have a sharp political profile when they co-create political solutions with politicians from other parties",
  "Implementation problem about political identity and profiling = discursive (doubt: cultural)")
f(HE, "citizens_vs_employees_demands", "barrier", "practical", "implementation", "tool", DB,
  "some politicians find it difficult to navigate between the citizens' demands and the interests of public employees",
  "Implementation problem; handling conflicting demands in practice = practical")
f(HE, "press_criticism_closed_dialogue_meetings", "barrier", "institutional", "implementation", "tool", DB,
  "the local press complain about the closed dialogue meetings that undermines democratic transparency",
  "Implementation problem; concerns the closed design of an institution and transparency norms = institutional (doubt: contextual, external critics)")

with open("/work/blind/coding_b_activities.tsv", "w", encoding="utf-8", newline="") as fh:
    fh.write("case_name\tname\tactors\tobject\tdecision\tscope\tstatus\tsection\tquote\treason\n")
    for r in A:
        r = list(r); r[2] = "{" + r[2] + "}"
        fh.write("\t".join(r) + "\n")
with open("/work/blind/coding_b_factors.tsv", "w", encoding="utf-8", newline="") as fh:
    fh.write("case_name\tcode\tpolarity\tdimension\tstage\tdimension_source\tsection\tquote\treason\n")
    for r in F:
        fh.write("\t".join(r) + "\n")
print(len(A), len(F))
