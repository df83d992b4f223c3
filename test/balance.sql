-- Catalog properties of the balance type, its aggregates and the factor catalogue (issue 4).
BEGIN;
SELECT plan(11);

SELECT has_type('cocreation', 'balance', 'type cocreation.balance exists');
SELECT is(
  (SELECT typlen::int FROM pg_type WHERE oid = 'cocreation.balance'::regtype), 320,
  'a balance is fixed-size: 20 cells of an int8 count and a float8 sum');

-- (volatility, strictness and parallel labels: test/01_invariants.sql)

-- the aggregates: their forms, the transition and combine functions, the empty balance to start from
SELECT results_eq(
  $$ SELECT p.oid::regprocedure::text, a.aggtransfn::text,
            a.aggcombinefn::text, a.agginitval COLLATE "default", a.aggtranstype::regtype::text
     FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_aggregate a ON a.aggfnoid = p.oid
     WHERE p.pronamespace = 'cocreation'::regnamespace AND p.proname = 'balance_agg'
     ORDER BY 1 $$,
  $$ VALUES
     ('cocreation.balance_agg(cocreation.balance)', 'cocreation.balance_combine', 'cocreation.balance_combine', '{}', 'cocreation.balance'),
     ('cocreation.balance_agg(cocreation.factor_kind,double precision)', 'cocreation.balance_sfunc', 'cocreation.balance_combine', '{}', 'cocreation.balance'),
     ('cocreation.balance_agg(text,text)', 'cocreation.balance_sfunc', 'cocreation.balance_combine', '{}', 'cocreation.balance'),
     ('cocreation.balance_agg(text,text,double precision)', 'cocreation.balance_sfunc', 'cocreation.balance_combine', '{}', 'cocreation.balance'),
     ('cocreation.balance_agg(text,text,double precision,text)', 'cocreation.balance_sfunc', 'cocreation.balance_combine', '{}', 'cocreation.balance') $$,
  'balance_agg: five forms, combine function, initial state {}');

SELECT is(
  (SELECT pg_get_function_arguments('cocreation.barriers(cocreation.balance,text,text)'::regprocedure)),
  'b cocreation.balance, dimension text DEFAULT ''all''::text, stage text DEFAULT ''all''::text',
  'barriers(b [, dimension] [, stage]) defaults to all dimensions and stages');

SELECT results_eq(
  $$ SELECT castsource::regtype::text, casttarget::regtype::text, castcontext::text, castmethod::text
     FROM pg_catalog.pg_cast
     WHERE 'cocreation.balance'::regtype IN (castsource, casttarget) ORDER BY 1, 2 $$,
  $$ VALUES ('cocreation.balance', 'jsonb', 'e', 'f'), ('cocreation.balance', 'text', 'e', 'i'),
            ('text', 'cocreation.balance', 'e', 'i') $$,
  'explicit casts from balance to jsonb and text, and from text');

SELECT results_eq(
  $$ SELECT oprname::text COLLATE "default", oprresult::regtype::text FROM pg_catalog.pg_operator
     WHERE oprleft = 'cocreation.balance'::regtype ORDER BY 1 $$,
  $$ VALUES ('+', 'cocreation.balance'), ('<>', 'boolean'), ('=', 'boolean') $$,
  'operators =, <> and + on balances');

-- the factor catalogue
SELECT has_table('cocreation', 'factor_catalogue', 'table cocreation.factor_catalogue exists');
SELECT col_is_pk('cocreation', 'factor_catalogue', 'code', 'code is the primary key');
SELECT results_eq(
  $$ SELECT conname::text COLLATE "default" FROM pg_catalog.pg_constraint
     WHERE conrelid = 'cocreation.factor_catalogue'::regclass AND contype = 'c' ORDER BY 1 $$,
  $$ VALUES ('factor_code_is_identifier'), ('factor_dimension_word'), ('factor_polarity_word'),
            ('factor_stage_word') $$,
  'CHECK constraints on the code and the words');
-- registered with pg_extension_config_dump, dumping the users' rows only
SELECT results_eq(
  $$ SELECT c::regclass::text, w COLLATE "default"
     FROM pg_catalog.pg_extension e,
          unnest(e.extconfig, e.extcondition) AS x(c, w)
     WHERE e.extname = 'cocreation' AND c = 'cocreation.factor_catalogue'::regclass $$,
  $$ VALUES ('cocreation.factor_catalogue', 'WHERE NOT seeded') $$,
  'factor_catalogue is a configuration table whose seeded rows are not dumped');
SELECT is(
  (SELECT count(*)::int FROM cocreation.factor_catalogue WHERE seeded), 35,
  '35 seeded factors: 27 of the paper''s cases and 8 of Voorberg, Bekkers & Tummers');

SELECT * FROM finish();
ROLLBACK;
