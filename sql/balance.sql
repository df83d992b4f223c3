-- balance: text and binary I/O, balance_agg, operators, accessors,
-- errors, NULL and empty input, serial against forced-parallel plans
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS cocreation;
RESET client_min_messages;
SET search_path = public, cocreation;

-- text form: the non-empty cells in a fixed order; input takes any order,
-- any case, white space, explicit empty cells
SELECT '{}'::balance AS empty, '  { }  '::balance AS spaced;
SELECT '{barrier.practical.implementation=1:0.5, driver.cultural.adoption=2:1.5}'::balance;
SELECT '{ DRIVER . Cultural . Adoption = 2 : 3 ,barrier.contextual.adoption=0:0}'::balance;
-- strength sums are written exactly, whatever extra_float_digits says
SET extra_float_digits = -15;
SELECT b, b::text::balance = b AS round_trip
FROM (VALUES ('{driver.discursive.adoption=3:0.30000000000000004}'::balance),
             ('{barrier.institutional.implementation=1:1e+308}'),
             ('{driver.contextual.implementation=1:5e-324}'),
             ('{barrier.cultural.adoption=9223372036854775807:123456.789}')) v(b);
RESET extra_float_digits;
SELECT '{driver.cultural.adoption=1:-0}'::balance AS minus_zero_is_zero;

-- bad literals: 22P02 (syntax and words), 22003 (a count beyond int8)
SELECT '{driver.cultural=1:1}'::balance;
SELECT '{driver.culture.adoption=1:1}'::balance;
SELECT left(w, 50) AS input, regress_error_of(format('SELECT %L::balance', w)) AS error
FROM unnest(ARRAY['', 'driver.cultural.adoption=1:1', '{', '{,}', '{driver.cultural.adoption}',
                  '{driver.cultural.adoption=1}', '{driver.cultural.adoption=1:1',
                  '{driver.cultural.adoption=1:1} x', '{drivers.cultural.adoption=1:1}',
                  '{driver.cultural.adopted=1:1}', '{driver.cultural.adoption=-1:1}',
                  '{driver.cultural.adoption=1:-1}', '{driver.cultural.adoption=1:NaN}',
                  '{driver.cultural.adoption=1:Infinity}', '{driver.cultural.adoption=0:1}',
                  '{driver.cultural.adoption=1.5:1}', '{driver.cultural.adoption=+1:1}',
                  '{driver.cultural.adoption=1:1x}', '{driver.cultural.adoption=:1}',
                  '{driver.cultural.adoption=1:}', '{driver.cultural.adoption=1:1e999}',
                  '{driver.cultural.adoption=99999999999999999999:1}',
                  '{driver.cultural.adoption=1:1, driver.cultural.adoption=1:1}',
                  '{driver.cultural.adoption.x=1:1}', '{' || repeat('driver', 100) || '.cultural.adoption=1:1}']) AS w;

-- balance_agg: the 2-, 3- and 4-argument forms; words in any case, with
-- white space; rows with a NULL polarity or dimension are skipped (a NULL
-- strength or stage: aggregate_policy)
CREATE TEMP TABLE codings (id int, municipality text, polarity text, dimension text,
                           strength float8, stage text);
INSERT INTO codings VALUES
  (1, 'A', 'driver', 'discursive', 2, 'adoption'),
  (2, 'A', 'Driver', ' CULTURAL ', 1, 'implementation'),
  (3, 'A', 'barrier', 'institutional', 0.5, 'adoption'),
  (4, 'A', 'BARRIER', 'practical', 1.5, 'Implementation'),
  (5, 'A', NULL, 'practical', 1, 'adoption'),
  (6, 'A', 'barrier', NULL, 1, 'adoption'),
  (9, 'B', 'driver', 'contextual', 0, 'adoption'),
  (10, 'C', NULL, NULL, 1, 'adoption');
SELECT municipality, balance_agg(polarity, dimension, strength, stage) AS four_args,
       balance_agg(polarity, dimension, strength) AS three_args,
       balance_agg(polarity, dimension) AS two_args
FROM codings GROUP BY municipality ORDER BY municipality;
-- no rows: the empty balance, whose indices are NULL
SELECT balance_agg(polarity, dimension, strength, stage) AS b,
       net_index(balance_agg(polarity, dimension, strength, stage)) AS net,
       implementation_share(balance_agg(polarity, dimension, strength, stage)) AS share
FROM codings WHERE false;
SELECT balance_agg(b) FROM (VALUES (NULL::balance)) v(b);
-- balance_agg(balance) adds balances up, skipping NULLs
SELECT balance_agg(b) FROM (VALUES ('{driver.cultural.adoption=1:0.25}'::balance), (NULL),
  ('{driver.cultural.adoption=2:0.5, barrier.practical.implementation=1:1}')) v(b);

