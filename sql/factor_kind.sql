-- factor_kind: a coded factor's polarity, dimension and stage in
-- one byte (paper: Drivers of and barriers to the development of an
-- interactive political leadership), and balance_agg(kind, strength)
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS cocreation;
RESET client_min_messages;
SET search_path = public, cocreation;

-- all 20 kinds, in code order: the order in which a balance lists its cells
CREATE TEMP TABLE kinds AS
SELECT factor_kind(p, d, s) AS k, p, d, s
FROM unnest(ARRAY['driver', 'barrier']) WITH ORDINALITY AS pp(p, pn),
     unnest(ARRAY['discursive', 'cultural', 'institutional', 'practical', 'contextual'])
       WITH ORDINALITY AS dd(d, dn),
     unnest(ARRAY['adoption', 'implementation']) WITH ORDINALITY AS ss(s, sn)
ORDER BY pn, dn, sn;
SELECT k, polarity(k), dimension(k), stage(k),
       k::text::factor_kind = k AS text_round_trip,
       polarity(k) = p AND dimension(k) = d AND stage(k) = s AS parts
FROM kinds ORDER BY k;
SELECT count(DISTINCT k) AS distinct_kinds, count(DISTINCT k::text) AS distinct_texts
FROM kinds;
-- the order of kinds is the order of a balance's text form
SELECT string_agg(k::text || '=1:1', ', ' ORDER BY k) = trim(both '{}' FROM
         (SELECT balance_agg(k, 1)::text FROM kinds)) AS order_of_balance_cells
FROM kinds;

-- input: any case, white space around each word; output is canonical
SELECT 'Barrier.PRACTICAL.Implementation'::factor_kind,
       ' driver . cultural . adoption '::factor_kind,
       factor_kind('DRIVER', ' Cultural '),
       factor_kind('barrier', 'practical', 'implementation');
-- errors: syntax (22P02) with the part that is wrong in the detail
SELECT left(q, 30) AS q, regress_error_detail_of(format('SELECT %L::factor_kind', q))
FROM unnest(ARRAY[
  '', 'driver', 'driver.cultural', 'driver.cultural.adoption.x', '...',
  'driver..adoption', '.cultural.adoption', 'driver.cultural.',
  'drivers.cultural.adoption', 'driver.culture.adoption', 'driver.cultural.adopted',
  'adoption.cultural.driver', 'driver.cultural.adoption ,', 'driver.' || repeat('x', 200) || '.adoption'
]) AS q;
-- the constructor: unknown words are 22023 with the valid ones in the hint
SELECT regress_error_of('SELECT factor_kind(''neutral'', ''cultural'')'),
       regress_error_of('SELECT factor_kind(''driver'', ''economic'')'),
       regress_error_of('SELECT factor_kind(''driver'', ''cultural'', ''planning'')');
SELECT factor_kind(NULL, 'cultural') IS NULL AS null_polarity,
       factor_kind('driver', NULL) IS NULL AS null_dimension,
       factor_kind('driver', 'cultural', NULL) IS NULL AS null_stage,
       polarity(NULL) IS NULL AS null_kind;

-- comparison operators, btree and hash operator classes
SELECT 'driver.cultural.adoption'::factor_kind < 'driver.cultural.implementation' AS lt,
       'barrier.discursive.adoption'::factor_kind > 'driver.contextual.implementation' AS gt,
       'driver.cultural.adoption'::factor_kind <= 'driver.cultural.adoption' AS le,
       'driver.cultural.adoption'::factor_kind >= 'driver.cultural.adoption' AS ge,
       'driver.cultural.adoption'::factor_kind <> 'driver.cultural.adoption' AS ne,
       factor_kind_cmp('barrier.practical.adoption', 'driver.practical.adoption') AS cmp,
       factor_kind_hash('driver.cultural.adoption') <> factor_kind_hash('driver.cultural.implementation') AS hashes_differ;
