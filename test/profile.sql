-- Catalog properties of tallies, profiles and their aggregates.
BEGIN;
SELECT plan(9);

SELECT has_type('public', 'tally', 'type tally exists');
SELECT has_type('public', 'profile', 'type profile exists');

-- (volatility, strictness and parallel labels: test/01_invariants.sql)

-- the aggregates: a combine function, no internal state; the weighted one
-- and the roll-up sum weights exactly in a tally_partial (doc/scaling.md)
SELECT results_eq(
  $$ SELECT p.oid::regprocedure::text, a.aggtranstype::regtype::text,
            a.aggcombinefn::text, a.aggfinalfn::text
     FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_aggregate a ON a.aggfnoid = p.oid
     WHERE p.oid IN (SELECT d.objid FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid WHERE e.extname = 'cocreation' AND d.deptype = 'e' AND d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass)
       AND p.proname IN ('tally_agg', 'profile_agg')  -- profile_agg: none, there is no default calibration
     ORDER BY 1 $$,
  $$ VALUES
     ('tally_agg(level)', 'tally', 'tally_merge', '-'),
     ('tally_agg(level,double precision)', 'tally_partial', 'tally_partial_merge', 'tally_partial_final'),
     ('tally_agg(tally)', 'tally_partial', 'tally_partial_merge', 'tally_partial_final') $$,
  'tally_agg: combinable, state of type tally or tally_partial; no aggregate calibrates with a default');

SELECT is(
  (SELECT pg_get_function_arguments('profile(tally,double precision[],text)'::regprocedure)),
  't tally, thresholds double precision[], method text',
  'profile() has no default thresholds: the analyst chooses them');
SELECT is(
  (SELECT pg_get_function_arguments('profile(tally,double precision[])'::regprocedure)),
  't tally, thresholds double precision[]',
  'profile(t, thresholds) is the method sum, as an overload rather than a DEFAULT');
SELECT is(
  (SELECT pg_get_function_arguments('goes_all_the_way(profile,numeric)'::regprocedure)),
  'p profile, min_score numeric DEFAULT 3',
  'goes_all_the_way() defaults to the top score, three crosses (exploited in full)');

SELECT results_eq(
  $$ SELECT t.oid::regtype::text, t.typlen::int, t.typbyval
     FROM pg_catalog.pg_type t
     WHERE t.oid IN ('tally'::regtype, 'profile'::regtype) ORDER BY 1 $$,
  $$ VALUES ('profile', 4, true), ('tally', 88, false) $$,
  'fixed sizes: a tally is 88 bytes by reference (an 8-byte format header, then the fields), a profile 4 bytes by value');

SELECT results_eq(
  $$ SELECT castsource::regtype::text, casttarget::regtype::text, castcontext::text, castmethod::text
     FROM pg_catalog.pg_cast
     WHERE castsource IN ('tally'::regtype, 'profile'::regtype)
        OR casttarget IN ('tally'::regtype, 'profile'::regtype)
     ORDER BY 1, 2 $$,
  $$ VALUES ('profile', 'jsonb', 'e', 'f'), ('profile', 'text', 'a', 'i'),
            ('tally', 'jsonb', 'e', 'f'), ('tally', 'text', 'a', 'i'),
            ('text', 'profile', 'e', 'i'), ('text', 'tally', 'e', 'i') $$,
  'casts of tally and profile to jsonb and to and from text');

SELECT results_eq(
  $$ SELECT o.oid::regoperator::text, o.oprresult::regtype::text
     FROM pg_catalog.pg_operator o
     WHERE o.oprleft IN ('tally'::regtype, 'profile'::regtype)
     ORDER BY o.oid::regoperator::text COLLATE "C" $$,
  $$ VALUES ('+(tally,tally)', 'tally'),
            ('<->(profile,profile)', 'double precision'),
            ('<>(profile,profile)', 'boolean'),
            ('<>(tally,tally)', 'boolean'),
            ('=(profile,profile)', 'boolean'),
            ('=(tally,tally)', 'boolean') $$,
  'operators of tally and profile');

SELECT * FROM finish();
ROLLBACK;
