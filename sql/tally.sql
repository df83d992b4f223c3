-- tally and tally_agg(): text and binary I/O, validation,
-- equality, +, jsonb, the aggregates (NULLs, empty input, errors, merging)
-- and parallel plans
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS cocreation;
RESET client_min_messages;
SET search_path = public, cocreation;


-- text form: (count, sum, max | count, sum, max | count, sum, max | none)
SELECT t::tally AS tally
FROM unnest(ARRAY['(0, 0, 0 | 0, 0, 0 | 0, 0, 0 | 0)',
                  '(3, 2.5, 1 | 0, 0, 0 | 1, 1, 1 | 4)',
                  '(3,2.5,1|0,0,0|1,1,1|4)',
                  E'  ( 3 ,2.5, 1|\t0,0,0 |1,1,1| +4 )\n',
                  '(1, 0, 0 | 1, 0.1, 0.1 | 2, 1e300, 1e300 | 0)',
                  '(1, -0, -0 | 0, 0, 0 | 0, 0, 0 | 0)',
                  '(2, 5e-324, 5e-324 | 0, 0, 0 | 0, 0, 0 | 9223372036854775807)']) AS t;

-- weights print in the shortest form that reads back exactly, whatever
-- extra_float_digits says
SET extra_float_digits = -15;
SELECT tally_agg(l, w) AS t, tally_agg(l, w)::text::tally = tally_agg(l, w) AS round_trip
FROM (VALUES ('service'::level, 0.1::float8), ('service', 0.2),
             ('policy', 1/3.0), ('problem', 2/3.0), ('none', 5)) v(l, w);
RESET extra_float_digits;
CREATE TEMP TABLE act (m int, l level, w float8);
SELECT setseed(0.3);
INSERT INTO act
SELECT i % 17, (i % 5 % 4)::level, CASE WHEN i % 11 = 0 THEN 0 ELSE random() * 3 END
FROM generate_series(1, 5000) i;
INSERT INTO act VALUES (0, NULL, 1), (1, NULL, 0), (2, 'policy', 0);
SELECT count(*) AS tallies,
       count(*) FILTER (WHERE t::text::tally = t) AS text_round_trips,
       count(*) FILTER (WHERE t::text::tally::text = t::text) AS same_text
FROM (SELECT m, tally_agg(l, w) AS t FROM act GROUP BY m) s;

-- bad literals: 22P02 with the expected token or the broken rule
SELECT '(1, 1, 1 | 0, 0, 0 | 0, 0, 0)'::tally;
SELECT '(1, 2, 3 | 0, 0, 0 | 0, 0, 0 | 0)'::tally;
SELECT t AS input,
       regexp_replace(regress_error_detail_of(format('SELECT %L::tally', t)),
                      ': invalid input syntax for type tally: "[^"]*"', '') AS error
FROM unnest(ARRAY['', '()', '(1, 1, 1 | 0, 0, 0 | 0, 0, 0 | 0',
                  '(1, 1, 1 | 0, 0, 0 | 0, 0, 0 | 0) x',
                  '(1, 1, 1 ; 0, 0, 0 | 0, 0, 0 | 0)',
                  '(1.5, 1, 1 | 0, 0, 0 | 0, 0, 0 | 0)',
                  '(-1, 0, 0 | 0, 0, 0 | 0, 0, 0 | 0)',
                  '(0, 0, 0 | 0, 0, 0 | 0, 0, 0 | -1)',
                  '(1, a, 1 | 0, 0, 0 | 0, 0, 0 | 0)',
                  '(1, -1, 0 | 0, 0, 0 | 0, 0, 0 | 0)',
                  '(1, 1, -1 | 0, 0, 0 | 0, 0, 0 | 0)',
                  '(1, NaN, 1 | 0, 0, 0 | 0, 0, 0 | 0)',
                  '(1, Infinity, 1 | 0, 0, 0 | 0, 0, 0 | 0)',
                  '(1, 1e999, 1 | 0, 0, 0 | 0, 0, 0 | 0)',
                  '(1, 1, 2 | 0, 0, 0 | 0, 0, 0 | 0)',
                  '(0, 1, 1 | 0, 0, 0 | 0, 0, 0 | 0)',
                  '(0, 0, 0 | 0, 0, 0 | 0, 0, 1 | 0)',
                  '(1, 1, 0 | 0, 0, 0 | 0, 0, 0 | 0)',
                  '(9223372036854775808, 0, 0 | 0, 0, 0 | 0, 0, 0 | 0)']) AS t;

