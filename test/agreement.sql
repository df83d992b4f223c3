-- Catalog properties of the intercoder agreement aggregates (issue 6).
BEGIN;
SELECT plan(3);

-- (volatility, strictness and parallel labels: test/01_invariants.sql)

-- the aggregates themselves
SELECT set_eq(
  $$ SELECT p.oid::regprocedure::text, p.prorettype::regtype::text
     FROM pg_catalog.pg_proc p
     WHERE p.oid IN (SELECT d.objid FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid WHERE e.extname = 'cocreation' AND d.deptype = 'e' AND d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass) AND p.prokind = 'a'
       AND p.proname IN ('krippendorff_alpha', 'cohen_kappa', 'weighted_kappa', 'fleiss_kappa',
                         'percent_agreement', 'percent_agreement_units')
     ORDER BY 1 $$,
  $$ VALUES
     ('cohen_kappa(anyelement,anyelement)', 'double precision'),
     ('fleiss_kappa(anyelement,anycompatible)', 'double precision'),
     ('krippendorff_alpha(anyelement,level)', 'double precision'),
     ('krippendorff_alpha(anyelement,level,text)', 'double precision'),
     ('krippendorff_alpha(anyelement,double precision)', 'double precision'),
     ('krippendorff_alpha(anyelement,double precision,text)', 'double precision'),
     ('krippendorff_alpha(text,double precision,text)', 'double precision'),
     ('percent_agreement(anyelement,anyelement)', 'double precision'),
     ('percent_agreement_units(anyelement,anycompatible)', 'double precision'),
     ('weighted_kappa(level,level)', 'double precision'),
     ('weighted_kappa(level,level,text)', 'double precision'),
     ('weighted_kappa(double precision,double precision)', 'double precision'),
     ('weighted_kappa(double precision,double precision,text)', 'double precision') $$,
  'agreement aggregates and their signatures, returning float8');


SELECT is(
  (SELECT pg_get_function_arguments('krippendorff_alpha(anyelement,double precision,text)'::regprocedure)),
  'unit anyelement, value double precision, metric text',
  'krippendorff_alpha takes unit, value and metric');

SELECT is(
  (SELECT pg_get_function_arguments('fleiss_kappa(anyelement,anycompatible)'::regprocedure)),
  'unit anyelement, value anycompatible',
  'fleiss_kappa takes units and values of independent types');

SELECT * FROM finish();
ROLLBACK;