-- errors in balance_agg: 22023 naming the word or the value, hint listing the valid ones
SELECT balance_agg('driver', 'economic');
SELECT balance_agg('driver', 'cultural', -1);
SELECT q, regress_error_of('SELECT ' || q) AS error
FROM unnest(ARRAY['balance_agg(''enabler'', ''cultural'')',
                  'balance_agg(''driver'', ''all'')',
                  'balance_agg(''driver'', ''cultural'', 1, ''later'')',
                  'balance_agg(''driver'', ''cultural'', ''NaN'')',
                  'balance_agg(''driver'', ''cultural'', ''Infinity'')',
                  'balance_agg(''driver'', ''cultural'', ''-0.001'')',
                  'balance_agg(''driver'', '''')']) AS q;

-- operators: = <> and +; + and balance_agg overflow with 22003
SELECT a = b AS eq, a <> b AS ne, a + b AS sum, a + b = b + a AS commutes
FROM (VALUES ('{driver.cultural.adoption=1:0.5}'::balance,
              '{driver.cultural.adoption=2:1, barrier.contextual.adoption=1:1}'::balance)) v(a, b);
SELECT '{driver.cultural.adoption=1:0.5}'::balance = '{driver.cultural.adoption=1:0.50}' AS same_value,
       '{}'::balance = '{driver.cultural.adoption=0:0}' AS explicit_zero;
SELECT '{driver.cultural.adoption=9223372036854775807:1}'::balance + '{driver.cultural.adoption=1:1}';
SELECT '{driver.cultural.adoption=1:1e308}'::balance + '{driver.cultural.adoption=1:1e308}';
SELECT regress_error_of($$SELECT balance_agg(b) FROM (VALUES ('{barrier.practical.adoption=9223372036854775807:1}'::balance),
  ('{barrier.practical.adoption=1:1}')) v(b)$$);
SELECT regress_error_of($$SELECT balance_agg('driver', 'cultural', s) FROM (VALUES (1e308::float8), (1e308)) v(s)$$);

-- casts: text both ways, jsonb with every cell
SELECT '{driver.cultural.adoption=2:0.1}'::balance::text,
       '{driver.cultural.adoption=2:0.1}'::text::balance;
SELECT jsonb_pretty(jsonb_path_query_first(b::jsonb, '$.driver')) AS drivers_json,
       b::jsonb #> '{barrier,practical,implementation}' AS practical_problems,
       (SELECT count(*) FROM jsonb_each(b::jsonb -> 'barrier')) AS barrier_dimensions
FROM (VALUES ('{driver.cultural.adoption=2:0.1, barrier.practical.implementation=1:3}'::balance)) v(b);

-- accessors: a balance with a different power of two in every cell, so that
-- every sum shows which cells it took
CREATE TEMP TABLE cells AS
SELECT p, d, s, 2 ^ (row_number() OVER (ORDER BY pi, di, si) - 1) AS strength
FROM unnest(ARRAY['driver', 'barrier']) WITH ORDINALITY AS a(p, pi),
     unnest(ARRAY['discursive', 'cultural', 'institutional', 'practical', 'contextual']) WITH ORDINALITY AS b(d, di),
     unnest(ARRAY['adoption', 'implementation']) WITH ORDINALITY AS c(s, si);
CREATE TEMP TABLE pow2 AS SELECT balance_agg(p, d, strength, s) AS b FROM cells;
SELECT b FROM pow2;
SELECT * FROM dimensions((SELECT b FROM pow2));
SELECT d, drivers(b, d), barriers(b, d), barriers(b, d, 'adoption') AS adoption,
       barriers(b, d, 'implementation') AS implementation, net_index(b, d)
FROM pow2, unnest(ARRAY['discursive', 'cultural', 'institutional', 'practical', 'contextual',
                        'all', 'ALL', ' Cultural']) AS d;
SELECT drivers(b), barriers(b), barriers(b, stage => 'adoption') AS adoption,
       barriers(b, stage => 'implementation') AS implementation,
       net_index(b), implementation_share(b)
FROM pow2;
-- NULL in, NULL out; unknown words are 22023
SELECT drivers(NULL), barriers(b, NULL), net_index(b, NULL), implementation_share(NULL),
       (SELECT count(*) FROM dimensions(NULL)) AS dimension_rows
FROM pow2;
SELECT barriers(b, 'cultural', 'later') FROM pow2;
SELECT q, regress_error_of('SELECT ' || q || ' FROM pow2') AS error
FROM unnest(ARRAY['drivers(b, ''economic'')', 'barriers(b, ''adoption'')',
                  'net_index(b, '''')']) AS q;
-- drivers only, barriers only, implementation problems only
SELECT b, net_index(b), implementation_share(b)
FROM (VALUES ('{driver.cultural.adoption=1:1}'::balance),
             ('{barrier.cultural.adoption=1:1}'),
             ('{barrier.cultural.implementation=1:1}'),
             ('{driver.cultural.implementation=1:2, barrier.cultural.implementation=1:1}'),
             ('{driver.cultural.adoption=1:0}')) v(b);
-- the sums of cells near the largest double do not overflow the indices
SELECT net_index(b), implementation_share(b), regress_error_of(format('SELECT drivers(%L)', b)) AS drivers
FROM (VALUES ('{driver.cultural.adoption=1:1.5e308, driver.practical.adoption=1:1.5e308, barrier.cultural.adoption=1:1e308, barrier.cultural.implementation=1:1e308}'::balance)) v(b);

