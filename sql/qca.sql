-- QCA: calibration, set operations, the exact fit aggregate (I/O, parallel
-- plans, row order), the truth table and its minimization
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS cocreation;
RESET client_min_messages;
SET search_path = public, cocreation;

-- Direct calibration: Ragin 2008, Redesigning Social Inquiry, Table 5.2
-- (national income per capita in US dollars into the set of developed
-- countries; anchors 2500, 5000, 20000; log odds 3 at the anchors).  The
-- published column is the degree of membership to two decimals.  The rows
-- were entered from the book's table; no machine-readable copy was at hand
-- to check the entry against.
CREATE TEMP TABLE ragin_5_2 (country text, income float8, published numeric);
INSERT INTO ragin_5_2 VALUES
  ('Switzerland', 40110, 1.00), ('United States', 34400, 1.00), ('Netherlands', 25200, 0.98),
  ('Finland', 24920, 0.98), ('Australia', 20060, 0.95), ('Israel', 17090, 0.92),
  ('Spain', 15320, 0.89), ('New Zealand', 13680, 0.85), ('Cyprus', 11720, 0.79),
  ('Greece', 11290, 0.78), ('Portugal', 10940, 0.77), ('Korea, Rep.', 9800, 0.72),
  ('Argentina', 7470, 0.62), ('Hungary', 4670, 0.40), ('Venezuela', 4100, 0.25),
  ('Estonia', 4070, 0.25), ('Panama', 3740, 0.18), ('Mauritius', 3690, 0.17),
  ('Brazil', 3590, 0.16), ('Turkey', 2980, 0.08), ('Bolivia', 1000, 0.01),
  ('Cote d''Ivoire', 650, 0.01), ('Senegal', 450, 0.00), ('Burundi', 110, 0.00);
SELECT country, income, published,
       round(qca_calibrate(income, 2500::float8, 5000::float8, 20000::float8, 'fsqca'::text)::numeric, 2) AS computed
FROM ragin_5_2
WHERE round(qca_calibrate(income, 2500::float8, 5000::float8, 20000::float8, 'fsqca'::text)::numeric, 2)
      <> published;
SELECT count(*) AS countries_matching FROM ragin_5_2
WHERE round(qca_calibrate(income, 2500::float8, 5000::float8, 20000::float8, 'fsqca'::text)::numeric, 2)
      = published;

-- the anchors: 0.5 at the crossover; 0.95 and 0.05 exactly with the 'qca'
-- scale (log odds ln 19), 0.9526 and 0.0474 with 'fsqca' (log odds 3)
SELECT s AS scale,
       qca_calibrate(5000::float8, 2500::float8, 5000::float8, 20000::float8, s) AS crossover,
       round(qca_calibrate(20000::float8, 2500::float8, 5000::float8, 20000::float8, s)::numeric, 12) AS inclusion,
       round(qca_calibrate(2500::float8, 2500::float8, 5000::float8, 20000::float8, s)::numeric, 12) AS exclusion
FROM unnest(ARRAY['fsqca', 'qca']::text[]) s;
-- a numeric scale: log odds 3 is the same as 'fsqca'
SELECT qca_calibrate(7470::float8, 2500::float8, 5000::float8, 20000::float8, 3::float8)
     = qca_calibrate(7470::float8, 2500::float8, 5000::float8, 20000::float8, 'fsqca'::text) AS same;
-- decreasing anchors (members have low values): the mirror image
SELECT x, qca_calibrate(x, 10::float8, 5::float8, 0::float8, 'fsqca'::text)
        = qca_calibrate(-x, -10::float8, -5::float8, 0::float8, 'fsqca'::text) AS mirrored
FROM unnest(ARRAY[-3, 0, 2.5, 5, 7, 10, 14]::float8[]) x;
-- far out: 0 and 1, not an error
SELECT qca_calibrate(1e308::float8, 0::float8, 1::float8, 2::float8, 'fsqca'::text) AS far_in,
       qca_calibrate(-1e308::float8, 0::float8, 1::float8, 2::float8, 'fsqca'::text) AS far_out;
-- errors: anchors out of order, not finite, a raw value not finite, a scale
SELECT qca_calibrate(1::float8, 0::float8, 2::float8, 1::float8, 'fsqca'::text);
SELECT qca_calibrate(1::float8, 0::float8, 0::float8, 1::float8, 'fsqca'::text);
SELECT qca_calibrate(1::float8, 'NaN'::float8, 1::float8, 2::float8, 'fsqca'::text);
SELECT qca_calibrate(1::float8, 0::float8, 1::float8, 'Infinity'::float8, 'fsqca'::text);
SELECT qca_calibrate('NaN'::float8, 0::float8, 1::float8, 2::float8, 'fsqca'::text);
SELECT qca_calibrate('-Infinity'::float8, 0::float8, 1::float8, 2::float8, 'fsqca'::text);
SELECT qca_calibrate(1::float8, 0::float8, 1::float8, 2::float8, 'ragin'::text);
SELECT qca_calibrate(1::float8, 0::float8, 1::float8, 2::float8, 0::float8);
SELECT qca_calibrate(1::float8, 0::float8, 1::float8, 2::float8, NULL::float8) AS null_scale;