-- the hash operator class's contract: the extended hash with seed 0 has the
-- plain hash in its low 32 bits, for every kind
SELECT count(*) FILTER (WHERE (factor_kind_hash_extended(k, 0) & 4294967295)
                            = (factor_kind_hash(k)::int8 & 4294967295)) AS seed0_matches,
       count(DISTINCT factor_kind_hash(k)) AS distinct_hashes
FROM kinds;
CREATE TEMP TABLE coded AS
SELECT i AS id, k, (i % 4) / 2.0 AS strength
FROM generate_series(1, 2000) i
JOIN (SELECT k, row_number() OVER (ORDER BY k) - 1 AS n FROM kinds) x ON x.n = i % 20;
CREATE INDEX ON coded (k);
CREATE INDEX coded_k_hash ON coded USING hash (k);
ANALYZE coded;
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM coded WHERE k = 'barrier.practical.implementation';
SELECT count(*) FROM coded WHERE k = 'barrier.practical.implementation';
EXPLAIN (COSTS OFF) SELECT count(*) FROM coded WHERE k < 'driver.cultural.adoption';
SELECT count(*) FROM coded WHERE k < 'driver.cultural.adoption';
RESET enable_seqscan;
RESET enable_bitmapscan;
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT k, count(*) FROM coded GROUP BY k;
SELECT k, count(*) FROM coded GROUP BY k ORDER BY k LIMIT 3;
RESET enable_sort;
SET enable_hashjoin = off; SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM coded c JOIN kinds USING (k);
SELECT count(*) FROM coded c JOIN kinds USING (k);
RESET enable_hashjoin; RESET enable_nestloop;
SET enable_mergejoin = off; SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM coded c JOIN kinds USING (k);
SELECT count(*) FROM coded c JOIN kinds USING (k);
RESET enable_mergejoin; RESET enable_nestloop;

-- binary COPY round trip, and recv validating like input
COPY (SELECT k FROM kinds) TO '/tmp/cocreation_regress_kind.bin' WITH (FORMAT binary);
CREATE TEMP TABLE kinds2 (k factor_kind);
COPY kinds2 FROM '/tmp/cocreation_regress_kind.bin' WITH (FORMAT binary);
SELECT (SELECT count(*) FROM kinds2) AS rows_in,
       (SELECT count(*) FROM (SELECT k FROM kinds EXCEPT SELECT k FROM kinds2) d) AS differences;
SELECT factor_kind_send('driver.discursive.adoption') AS first,
       factor_kind_send('barrier.contextual.implementation') AS last;
-- a byte 20, and a byte 255, where a kind belongs
COPY (SELECT E'\\024'::"char") TO '/tmp/cocreation_regress_badkind.bin' WITH (FORMAT binary);
COPY kinds2 FROM '/tmp/cocreation_regress_badkind.bin' WITH (FORMAT binary);
COPY (SELECT '\xff'::bytea) TO '/tmp/cocreation_regress_badkind.bin' WITH (FORMAT binary);
COPY kinds2 FROM '/tmp/cocreation_regress_badkind.bin' WITH (FORMAT binary);
-- two bytes where one belongs
COPY (SELECT 1::int2) TO '/tmp/cocreation_regress_badkind.bin' WITH (FORMAT binary);
COPY kinds2 FROM '/tmp/cocreation_regress_badkind.bin' WITH (FORMAT binary);
SELECT count(*) FROM kinds2;

-- a byte that no input makes (as read from a damaged page) is an error,
-- never an index outside the tables: made here by a cast without function
CREATE CAST ("char" AS factor_kind) WITHOUT FUNCTION;
SELECT q, regress_error_of(q) FROM unnest(ARRAY[
  $$SELECT (E'\\024'::"char")::factor_kind::text$$,
  $$SELECT polarity((E'\\377'::"char")::factor_kind)$$,
  $$SELECT dimension((E'\\024'::"char")::factor_kind)$$,
  $$SELECT stage((E'\\024'::"char")::factor_kind)$$,
  $$SELECT balance_agg((E'\\024'::"char")::factor_kind, 1)$$,
  $$SELECT balance_agg((E'\\023'::"char")::factor_kind, 1)::text$$]) AS q;