-- equality, +, jsonb
SELECT a, b, a = b AS eq, a <> b AS ne, a + b AS sum
FROM (VALUES ('(1, 1, 1 | 0, 0, 0 | 0, 0, 0 | 2)'::tally,
              '(1, 1, 1 | 0, 0, 0 | 0, 0, 0 | 2)'::tally),
             ('(1, 1, 1 | 0, 0, 0 | 0, 0, 0 | 2)', '(2, 3, 2 | 1, 0.5, 0.5 | 0, 0, 0 | 0)'),
             ('(1, 0, 0 | 0, 0, 0 | 0, 0, 0 | 0)', '(1, -0, -0 | 0, 0, 0 | 0, 0, 0 | 0)')) v(a, b);
SELECT '(3, 2.5, 1 | 0, 0, 0 | 1, 1, 1 | 4)'::tally::jsonb;
SELECT jsonb_object_keys('(3, 2.5, 1 | 0, 0, 0 | 1, 1, 1 | 4)'::tally::jsonb) AS key;
-- counts and sums never overflow silently
SELECT '(9223372036854775807, 0, 0 | 0, 0, 0 | 0, 0, 0 | 0)'::tally
     + '(1, 0, 0 | 0, 0, 0 | 0, 0, 0 | 0)';
SELECT regress_error_detail_of($$SELECT '(0, 0, 0 | 0, 0, 0 | 0, 0, 0 | 9223372036854775807)'::tally
                              + '(0, 0, 0 | 0, 0, 0 | 0, 0, 0 | 1)'$$);
SELECT '(1, 1e308, 1e308 | 0, 0, 0 | 0, 0, 0 | 0)'::tally
     + '(1, 1e308, 1e308 | 0, 0, 0 | 0, 0, 0 | 0)';

-- binary COPY round trip
CREATE TEMP TABLE tallies AS SELECT m, tally_agg(l, w) AS t FROM act GROUP BY m;
INSERT INTO tallies VALUES (100, '(2, 5e-324, 5e-324 | 0, 0, 0 | 1, 1e300, 1e300 | 9223372036854775807)');
COPY tallies TO '/tmp/cocreation_regress_tally.bin' WITH (FORMAT binary);
CREATE TEMP TABLE tallies2 (m int, t tally);
COPY tallies2 FROM '/tmp/cocreation_regress_tally.bin' WITH (FORMAT binary);
SELECT count(*) AS rows, count(*) FILTER (WHERE a.t = b.t AND a.t::text = b.t::text) AS identical
FROM tallies a JOIN tallies2 b USING (m);
SELECT length(tally_send('(0, 0, 0 | 0, 0, 0 | 0, 0, 0 | 0)')) AS wire_bytes;
-- recv checks like input: a binary tally built field by field as a bytea
-- (the format version, 0, then the fields),
-- whose COPY form is the same length-prefixed bytes
CREATE FUNCTION pg_temp.recv_error(b bytea) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('COPY (SELECT %L::bytea) TO %L WITH (FORMAT binary)', b,
                 '/tmp/cocreation_regress_badtally.bin');
  RETURN regress_error_detail_of(format('COPY tallies2 (t) FROM %L WITH (FORMAT binary)',
                                 '/tmp/cocreation_regress_badtally.bin'));
END $$;
CREATE FUNCTION pg_temp.wire(c1 int8, s1 float8, m1 float8, n_none int8) RETURNS bytea
LANGUAGE sql AS $$
  SELECT '\x00'::bytea || int8send(c1) || float8send(s1) || float8send(m1)
      || int8send(0) || float8send(0) || float8send(0)
      || int8send(0) || float8send(0) || float8send(0) || int8send(n_none) $$;
SELECT case_name, pg_temp.recv_error(b) AS error
FROM (VALUES ('valid', pg_temp.wire(2, 1.5, 1, 3)),
             ('negative count', pg_temp.wire(-1, 0, 0, 0)),
             ('negative none', pg_temp.wire(0, 0, 0, -5)),
             ('NaN sum', pg_temp.wire(1, 'NaN', 1, 0)),
             ('infinite max', pg_temp.wire(1, 'Infinity', 'Infinity', 0)),
             ('negative sum', pg_temp.wire(1, -1, 0, 0)),
             ('max above sum', pg_temp.wire(1, 1, 2, 0)),
             ('weight without activity', pg_temp.wire(0, 1, 1, 0)),
             ('format version 1', overlay(pg_temp.wire(0, 0, 0, 0) placing '\x01' from 1)),
             ('too short', substr(pg_temp.wire(0, 0, 0, 0), 1, 80)),
             ('too long', pg_temp.wire(0, 0, 0, 0) || '\x00'::bytea)) v(case_name, b);
SELECT count(*) AS rows_after_bad_copies FROM tallies2;

