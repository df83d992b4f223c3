-- Catalog audit of every object the extension owns, whichever issue added it.
BEGIN;
SELECT plan(4);

-- the extension's own functions (aggregates included), by signature
CREATE TEMP VIEW ext_functions AS
SELECT p.oid, p.oid::regprocedure::text AS signature, p.prokind, p.prosecdef,
       p.proconfig, p.prolang
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_proc'::regclass
  AND d.objid = p.oid AND d.deptype = 'e'
JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'cocreation';

SELECT is_empty(
  $$ SELECT signature FROM ext_functions WHERE prosecdef $$,
  'no function of the extension is SECURITY DEFINER');

SELECT is_empty(
  $$ SELECT signature FROM ext_functions
     WHERE prolang = (SELECT oid FROM pg_language WHERE lanname = 'sql')
       AND NOT coalesce(proconfig @> '{"search_path=pg_catalog, pg_temp"}', false) $$,
  'every SQL-language function pins search_path to pg_catalog, pg_temp');

SELECT is_empty(
  $$ SELECT pg_describe_object(d.classid, d.objid, d.objsubid)
     FROM pg_catalog.pg_depend d
     JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'cocreation'
     WHERE d.deptype = 'e'
       AND d.classid IN ('pg_catalog.pg_proc'::regclass, 'pg_catalog.pg_type'::regclass,
                         'pg_catalog.pg_operator'::regclass, 'pg_catalog.pg_class'::regclass)
       AND pg_catalog.obj_description(d.objid, d.classid::regclass::name) IS NULL
       -- array types and composite row types come with their base object
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type t
                       WHERE d.classid = 'pg_catalog.pg_type'::regclass AND t.oid = d.objid
                         AND (t.typelem <> 0 AND t.typlen = -1 OR t.typrelid <> 0))
     ORDER BY 1 $$,
  'every function, type, operator, table and view of the extension has a comment');

SELECT is(
  (SELECT extrelocatable FROM pg_catalog.pg_extension WHERE extname = 'cocreation'),
  false, 'the extension is not relocatable');

SELECT * FROM finish();
ROLLBACK;
