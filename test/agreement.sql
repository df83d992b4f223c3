-- Catalog properties of the intercoder agreement aggregates (issue 6).
BEGIN;
SELECT plan(3);

-- (volatility, strictness and parallel labels: test/01_invariants.sql)

-- the aggregates themselves
SELECT results_eq(
  $$ SELECT p.oid::regprocedure::text, p.prorettype::regtype::text
     FROM pg_catalog.pg_proc p
     WHERE p.pronamespace = 'cocreation'::regnamespace AND p.prokind = 'a'
       AND p.proname IN ('krippendorff_alpha', 'cohen_kappa', 'weighted_kappa', 'fleiss_kappa',
                         'percent_agreement', 'percent_agreement_units')
     ORDER BY 1 $$,
  $$ VALUES
     ('cocreation.cohen_kappa(anyelement,anyelement)', 'double precision'),
     ('cocreation.fleiss_kappa(anyelement,anycompatible)', 'double precision'),
     ('cocreation.krippendorff_alpha(anyelement,cocreation.level)', 'double precision'),
     ('cocreation.krippendorff_alpha(anyelement,cocreation.level,text)', 'double precision'),
     ('cocreation.krippendorff_alpha(anyelement,double precision)', 'double precision'),
     ('cocreation.krippendorff_alpha(anyelement,double precision,text)', 'double precision'),
     ('cocreation.percent_agreement(anyelement,anyelement)', 'double precision'),
     ('cocreation.percent_agreement_units(anyelement,anycompatible)', 'double precision'),
     ('cocreation.weighted_kappa(cocreation.level,cocreation.level)', 'double precision'),
     ('cocreation.weighted_kappa(cocreation.level,cocreation.level,text)', 'double precision'),
     ('cocreation.weighted_kappa(double precision,double precision)', 'double precision'),
     ('cocreation.weighted_kappa(double precision,double precision,text)', 'double precision') $$,
  'agreement aggregates and their signatures, returning float8');


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
