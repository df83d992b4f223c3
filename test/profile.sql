-- Catalog properties of tallies, profiles and their aggregates (issue 3).
BEGIN;
SELECT plan(8);

SELECT has_type('cocreation', 'tally', 'type cocreation.tally exists');
SELECT has_type('cocreation', 'profile', 'type cocreation.profile exists');

-- (volatility, strictness and parallel labels: test/01_invariants.sql)

-- the aggregates: a combine function, no internal state
SELECT results_eq(
  $$ SELECT p.oid::regprocedure::text, a.aggtranstype::regtype::text,
            a.aggcombinefn::text, a.aggfinalfn::text
     FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_aggregate a ON a.aggfnoid = p.oid
     WHERE p.pronamespace = 'cocreation'::regnamespace
       AND p.proname IN ('tally_agg', 'profile_agg')
     ORDER BY 1 $$,
  $$ VALUES
     ('cocreation.profile_agg(cocreation.level)', 'cocreation.tally', 'cocreation.tally_merge', 'cocreation.profile_final'),
     ('cocreation.profile_agg(cocreation.level,double precision)', 'cocreation.tally', 'cocreation.tally_merge', 'cocreation.profile_final'),
     ('cocreation.tally_agg(cocreation.level)', 'cocreation.tally', 'cocreation.tally_merge', '-'),
     ('cocreation.tally_agg(cocreation.level,double precision)', 'cocreation.tally', 'cocreation.tally_merge', '-'),
     ('cocreation.tally_agg(cocreation.tally)', 'cocreation.tally', 'cocreation.tally_merge', '-') $$,
  'tally_agg and profile_agg: combinable, state of type tally');

SELECT is(
  (SELECT pg_get_function_arguments('cocreation.profile(cocreation.tally,double precision[],text)'::regprocedure)),
  't cocreation.tally, thresholds double precision[] DEFAULT ''{2,4,8}''::double precision[], method text DEFAULT ''sum''::text',
  'profile() defaults to thresholds {2,4,8} and method sum');
SELECT is(
  (SELECT pg_get_function_arguments('cocreation.goes_all_the_way(cocreation.profile,numeric)'::regprocedure)),
  'p cocreation.profile, min_score numeric DEFAULT 1',
  'goes_all_the_way() defaults to one cross');

SELECT results_eq(
  $$ SELECT t.oid::regtype::text, t.typlen::int, t.typbyval
     FROM pg_catalog.pg_type t
     WHERE t.oid IN ('cocreation.tally'::regtype, 'cocreation.profile'::regtype) ORDER BY 1 $$,
  $$ VALUES ('cocreation.profile', 4, true), ('cocreation.tally', 80, false) $$,
  'fixed sizes: a tally is 80 bytes by reference, a profile 4 bytes by value');

SELECT results_eq(
  $$ SELECT castsource::regtype::text, casttarget::regtype::text, castcontext::text, castmethod::text
     FROM pg_catalog.pg_cast
     WHERE castsource IN ('cocreation.tally'::regtype, 'cocreation.profile'::regtype)
        OR casttarget IN ('cocreation.tally'::regtype, 'cocreation.profile'::regtype)
     ORDER BY 1, 2 $$,
  $$ VALUES ('cocreation.profile', 'jsonb', 'e', 'f'), ('cocreation.profile', 'text', 'a', 'i'),
            ('cocreation.tally', 'jsonb', 'e', 'f'), ('cocreation.tally', 'text', 'a', 'i'),
            ('text', 'cocreation.profile', 'e', 'i'), ('text', 'cocreation.tally', 'e', 'i') $$,
  'casts of tally and profile to jsonb and to and from text');

SELECT results_eq(
  $$ SELECT o.oid::regoperator::text, o.oprresult::regtype::text
     FROM pg_catalog.pg_operator o
     WHERE o.oprleft IN ('cocreation.tally'::regtype, 'cocreation.profile'::regtype)
     ORDER BY o.oid::regoperator::text COLLATE "C" $$,
  $$ VALUES ('cocreation.+(cocreation.tally,cocreation.tally)', 'cocreation.tally'),
            ('cocreation.<->(cocreation.profile,cocreation.profile)', 'double precision'),
            ('cocreation.<>(cocreation.profile,cocreation.profile)', 'boolean'),
            ('cocreation.<>(cocreation.tally,cocreation.tally)', 'boolean'),
            ('cocreation.=(cocreation.profile,cocreation.profile)', 'boolean'),
            ('cocreation.=(cocreation.tally,cocreation.tally)', 'boolean') $$,
  'operators of tally and profile');

SELECT * FROM finish();
ROLLBACK;
