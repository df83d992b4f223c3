-- Catalog properties of the intercoder agreement aggregates (issue 6).
BEGIN;
SELECT plan(5);

-- every support function's volatility, strictness and parallel label
SELECT results_eq(
  $$ SELECT p.oid::regprocedure::text, p.provolatile::text, p.proisstrict, p.proparallel::text
     FROM pg_catalog.pg_proc p
     WHERE p.pronamespace = 'cocreation'::regnamespace AND p.prokind = 'f'
       AND (p.proname LIKE 'agreement\_%' OR p.proname LIKE '%\_sfunc' OR p.proname LIKE '%\_final')
     ORDER BY 1 $$,
  $$ VALUES
     ('cocreation.agreement_pairs_combine(internal,internal)', 'i', false, 's'),
     ('cocreation.agreement_pairs_deserialize(bytea,internal)', 'i', true, 's'),
     ('cocreation.agreement_pairs_serialize(internal)', 'i', true, 's'),
     ('cocreation.agreement_pairs_sfunc(internal,anyelement,anyelement)', 'i', false, 's'),
     ('cocreation.agreement_units_combine(internal,internal)', 'i', false, 's'),
     ('cocreation.agreement_units_deserialize(bytea,internal)', 'i', true, 's'),
     ('cocreation.agreement_units_serialize(internal)', 'i', true, 's'),
     ('cocreation.agreement_units_sfunc(internal,anyelement,anycompatible)', 'i', false, 's'),
     ('cocreation.cohen_kappa_final(internal)', 'i', false, 's'),
     ('cocreation.fleiss_kappa_final(internal)', 'i', false, 's'),
     ('cocreation.krippendorff_alpha_final(internal)', 'i', false, 's'),
     ('cocreation.krippendorff_alpha_sfunc(internal,anyelement,cocreation.level)', 'i', false, 's'),
     ('cocreation.krippendorff_alpha_sfunc(internal,anyelement,cocreation.level,text)', 'i', false, 's'),
     ('cocreation.krippendorff_alpha_sfunc(internal,anyelement,double precision)', 'i', false, 's'),
     ('cocreation.krippendorff_alpha_sfunc(internal,anyelement,double precision,text)', 'i', false, 's'),
     ('cocreation.percent_agreement_final(internal)', 'i', false, 's'),
     ('cocreation.percent_agreement_units_final(internal)', 'i', false, 's'),
     ('cocreation.weighted_kappa_final(internal)', 'i', false, 's'),
     ('cocreation.weighted_kappa_sfunc(internal,cocreation.level,cocreation.level)', 'i', false, 's'),
     ('cocreation.weighted_kappa_sfunc(internal,cocreation.level,cocreation.level,text)', 'i', false, 's'),
     ('cocreation.weighted_kappa_sfunc(internal,double precision,double precision)', 'i', false, 's'),
     ('cocreation.weighted_kappa_sfunc(internal,double precision,double precision,text)', 'i', false, 's') $$,
  'agreement support functions: IMMUTABLE, PARALLEL SAFE; serial/deserial STRICT');

-- the aggregates themselves
SELECT results_eq(
  $$ SELECT p.oid::regprocedure::text, p.proparallel::text, p.prorettype::regtype::text
     FROM pg_catalog.pg_proc p
     WHERE p.pronamespace = 'cocreation'::regnamespace AND p.prokind = 'a'
       AND p.proname IN ('krippendorff_alpha', 'cohen_kappa', 'weighted_kappa', 'fleiss_kappa',
                         'percent_agreement', 'percent_agreement_units')
     ORDER BY 1 $$,
  $$ VALUES
     ('cocreation.cohen_kappa(anyelement,anyelement)', 's', 'double precision'),
     ('cocreation.fleiss_kappa(anyelement,anycompatible)', 's', 'double precision'),
     ('cocreation.krippendorff_alpha(anyelement,cocreation.level)', 's', 'double precision'),
     ('cocreation.krippendorff_alpha(anyelement,cocreation.level,text)', 's', 'double precision'),
     ('cocreation.krippendorff_alpha(anyelement,double precision)', 's', 'double precision'),
     ('cocreation.krippendorff_alpha(anyelement,double precision,text)', 's', 'double precision'),
     ('cocreation.percent_agreement(anyelement,anyelement)', 's', 'double precision'),
     ('cocreation.percent_agreement_units(anyelement,anycompatible)', 's', 'double precision'),
     ('cocreation.weighted_kappa(cocreation.level,cocreation.level)', 's', 'double precision'),
     ('cocreation.weighted_kappa(cocreation.level,cocreation.level,text)', 's', 'double precision'),
     ('cocreation.weighted_kappa(double precision,double precision)', 's', 'double precision'),
     ('cocreation.weighted_kappa(double precision,double precision,text)', 's', 'double precision') $$,
  'agreement aggregates: PARALLEL SAFE, returning float8');

-- every aggregate can run in parallel: combine, serial and deserial functions
SELECT is_empty(
  $$ SELECT a.aggfnoid::regprocedure::text
     FROM pg_catalog.pg_aggregate a JOIN pg_catalog.pg_proc p ON p.oid = a.aggfnoid
     WHERE p.pronamespace = 'cocreation'::regnamespace
       AND p.proname IN ('krippendorff_alpha', 'cohen_kappa', 'weighted_kappa', 'fleiss_kappa',
                         'percent_agreement', 'percent_agreement_units')
       AND (a.aggcombinefn = 0 OR a.aggserialfn = 0 OR a.aggdeserialfn = 0
            OR a.aggtranstype <> 'internal'::regtype OR a.aggtransspace <= 0) $$,
  'agreement aggregates have combine, serial and deserial functions and an SSPACE estimate');

SELECT is(
  (SELECT pg_get_function_arguments('cocreation.krippendorff_alpha(anyelement,double precision,text)'::regprocedure)),
  'unit anyelement, value double precision, metric text',
  'krippendorff_alpha takes unit, value and metric');

SELECT is(
  (SELECT pg_get_function_arguments('cocreation.fleiss_kappa(anyelement,anycompatible)'::regprocedure)),
  'unit anyelement, value anycompatible',
  'fleiss_kappa takes units and values of independent types');

SELECT * FROM finish();
ROLLBACK;