-- tally_agg: NULL levels skipped, no rows NULL (NULL weights: aggregate_policy)
SELECT tally_agg(l, w) AS weighted, tally_agg(l) AS unweighted
FROM (VALUES ('service'::level, 2::float8), ('service', 0), (NULL, 5),
             ('none', 7), ('policy', 0), ('problem', 1.5), ('problem', -0)) v(l, w);
SELECT tally_agg(l, w) IS NULL AS no_rows, tally_agg(l) IS NULL AS no_rows_unweighted
FROM act WHERE false;
SELECT tally_agg(l, w) IS NULL AS only_null_levels FROM act WHERE l IS NULL;
SELECT tally_agg(t) IS NULL AS no_tallies FROM tallies WHERE false;
SELECT tally_agg(t) AS null_tallies_skipped
FROM (VALUES (NULL::tally), ('(1, 1, 1 | 0, 0, 0 | 0, 0, 0 | 0)'), (NULL)) v(t);
-- bad weights: 22023 naming the value
SELECT tally_agg('service', -0.5);
SELECT w AS weight, regress_error_detail_of(format('SELECT tally_agg(%L::level, %L::float8)',
                                             'service', w)) AS error
FROM unnest(ARRAY['-1', '-1e-300', 'NaN', 'Infinity', '-Infinity']) AS w;
-- a bad weight at level none is still a bad weight
SELECT regress_error_detail_of($$SELECT tally_agg('none', 'NaN')$$);
-- sums of weights that would be infinite are an error, not Infinity
SELECT regress_error_detail_of($$SELECT tally_agg(l, 1e308)
                          FROM (VALUES ('policy'::level), ('policy')) v(l)$$);

-- merged tallies equal the tally of the union (weights in quarters, so that
-- every sum is exact whatever the order of addition)
CREATE TEMP TABLE quarters AS
SELECT m, l, (w * 4)::int / 4.0::float8 AS w FROM act;
SELECT (SELECT tally_agg(l, w) FROM quarters)
     = (SELECT tally_agg(t) FROM (SELECT tally_agg(l, w) AS t FROM quarters GROUP BY m) s)
       AS merged_equals_union,
       (SELECT tally_agg(l, w) FROM quarters)
     = (SELECT tally_agg(l, w) FROM quarters WHERE m < 8)
       + (SELECT tally_agg(l, w) FROM quarters WHERE m >= 8 OR m IS NULL) AS plus_equals_union;
-- tally_agg(tally) over a roll-up, by region
SELECT m % 3 AS region, tally_agg(t) AS t
FROM (SELECT m, tally_agg(l, w) AS t FROM quarters GROUP BY m) s
GROUP BY 1 ORDER BY 1;
SELECT m % 3 AS region, tally_agg(l, w) AS t FROM quarters GROUP BY 1 ORDER BY 1;

-- state updated in place is never the caller's: a plain call of the
-- transition function leaves its argument alone
SELECT tally_sfunc(t, 'service') AS after, t AS before
FROM (VALUES ('(1, 1, 1 | 0, 0, 0 | 0, 0, 0 | 0)'::tally)) v(t);

-- parallel plans: Partial Aggregate in the workers, same results as serial
CREATE TEMP TABLE serial_result AS
SELECT m, tally_agg(l, w) AS t, tally_agg(l) AS u FROM quarters GROUP BY m;
CREATE TABLE tally_par AS SELECT * FROM quarters;
ANALYZE tally_par;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT m, tally_agg(l, w), tally_agg(l) FROM tally_par GROUP BY m;
SELECT count(*) AS groups, count(*) FILTER (WHERE s.t = p.t AND s.u = p.u) AS identical
FROM serial_result s
JOIN (SELECT m, tally_agg(l, w) AS t, tally_agg(l) AS u FROM tally_par GROUP BY m) p USING (m);
EXPLAIN (COSTS OFF) SELECT tally_agg(l, w) FROM tally_par;
SELECT tally_agg(l, w) = (SELECT tally_agg(t) FROM serial_result) AS whole_table_identical
FROM tally_par;
CREATE TABLE tally_par_t AS SELECT t FROM serial_result, generate_series(1, 100);
ANALYZE tally_par_t;
EXPLAIN (COSTS OFF) SELECT tally_agg(t) FROM tally_par_t;
SELECT tally_agg(t) = (SELECT tally_agg(t) FROM serial_result, generate_series(1, 100))
       AS merged_identical
FROM tally_par_t;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
RESET parallel_leader_participation;
DROP TABLE tally_par, tally_par_t;

-- Found in review: a tally the aggregates could not have produced, with a
-- sum above count times the largest weight, is refused like any other.
SELECT '(1, 5, 1 | 0, 0, 0 | 0, 0, 0 | 0)'::tally;
SELECT '(5, 5, 1 | 2, 3, 1.5 | 0, 0, 0 | 0)'::tally AS at_the_limit;
