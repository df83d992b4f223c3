-- Catalog properties of factor_kind (issue 4): a one-byte value
-- with the operators, operator classes and casts a contrib type has.
BEGIN;
SELECT plan(7);

SELECT has_type('public', 'factor_kind', 'type factor_kind exists');
SELECT results_eq(
  $$ SELECT typlen::int, typbyval, typalign::text, typstorage::text
     FROM pg_type WHERE oid = 'factor_kind'::regtype $$,
  $$ VALUES (1, true, 'c', 'p') $$,
  'a factor kind is one byte, passed by value');

SELECT results_eq(
  $$ SELECT p.oid::regprocedure::text, p.provolatile::text, p.proisstrict, p.proparallel::text,
            p.proleakproof
     FROM pg_catalog.pg_proc p
     WHERE p.oid IN (SELECT d.objid FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid WHERE e.extname = 'cocreation' AND d.deptype = 'e' AND d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass) AND p.prokind = 'f'
       AND 'factor_kind'::regtype IN (p.prorettype, p.proargtypes[0])
       AND p.proname <> 'balance_sfunc'
     ORDER BY 1 $$,
  $$ VALUES
     ('dimension(factor_kind)', 'i', true, 's', false),
     ('factor_kind(text,text,text)', 'i', true, 's', false),
     ('factor_kind_cmp(factor_kind,factor_kind)', 'i', true, 's', true),
     ('factor_kind_eq(factor_kind,factor_kind)', 'i', true, 's', true),
     ('factor_kind_ge(factor_kind,factor_kind)', 'i', true, 's', true),
     ('factor_kind_gt(factor_kind,factor_kind)', 'i', true, 's', true),
     ('factor_kind_hash(factor_kind)', 'i', true, 's', true),
     ('factor_kind_hash_extended(factor_kind,bigint)', 'i', true, 's', true),
     ('factor_kind_in(cstring)', 'i', true, 's', false),
     ('factor_kind_le(factor_kind,factor_kind)', 'i', true, 's', true),
     ('factor_kind_lt(factor_kind,factor_kind)', 'i', true, 's', true),
     ('factor_kind_ne(factor_kind,factor_kind)', 'i', true, 's', true),
     ('factor_kind_out(factor_kind)', 'i', true, 's', false),
     ('factor_kind_recv(internal)', 'i', true, 's', false),
     ('factor_kind_send(factor_kind)', 'i', true, 's', false),
     ('polarity(factor_kind)', 'i', true, 's', false),
     ('stage(factor_kind)', 'i', true, 's', false) $$,
  'factor kind functions: IMMUTABLE, STRICT, PARALLEL SAFE; LEAKPROOF only to compare and hash');

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
