-- Catalog properties of the balance type, its aggregates and the factor catalogue (issue 4).
BEGIN;
SELECT plan(12);

SELECT has_type('public', 'balance', 'type balance exists');
SELECT is(
  (SELECT typlen::int FROM pg_type WHERE oid = 'balance'::regtype), 320,
  'a balance is fixed-size: 20 cells of an int8 count and a float8 sum');

-- every function's volatility, strictness and parallel label, as intended
SELECT results_eq(
  $$ SELECT p.oid::regprocedure::text, p.provolatile::text, p.proisstrict, p.proparallel::text
     FROM pg_catalog.pg_proc p
     WHERE p.oid IN (SELECT d.objid FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid WHERE e.extname = 'cocreation' AND d.deptype = 'e' AND d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass) AND p.prokind = 'f'
       AND (p.proname LIKE 'balance\_%' OR p.proname IN ('drivers', 'barriers', 'net_index',
                                                        'implementation_share', 'dimensions'))
     ORDER BY 1 $$,
  $$ VALUES
     ('balance_add(balance,balance)', 'i', true, 's'),
     ('balance_combine(balance,balance)', 'i', true, 's'),
     ('balance_eq(balance,balance)', 'i', true, 's'),
     ('balance_in(cstring)', 'i', true, 's'),
     ('balance_ne(balance,balance)', 'i', true, 's'),
     ('balance_out(balance)', 'i', true, 's'),
     ('balance_recv(internal)', 'i', true, 's'),
     ('balance_send(balance)', 'i', true, 's'),
     ('balance_sfunc(balance,factor_kind,double precision)', 'i', true, 's'),
     ('balance_sfunc(balance,text,text)', 'i', true, 's'),
     ('balance_sfunc(balance,text,text,double precision)', 'i', true, 's'),
     ('balance_sfunc(balance,text,text,double precision,text)', 'i', true, 's'),
     ('balance_to_jsonb(balance)', 'i', true, 's'),
     ('barriers(balance,text,text)', 'i', true, 's'),
     ('dimensions(balance)', 'i', true, 's'),
     ('drivers(balance,text)', 'i', true, 's'),
     ('implementation_share(balance)', 'i', true, 's'),
     ('net_index(balance,text)', 'i', true, 's') $$,
  'balance functions: IMMUTABLE, STRICT, PARALLEL SAFE');

-- the aggregates: parallel safe, with a combine function, the empty balance to start from
SELECT results_eq(
  $$ SELECT p.oid::regprocedure::text, p.proparallel::text, (SELECT t.proname::text COLLATE "default" FROM pg_catalog.pg_proc t WHERE t.oid = a.aggtransfn),
            a.aggcombinefn::text, a.agginitval COLLATE "default", a.aggtranstype::regtype::text
     FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_aggregate a ON a.aggfnoid = p.oid
     WHERE p.oid IN (SELECT d.objid FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid WHERE e.extname = 'cocreation' AND d.deptype = 'e' AND d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass) AND p.proname = 'balance_agg'
     ORDER BY 1 $$,
  $$ VALUES
     ('balance_agg(balance)', 's', 'balance_combine', 'balance_combine', '{}', 'balance'),
     ('balance_agg(factor_kind,double precision)', 's', 'balance_sfunc', 'balance_combine', '{}', 'balance'),
     ('balance_agg(text,text)', 's', 'balance_sfunc', 'balance_combine', '{}', 'balance'),
     ('balance_agg(text,text,double precision)', 's', 'balance_sfunc', 'balance_combine', '{}', 'balance'),
     ('balance_agg(text,text,double precision,text)', 's', 'balance_sfunc', 'balance_combine', '{}', 'balance') $$,
  'balance_agg: five forms, PARALLEL SAFE, combine function, initial state {}');

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
  $$ VALUES ('factor_code_is_identifier'), ('factor_dimension_word'), ('factor_polarity_word'),
            ('factor_stage_word') $$,
  'CHECK constraints on the code and the words');
-- registered with pg_extension_config_dump, dumping the users' rows only
SELECT results_eq(
  $$ SELECT c::regclass::text, w COLLATE "default"
     FROM pg_catalog.pg_extension e,
          unnest(e.extconfig, e.extcondition) AS x(c, w)
     WHERE e.extname = 'cocreation' AND c = 'cocreation_factor_catalogue'::regclass $$,
  $$ VALUES ('cocreation_factor_catalogue', 'WHERE NOT seeded') $$,
  'factor_catalogue is a configuration table whose seeded rows are not dumped');
SELECT is(
  (SELECT count(*)::int FROM cocreation_factor_catalogue WHERE seeded), 35,
  '35 seeded factors: 27 of the paper''s cases and 8 of Voorberg, Bekkers & Tummers');

SELECT * FROM finish();
ROLLBACK;
