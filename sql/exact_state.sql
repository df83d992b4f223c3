-- the exact states of tally_agg and balance_agg with weights (tally_partial,
-- balance_partial): order independence, exactness, text and binary I/O,
-- validation, parallel plans
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS cocreation;
RESET client_min_messages;
SET search_path = public, cocreation;

-- 0.1-ish weights, whose double sums are not exact: the same rows summed in
-- two orders.  A plain sum() of the weights differs in its last bits (so
-- the rows can show an order dependence); the tallies and balances do not.
CREATE TEMP TABLE rows_ AS
SELECT i, (i % 4)::text::level AS l, (0.1 + (i % 97) / 1000.0 + i * 1e-7)::float8 AS w,
       CASE WHEN i % 3 = 0 THEN 'driver' ELSE 'barrier' END AS p,
       (ARRAY['discursive', 'cultural', 'institutional', 'practical', 'contextual'])[1 + i % 5] AS d,
       CASE WHEN i % 3 = 0 THEN 'adoption' ELSE 'implementation' END AS s
FROM generate_series(1, 20000) i;
SELECT sum(w ORDER BY i) = sum(w ORDER BY md5(i::text)) AS plain_sums_equal,
       tally_agg(l, w ORDER BY i)::text = tally_agg(l, w ORDER BY md5(i::text))::text AS tallies_equal,
       balance_agg(p, d, w, s ORDER BY i)::text = balance_agg(p, d, w, s ORDER BY md5(i::text))::text
         AS balances_equal,
       balance_agg(factor_kind(p, d, s), w ORDER BY i)::text
         = balance_agg(factor_kind(p, d, s), w ORDER BY md5(i::text))::text AS kind_balances_equal
