-- Catalog properties of the level type and classification (issue 2).
BEGIN;
SELECT plan(6);

SELECT has_type('public', 'level', 'type level exists');

-- (volatility, strictness and parallel labels: test/01_invariants.sql)

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
