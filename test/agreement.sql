-- Catalog properties of the intercoder agreement aggregates (issue 6).
BEGIN;
SELECT plan(5);

-- every support function's volatility, strictness and parallel label
SELECT set_eq(
  $$ SELECT p.oid::regprocedure::text, p.provolatile::text, p.proisstrict, p.proparallel::text
     FROM pg_catalog.pg_proc p
     WHERE p.oid IN (SELECT d.objid FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid WHERE e.extname = 'cocreation' AND d.deptype = 'e' AND d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass) AND p.prokind = 'f'
       AND (p.proname LIKE 'agreement\_%'
            OR p.proname ~ '^(krippendorff_alpha|cohen_kappa|weighted_kappa|fleiss_kappa|percent_agreement|percent_agreement_units)_(sfunc|final|combine|serialize|deserialize)$')
     ORDER BY 1 $$,
  $$ VALUES
     ('agreement_pairs_sfunc(internal,anyelement,anyelement)', 'i', false, 's'),
     ('agreement_units_sfunc(internal,anyelement,anycompatible)', 'i', false, 's'),
     ('cohen_kappa_final(internal)', 'i', false, 's'),
     ('fleiss_kappa_final(internal)', 'i', false, 's'),
     ('krippendorff_alpha_final(internal)', 'i', false, 's'),
     ('krippendorff_alpha_sfunc(internal,anyelement,level)', 'i', false, 's'),
     ('krippendorff_alpha_sfunc(internal,anyelement,level,text)', 'i', false, 's'),
     ('krippendorff_alpha_sfunc(internal,anyelement,double precision)', 'i', false, 's'),
     ('krippendorff_alpha_sfunc(internal,anyelement,double precision,text)', 'i', false, 's'),
     ('percent_agreement_combine(internal,internal)', 'i', false, 's'),
     ('percent_agreement_deserialize(bytea,internal)', 'i', true, 's'),
     ('percent_agreement_final(internal)', 'i', false, 's'),
     ('percent_agreement_serialize(internal)', 'i', true, 's'),
     ('percent_agreement_sfunc(internal,anyelement,anyelement)', 'i', false, 's'),
     ('percent_agreement_units_final(internal)', 'i', false, 's'),
     ('weighted_kappa_final(internal)', 'i', false, 's'),
     ('weighted_kappa_sfunc(internal,level,level)', 'i', false, 's'),
     ('weighted_kappa_sfunc(internal,level,level,text)', 'i', false, 's'),
     ('weighted_kappa_sfunc(internal,double precision,double precision)', 'i', false, 's'),
     ('weighted_kappa_sfunc(internal,double precision,double precision,text)', 'i', false, 's') $$,
  'agreement support functions: IMMUTABLE, PARALLEL SAFE; serial/deserial STRICT');

-- the aggregates themselves
SELECT set_eq(
  $$ SELECT p.oid::regprocedure::text, p.proparallel::text, p.prorettype::regtype::text
     FROM pg_catalog.pg_proc p
     WHERE p.oid IN (SELECT d.objid FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid WHERE e.extname = 'cocreation' AND d.deptype = 'e' AND d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass) AND p.prokind = 'a'
       AND p.proname IN ('krippendorff_alpha', 'cohen_kappa', 'weighted_kappa', 'fleiss_kappa',
                         'percent_agreement', 'percent_agreement_units')
     ORDER BY 1 $$,
  $$ VALUES
     ('cohen_kappa(anyelement,anyelement)', 'r', 'double precision'),
     ('fleiss_kappa(anyelement,anycompatible)', 'r', 'double precision'),
     ('krippendorff_alpha(anyelement,level)', 'r', 'double precision'),
     ('krippendorff_alpha(anyelement,level,text)', 'r', 'double precision'),
     ('krippendorff_alpha(anyelement,double precision)', 'r', 'double precision'),
     ('krippendorff_alpha(anyelement,double precision,text)', 'r', 'double precision'),
     ('percent_agreement(anyelement,anyelement)', 's', 'double precision'),
     ('percent_agreement_units(anyelement,anycompatible)', 'r', 'double precision'),
     ('weighted_kappa(level,level)', 'r', 'double precision'),
     ('weighted_kappa(level,level,text)', 'r', 'double precision'),
     ('weighted_kappa(double precision,double precision)', 'r', 'double precision'),
     ('weighted_kappa(double precision,double precision,text)', 'r', 'double precision') $$,
  'agreement aggregates returning float8: PARALLEL RESTRICTED where the state holds keys, percent_agreement PARALLEL SAFE');

-- a PARALLEL SAFE agreement aggregate can be split (combine, serial and
-- deserial functions); a restricted one has none, since it never is
SELECT is_empty(
  $$ SELECT a.aggfnoid::regprocedure::text
     FROM pg_catalog.pg_aggregate a JOIN pg_catalog.pg_proc p ON p.oid = a.aggfnoid
     WHERE p.oid IN (SELECT d.objid FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid WHERE e.extname = 'cocreation' AND d.deptype = 'e' AND d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass)
       AND p.proname IN ('krippendorff_alpha', 'cohen_kappa', 'weighted_kappa', 'fleiss_kappa',
                         'percent_agreement', 'percent_agreement_units')
       AND ((p.proparallel = 's') <> (a.aggcombinefn <> 0 AND a.aggserialfn <> 0 AND a.aggdeserialfn <> 0)
            OR p.proparallel = 'u'
            OR a.aggtranstype <> 'internal'::regtype OR a.aggtransspace <= 0) $$,
  'agreement aggregates: combine, serial and deserial functions exactly when PARALLEL SAFE, and an SSPACE estimate');

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