-- crisp calibration: the number of thresholds reached
SELECT x, qca_calibrate_crisp(x, ARRAY[550]::float8[]) AS binary,
       qca_calibrate_crisp(x, ARRAY[550, 850]::float8[]) AS multi
FROM unnest(ARRAY[0, 549.99, 550, 700, 850, 1e6]::float8[]) x;
SELECT qca_calibrate_crisp(1::float8, ARRAY[]::float8[]);
SELECT qca_calibrate_crisp(1::float8, ARRAY[2, 2]::float8[]);
SELECT qca_calibrate_crisp(1::float8, ARRAY[2, NULL]::float8[]);
SELECT qca_calibrate_crisp('NaN'::float8, ARRAY[2]::float8[]);

-- negation, intersection, union
SELECT qca_not(0.25::float8) AS "not", qca_and(0.2::float8, 0.7::float8, 0.4::float8) AS "and",
       qca_or(0.2::float8, 0.7::float8, 0.4::float8) AS "or", qca_not(0::float8) AS not_0;
SELECT qca_not(1.5::float8);
SELECT qca_and(VARIADIC ARRAY[]::float8[]);
SELECT qca_or(0.5::float8, 'NaN'::float8);

-- the fit of one relation, by hand: x (0.2, 0.8, 1, 0.6), y (0.4, 0.6, 0.9, 0.3)
-- sum x 2.6, sum y 2.2, sum min(x, y) 2.0, sum min(x, y, 1 - y) 1.0, n 4
CREATE TEMP TABLE hand (id int, x float8, y float8);
INSERT INTO hand VALUES (1, 0.2, 0.4), (2, 0.8, 0.6), (3, 1, 0.9), (4, 0.6, 0.3), (5, NULL, 1), (6, 1, NULL);
SELECT qca_cases(f) AS n,
       round(qca_consistency(f)::numeric, 12) AS consistency,   -- 2 / 2.6
       round(qca_coverage(f)::numeric, 12) AS coverage,         -- 2 / 2.2
       round(qca_pri(f)::numeric, 12) AS pri,                   -- 1 / 1.6
       round(qca_necessity_consistency(f)::numeric, 12) AS nec_consistency,
       round(qca_necessity_coverage(f)::numeric, 12) AS nec_coverage,
       round(qca_relevance(f)::numeric, 12) AS relevance        -- 1.4 / 2
FROM (SELECT qca_fit(x, y) AS f FROM hand) s;
-- undefined statistics are NULL; no rows give NULL
SELECT qca_consistency(f) AS consistency, qca_coverage(f) AS coverage, qca_relevance(f) AS relevance
FROM (SELECT qca_fit(0::float8, 0::float8) AS f) s;
SELECT qca_fit(x, y) IS NULL AS no_rows FROM hand WHERE false;
-- errors: memberships outside [0, 1]
SELECT qca_fit(x, y) FROM (VALUES (1.5::float8, 0.5::float8)) v(x, y);
SELECT qca_fit(x, y) FROM (VALUES (0.5::float8, 'NaN'::float8)) v(x, y);

