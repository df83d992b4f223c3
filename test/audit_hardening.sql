-- Hardening audit (issue 7): who may run and see what, over every object the
-- extension owns (discovered from pg_depend, so later issues are covered),
-- and over the views of a workspace (the sample study, when load_sample exists).
BEGIN;
SELECT plan(8);

-- a workspace: its views are audited too
DO $$
DECLARE f regproc;
BEGIN
  -- found through pg_depend, whatever the extension's schema
  SELECT p.oid INTO f FROM pg_catalog.pg_proc p
  JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid
    AND d.deptype = 'e'
  JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'cocreation'
  WHERE p.proname ~ 'load_sample$' AND p.pronargs = 1;
  -- without it the view checks below would pass over no workspace at all
  IF f IS NULL THEN
    RAISE EXCEPTION 'the extension has no load_sample function to build a workspace with';
  END IF;
  EXECUTE format('SELECT %s(%L)', f, 'audit_sample');
END $$;

CREATE TEMP VIEW hard_functions AS
SELECT p.oid, p.oid::regprocedure::text AS signature, p.proname, p.prokind, p.prosecdef,
       p.proleakproof, p.proparallel, p.proargtypes, p.proacl
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_proc'::regclass
  AND d.objid = p.oid AND d.deptype = 'e'
JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'cocreation';

SELECT is_empty(
  $$ SELECT signature FROM hard_functions WHERE prosecdef $$,
  'no function of the extension is SECURITY DEFINER');

-- views of the extension and of workspaces (any view outside the system
-- schemas that no other extension owns) run with the caller's rights, so
-- row-level security and grants of the base tables hold for every reader
SELECT is_empty(
  $$ SELECT c.oid::regclass::text FROM pg_catalog.pg_class c
     JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind = 'v' AND n.nspname NOT IN ('pg_catalog', 'information_schema')
       AND n.nspname NOT LIKE 'pg_temp%'
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                       JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid
                       WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid
                         AND d.deptype = 'e' AND e.extname <> 'cocreation')
       AND NOT coalesce(c.reloptions::text[] && '{security_invoker=true,security_invoker=on,security_invoker=1,security_invoker=yes}', false)
     ORDER BY 1 $$,
  'every view of the extension and of a workspace has security_invoker');

-- A function with an internal argument cannot be called from SQL with a
-- value a user made up (no SQL expression yields internal), so PostgreSQL
-- and contrib leave type receive functions, aggregate support functions,
-- operator class support and selectivity functions executable by PUBLIC.
-- PostgreSQL does not check EXECUTE on them when it calls them for a type or
-- an aggregate (it checks the aggregate owner's right), but PUBLIC EXECUTE is
-- harmless there. Any other function taking internal must not be PUBLIC.
SELECT is_empty(
  $$ SELECT signature FROM hard_functions f
     WHERE 'pg_catalog.internal'::regtype = ANY (f.proargtypes::oid[])
       AND pg_catalog.has_function_privilege('public', f.oid, 'EXECUTE') IS NOT FALSE
       AND (f.proacl IS NULL OR EXISTS (SELECT 1 FROM pg_catalog.aclexplode(f.proacl) a
                                        WHERE a.grantee = 0 AND a.privilege_type = 'EXECUTE'))
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type t
                       WHERE f.oid IN (t.typreceive, t.typanalyze, t.typsubscript))
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_aggregate a
                       WHERE f.oid IN (a.aggtransfn, a.aggfinalfn, a.aggcombinefn, a.aggserialfn,
                                       a.aggdeserialfn, a.aggmtransfn, a.aggminvtransfn, a.aggmfinalfn))
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_amproc p WHERE p.amproc = f.oid)
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_operator o WHERE f.oid IN (o.oprrest, o.oprjoin))
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_proc s WHERE s.prosupport = f.oid) $$,
  'no function taking internal is executable by PUBLIC unless PostgreSQL calls it for a type, aggregate, operator class or estimate');

