-- The main job (until the sample study lands): the paper's activities
-- classified, each with the rule that decided.
SET search_path = public, cocreation;
\pset footer off
\echo 'Co-creation activities from Bentzen, Sorensen & Torfing, classified'
\echo
SELECT a.municipality, e.level, e.rule, a.activity
FROM (VALUES
  ('Steinkjer', 'Bolyst area-based development', '{manager,frontline,citizen,civil_society}'::text[], 'problem', 'joint'),
  ('Steinkjer', 'mandatory hearings on policy plans', '{politician,manager,citizen}', 'policy', 'consultation'),
  ('Steinkjer', 'councillors in Bolyst as residents', '{manager,citizen,politician_as_citizen}', 'problem', 'joint'),
  ('Guldborgsund', 'elderly care centre garden', '{manager,frontline,user,volunteer}', 'service', 'joint'),
  ('Guldborgsund', 'section 17.4 committee, Lindholm', '{politician,citizen,civil_society,business}', 'problem', 'advisory'),
  ('Hedensted', 'section 17.4 committee, elderly care', '{politician,manager}', 'policy', 'advisory'),
  ('Hedensted', 'section 17.4 committee, transport', '{politician,citizen}', 'policy', 'advisory')
) a(municipality, activity, actors, object, decision),
LATERAL cocreation.classify_explain(a.actors, a.object, a.decision) e
ORDER BY 1, 2 DESC;
