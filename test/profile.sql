-- Catalog properties of tallies, profiles and their aggregates (issue 3).
BEGIN;
SELECT plan(9);

SELECT has_type('public', 'tally', 'type tally exists');
SELECT has_type('public', 'profile', 'type profile exists');

-- every function's volatility, strictness and parallel label, as intended:
-- transition and combine functions are called on NULL input (NULL levels,
-- weights and states are handled in C), everything else is STRICT
SELECT results_eq(
  $$ SELECT p.oid::regprocedure::text, p.provolatile::text, p.proisstrict, p.proparallel::text
     FROM pg_catalog.pg_proc p
     WHERE p.oid IN (SELECT d.objid FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid WHERE e.extname = 'cocreation' AND d.deptype = 'e' AND d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass) AND p.prokind = 'f'
       AND (p.proname LIKE 'tally%' OR p.proname LIKE 'profile%'
            OR p.proname IN ('score', 'notation', 'reach', 'goes_all_the_way', 'political_gap'))
     ORDER BY 1 $$,
  $$ VALUES
     ('goes_all_the_way(profile,numeric)', 'i', true, 's'),
     ('notation(profile)', 'i', true, 's'),
     ('political_gap(profile)', 'i', true, 's'),
     ('profile(tally,double precision[],text)', 'i', true, 's'),
     ('profile_distance(profile,profile)', 'i', true, 's'),
     ('profile_eq(profile,profile)', 'i', true, 's'),
     ('profile_final(tally)', 'i', true, 's'),
     ('profile_hash(profile)', 'i', true, 's'),
     ('profile_hash_extended(profile,bigint)', 'i', true, 's'),
     ('profile_in(cstring)', 'i', true, 's'),
     ('profile_ne(profile,profile)', 'i', true, 's'),
     ('profile_out(profile)', 'i', true, 's'),
     ('profile_recv(internal)', 'i', true, 's'),
     ('profile_send(profile)', 'i', true, 's'),
     ('profile_to_jsonb(profile)', 'i', true, 's'),
     ('reach(profile)', 'i', true, 's'),
     ('score(profile,level)', 'i', true, 's'),
     ('tally_add(tally,tally)', 'i', true, 's'),
     ('tally_eq(tally,tally)', 'i', true, 's'),
     ('tally_in(cstring)', 'i', true, 's'),
     ('tally_merge(tally,tally)', 'i', false, 's'),
     ('tally_ne(tally,tally)', 'i', true, 's'),
     ('tally_out(tally)', 'i', true, 's'),
     ('tally_recv(internal)', 'i', true, 's'),
     ('tally_send(tally)', 'i', true, 's'),
     ('tally_sfunc(tally,level)', 'i', false, 's'),
     ('tally_sfunc(tally,level,double precision)', 'i', false, 's'),
     ('tally_to_jsonb(tally)', 'i', true, 's') $$,
  'tally and profile functions: IMMUTABLE, PARALLEL SAFE, STRICT except transition functions');

-- the aggregates: parallel safe, with a combine function, no internal state
SELECT results_eq(
  $$ SELECT p.oid::regprocedure::text, p.proparallel::text, a.aggtranstype::regtype::text,
            a.aggcombinefn::text, a.aggfinalfn::text
     FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_aggregate a ON a.aggfnoid = p.oid
     WHERE p.oid IN (SELECT d.objid FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid WHERE e.extname = 'cocreation' AND d.deptype = 'e' AND d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass)
       AND p.proname IN ('tally_agg', 'profile_agg')
     ORDER BY 1 $$,
  $$ VALUES
     ('profile_agg(level)', 's', 'tally', 'tally_merge', 'profile_final'),
     ('profile_agg(level,double precision)', 's', 'tally', 'tally_merge', 'profile_final'),
     ('tally_agg(level)', 's', 'tally', 'tally_merge', '-'),
     ('tally_agg(level,double precision)', 's', 'tally', 'tally_merge', '-'),
     ('tally_agg(tally)', 's', 'tally', 'tally_merge', '-') $$,
  'tally_agg and profile_agg: parallel safe, combinable, state of type tally');

SELECT is(
  (SELECT pg_get_function_arguments('profile(tally,double precision[],text)'::regprocedure)),
  't tally, thresholds double precision[] DEFAULT ''{2,4,8}''::double precision[], method text DEFAULT ''sum''::text',
  'profile() defaults to thresholds {2,4,8} and method sum');
SELECT is(
  (SELECT pg_get_function_arguments('goes_all_the_way(profile,numeric)'::regprocedure)),
  'p profile, min_score numeric DEFAULT 3',
  'goes_all_the_way() defaults to the top score, three crosses (exploited in full)');

SELECT results_eq(
  $$ SELECT t.oid::regtype::text, t.typlen::int, t.typbyval
     FROM pg_catalog.pg_type t
     WHERE t.oid IN ('tally'::regtype, 'profile'::regtype) ORDER BY 1 $$,
  $$ VALUES ('profile', 4, true), ('tally', 80, false) $$,
  'fixed sizes: a tally is 80 bytes by reference, a profile 4 bytes by value');

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