-- binary COPY round trip
CREATE TEMP TABLE bal (municipality text, b balance);
INSERT INTO bal SELECT municipality, balance_agg(polarity, dimension, strength, stage)
FROM codings GROUP BY municipality;
INSERT INTO bal SELECT 'pow2', b FROM pow2;
INSERT INTO bal VALUES ('extreme', '{driver.cultural.adoption=9223372036854775807:1e+308, barrier.contextual.implementation=1:5e-324}');
COPY bal TO '/tmp/cocreation_regress_balance.bin' WITH (FORMAT binary);
CREATE TEMP TABLE bal2 (municipality text, b balance);
COPY bal2 FROM '/tmp/cocreation_regress_balance.bin' WITH (FORMAT binary);
SELECT municipality, bal.b = bal2.b AS same, bal.b::text = bal2.b::text AS same_text
FROM bal JOIN bal2 USING (municipality) ORDER BY municipality;
-- the binary form: the format version (0), the cell count (20), then 20
-- cells, each an int8 count and a float8 sum
SELECT length(balance_send('{}')) AS bytes, encode(substr(balance_send('{driver.discursive.adoption=1:2}'), 1, 21), 'hex');
-- recv checks like input: an unknown format version, a wrong cell count, a
-- negative count, a NaN sum, strength without codings, bytes missing
CREATE TEMP TABLE badbin (what text, bytes bytea);
INSERT INTO badbin VALUES
  ('format version 1', overlay(balance_send('{}') placing '\x01'::bytea from 1)),
  ('cell count 19', overlay(balance_send('{}') placing '\x00000013'::bytea from 2)),
  ('negative count', overlay(balance_send('{}') placing '\xffffffffffffffff'::bytea from 6)),
  ('NaN sum', overlay(balance_send('{}') placing '\x7ff8000000000000'::bytea from 14)),
  ('strength, no codings', overlay(balance_send('{}') placing '\x3ff0000000000000'::bytea from 14)),
  ('truncated', substr(balance_send('{}'), 1, 100));
CREATE FUNCTION pg_temp.recv_error(what text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('COPY (SELECT bytes FROM badbin WHERE what = %L) TO %L WITH (FORMAT binary)',
                 what, '/tmp/cocreation_regress_badbalance.bin');
  CREATE TEMP TABLE IF NOT EXISTS bal3 (b balance);
  COPY bal3 FROM '/tmp/cocreation_regress_badbalance.bin' WITH (FORMAT binary);
  RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
  RETURN SQLSTATE || ': ' || SQLERRM;
END $$;
SELECT what, pg_temp.recv_error(what) FROM badbin;

-- serial and forced-parallel plans give the same balances (strengths are
-- multiples of 1/4, so that sums are exact in any order)
CREATE TABLE balance_par AS
SELECT i % 7 AS municipality,
       (ARRAY['driver', 'barrier'])[1 + i % 2] AS polarity,
       (ARRAY['discursive', 'cultural', 'institutional', 'practical', 'contextual'])[1 + i % 5] AS dimension,
       (i % 8) / 4.0 AS strength,
       (ARRAY['adoption', 'implementation', 'adoption'])[1 + i % 3] AS stage
FROM generate_series(1, 60000) i;
ANALYZE balance_par;
CREATE TEMP TABLE serial AS
SELECT municipality, balance_agg(polarity, dimension, strength, stage) AS b
FROM balance_par GROUP BY municipality;
SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0; SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF)
SELECT municipality, balance_agg(polarity, dimension, strength, stage) FROM balance_par GROUP BY municipality;
EXPLAIN (COSTS OFF)
SELECT balance_agg(polarity, dimension) FROM balance_par;
CREATE TEMP TABLE par AS
SELECT municipality, balance_agg(polarity, dimension, strength, stage) AS b
FROM balance_par GROUP BY municipality;
SELECT count(*) AS groups, count(*) FILTER (WHERE s.b = p.b) AS equal
FROM serial s JOIN par p USING (municipality);
SELECT (SELECT balance_agg(polarity, dimension) FROM balance_par)
     = (SELECT balance_agg(b) FROM (SELECT balance_agg(polarity, dimension) AS b FROM balance_par GROUP BY municipality) x) AS par_total_equals_sum_of_groups;
RESET parallel_setup_cost; RESET parallel_tuple_cost; RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather; RESET parallel_leader_participation;
SELECT (SELECT balance_agg(b) FROM serial) = (SELECT balance_agg(b) FROM par) AS same_total,
       (SELECT net_index(balance_agg(b)) FROM par) AS net_index,
       (SELECT implementation_share(balance_agg(b)) FROM par) AS implementation_share;
DROP TABLE balance_par;

-- as a window aggregate: a running balance
SELECT id, balance_agg(polarity, dimension, strength, stage) OVER (ORDER BY id) AS running
FROM codings WHERE municipality = 'A' ORDER BY id;