-- text form: exact hexadecimal sums; round trips; checked
SELECT qca_fit(x, y) AS fit FROM (VALUES (0.5::float8, 0.25::float8), (1, 0.75)) v(x, y);
SELECT '(2, 0x1.8, 0x1, 0x0.c, 0x0.4)'::qca_fit AS fit;
CREATE FUNCTION pg_temp.try_fit(t text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  detail text;
BEGIN
  RETURN t::qca_fit::text;
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS detail = PG_EXCEPTION_DETAIL;
  RETURN SQLSTATE || ': ' || detail;
END $$;
SELECT left(t, 26) AS input, left(pg_temp.try_fit(t), 80) AS result FROM unnest(ARRAY[
  '(2, 0x1.8, 0x1, 0x1.8, 0x0.4)', '(1, 0x2, 0x0, 0x0, 0x0)', '(-1, 0x0, 0x0, 0x0, 0x0)',
  '(1, 0x1, 0x1, 0x1, 0x1.8)', '2, 0x1, 0x1, 0x1, 0x0', '(1, 1, 0x1, 0x1, 0x0)',
  '(1, 0x0.' || repeat('0', 268) || '4, 0x0, 0x0, 0x0)', '(1, 0x0.' || repeat('0', 268) || '2, 0x0, 0x0, 0x0)',
  '(1, 0x1, 0x1, 0x1, 0x0) x']) t;
-- the smallest subnormal and 1: exact, and the text reads back to the same value
SELECT f::text = f::text::qca_fit::text AS round_trip, f::text AS fit
FROM (SELECT qca_fit(x, 1::float8) AS f
      FROM (VALUES (4.9406564584124654e-324::float8), (1)) v(x)) s;

-- binary form: version byte, n, the four sums as 18 limbs each; recv checks
CREATE FUNCTION pg_temp.recv_fit(b bytea) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  result text;
BEGIN
  EXECUTE format('COPY (SELECT %L::bytea) TO %L WITH (FORMAT binary)', b,
                 '/tmp/cocreation_regress_qca.bin');
  CREATE TEMP TABLE recv_one (v qca_fit);
  EXECUTE format('COPY recv_one FROM %L WITH (FORMAT binary)', '/tmp/cocreation_regress_qca.bin');
  SELECT v::text INTO result FROM recv_one;
  DROP TABLE recv_one;
  RETURN result;
EXCEPTION WHEN OTHERS THEN
  DROP TABLE IF EXISTS recv_one;
  RETURN SQLSTATE || ': ' || SQLERRM;
END $$;
SELECT length(qca_fit_send(f)) AS bytes, pg_temp.recv_fit(qca_fit_send(f)) = f::text AS round_trip
FROM (SELECT qca_fit(x, y) AS f FROM hand) s;
-- a version other than 0, and sums no cases make
SET client_min_messages = warning;
SELECT pg_temp.recv_fit(set_byte(qca_fit_send('(1, 0x1, 0x1, 0x1, 0x0)'::qca_fit), 0, 1));
SELECT pg_temp.recv_fit(overlay(qca_fit_send('(1, 0x1, 0x1, 0x1, 0x0)'::qca_fit)
                                placing '\x0000000000000000'::bytea from 2));
RESET client_min_messages;

-- an exact sum becomes a float8 correctly rounded, with the bits far below
-- the 53 kept deciding: 1 + 2^-53 is the midpoint of 1 and 1 + 2^-52 (to
-- even: 1), 1 + 2^-53 + 2^-100 is above it (up); coverage with y = 1 is the
-- sum over n
SELECT qca_coverage(qca_fit(x, 1::float8)) = 0.5::float8 AS midpoint_to_even
FROM unnest(ARRAY[1, power(2, -53)]::float8[]) x;
SELECT qca_coverage(qca_fit(x, 1::float8)) = (1 + power(2::float8, -52)) / 3 AS above_midpoint_up
FROM unnest(ARRAY[1, power(2, -53), power(2, -100)]::float8[]) x;
-- the same with the far bit in a limb wholly below the 64 read; many ones
SELECT qca_coverage(qca_fit(x, 1::float8)) = (power(2::float8, -20) + power(2::float8, -72)) / 3 AS two_limbs
FROM unnest(ARRAY[power(2, -20), power(2, -73), power(2, -130)]::float8[]) x;
SELECT qca_coverage(qca_fit(x, 1::float8)) = 1 AS ones FROM generate_series(1, 1000), LATERAL (VALUES (1::float8)) v(x);

-- exact: the row order does not change a single bit.  The same 20000 cases
-- in three orders give the same bits
CREATE TABLE qca_cases AS
SELECT g AS id, (abs(hashint4(g)) % 1000003) / 1000003.0 * 0.999 AS x,
       (abs(hashint4(g + 7777)) % 999983) / 999983.0 AS y,
       ARRAY[(abs(hashint4(g * 3)) % 1001) / 1000.0, (abs(hashint4(g * 5)) % 1001) / 1000.0,
             (abs(hashint4(g * 7)) % 1001) / 1000.0, (abs(hashint4(g * 11)) % 3) / 2.0]::float8[] AS m
FROM generate_series(1, 20000) g;
ANALYZE qca_cases;
SELECT count(DISTINCT f::text) AS distinct_fits, count(DISTINCT qca_consistency(f)) AS distinct_consistency
FROM (SELECT qca_fit(x, y ORDER BY id) AS f FROM qca_cases
      UNION ALL SELECT qca_fit(x, y ORDER BY id DESC) FROM qca_cases
      UNION ALL SELECT qca_fit(x, y ORDER BY y, x) FROM qca_cases) s;
-- and the same as the plain formulation, to the last few bits
SELECT abs(qca_consistency(qca_fit(x, y)) - sum(least(x, y)) / sum(x)) < 1e-12 AS as_plain_sql
FROM qca_cases;
-- roll-up: per-group fits merged equal the whole
SELECT (SELECT qca_fit(f) FROM (SELECT qca_fit(x, y) AS f FROM qca_cases GROUP BY id % 7) g)::text
     = (SELECT qca_fit(x, y) FROM qca_cases)::text AS rollup_equal;
-- GROUPING SETS
SELECT id % 2 AS half, qca_cases(qca_fit(x, y)) AS n
FROM qca_cases GROUP BY GROUPING SETS ((id % 2), ()) ORDER BY 1 NULLS LAST;

-- the truth table of the same cases, 4 conditions (the fourth 0, 0.5 or 1)
CREATE TEMP TABLE serial_tt AS
SELECT qca_truth_table(m, y, ARRAY['A', 'B', 'C', 'D']::text[]) AS tt FROM qca_cases;
SELECT tt -> 'conditions' AS conditions, tt -> 'cases' AS cases,
       tt -> 'cases_at_crossover' AS at_crossover,
       jsonb_array_length(tt -> 'rows') AS corners FROM serial_tt;
-- every case with no condition at 0.5 is in one corner
SELECT sum((r ->> 'n')::int8) + (SELECT (tt ->> 'cases_at_crossover')::int8 FROM serial_tt) AS all_cases
FROM serial_tt, jsonb_array_elements(tt -> 'rows') r;
-- the consistency of a corner equals qca_fit over its membership, bit for bit
SELECT (SELECT (r ->> 'consistency')::float8 FROM serial_tt, jsonb_array_elements(tt -> 'rows') r
         WHERE r ->> 'configuration' = '1011')
     = (SELECT qca_consistency(qca_fit(qca_and(m[1], qca_not(m[2]), m[3], m[4]), y)) FROM qca_cases)
       AS corner_1011,
       (SELECT (r ->> 'pri')::float8 FROM serial_tt, jsonb_array_elements(tt -> 'rows') r
         WHERE r ->> 'configuration' = '0100')
     = (SELECT qca_pri(qca_fit(qca_and(qca_not(m[1]), m[2], qca_not(m[3]), qca_not(m[4])), y)) FROM qca_cases)
       AS corner_0100_pri;

-- crisp cases (every membership 0 or 1) take a short path, one corner with
-- membership 1: the numbers of counting; a stored array with a NULL element
-- is a missing case (30 of the 3000)
CREATE TEMP TABLE crisp_cases AS
SELECT g AS id,
       CASE WHEN g % 97 = 0 THEN ARRAY[1, NULL, 0]::float8[]
            ELSE ARRAY[g % 2, g / 2 % 2, g / 4 % 3 % 2]::float8[] END AS m,
       ((g * 7) % 5 < 2)::int::float8 AS y
FROM generate_series(1, 3000) g;
SELECT (t ->> 'cases')::int AS cases,
       count(*) FILTER (WHERE (r ->> 'n')::int8 IS DISTINCT FROM p.n
                           OR (r ->> 'consistency')::float8 IS DISTINCT FROM p.consistency) AS differing
FROM (SELECT qca_truth_table(m, y, ARRAY['A', 'B', 'C']::text[]) AS t FROM crisp_cases) s,
     jsonb_array_elements(t -> 'rows') r
     LEFT JOIN (SELECT (m[1] * 4 + m[2] * 2 + m[3])::int AS corner, count(*) AS n, sum(y) / count(*) AS consistency
                FROM crisp_cases WHERE NOT array_position(m, NULL) IS NOT NULL GROUP BY 1) p
       ON p.corner = (r ->> 'row')::int - 1
GROUP BY t;

-- a mix of cases: crisp ones (every membership and the outcome 0 or 1) are
-- counted apart and their counts added to the exact sums when the table is
-- written; crisp memberships with a fuzzy outcome, fuzzy memberships and
-- cases at the crossover add to the sums directly, in the same corners.
-- Every corner must equal qca_fit over its membership (the least of x or
-- 1 - x over the conditions), bit for bit, and n the cases above 0.5 there.
CREATE TABLE mixed_cases AS
SELECT g AS id,
       CASE WHEN g % 5 < 3 THEN ARRAY[g % 2, g / 2 % 2, g / 4 % 3 % 2]::float8[]
            WHEN g % 5 = 3 THEN ARRAY[(abs(hashint4(g)) % 1001) / 1000.0, (abs(hashint4(g * 3)) % 1001) / 1000.0,
                                      (abs(hashint4(g * 5)) % 1001) / 1000.0]::float8[]
            ELSE ARRAY[g / 5 % 2, 0.5, 1]::float8[] END AS m,
       CASE WHEN g % 5 IN (1, 3) THEN (abs(hashint4(g + 7777)) % 999983) / 999983.0
            ELSE ((g * 7) % 5 < 2)::int END::float8 AS y
FROM generate_series(1, 20000) g;
ANALYZE mixed_cases;
CREATE TEMP TABLE mixed_tt AS
SELECT qca_truth_table(m, y, ARRAY['A', 'B', 'C']::text[]) AS tt FROM mixed_cases;
SELECT tt -> 'cases' AS cases, tt -> 'cases_at_crossover' AS at_crossover FROM mixed_tt;
SELECT r ->> 'configuration' AS configuration, (r ->> 'n')::int8 AS n,
       (r ->> 'n')::int8 = f.n AS n_equal,
       (r ->> 'consistency')::float8 = qca_consistency(f.fit) AS consistency_equal,
       (r ->> 'pri')::float8 = qca_pri(f.fit) AS pri_equal
FROM mixed_tt, jsonb_array_elements(tt -> 'rows') r
     JOIN (SELECT c, qca_fit(x, y) AS fit, count(*) FILTER (WHERE x > 0.5) AS n
           FROM (SELECT c, y, least(CASE WHEN c & 4 > 0 THEN m[1] ELSE 1 - m[1] END,
                                    CASE WHEN c & 2 > 0 THEN m[2] ELSE 1 - m[2] END,
                                    CASE WHEN c & 1 > 0 THEN m[3] ELSE 1 - m[3] END) AS x
                 FROM mixed_cases, generate_series(0, 7) c) s
           GROUP BY c) f ON f.c = (r ->> 'row')::int - 1
ORDER BY 1;
-- the crisp cases alone, against counting in plain SQL: n, and Σm the
-- cases, Σmin(m, y) those with the outcome, Σmin(m, y, 1 - y) none (so PRI
-- is the consistency)
SELECT count(*) AS corners,
       count(*) FILTER (WHERE (r ->> 'n')::int8 = p.n AND (r ->> 'consistency')::float8 = p.consistency
                          AND (r ->> 'pri')::float8 = p.consistency) AS equal
FROM (SELECT qca_truth_table(m, y, ARRAY['A', 'B', 'C']::text[]) AS t FROM mixed_cases WHERE id % 5 IN (0, 2)) s,
     jsonb_array_elements(t -> 'rows') r
     JOIN (SELECT (m[1] * 4 + m[2] * 2 + m[3])::int AS corner, count(*) AS n, sum(y) / count(*) AS consistency
           FROM mixed_cases WHERE id % 5 IN (0, 2) GROUP BY 1) p ON p.corner = (r ->> 'row')::int - 1;
-- -0 reads as 0, also where the memberships are tested bit by bit
SELECT (SELECT qca_truth_table(ARRAY[a, b], y, ARRAY['A', 'B']::text[])
        FROM (VALUES ('-0'::float8, 1::float8, '-0'::float8), (1, '-0', 1), (1, '-0', 0.25)) v(a, b, y))
     = (SELECT qca_truth_table(ARRAY[a, b], y, ARRAY['A', 'B']::text[])
        FROM (VALUES (0::float8, 1::float8, 0::float8), (1, 0, 1), (1, 0, 0.25)) v(a, b, y)) AS minus_zero;
-- the same table from partial states combined (one per partition, each a
-- mix) and from forced parallel plans (the states serialized between
-- processes), bit for bit
CREATE TEMP TABLE mixed_parts (id int, m float8[], y float8) PARTITION BY LIST ((id % 3));
CREATE TEMP TABLE mixed_parts_0 PARTITION OF mixed_parts FOR VALUES IN (0);
CREATE TEMP TABLE mixed_parts_1 PARTITION OF mixed_parts FOR VALUES IN (1);
CREATE TEMP TABLE mixed_parts_2 PARTITION OF mixed_parts FOR VALUES IN (2);
INSERT INTO mixed_parts SELECT * FROM mixed_cases;
ANALYZE mixed_parts;
SET enable_partitionwise_aggregate = on;
EXPLAIN (COSTS OFF) SELECT qca_truth_table(m, y, ARRAY['A', 'B', 'C']::text[]) FROM mixed_parts;
SELECT (SELECT qca_truth_table(m, y, ARRAY['A', 'B', 'C']::text[]) FROM mixed_parts)
       = (SELECT tt FROM mixed_tt) AS combined_equal;
RESET enable_partitionwise_aggregate;
-- the most conditions (14: 16384 corners), crisp and fuzzy cases, serial
-- (here) and parallel (below)
CREATE TABLE wide_cases AS
SELECT g AS id,
       CASE WHEN g % 30 = 0
            THEN ARRAY(SELECT (abs(hashint4(g * 31 + j)) % 1001) / 1000.0 FROM generate_series(1, 14) j)::float8[]
            ELSE ARRAY(SELECT (g >> j) & 1 FROM generate_series(0, 13) j)::float8[] END AS m,
       (g % 7 < 3)::int::float8 AS y
FROM generate_series(1, 3000) g;
ANALYZE wide_cases;
CREATE TEMP TABLE wide_tt AS
SELECT qca_truth_table(m, y, ARRAY['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9', 'C10', 'C11', 'C12', 'C13',
                                  'C14']::text[]) AS tt
FROM wide_cases;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT qca_truth_table(m, y, ARRAY['A', 'B', 'C']::text[]) FROM mixed_cases;
SELECT (SELECT qca_truth_table(m, y, ARRAY['A', 'B', 'C']::text[]) FROM mixed_cases)
       = (SELECT tt FROM mixed_tt) AS parallel_equal;
EXPLAIN (COSTS OFF) SELECT qca_truth_table(m, y, ARRAY['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9', 'C10', 'C11',
                                                      'C12', 'C13', 'C14']::text[])
FROM wide_cases;
-- (parallel) 14 conditions
SELECT jsonb_array_length(tt -> 'rows') AS corners,
       (SELECT sum((r ->> 'n')::int8) FROM jsonb_array_elements(tt -> 'rows') r) AS n,
       (SELECT qca_truth_table(m, y, ARRAY['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9', 'C10', 'C11', 'C12',
                                           'C13', 'C14']::text[])
        FROM wide_cases) = tt AS parallel_equal
FROM wide_tt;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
RESET parallel_leader_participation;
DROP TABLE mixed_cases, wide_cases;

-- serial = forced parallel, bit for bit
CREATE TEMP TABLE serial_fit AS SELECT qca_fit(x, y)::text AS f FROM qca_cases;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT qca_fit(x, y) FROM qca_cases;
EXPLAIN (COSTS OFF) SELECT qca_truth_table(m, y, ARRAY['A', 'B', 'C', 'D']::text[]) FROM qca_cases;
SELECT (SELECT qca_fit(x, y)::text FROM qca_cases) = (SELECT f FROM serial_fit) AS fit_equal,
       (SELECT qca_truth_table(m, y, ARRAY['A', 'B', 'C', 'D']::text[]) FROM qca_cases)
       = (SELECT tt FROM serial_tt) AS truth_table_equal;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
RESET parallel_leader_participation;

-- a small truth table by hand: crisp A, B and outcome
CREATE TEMP TABLE crisp (a float8, b float8, y float8);
INSERT INTO crisp VALUES (1, 1, 1), (1, 1, 1), (1, 0, 1), (1, 0, 0), (0, 1, 0), (0.5, 1, 1);
SELECT * FROM qca_truth_table_rows((SELECT qca_truth_table(ARRAY[a, b], y, ARRAY['A', 'B']::text[]) FROM crisp),
                                   0.8::float8, 1::int8, 0::float8);
SELECT qca_truth_table(ARRAY[a, b], y, ARRAY['A', 'B']::text[]) -> 'cases_at_crossover' AS at_crossover FROM crisp;
-- errors: names, sizes, memberships
SELECT qca_truth_table(ARRAY[a, b], y, ARRAY['A']::text[]) FROM crisp;
SELECT qca_truth_table(ARRAY[a, b], y, ARRAY['A', 'A']::text[]) FROM crisp;
SELECT qca_truth_table(ARRAY[a, b], y, ARRAY['A', 'B*C']::text[]) FROM crisp;
SELECT qca_truth_table(CASE WHEN a = 1 THEN ARRAY[a, b] ELSE ARRAY[a] END, y, ARRAY['A', 'B']::text[]) FROM crisp;
SELECT qca_truth_table(ARRAY[a, b + 1], y, ARRAY['A', 'B']::text[]) FROM crisp;
SELECT qca_truth_table(array_fill(0.5::float8, ARRAY[15]), 1::float8,
                       (SELECT array_agg('C' || g) FROM generate_series(1, 15) g)) ;

-- minimization: textbook functions of three conditions
SELECT qca_minimize_corners(ARRAY['A', 'B', 'C']::text[], ARRAY[5, 6, 7]::int4[], ARRAY[]::int4[]) AS ab_ac;
-- the cyclic function m(0, 1, 2, 5, 6, 7): two equally minimal models, both given
SELECT qca_minimize_corners(ARRAY['A', 'B', 'C']::text[], ARRAY[0, 1, 2, 5, 6, 7]::int4[], ARRAY[]::int4[]) AS cyclic;
-- remainders as don't cares simplify
SELECT qca_minimize_corners(ARRAY['A', 'B', 'C']::text[], ARRAY[7]::int4[], ARRAY[3, 5, 6]::int4[]) AS with_remainders;
SELECT qca_minimize_corners(ARRAY['A', 'B']::text[], ARRAY[]::int4[], ARRAY[]::int4[]) AS nothing_positive;
SELECT qca_minimize_corners(ARRAY['A', 'B']::text[], ARRAY[4]::int4[], ARRAY[]::int4[]);
-- over a truth table: at consistency 0.8 only corner 11 is positive (the
-- remainder 00 does not help: 01 and 10 are negative); at 0.5 also 10, A
SELECT * FROM qca_minimize((SELECT qca_truth_table(ARRAY[a, b], y, ARRAY['A', 'B']::text[]) FROM crisp),
                           0.8::float8, 1::int8, 0::float8);
SELECT * FROM qca_minimize((SELECT qca_truth_table(ARRAY[a, b], y, ARRAY['A', 'B']::text[]) FROM crisp),
                           0.5::float8, 1::int8, 0::float8);
-- no positive row: no model
SELECT count(*) AS models FROM qca_minimize((SELECT qca_truth_table(ARRAY[a, b], y, ARRAY['A', 'B']::text[]) FROM crisp),
                                            1.1::float8, 1::int8, 0::float8);

-- the intermediate solution, by hand.  Positive corners 101 (A*~B*C) and
-- 110 (A*B*~C), remainders 001 and 111: complex A*B*~C + A*~B*C;
-- parsimonious P1 A*B + A*C and P2 A*B + ~B*C.
-- Every condition expected present: A*B*~C in A*B opens ~C (against the
-- expectation), region A*B, so 111 is easy; A*~B*C in A*C opens ~B, region
-- A*C, 111 again; in ~B*C, A agrees with its expectation and stays.  With
-- 111 as the only don't care: A*B + A*C, from both pairs, given once.
SELECT qca_minimize_intermediate(ARRAY['A', 'B', 'C']::text[], ARRAY[5, 6]::int4[], ARRAY[1, 7]::int4[],
                                 ARRAY['1', '1', '1']::text[]) AS all_present;
-- every condition expected absent: with P1 nothing opens (~C and ~B agree,
-- the rest is in the parsimonious terms), so the complex model; with P2,
-- A*~B*C in ~B*C opens A, region ~B*C, so 001 is easy: A*B*~C + ~B*C
SELECT qca_minimize_intermediate(ARRAY['A', 'B', 'C']::text[], ARRAY[5, 6]::int4[], ARRAY[1, 7]::int4[],
                                 ARRAY['0', '0', '0']::text[]) AS all_absent;
-- the same written with names; a name not given has no expectation
SELECT qca_minimize_intermediate(ARRAY['A', 'B', 'C']::text[], ARRAY[5, 6]::int4[], ARRAY[1, 7]::int4[],
                                 ARRAY['~A', '~B', '~C']::text[]) AS named;
-- no expectation anywhere: no easy counterfactual, the complex solution
SELECT qca_minimize_intermediate(ARRAY['A', 'B', 'C']::text[], ARRAY[5, 6]::int4[], ARRAY[1, 7]::int4[],
                                 ARRAY['-', '-', '-']::text[]) AS none,
       qca_minimize_intermediate(ARRAY['A', 'B', 'C']::text[], ARRAY[5, 6]::int4[], ARRAY[1, 7]::int4[],
                                 ARRAY[]::text[]) AS none_named;
-- only C expected present: A*B*~C in A*B opens ~C, 111 is easy; A*~B*C keeps ~B
SELECT qca_minimize_intermediate(ARRAY['A', 'B', 'C']::text[], ARRAY[5, 6]::int4[], ARRAY[1, 7]::int4[],
                                 ARRAY['C']::text[]) AS c_only;
-- nothing positive: no model
SELECT qca_minimize_intermediate(ARRAY['A', 'B']::text[], ARRAY[]::int4[], ARRAY[0]::int4[],
                                 ARRAY['1', '1']::text[]) AS nothing_positive;
-- errors: an unknown word, a name twice, a NULL, a wrong count of codes
SELECT qca_minimize_intermediate(ARRAY['A', 'B']::text[], ARRAY[3]::int4[], ARRAY[1]::int4[], ARRAY['yes', 'no']::text[]);
SELECT qca_minimize_intermediate(ARRAY['A', 'B']::text[], ARRAY[3]::int4[], ARRAY[1]::int4[], ARRAY['A', '~A']::text[]);
SELECT qca_minimize_intermediate(ARRAY['A', 'B']::text[], ARRAY[3]::int4[], ARRAY[1]::int4[], ARRAY['1', NULL]::text[]);
SELECT qca_minimize_intermediate(ARRAY['A', 'B']::text[], ARRAY[3]::int4[], ARRAY[1]::int4[], ARRAY['1', '1', '1']::text[]);
SELECT qca_minimize_intermediate(ARRAY['A', 'B']::text[], ARRAY[3]::int4[], ARRAY[1]::int4[], ARRAY[['A'], ['B']]::text[]);
-- over a truth table: the three solutions
SELECT * FROM qca_minimize((SELECT qca_truth_table(ARRAY[a, b], y, ARRAY['A', 'B']::text[]) FROM crisp),
                           0.8::float8, 1::int8, 0::float8, ARRAY['1', '1']::text[]);

-- the fit of a model, term by term, equals qca_fit over the set operations
CREATE TEMP TABLE model_fit AS
SELECT qca_model_fit(m, y, ARRAY['A', 'B', 'C', 'D']::text[], 'A*~B + C*D + ~A'::text) AS j FROM qca_cases;
SELECT j ->> 'model' AS model, j -> 'cases' AS cases, jsonb_array_length(j -> 'terms') AS terms FROM model_fit;
SELECT (j ->> 'consistency')::float8 = qca_consistency(f) AS consistency,
       (j ->> 'pri')::float8 = qca_pri(f) AS pri,
       (j ->> 'coverage')::float8 = qca_coverage(f) AS coverage
FROM model_fit, (SELECT qca_fit(qca_or(qca_and(m[1], qca_not(m[2])), qca_and(m[3], m[4]), qca_not(m[1])), y) AS f
                 FROM qca_cases) s;
SELECT t ->> 'term' AS term,
       (t ->> 'consistency')::float8 = qca_consistency(f) AS consistency,
       (t ->> 'pri')::float8 = qca_pri(f) AS pri,
       (t ->> 'raw_coverage')::float8 = qca_coverage(f) AS raw_coverage
FROM model_fit, jsonb_array_elements(j -> 'terms') WITH ORDINALITY AS e(t, o),
     LATERAL (SELECT qca_fit(CASE o WHEN 1 THEN qca_and(m[1], qca_not(m[2]))
                                    WHEN 2 THEN qca_and(m[3], m[4]) ELSE qca_not(m[1]) END, y) AS f
              FROM qca_cases) s
ORDER BY o;
-- unique coverage: the model's coverage less that of the model without the term
SELECT round(((j #>> '{terms,1,unique_coverage}')::float8
              - (qca_coverage(whole) - qca_coverage(without)))::numeric, 12) AS difference
FROM model_fit,
     (SELECT qca_fit(qca_or(qca_and(m[1], qca_not(m[2])), qca_and(m[3], m[4]), qca_not(m[1])), y) AS whole,
             qca_fit(qca_or(qca_and(m[1], qca_not(m[2])), qca_not(m[1])), y) AS without
      FROM qca_cases) s;
-- forced parallel: the same jsonb
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT qca_model_fit(m, y, ARRAY['A', 'B', 'C', 'D']::text[], 'A*~B + C*D + ~A'::text) FROM qca_cases;
SELECT qca_model_fit(m, y, ARRAY['A', 'B', 'C', 'D']::text[], 'A*~B + C*D + ~A'::text) = (SELECT j FROM model_fit) AS parallel_equal
FROM qca_cases;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
RESET parallel_leader_participation;
-- the model 1: when every corner is positive or a remainder, qca_minimize
-- writes the term without conditions as 1, and its fit is that of a set
-- every case belongs to fully: qca_fit(1, y), unique coverage the coverage
-- (found by test/extra/qca_oracle.sh: the fit rejected minimize's own model)
SELECT qca_minimize_corners(ARRAY['A', 'B']::text[], ARRAY[0, 3]::int4[], ARRAY[1, 2]::int4[]) AS tautology;
SELECT j ->> 'model' AS model, j #>> '{terms,0,term}' AS term,
       (j ->> 'consistency')::float8 = qca_consistency(f) AS consistency,
       (j ->> 'pri')::float8 = qca_pri(f) AS pri,
       (j ->> 'coverage')::float8 AS coverage,
       (j #>> '{terms,0,raw_coverage}')::float8 AS raw_coverage,
       (j #>> '{terms,0,unique_coverage}')::float8 AS unique_coverage
FROM (SELECT qca_model_fit(m, y, ARRAY['A', 'B', 'C', 'D']::text[], '1'::text) AS j,
             qca_fit(1::float8, y) AS f FROM qca_cases) s;
-- 1 stands alone: in a term with conditions, or negated, it is an error
SELECT qca_model_fit(m, y, ARRAY['A', 'B', 'C', 'D']::text[], '1*A'::text) FROM qca_cases;
SELECT qca_model_fit(m, y, ARRAY['A', 'B', 'C', 'D']::text[], '~1'::text) FROM qca_cases;
SELECT qca_model_fit(m, y, ARRAY['A', 'B', 'C', 'D']::text[], 'A*1 + B'::text) FROM qca_cases;
-- errors: unknown conditions, syntax, a condition twice in a term, models differing
SELECT qca_model_fit(m, y, ARRAY['A', 'B', 'C', 'D']::text[], 'A*E'::text) FROM qca_cases;
SELECT qca_model_fit(m, y, ARRAY['A', 'B', 'C', 'D']::text[], 'A**B'::text) FROM qca_cases;
SELECT qca_model_fit(m, y, ARRAY['A', 'B', 'C', 'D']::text[], 'A*~A'::text) FROM qca_cases;
SELECT qca_model_fit(m, y, ARRAY['A', 'B', 'C', 'D']::text[], 'A + B -'::text) FROM qca_cases;
SELECT qca_model_fit(m, y, ARRAY['A', 'B', 'C', 'D']::text[], CASE WHEN id = 1 THEN 'A' ELSE 'B' END) FROM qca_cases;
DROP TABLE qca_cases;
