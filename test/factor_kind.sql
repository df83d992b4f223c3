-- Catalog properties of factor_kind (issue 4): a one-byte value
-- with the operators, operator classes and casts a contrib type has.
BEGIN;
SELECT plan(6);

SELECT has_type('public', 'factor_kind', 'type factor_kind exists');
SELECT results_eq(
  $$ SELECT typlen::int, typbyval, typalign::text, typstorage::text
     FROM pg_type WHERE oid = 'factor_kind'::regtype $$,
  $$ VALUES (1, true, 'c', 'p') $$,
  'a factor kind is one byte, passed by value');

-- (labels: test/01_invariants.sql; LEAKPROOF: test/audit_hardening.sql)

SELECT is(
  (SELECT pg_get_function_arguments('factor_kind(text,text,text)'::regprocedure)),
  'polarity text, dimension text, stage text DEFAULT ''adoption''::text',
  'factor_kind(polarity, dimension [, stage]) defaults to the adoption stage, as balance_agg does');

SELECT results_eq(
  $$ SELECT castsource::regtype::text, casttarget::regtype::text, castcontext::text, castmethod::text
     FROM pg_catalog.pg_cast
     WHERE 'factor_kind'::regtype IN (castsource, casttarget) ORDER BY 1, 2 $$,
  $$ VALUES ('factor_kind', 'text', 'a', 'i'), ('text', 'factor_kind', 'e', 'i') $$,
  'casts to text (on assignment) and from text (explicit), through the type''s I/O');

SELECT results_eq(
  $$ SELECT oprname::text COLLATE "default", oprresult::regtype::text, oprcanhash, oprcanmerge
     FROM pg_catalog.pg_operator
     WHERE oprleft = 'factor_kind'::regtype ORDER BY 1 $$,
  $$ VALUES ('<', 'boolean', false, false), ('<=', 'boolean', false, false),
            ('<>', 'boolean', false, false), ('=', 'boolean', true, true),
            ('>', 'boolean', false, false), ('>=', 'boolean', false, false) $$,
  'the six comparison operators; = hashes and merges');

SELECT results_eq(
  $$ SELECT am.amname::text COLLATE "default", c.opcname::text COLLATE "default", c.opcdefault
     FROM pg_catalog.pg_opclass c JOIN pg_catalog.pg_am am ON am.oid = c.opcmethod
     WHERE c.opcintype = 'factor_kind'::regtype ORDER BY 1 $$,
  $$ VALUES ('btree', 'factor_kind_ops', true), ('hash', 'factor_kind_hash_ops', true) $$,
  'default btree and hash operator classes');

SELECT * FROM finish();
ROLLBACK;
