-- Catalog properties of the level type and classification (issue 2).
BEGIN;
SELECT plan(7);

SELECT has_type('cocreation', 'level', 'type cocreation.level exists');

-- every function's volatility, strictness and parallel label, as intended
SELECT results_eq(
  $$ SELECT p.oid::regprocedure::text, p.provolatile::text, p.proisstrict, p.proparallel::text
     FROM pg_catalog.pg_proc p
     WHERE p.pronamespace = 'cocreation'::regnamespace
       AND p.proname IN ('level_in', 'level_out', 'level_recv', 'level_send',
                         'level_to_int4', 'int4_to_level', 'level_eq', 'level_ne',
                         'level_lt', 'level_le', 'level_gt', 'level_ge', 'level_cmp',
                         'level_hash', 'level_hash_extended', 'level_larger',
                         'level_smaller', 'classify', 'classify_explain')
     ORDER BY 1 $$,
  $$ VALUES
     ('cocreation.classify(text[],text,text)', 'i', true, 's'),
     ('cocreation.classify_explain(text[],text,text)', 'i', true, 's'),
     ('cocreation.int4_to_level(integer)', 'i', true, 's'),
     ('cocreation.level_cmp(cocreation.level,cocreation.level)', 'i', true, 's'),
     ('cocreation.level_eq(cocreation.level,cocreation.level)', 'i', true, 's'),
     ('cocreation.level_ge(cocreation.level,cocreation.level)', 'i', true, 's'),
     ('cocreation.level_gt(cocreation.level,cocreation.level)', 'i', true, 's'),
     ('cocreation.level_hash(cocreation.level)', 'i', true, 's'),
     ('cocreation.level_hash_extended(cocreation.level,bigint)', 'i', true, 's'),
     ('cocreation.level_in(cstring)', 'i', true, 's'),
     ('cocreation.level_larger(cocreation.level,cocreation.level)', 'i', true, 's'),
     ('cocreation.level_le(cocreation.level,cocreation.level)', 'i', true, 's'),
     ('cocreation.level_lt(cocreation.level,cocreation.level)', 'i', true, 's'),
     ('cocreation.level_ne(cocreation.level,cocreation.level)', 'i', true, 's'),
     ('cocreation.level_out(cocreation.level)', 'i', true, 's'),
     ('cocreation.level_recv(internal)', 'i', true, 's'),
     ('cocreation.level_send(cocreation.level)', 'i', true, 's'),
     ('cocreation.level_smaller(cocreation.level,cocreation.level)', 'i', true, 's'),
     ('cocreation.level_to_int4(cocreation.level)', 'i', true, 's') $$,
  'level and classify functions: IMMUTABLE, STRICT, PARALLEL SAFE');

SELECT is(
  (SELECT pg_get_function_arguments('cocreation.classify(text[],text,text)'::regprocedure)),
  'actors text[], object text, decision text DEFAULT ''joint''::text',
  'classify() takes actors, object and a decision defaulting to joint');

SELECT ok(
  EXISTS (SELECT 1 FROM pg_opclass c JOIN pg_am a ON a.oid = c.opcmethod
          WHERE c.opcintype = 'cocreation.level'::regtype AND a.amname = 'btree' AND c.opcdefault),
  'level has a default btree operator class');
SELECT ok(
  EXISTS (SELECT 1 FROM pg_opclass c JOIN pg_am a ON a.oid = c.opcmethod
          WHERE c.opcintype = 'cocreation.level'::regtype AND a.amname = 'hash' AND c.opcdefault),
  'level has a default hash operator class');

SELECT results_eq(
  $$ SELECT castsource::regtype::text, casttarget::regtype::text, castcontext::text, castmethod::text
     FROM pg_catalog.pg_cast
     WHERE 'cocreation.level'::regtype IN (castsource, casttarget) ORDER BY 1, 2 $$,
  $$ VALUES ('cocreation.level', 'integer', 'e', 'f'), ('cocreation.level', 'text', 'a', 'i'),
            ('integer', 'cocreation.level', 'e', 'f'), ('text', 'cocreation.level', 'e', 'i') $$,
  'casts between level and integer (explicit) and text (assignment to text, through I/O)');

SELECT is(
  (SELECT typlen::int FROM pg_type WHERE oid = 'cocreation.level'::regtype), 1,
  'a level is stored in one byte');

SELECT * FROM finish();
ROLLBACK;