DROP CAST ("char" AS factor_kind);

-- balance_agg(kind, strength) gives the very balance of the same codings as
-- words, for every municipality; NULL kinds are skipped (a NULL strength:
-- aggregate_policy)
CREATE TEMP TABLE worded AS
SELECT i % 5 AS municipality,
       (ARRAY['driver', 'barrier'])[1 + i % 2] AS polarity,
       (ARRAY['discursive', 'cultural', 'institutional', 'practical', 'contextual'])[1 + i % 7 % 5] AS dimension,
       (ARRAY['adoption', 'implementation', 'adoption'])[1 + i % 3] AS stage,
       (i % 8) / 4.0 AS strength
FROM generate_series(1, 3000) i;
CREATE TEMP TABLE kinded AS
SELECT municipality, factor_kind(polarity, dimension, stage) AS k, strength FROM worded;
SELECT w.municipality, w.b = k.b AS same, w.b::text = k.b::text AS same_text
FROM (SELECT municipality, balance_agg(polarity, dimension, strength, stage) AS b
      FROM worded GROUP BY 1) w
JOIN (SELECT municipality, balance_agg(k, strength) AS b FROM kinded GROUP BY 1) k
  USING (municipality)
ORDER BY 1;
SELECT balance_agg(k, s) FROM (VALUES
  ('driver.cultural.adoption'::factor_kind, 2.0::float8),
  (NULL, 5),
  ('barrier.practical.implementation', 0.5),
  ('barrier.practical.implementation', -0.0)) v(k, s);
SELECT balance_agg(k, 1) AS no_rows FROM kinds WHERE false;
-- strength errors, as for the words
SELECT regress_error_of(format('SELECT balance_agg(''driver.cultural.adoption''::factor_kind, %s)', s))
FROM unnest(ARRAY['-1', '''NaN''::float8', '''Infinity''::float8', '''-Infinity''::float8']) AS s;
SELECT regress_error_of('SELECT balance_agg(k, 1e308) FROM (VALUES (''driver.cultural.adoption''::factor_kind), (''driver.cultural.adoption'')) v(k)');
-- a literal pair of words still reads as words, not as a kind
SELECT balance_agg('driver', 'cultural') AS words;
-- and so do two untyped parameters, as a driver may send them
PREPARE two_untyped AS SELECT balance_agg($1, $2);
EXECUTE two_untyped('driver', 'cultural');
DEALLOCATE two_untyped;

-- serial and forced-parallel plans give the same balances
CREATE TABLE kind_par AS
SELECT i % 7 AS municipality, k, (i % 8) / 4.0 AS strength
FROM generate_series(1, 60000) i
JOIN (SELECT k, row_number() OVER (ORDER BY k) - 1 AS n FROM kinds) x ON x.n = i % 20;
ANALYZE kind_par;
CREATE TEMP TABLE kserial AS
SELECT municipality, balance_agg(k, strength) AS b FROM kind_par GROUP BY municipality;
SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0; SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF)
SELECT municipality, balance_agg(k, strength) FROM kind_par GROUP BY municipality;
CREATE TEMP TABLE kpar AS
SELECT municipality, balance_agg(k, strength) AS b FROM kind_par GROUP BY municipality;
SELECT count(*) AS groups, count(*) FILTER (WHERE s.b = p.b) AS equal
FROM kserial s JOIN kpar p USING (municipality);
RESET parallel_setup_cost; RESET parallel_tuple_cost; RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather; RESET parallel_leader_participation;
DROP TABLE kind_par;

-- the paper's reasoning from kinds: the catalogue's factors, each of
-- strength 1 at its usual stage, rank the cases as the words do
SELECT case_name,
       net_index(balance_agg(factor_kind(polarity, dimension, usual_stage), 1)) AS from_kinds,
       net_index(balance_agg(polarity, dimension, 1, usual_stage)) AS from_words
FROM cocreation_factor_catalogue WHERE case_name IS NOT NULL
GROUP BY case_name ORDER BY from_kinds DESC;
