-- Catalog properties of the level type and classification (issue 2).
BEGIN;
SELECT plan(7);

SELECT has_type('public', 'level', 'type level exists');

-- every function's volatility, strictness and parallel label, as intended
SELECT results_eq(
  $$ SELECT p.oid::regprocedure::text, p.provolatile::text, p.proisstrict, p.proparallel::text
     FROM pg_catalog.pg_proc p
     WHERE p.oid IN (SELECT d.objid FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid WHERE e.extname = 'cocreation' AND d.deptype = 'e' AND d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass)
       AND p.proname IN ('level_in', 'level_out', 'level_recv', 'level_send',
                         'level_to_int4', 'int4_to_level', 'level_eq', 'level_ne',
                         'level_lt', 'level_le', 'level_gt', 'level_ge', 'level_cmp',
                         'level_hash', 'level_hash_extended', 'level_larger',
                         'level_smaller', 'classify', 'classify_explain', 'classify_strict', 'classify_strict_explain')
     ORDER BY 1 $$,
  $$ VALUES
     ('classify(text[],text,text)', 'i', true, 's'),
     ('classify_explain(text[],text,text)', 'i', true, 's'),
     ('classify_strict(text[],text,text)', 'i', true, 's'),
     ('classify_strict_explain(text[],text,text)', 'i', true, 's'),
     ('int4_to_level(integer)', 'i', true, 's'),
     ('level_cmp(level,level)', 'i', true, 's'),
     ('level_eq(level,level)', 'i', true, 's'),
     ('level_ge(level,level)', 'i', true, 's'),
     ('level_gt(level,level)', 'i', true, 's'),
     ('level_hash(level)', 'i', true, 's'),
     ('level_hash_extended(level,bigint)', 'i', true, 's'),
     ('level_in(cstring)', 'i', true, 's'),
     ('level_larger(level,level)', 'i', true, 's'),
     ('level_le(level,level)', 'i', true, 's'),
     ('level_lt(level,level)', 'i', true, 's'),
     ('level_ne(level,level)', 'i', true, 's'),
     ('level_out(level)', 'i', true, 's'),
     ('level_recv(internal)', 'i', true, 's'),
     ('level_send(level)', 'i', true, 's'),
     ('level_smaller(level,level)', 'i', true, 's'),
     ('level_to_int4(level)', 'i', true, 's') $$,
  'level and classify functions: IMMUTABLE, STRICT, PARALLEL SAFE');

SELECT is(
  (SELECT pg_get_function_arguments('classify(text[],text,text)'::regprocedure)),
  'actors text[], object text, decision text DEFAULT ''joint''::text',
  'classify() takes actors, object and a decision defaulting to joint');

SELECT ok(
  EXISTS (SELECT 1 FROM pg_opclass c JOIN pg_am a ON a.oid = c.opcmethod
          WHERE c.opcintype = 'level'::regtype AND a.amname = 'btree' AND c.opcdefault),
  'level has a default btree operator class');
SELECT ok(
  EXISTS (SELECT 1 FROM pg_opclass c JOIN pg_am a ON a.oid = c.opcmethod
          WHERE c.opcintype = 'level'::regtype AND a.amname = 'hash' AND c.opcdefault),
  'level has a default hash operator class');

SELECT set_eq(
  $$ SELECT castsource::regtype::text, casttarget::regtype::text, castcontext::text, castmethod::text
     FROM pg_catalog.pg_cast
     WHERE 'level'::regtype IN (castsource, casttarget) ORDER BY 1, 2 $$,
  $$ VALUES ('level', 'integer', 'e', 'f'), ('level', 'text', 'a', 'i'),
            ('integer', 'level', 'e', 'f'), ('text', 'level', 'e', 'i') $$,
  'casts between level and integer (explicit) and text (assignment to text, through I/O)');

SELECT is(
  (SELECT typlen::int FROM pg_type WHERE oid = 'level'::regtype), 1,
  'a level is stored in one byte');

SELECT * FROM finish();
ROLLBACK;