FROM rows_;
-- the agreement aggregates add their terms in an order fixed by the ratings
-- (values ascending, units' terms ascending), not by the order of the rows;
-- weighted_kappa sums its pairs' weights exactly
CREATE TEMP TABLE ratings_ AS
SELECT i, i / 3 AS unit, (floor(4 * abs(hashtext(i::text)::float8) / 2147483648.0) / 3 + (i % 3) * 0.1)::float8 AS v,
       (i % 4)::float8 AS a, ((i * 7 / 3) % 4)::float8 AS b
FROM generate_series(3, 5999) i;
SELECT krippendorff_alpha(unit, v, 'interval' ORDER BY i) = krippendorff_alpha(unit, v, 'interval' ORDER BY md5(i::text)) AS alpha_interval,
       krippendorff_alpha(unit, v, 'ratio' ORDER BY i) = krippendorff_alpha(unit, v, 'ratio' ORDER BY md5(i::text)) AS alpha_ratio,
       krippendorff_alpha(unit, v, 'ordinal' ORDER BY i) = krippendorff_alpha(unit, v, 'ordinal' ORDER BY md5(i::text)) AS alpha_ordinal,
       fleiss_kappa(unit, round(v::numeric, 1) ORDER BY i) = fleiss_kappa(unit, round(v::numeric, 1) ORDER BY md5(i::text)) AS fleiss,
       weighted_kappa(a, b, 'quadratic' ORDER BY i) = weighted_kappa(a, b, 'quadratic' ORDER BY md5(i::text)) AS kappa_quadratic
FROM ratings_;
-- weighted_kappa with fractional ratings (scores in steps of 0.01 times
-- 0.1, some negative), which a double difference or square does not hold
-- exactly: each pair's weight is summed exactly, so the rows in three
-- orders give the same bits for every form; a plain sum of the same
-- weights differs with the order (so the rows can show a dependence)
CREATE TEMP TABLE scores_ AS
SELECT i, a, CASE WHEN abs(hashint4(i + 7)) % 10 < 4 THEN a
                  ELSE (round(4 * abs(hashint4(i + 3))::numeric / 2147483648, 2) * 0.1 - 0.15)::float8 END AS b,
       (i % 4)::text::level AS la, ((i * 7 / 3) % 4)::text::level AS lb
FROM (SELECT i, (round(4 * abs(hashint4(i))::numeric / 2147483648, 2) * 0.1 - 0.15)::float8 AS a
      FROM generate_series(1, 6000) i) g;
SELECT sum(abs(a - b) ORDER BY i) = sum(abs(a - b) ORDER BY md5(i::text)) AS plain_sums_equal FROM scores_;
CREATE TEMP TABLE kappa_orders_ AS
SELECT 'by i' AS row_order, weighted_kappa(a, b ORDER BY i) AS linear,
       weighted_kappa(a, b, 'linear' ORDER BY i) AS linear_named,
       weighted_kappa(a, b, 'quadratic' ORDER BY i) AS quadratic,
       weighted_kappa(la, lb ORDER BY i) AS level_linear,
       weighted_kappa(la, lb, 'quadratic' ORDER BY i) AS level_quadratic FROM scores_
UNION ALL
SELECT 'by md5', weighted_kappa(a, b ORDER BY md5(i::text)), weighted_kappa(a, b, 'linear' ORDER BY md5(i::text)),
       weighted_kappa(a, b, 'quadratic' ORDER BY md5(i::text)), weighted_kappa(la, lb ORDER BY md5(i::text)),
       weighted_kappa(la, lb, 'quadratic' ORDER BY md5(i::text)) FROM scores_
UNION ALL
SELECT 'reversed', weighted_kappa(a, b ORDER BY i DESC), weighted_kappa(a, b, 'linear' ORDER BY i DESC),
       weighted_kappa(a, b, 'quadratic' ORDER BY i DESC), weighted_kappa(la, lb ORDER BY i DESC),
       weighted_kappa(la, lb, 'quadratic' ORDER BY i DESC) FROM scores_;
SELECT count(DISTINCT linear) AS linear, count(DISTINCT linear_named) AS linear_named,
       count(DISTINCT quadratic) AS quadratic, count(DISTINCT level_linear) AS level_linear,
       count(DISTINCT level_quadratic) AS level_quadratic,
       bool_and(linear = linear_named) AS linear_is_default
FROM kappa_orders_;
-- every bit, in every order (a float8's text is the shortest that reads
-- back as the same bits)
SELECT row_order, linear::text AS linear, quadratic::text AS quadratic
FROM kappa_orders_ ORDER BY row_order;

-- exact, where a running double sum loses the small weights: 1e16 + 1 + 1
-- is 10000000000000002, which a double holds; summed left to right, each 1
-- is rounded away
SELECT tally_agg(l, w ORDER BY n) AS tally, sum(w ORDER BY n) AS plain_sum
FROM (VALUES (1, 'policy'::level, 1e16::float8), (2, 'policy', 1), (3, 'policy', 1)) v(n, l, w);
SELECT balance_agg('driver', 'cultural', w ORDER BY n) AS balance
FROM (VALUES (1, 1e16::float8), (2, 1), (3, 1)) v(n, w);
-- the smallest weights add exactly too; a sum beyond the largest double is an error
SELECT tally_agg('service'::level, 5e-324::float8) FROM generate_series(1, 3);
SELECT tally_agg('service'::level, 1.7e308::float8) FROM generate_series(1, 2);
SELECT balance_agg('barrier', 'practical', 1.7e308::float8, 'implementation') FROM generate_series(1, 2);
SELECT tally_agg(t) FROM (VALUES ('(1, 1.7e308, 1.7e308 | 0, 0, 0 | 0, 0, 0 | 0)'::tally)) v(t), generate_series(1, 2);

-- roll-ups: tally_agg(tally) and balance_agg(balance) sum exactly as well
SELECT tally_agg(t ORDER BY m) = tally_agg(t ORDER BY md5(m::text)) AS tally_rollups_equal,
       balance_agg(b ORDER BY m) = balance_agg(b ORDER BY md5(m::text)) AS balance_rollups_equal
FROM (SELECT i % 50 AS m, tally_agg(l, w) AS t, balance_agg(p, d, w, s) AS b FROM rows_ GROUP BY 1) g;

-- parallel plans give the serial bits
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SELECT set_config(CASE WHEN current_setting('server_version_num')::int >= 160000
                  THEN 'debug_parallel_query' ELSE 'force_parallel_mode' END, 'on', false) IS NOT NULL AS forced;
CREATE TEMP TABLE par AS
SELECT i % 7 AS m, tally_agg(l, w)::text AS t, balance_agg(p, d, w, s)::text AS b FROM rows_ GROUP BY 1;
SELECT count(*) AS groups,
       count(*) FILTER (WHERE t = (SELECT tally_agg(l, w ORDER BY i)::text FROM rows_ r WHERE r.i % 7 = par.m)) AS tallies_equal,
       count(*) FILTER (WHERE b = (SELECT balance_agg(p, d, w, s ORDER BY i)::text FROM rows_ r WHERE r.i % 7 = par.m)) AS balances_equal
FROM par;
-- weighted_kappa over a parallel scan (a table: temporary tables are read
-- in the leader alone), the workers' partial states merged in the leader:
-- the bits of the serial results in three orders above, and per group
-- those of the group's rows in one order
CREATE TABLE kappa_par_ AS SELECT * FROM scores_;
ANALYZE kappa_par_;
EXPLAIN (COSTS OFF) SELECT weighted_kappa(a, b, 'quadratic') FROM kappa_par_;
SELECT bool_and(o.linear = p.linear) AS linear, bool_and(o.linear_named = p.linear_named) AS linear_named,
       bool_and(o.quadratic = p.quadratic) AS quadratic, bool_and(o.level_linear = p.level_linear) AS level_linear,
       bool_and(o.level_quadratic = p.level_quadratic) AS level_quadratic
FROM kappa_orders_ o,
     (SELECT weighted_kappa(a, b) AS linear, weighted_kappa(a, b, 'linear') AS linear_named,
             weighted_kappa(a, b, 'quadratic') AS quadratic, weighted_kappa(la, lb) AS level_linear,
             weighted_kappa(la, lb, 'quadratic') AS level_quadratic FROM kappa_par_) p;
CREATE TEMP TABLE kappa_groups_ AS
SELECT i % 5 AS m, weighted_kappa(a, b) AS linear, weighted_kappa(a, b, 'quadratic') AS quadratic
FROM kappa_par_ GROUP BY 1;
SELECT count(*) AS groups,
       count(*) FILTER (WHERE linear = (SELECT weighted_kappa(a, b ORDER BY md5(i::text)) FROM scores_ r WHERE r.i % 5 = g.m)) AS linear_equal,
       count(*) FILTER (WHERE quadratic = (SELECT weighted_kappa(a, b, 'quadratic' ORDER BY md5(i::text)) FROM scores_ r WHERE r.i % 5 = g.m)) AS quadratic_equal
FROM kappa_groups_ g;
DROP TABLE kappa_par_;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
SELECT set_config(CASE WHEN current_setting('server_version_num')::int >= 160000
                  THEN 'debug_parallel_query' ELSE 'force_parallel_mode' END, 'off', false) IS NOT NULL AS unforced;

-- the states: what Citus ships between nodes, exact sums in hexadecimal
SELECT tally_partial_sfunc(tally_partial_sfunc(NULL, 'policy', 0.1), 'policy', 0.2) AS state;
SELECT tally_partial_final(tally_partial_sfunc(tally_partial_sfunc(NULL, 'policy', 0.1), 'policy', 0.2)) AS tally;
SELECT '(3, 0x2.8, 1 | 0, 0x0, 0 | 1, 0x1, 1 | 4)'::tally_partial AS state,
       tally_partial_final('(3, 0x2.8, 1 | 0, 0x0, 0 | 1, 0x1, 1 | 4)') AS tally;
SELECT tally_partial_merge('(3, 0x2.8, 1 | 0, 0x0, 0 | 1, 0x1, 1 | 4)', '(1, 0x0.8, 0.5 | 0, 0x0, 0 | 0, 0x0, 0 | 0)') AS merged;
SELECT balance_partial_sfunc('{}'::balance_partial, 'driver', 'cultural', 0.5::float8) AS state;
SELECT '{driver.cultural.adoption=2:0x1.8, barrier.practical.implementation=1:0x0.1}'::balance_partial AS state,
       balance_partial_final('{driver.cultural.adoption=2:0x1.8, barrier.practical.implementation=1:0x0.1}') AS balance;
SELECT balance_partial_combine('{driver.cultural.adoption=2:0x1.8}', '{driver.cultural.adoption=1:0x0.8}') AS combined;

-- states no aggregate makes are refused: 22P02
SELECT '(1, 0x2, 1 | 0, 0x0, 0 | 0, 0x0, 0 | 0)'::tally_partial;
SELECT '(0, 0x1, 1 | 0, 0x0, 0 | 0, 0x0, 0 | 0)'::tally_partial;
SELECT '(1, 0x1, -1 | 0, 0x0, 0 | 0, 0x0, 0 | 0)'::tally_partial;
SELECT '(1, 2.5, 1 | 0, 0x0, 0 | 0, 0x0, 0 | 0)'::tally_partial;
SELECT '(1, 0x1p3, 1 | 0, 0x0, 0 | 0, 0x0, 0 | 0)'::tally_partial;
SELECT '{driver.cultural.adoption=0:0x1}'::balance_partial;
SELECT '{driver.cultural.adoption=1:1.5}'::balance_partial;
SELECT '{driver.cultural.adoption=1:0x1, driver.cultural.adoption=1:0x1}'::balance_partial;
-- a sum too large for its count: more than count times 2^1024
SELECT format('{driver.cultural.adoption=1:0x1%s}', repeat('0', 260))::balance_partial;

-- binary round trips (COPY BINARY uses send and recv)
CREATE TEMP TABLE states (t tally_partial, b balance_partial);
INSERT INTO states VALUES ('(3, 0x2.8, 1 | 0, 0x0, 0 | 1, 0x1, 1 | 4)', '{driver.cultural.adoption=2:0x1.8}');
COPY states TO '/tmp/cocreation_exact_state.bin' WITH (FORMAT binary);
CREATE TEMP TABLE states2 (LIKE states);
COPY states2 FROM '/tmp/cocreation_exact_state.bin' WITH (FORMAT binary);
SELECT s2.t::text = s.t::text AS tally_same, s2.b::text = s.b::text AS balance_same FROM states s, states2 s2;