-- LEAKPROOF is a promise that no argument value can leak through an error
-- or a side effect; it lets the planner push the function below security
-- barriers. Only the reviewed functions may make it: comparison, hash and
-- cast functions that raise no error for any value input can make, and for
-- bytes no input makes only XX001 "damaged <type> value", which tells
-- nothing about a valid row (as PostgreSQL's own LEAKPROOF texteq on a
-- damaged compressed value). A new LEAKPROOF function must be reviewed and
-- added here.
SELECT is_empty(
  $$ SELECT signature FROM hard_functions WHERE proleakproof
     EXCEPT
     SELECT unnest(ARRAY[
       'level_eq(level,level)',
       'level_ne(level,level)',
       'level_lt(level,level)',
       'level_le(level,level)',
       'level_gt(level,level)',
       'level_ge(level,level)',
       'level_cmp(level,level)',
       'level_hash(level)',
       'level_hash_extended(level,bigint)',
       'level_to_int4(level)',
       -- equality of fixed-size values compared field by field, hashes of a
       -- 4-byte profile and the distance between two profiles' small
       -- integer scores: no error for any value input makes
       'tally_eq(tally,tally)',
       'tally_ne(tally,tally)',
       'profile_eq(profile,profile)',
       'profile_ne(profile,profile)',
       'profile_hash(profile)',
       'profile_hash_extended(profile,bigint)',
       'profile_distance(profile,profile)',
       'balance_eq(balance,balance)',
       'balance_ne(balance,balance)',
       -- factor kinds compare and hash their one byte, once it is checked
       'factor_kind_eq(factor_kind,factor_kind)',
       'factor_kind_ne(factor_kind,factor_kind)',
       'factor_kind_lt(factor_kind,factor_kind)',
       'factor_kind_le(factor_kind,factor_kind)',
       'factor_kind_gt(factor_kind,factor_kind)',
       'factor_kind_ge(factor_kind,factor_kind)',
       'factor_kind_cmp(factor_kind,factor_kind)',
       'factor_kind_hash(factor_kind)',
       'factor_kind_hash_extended(factor_kind,bigint)']) $$,
  'LEAKPROOF only on the reviewed list (level, tally, profile, balance and factor kind comparison, hash and cast functions)');

-- aggregates that are PARALLEL SAFE can be split: a combine function, and
-- serial/deserial functions when the state is internal
SELECT is_empty(
  $$ SELECT f.signature FROM hard_functions f JOIN pg_catalog.pg_aggregate a ON a.aggfnoid = f.oid
     WHERE f.proparallel = 's'
       AND (a.aggcombinefn = 0
            OR a.aggtranstype = 'pg_catalog.internal'::regtype AND (a.aggserialfn = 0 OR a.aggdeserialfn = 0)) $$,
  'every PARALLEL SAFE aggregate has a combine function (and serial/deserial for an internal state)');

SELECT is_empty(
  $$ SELECT f.signature FROM hard_functions f JOIN pg_catalog.pg_aggregate a ON a.aggfnoid = f.oid
     JOIN pg_catalog.pg_proc s ON s.oid IN (a.aggtransfn, a.aggfinalfn, a.aggcombinefn,
                                            a.aggserialfn, a.aggdeserialfn)
     WHERE f.proparallel = 's' AND s.proparallel <> 's' $$,
  'a PARALLEL SAFE aggregate uses only PARALLEL SAFE support functions');

-- no table of the extension can be changed by PUBLIC
SELECT is_empty(
  $$ SELECT c.oid::regclass::text || ': ' || a.privilege_type
     FROM pg_catalog.pg_class c
     JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid
       AND d.deptype = 'e'
     JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'cocreation'
     CROSS JOIN LATERAL pg_catalog.aclexplode(c.relacl) a
     WHERE a.grantee = 0 AND a.privilege_type IN ('INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER') $$,
  'no table of the extension is writable by PUBLIC');

-- functions the extension's SQL-language functions and views depend on are
-- schema-qualified: no view body resolves through the caller's search_path
SELECT is_empty(
  $$ SELECT c.oid::regclass::text FROM pg_catalog.pg_class c
     JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid
       AND d.deptype = 'e'
     JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'cocreation'
     WHERE c.relkind = 'v' AND NOT (c.relnamespace = (SELECT extnamespace FROM pg_catalog.pg_extension WHERE extname = 'cocreation')) $$,
  'every view of the extension lives in schema cocreation');

SELECT * FROM finish();
ROLLBACK;
