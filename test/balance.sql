-- Catalog properties of the balance type, its aggregates and the factor catalogue (issue 4).
BEGIN;
SELECT plan(13);

SELECT has_type('public', 'balance', 'type balance exists');
SELECT is(
  (SELECT typlen::int FROM pg_type WHERE oid = 'balance'::regtype), 328,
  'a balance is fixed-size: an 8-byte format header, then 20 cells of an int8 count and a float8 sum');

-- (volatility, strictness and parallel labels: test/01_invariants.sql)

-- the aggregates: their forms, the transition and combine functions, the
-- empty balance to start from; the forms with strengths sum them exactly in
-- a balance_partial (doc/scaling.md), the unweighted one sums 1s in the balance
SELECT results_eq(
  $$ SELECT p.oid::regprocedure::text, (SELECT t.proname::text COLLATE "default" FROM pg_catalog.pg_proc t WHERE t.oid = a.aggtransfn),
            a.aggcombinefn::text, a.agginitval COLLATE "default", a.aggtranstype::regtype::text
     FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_aggregate a ON a.aggfnoid = p.oid
     WHERE p.oid IN (SELECT d.objid FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid WHERE e.extname = 'cocreation' AND d.deptype = 'e' AND d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass) AND p.proname = 'balance_agg'
     ORDER BY 1 $$,
  $$ VALUES
     ('balance_agg(balance)', 'balance_partial_sfunc', 'balance_partial_combine', '{}', 'balance_partial'),
     ('balance_agg(factor_kind,double precision)', 'balance_partial_sfunc', 'balance_partial_combine', '{}', 'balance_partial'),
     ('balance_agg(text,text)', 'balance_sfunc', 'balance_combine', '{}', 'balance'),
     ('balance_agg(text,text,double precision)', 'balance_partial_sfunc', 'balance_partial_combine', '{}', 'balance_partial'),
     ('balance_agg(text,text,double precision,text)', 'balance_partial_sfunc', 'balance_partial_combine', '{}', 'balance_partial') $$,
  'balance_agg: five forms, combine function, initial state {}');

SELECT is(
  (SELECT pg_get_function_arguments('barriers(balance,text,text)'::regprocedure)),
  'b balance, dimension text DEFAULT ''all''::text, stage text DEFAULT ''all''::text',
  'barriers(b [, dimension] [, stage]) defaults to all dimensions and stages');

SELECT results_eq(
  $$ SELECT castsource::regtype::text, casttarget::regtype::text, castcontext::text, castmethod::text
     FROM pg_catalog.pg_cast
     WHERE 'balance'::regtype IN (castsource, casttarget) ORDER BY 1, 2 $$,
  $$ VALUES ('balance', 'jsonb', 'e', 'f'), ('balance', 'text', 'e', 'i'),
            ('text', 'balance', 'e', 'i') $$,
  'explicit casts from balance to jsonb and text, and from text');

SELECT results_eq(
  $$ SELECT oprname::text COLLATE "default", oprresult::regtype::text FROM pg_catalog.pg_operator
     WHERE oprleft = 'balance'::regtype ORDER BY 1 $$,
  $$ VALUES ('+', 'balance'), ('<>', 'boolean'), ('=', 'boolean') $$,
  'operators =, <> and + on balances');

-- the factor catalogue
SELECT has_table('public', 'cocreation_factor_catalogue', 'table cocreation_factor_catalogue exists');
SELECT col_is_pk('public', 'cocreation_factor_catalogue', 'code', 'code is the primary key');
SELECT results_eq(
  $$ SELECT conname::text COLLATE "default" FROM pg_catalog.pg_constraint
     WHERE conrelid = 'cocreation_factor_catalogue'::regclass AND contype = 'c' ORDER BY 1 $$,
  $$ VALUES ('factor_code_is_identifier'), ('factor_dimension_source_word'), ('factor_dimension_word'),
            ('factor_polarity_word'), ('factor_stage_word') $$,
  'CHECK constraints on the code and the words');
-- reference data: not a configuration table (pg_dump leaves it to CREATE EXTENSION)
SELECT is_empty(
  $$ SELECT c FROM pg_catalog.pg_extension e, unnest(e.extconfig) AS x(c)
     WHERE e.extname = 'cocreation' AND c = 'cocreation_factor_catalogue'::regclass $$,
  'factor_catalogue is not a configuration table: pg_dump writes none of its rows');
SELECT is(
  (SELECT count(*)::int FROM cocreation_factor_catalogue), 35,
  '35 factors: 27 of the paper''s cases and 8 of Voorberg, Bekkers & Tummers');
SELECT results_eq(
  $$ SELECT code FROM cocreation_factor_catalogue WHERE dimension_source = 'paper' ORDER BY code $$,
  $$ VALUES ('gul_public_value_steering'), ('gul_trust_broad_agreements'),
            ('hed_collaborative_culture_trust'), ('ste_collaborative_culture_trust') $$,
  'the paper names four factors'' dimensions ("The fifth driver is institutional", and three drivers it calls the "political culture")');
SELECT throws_ok($$ INSERT INTO cocreation_factor_catalogue (code, label, polarity, dimension, description, source)
                    VALUES ('my_code', 'x', 'driver', 'cultural', 'x', 'x') $$,
                 '0A000', NULL, 'the catalogue is read-only, even for its owner');

SELECT * FROM finish();
ROLLBACK;
