-- intercoder agreement: Krippendorff's alpha, Cohen's, weighted and Fleiss'
-- kappa, percent agreement; published examples, edge cases, NULL cases,
-- exact keys, errors, serial = parallel
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS cocreation;
RESET client_min_messages;
SET search_path = public, cocreation;

-- Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), section
-- "C. Nominal data, any number of observers, missing values": 4 observers,
-- 12 units, missing values absent (unit 12 has one value and is not
-- pairable). Published: nominal .743, ordinal .815, interval .849, ratio .797.
CREATE TEMP TABLE k2011 (unit int, coder text, value float8);
INSERT INTO k2011
SELECT u, c, v
FROM (VALUES
  ('A', ARRAY[1, 2, 3, 3, 2, 1, 4, 1, 2, NULL, NULL, NULL]),
  ('B', ARRAY[1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NULL, 3]),
  ('C', ARRAY[NULL, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NULL]),
  ('D', ARRAY[1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NULL])) AS d(c, vals),
  unnest(vals) WITH ORDINALITY AS x(v, u)
WHERE v IS NOT NULL;
SELECT count(*) AS codings, count(DISTINCT unit) AS units FROM k2011;
SELECT metric, round(krippendorff_alpha(unit, value, metric)::numeric, 4) AS alpha
FROM k2011, unnest(ARRAY['nominal', 'ordinal', 'interval', 'ratio']) AS metric
GROUP BY metric ORDER BY metric;
-- the default metric of the float8 form is nominal
SELECT round(krippendorff_alpha(unit, value)::numeric, 4) AS nominal_alpha FROM k2011;
-- missing values written as NULL rows count the same as absent rows
SELECT round(krippendorff_alpha(unit, value)::numeric, 4) AS with_null_rows
FROM (SELECT unit, value FROM k2011 UNION ALL VALUES (1, NULL), (11, NULL), (NULL, 3)) d;
-- the unpairable unit 12 changes nothing
SELECT round(krippendorff_alpha(unit, value)::numeric, 4) AS without_unit_12
FROM k2011 WHERE unit <> 12;
-- units of any hashable type: text units give the same alpha
SELECT round(krippendorff_alpha('unit ' || unit, value, 'interval')::numeric, 4) AS text_units
FROM k2011;

-- Krippendorff (2011), section "A. Binary or dichotomous data, two
-- observers, no missing data": 10 units, published alpha = .095.
SELECT round(krippendorff_alpha(u, v)::numeric, 4) AS binary_alpha
FROM (VALUES (1, 0), (1, 1), (2, 1), (2, 1), (3, 0), (3, 1), (4, 0), (4, 0), (5, 0), (5, 0),
             (6, 0), (6, 1), (7, 0), (7, 0), (8, 0), (8, 0), (9, 1), (9, 0), (10, 0), (10, 0)) d(u, v);

-- levels: ordinal by default, on the ranks 0 to 3; the same as the float8
-- form on the ranks
CREATE TEMP TABLE lvc (unit int, coder int, lv level);
INSERT INTO lvc VALUES
  (1, 1, 'none'), (1, 2, 'none'), (1, 3, 'service'),
  (2, 1, 'service'), (2, 2, 'service'), (2, 3, 'service'),
  (3, 1, 'problem'), (3, 2, 'policy'), (3, 3, 'problem'),
  (4, 1, 'policy'), (4, 2, 'policy'),
  (5, 1, 'service'), (5, 2, 'problem'), (5, 3, 'problem'),
  (6, 1, 'none');
SELECT round(krippendorff_alpha(unit, lv)::numeric, 4) AS level_default,
       round(krippendorff_alpha(unit, lv::int::float8, 'ordinal')::numeric, 4) AS ranks_ordinal,
       round(krippendorff_alpha(unit, lv, 'nominal')::numeric, 4) AS level_nominal,
       round(krippendorff_alpha(unit, lv::int::float8)::numeric, 4) AS ranks_nominal,
       round(krippendorff_alpha(unit, lv, 'interval')::numeric, 4) AS level_interval
FROM lvc;
-- scores 0, 0.5, ..., 3 (profile scores): ordinal alpha depends on order only
SELECT round(krippendorff_alpha(unit, lv::int * 0.5, 'ordinal')::numeric, 4) AS half_scores,
       round(krippendorff_alpha(unit, lv::int * 0.5, 'interval')::numeric, 4) AS half_interval
FROM lvc;

-- edge results: perfect agreement gives 1, systematic disagreement a
-- negative value (Krippendorff 2011: alpha < 0 when disagreement is systematic)
SELECT metric, krippendorff_alpha(u, v, metric) AS perfect
FROM (SELECT i % 50 AS u, (i % 50) % 4 AS v FROM generate_series(1, 200) i) d,
     unnest(ARRAY['nominal', 'ordinal', 'interval', 'ratio']) AS metric
GROUP BY metric ORDER BY metric;
SELECT metric, round(krippendorff_alpha(u, v, metric)::numeric, 4) AS systematic
FROM (VALUES (1, 1), (1, 2), (2, 1), (2, 2), (3, 1), (3, 2), (4, 1), (4, 2)) d(u, v),
     unnest(ARRAY['nominal', 'ordinal', 'interval', 'ratio']) AS metric
GROUP BY metric ORDER BY metric;

-- NULL where alpha is undefined: no rows; only unpairable units (no pairs
-- of values); a single value everywhere (no disagreement possible, D_e = 0)
SELECT krippendorff_alpha(u, v) IS NULL AS no_rows FROM (VALUES (1, 1.0)) d(u, v) WHERE false;
SELECT krippendorff_alpha(u, v) IS NULL AS unpairable FROM (VALUES (1, 1.0), (2, 2.0), (3, 1.0)) d(u, v);
SELECT krippendorff_alpha(u, v, 'interval') IS NULL AS one_value
FROM (VALUES (1, 4.0), (1, 4.0), (2, 4.0), (2, 4.0), (3, 2.0)) d(u, v);
SELECT krippendorff_alpha(u, v) IS NULL AS only_null_rows FROM (VALUES (1, NULL::float8), (NULL, 2)) d(u, v);

-- Cohen's kappa. Wikipedia, "Cohen's kappa", worked example: 50 grant
-- proposals, both yes 20, A yes B no 5, A no B yes 10, both no 15;
-- p_o = 0.7, p_e = 0.5, kappa = 0.4.
CREATE TEMP TABLE proposals (a text, b text);
INSERT INTO proposals
SELECT a, b FROM (VALUES ('yes', 'yes', 20), ('yes', 'no', 5), ('no', 'yes', 10), ('no', 'no', 15)) d(a, b, n),
                 generate_series(1, n);
SELECT round(cohen_kappa(a, b)::numeric, 4) AS kappa,
       round(percent_agreement(a, b)::numeric, 4) AS agreement
FROM proposals;
-- scikit-learn's test suite (sklearn/metrics/tests/test_classification.py,
-- test_cohen_kappa): y1 = 40 x 0, 60 x 1; y2 = 20 x 0, 20 x 1, 10 x 0, 50 x 1:
-- kappa 0.348; three classes 46/44/10 against 52/32/16: 0.8013; against
-- 50/40/10: 0.9315, linear weights 0.9412, quadratic weights 0.9541.
-- (Weighted values for tests 1 and 2 are not in that suite: test 1 is
-- binary, so they equal kappa; test 2's were checked against a direct
-- double sum over all pairs, 0.8355 and 0.8777.)
CREATE TEMP TABLE sk (test int, a int, b int);
INSERT INTO sk
SELECT 1, CASE WHEN i <= 40 THEN 0 ELSE 1 END,
          CASE WHEN i <= 20 THEN 0 WHEN i <= 40 THEN 1 WHEN i <= 50 THEN 0 ELSE 1 END
FROM generate_series(1, 100) i;
INSERT INTO sk
SELECT 2, CASE WHEN i <= 46 THEN 0 WHEN i <= 90 THEN 1 ELSE 2 END,
          CASE WHEN i <= 52 THEN 0 WHEN i <= 84 THEN 1 ELSE 2 END
FROM generate_series(1, 100) i;
INSERT INTO sk
SELECT 3, CASE WHEN i <= 46 THEN 0 WHEN i <= 90 THEN 1 ELSE 2 END,
          CASE WHEN i <= 50 THEN 0 WHEN i <= 90 THEN 1 ELSE 2 END
FROM generate_series(1, 100) i;
SELECT test, round(cohen_kappa(a, b)::numeric, 4) AS kappa,
       round(cohen_kappa(b, a)::numeric, 4) AS swapped,
       round(weighted_kappa(a, b)::numeric, 4) AS linear,
       round(weighted_kappa(a, b, 'quadratic')::numeric, 4) AS quadratic
FROM sk GROUP BY test ORDER BY test;
-- the same codes as levels, and as scores 0, 0.5, 1 (weights scale out)
SELECT round(weighted_kappa(a::level, b::level)::numeric, 4) AS level_linear,
       round(weighted_kappa(a::level, b::level, 'quadratic')::numeric, 4) AS level_quadratic,
       round(weighted_kappa(a * 0.5, b * 0.5, 'linear')::numeric, 4) AS half_linear,
       round(weighted_kappa(a * 0.5, b * 0.5, 'quadratic')::numeric, 4) AS half_quadratic,
       round(cohen_kappa(a::level, b::level)::numeric, 4) AS level_unweighted
FROM sk WHERE test = 3;
-- edge results: perfect agreement 1, systematic disagreement -1
SELECT cohen_kappa(i % 3, i % 3) AS perfect, weighted_kappa(i % 3, i % 3) AS perfect_w,
       cohen_kappa(i % 2, 1 - i % 2) AS opposite,
       weighted_kappa(i % 2, 1 - i % 2, 'quadratic') AS opposite_w
FROM generate_series(1, 100) i;
-- NULL: no pairs (pairs with a NULL rating are skipped); both raters always
-- use the same single value (p_e = 1, kappa 0/0)
SELECT cohen_kappa(a, b) IS NULL AS no_pairs, percent_agreement(a, b) IS NULL AS no_pairs_pa,
       weighted_kappa(a, b) IS NULL AS no_pairs_w
FROM (VALUES (1, NULL::int), (NULL, 2)) d(a, b);
SELECT cohen_kappa(a, b) IS NULL AS one_value, percent_agreement(a, b) AS agreement
FROM (VALUES ('x', 'x'), ('x', 'x')) d(a, b);
SELECT weighted_kappa(a, b) IS NULL AS one_value_w FROM (VALUES (2, 2), (2, 2)) d(a, b);
-- one rater constant, the other not: kappa 0, not NULL
SELECT cohen_kappa(a, b) AS constant_rater FROM (VALUES (1, 1), (1, 2), (1, 1), (1, 2)) d(a, b);

-- Fleiss' kappa. Wikipedia, "Fleiss' kappa", worked example: 10 subjects,
-- 14 raters, 5 categories; P = 0.378, P_e = 0.213, kappa = 0.210.
CREATE TEMP TABLE fleiss_wiki (subject int, category int, raters int);
INSERT INTO fleiss_wiki
SELECT s, c, n
FROM (VALUES (1, ARRAY[0, 0, 0, 0, 14]), (2, ARRAY[0, 2, 6, 4, 2]), (3, ARRAY[0, 0, 3, 5, 6]),
             (4, ARRAY[0, 3, 9, 2, 0]), (5, ARRAY[2, 2, 8, 1, 1]), (6, ARRAY[7, 7, 0, 0, 0]),
             (7, ARRAY[3, 2, 6, 3, 0]), (8, ARRAY[2, 5, 3, 2, 2]), (9, ARRAY[6, 5, 2, 1, 0]),
             (10, ARRAY[0, 2, 2, 3, 7])) d(s, counts),
     unnest(counts) WITH ORDINALITY AS x(n, c);
CREATE TEMP VIEW fleiss_ratings AS
SELECT subject, category FROM fleiss_wiki, generate_series(1, raters);
SELECT count(*) AS ratings, round(fleiss_kappa(subject, category)::numeric, 4) AS kappa
FROM fleiss_ratings;
-- units and values of different types: text subjects, level-like categories
SELECT round(fleiss_kappa('s' || subject, (category - 1)::text)::numeric, 4) AS kappa_text
FROM fleiss_ratings WHERE category <= 5;
-- edge results and NULL cases
SELECT fleiss_kappa(i % 10, (i % 10) % 3) AS perfect FROM generate_series(1, 40) i;
SELECT round(fleiss_kappa(u, v)::numeric, 4) AS systematic
FROM (VALUES (1, 'a'), (1, 'b'), (2, 'a'), (2, 'b'), (3, 'a'), (3, 'b')) d(u, v);
SELECT fleiss_kappa(u, v) IS NULL AS one_category FROM (VALUES (1, 'a'), (1, 'a'), (2, 'a'), (2, 'a')) d(u, v);
SELECT fleiss_kappa(u, v) IS NULL AS one_rater FROM (VALUES (1, 'a'), (2, 'b')) d(u, v);
SELECT fleiss_kappa(u, v) IS NULL AS no_rows FROM (VALUES (1, 'a')) d(u, v) WHERE false;
-- units with different numbers of ratings: an error naming the counts
SELECT fleiss_kappa(u, v) FROM (VALUES (1, 'a'), (1, 'b'), (2, 'a'), (2, 'a'), (2, 'b'), (3, 'a'), (3, 'a')) d(u, v);

-- percent agreement within units: agreeing ordered pairs of ratings over
-- all pairs within units of two or more ratings; on Krippendorff's 12 units
-- the same as the self-join over pairs of coders
SELECT round(percent_agreement_units(unit, value)::numeric, 4) AS within_units,
       (SELECT round(avg((a.value = b.value)::int)::numeric, 4)
        FROM k2011 a JOIN k2011 b ON a.unit = b.unit AND a.coder <> b.coder) AS by_self_join
FROM k2011;
-- two coders per unit: the same as percent_agreement over the pairs
SELECT round(percent_agreement_units(u, v)::numeric, 4) AS units,
       (SELECT round(percent_agreement(a, b)::numeric, 4) FROM sk WHERE test = 1) AS pairs
FROM (SELECT row_number() OVER () AS u, a, b FROM sk WHERE test = 1) d, LATERAL (VALUES (a), (b)) x(v);
SELECT percent_agreement_units(u, v) IS NULL AS unpairable FROM (VALUES (1, 'a'), (2, 'b')) d(u, v);

-- exact keys: values compare with the type's own equality, never by hash
-- alone: numeric 1.0 = 1.00, float -0 = 0, text under a case-insensitive
-- collation, long (toasted) text, and many distinct values that never agree
SELECT percent_agreement(a, b) AS numeric_scale FROM (VALUES (1.0, 1.00), (2.50, 2.5)) d(a, b);
SELECT percent_agreement(a, b) AS float_zero FROM (VALUES ('-0'::float8, '0'::float8)) d(a, b);
SELECT percent_agreement(a, b) AS float_nan FROM (VALUES ('NaN'::float8, 'NaN'::float8)) d(a, b);
CREATE COLLATION pg_temp.ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
SELECT percent_agreement(a COLLATE pg_temp.ci, b) AS case_insensitive,
       percent_agreement(a COLLATE "C", b) AS case_sensitive
FROM (VALUES ('Policy', 'policy'), ('SERVICE', 'service')) d(a, b);
CREATE TEMP TABLE longtext (u text, coder int, v text);
INSERT INTO longtext
SELECT repeat(md5(i::text), 400) || i, c, CASE WHEN c = 1 OR i % 4 <> 0 THEN 'same' ELSE 'other' END
FROM generate_series(1, 50) i, generate_series(1, 2) c;
SELECT pg_column_size(u) < length(u) AS compressed, count(DISTINCT u) AS units,
       percent_agreement_units(u, v) AS within_units
FROM longtext GROUP BY 1;
SELECT percent_agreement(i, i + 1) AS never, percent_agreement(i::text, (i + 0)::text) AS always,
       percent_agreement(i * 1.0, i::numeric) AS numeric_always
FROM generate_series(1, 100000) i;

-- a million units (two codings each) inside the aggregate's memory context:
-- coder 2 disagrees on every tenth unit
SELECT round(percent_agreement_units(u, v)::numeric, 4) AS agreement,
       round(krippendorff_alpha(u, v::float8)::numeric, 4) AS alpha
FROM (SELECT i AS u, i % 3 AS v FROM generate_series(1, 1000000) i
      UNION ALL
      SELECT i, CASE WHEN i % 10 = 0 THEN (i + 1) % 3 ELSE i % 3 END FROM generate_series(1, 1000000) i) d;

-- errors
SELECT krippendorff_alpha(unit, value, 'cardinal') FROM k2011;
SELECT weighted_kappa(a, b, 'cubic') FROM sk;
SELECT krippendorff_alpha(u, v) FROM (VALUES (1, 'NaN'::float8)) d(u, v);
SELECT q AS query, regress_error_of(q) AS error
FROM unnest(ARRAY[
  $q$SELECT krippendorff_alpha(unit, value, NULL) FROM k2011$q$,
  $q$SELECT krippendorff_alpha(unit, value, CASE WHEN unit < 5 THEN 'nominal' ELSE 'interval' END) FROM k2011$q$,
  $q$SELECT krippendorff_alpha(u, v, 'ratio') FROM (VALUES (1, -1.0), (1, 1.0)) d(u, v)$q$,
  $q$SELECT krippendorff_alpha(u, v) FROM (VALUES (1, 'Infinity'::float8)) d(u, v)$q$,
  $q$SELECT krippendorff_alpha(u, 1.0) FROM (VALUES (point(1, 2))) d(u)$q$,
  $q$SELECT weighted_kappa(a, b, NULL) FROM sk$q$,
  $q$SELECT weighted_kappa(a, b) FROM (VALUES ('NaN'::float8, 1.0)) d(a, b)$q$,
  $q$SELECT cohen_kappa(a, b) FROM (VALUES (point(1, 2), point(1, 2))) d(a, b)$q$,
  $q$SELECT fleiss_kappa(u, v) FROM (VALUES (1, 1), (1, 1), (2, 1)) d(u, v)$q$
]) AS q;

-- serial = forced parallel, for every aggregate, over int and text keys
CREATE TABLE agreement_big (unit int, unit_t text, coder int, v float8, lv level, cat text);
INSERT INTO agreement_big
SELECT u, 'u' || u, c, x, x::int::level, 'c' || x
FROM generate_series(1, 20000) u, generate_series(1, 3) c,
     LATERAL (SELECT CASE WHEN abs(hashint4(u * 10 + c)) % 100 < 60 THEN u % 4
                          ELSE abs(hashint4(u * 31 + c)) % 4 END AS x) s;
-- Krippendorff's alpha with about 5% of the ratings missing
CREATE TEMP VIEW agreement_gaps AS
SELECT * FROM agreement_big WHERE abs(hashint4(unit * 3 + coder)) % 20 <> 0;
CREATE TABLE agreement_pairs AS
SELECT a.unit, a.v AS a, b.v AS b, a.lv AS la, b.lv AS lb, a.cat AS ca, b.cat AS cb
FROM agreement_big a JOIN agreement_big b ON a.unit = b.unit AND a.coder = 1 AND b.coder = 2;
ANALYZE agreement_big, agreement_pairs;
CREATE TEMP VIEW agreement_all AS
SELECT 'alpha nominal' AS what, (SELECT krippendorff_alpha(unit, v) FROM agreement_gaps) AS value
UNION ALL SELECT 'alpha ordinal', (SELECT krippendorff_alpha(unit_t, v, 'ordinal') FROM agreement_gaps)
UNION ALL SELECT 'alpha interval', (SELECT krippendorff_alpha(unit, v, 'interval') FROM agreement_big)
UNION ALL SELECT 'alpha ratio', (SELECT krippendorff_alpha(unit_t, v, 'ratio') FROM agreement_gaps)
UNION ALL SELECT 'alpha level', (SELECT krippendorff_alpha(unit, lv) FROM agreement_big)
UNION ALL SELECT 'fleiss', (SELECT fleiss_kappa(unit_t, cat) FROM agreement_big)
UNION ALL SELECT 'within units', (SELECT percent_agreement_units(unit, cat) FROM agreement_gaps)
UNION ALL SELECT 'cohen', (SELECT cohen_kappa(ca, cb) FROM agreement_pairs)
UNION ALL SELECT 'percent', (SELECT percent_agreement(la, lb) FROM agreement_pairs)
UNION ALL SELECT 'weighted linear', (SELECT weighted_kappa(a, b) FROM agreement_pairs)
UNION ALL SELECT 'weighted quadratic', (SELECT weighted_kappa(la, lb, 'quadratic') FROM agreement_pairs)
UNION ALL SELECT 'weighted level linear', (SELECT weighted_kappa(la, lb) FROM agreement_pairs)
-- fractional ratings, 31 distinct values a rater: sums a double does not hold exactly
UNION ALL SELECT 'weighted fractional linear',
  (SELECT weighted_kappa(a * 0.1 + (unit % 10) * 0.01, b * 0.1 + (unit % 7) * 0.01, 'linear') FROM agreement_pairs)
UNION ALL SELECT 'weighted fractional quadratic',
  (SELECT weighted_kappa(a * 0.1 + (unit % 10) * 0.01, b * 0.1 + (unit % 7) * 0.01, 'quadratic') FROM agreement_pairs);
CREATE TEMP TABLE serial_results AS SELECT * FROM agreement_all;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT krippendorff_alpha(unit_t, v, 'ordinal') FROM agreement_big;
EXPLAIN (COSTS OFF) SELECT fleiss_kappa(unit_t, cat) FROM agreement_big;
EXPLAIN (COSTS OFF) SELECT cohen_kappa(ca, cb) FROM agreement_pairs;
-- weighted_kappa is split across the workers, whose partial states merge
EXPLAIN (COSTS OFF) SELECT weighted_kappa(la, lb, 'quadratic') FROM agreement_pairs;
EXPLAIN (COSTS OFF) SELECT weighted_kappa(a * 0.1, b * 0.1) FROM agreement_pairs;
-- every bit the serial one
SELECT s.what, round(s.value::numeric, 4) AS serial, round(p.value::numeric, 4) AS parallel,
       s.value = p.value AS equal
FROM serial_results s JOIN agreement_all p USING (what) ORDER BY s.what;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
RESET parallel_leader_participation;

-- grouped (hash aggregation keeps one state per group)
SELECT unit % 3 AS grp, round(krippendorff_alpha(unit, v)::numeric, 4) AS alpha,
       round(fleiss_kappa(unit, v)::numeric, 4) AS fleiss
FROM agreement_big GROUP BY 1 ORDER BY 1;
DROP VIEW agreement_all, agreement_gaps;
DROP TABLE agreement_big, agreement_pairs;

-- Row order never changes a coefficient: units that arrive in increasing
-- order are appended without hashing until one comes back out of order
-- (unit 1 at ord 7, unit 2 at ord 9), which switches to the hash table.
CREATE TEMP TABLE arrival (ord int, unit int, value float8);
INSERT INTO arrival VALUES (1, 1, 1), (2, 1, 1), (3, 2, 2), (4, 2, 3), (5, 3, 1), (6, 3, 1),
                           (7, 1, 2), (8, 4, 3), (9, 2, 2), (10, 4, 3), (11, 5, 1), (12, 5, 2);
SELECT o AS row_order,
       round(a_nominal::numeric, 12) AS nominal, round(a_interval::numeric, 12) AS interval,
       round(pa::numeric, 12) AS percent_units
FROM (SELECT 'arrival' AS o,
             krippendorff_alpha(unit, value ORDER BY ord) AS a_nominal,
             krippendorff_alpha(unit, value, 'interval' ORDER BY ord) AS a_interval,
             percent_agreement_units(unit, value ORDER BY ord) AS pa FROM arrival
      UNION ALL
      SELECT 'by unit', krippendorff_alpha(unit, value ORDER BY unit, ord),
             krippendorff_alpha(unit, value, 'interval' ORDER BY unit, ord),
             percent_agreement_units(unit, value ORDER BY unit, ord) FROM arrival
      UNION ALL
      SELECT 'reversed', krippendorff_alpha(unit, value ORDER BY ord DESC),
             krippendorff_alpha(unit, value, 'interval' ORDER BY ord DESC),
             percent_agreement_units(unit, value ORDER BY ord DESC) FROM arrival
      UNION ALL
      SELECT 'text units', krippendorff_alpha('u' || unit, value ORDER BY ord),
             krippendorff_alpha('u' || unit, value, 'interval' ORDER BY ord),
             percent_agreement_units('u' || unit, value ORDER BY ord) FROM arrival) r;
-- the same across a forced-parallel plan: workers scan, the leader
-- aggregates (a plain table, so that workers can scan it)
CREATE TABLE arrival_big AS
SELECT i, (i * 7919) % 5000 AS unit, ((i * 31 + i / 5000 + (i % 7) / 5) % 4)::float8 AS value
FROM generate_series(1, 40000) i;
ANALYZE arrival_big;
SELECT round(krippendorff_alpha(unit, value)::numeric, 10) AS serial,
       round(krippendorff_alpha(unit, value ORDER BY unit)::numeric, 10) AS sorted
FROM arrival_big;
SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2; SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT krippendorff_alpha(unit, value) FROM arrival_big;
SELECT round(krippendorff_alpha(unit, value)::numeric, 10) AS parallel FROM arrival_big;
RESET parallel_setup_cost; RESET parallel_tuple_cost; RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather; RESET parallel_leader_participation;
DROP TABLE arrival_big;

-- Found in review.  A domain over float8 compares like float8 (-0 = 0, every
-- NaN the same), for units and values alike.
CREATE DOMAIN regress_d8 AS float8;
SELECT percent_agreement(a::regress_d8, b::regress_d8) AS minus_zero_pairs,
       percent_agreement(a::float8, b::float8) AS same_as_float8
FROM (VALUES ('-0'::float8, '0'::float8)) t(a, b);
SELECT fleiss_kappa(u, v::regress_d8) AS fleiss_minus_zero
FROM (VALUES (1, '-0'::float8), (1, '0'), (2, '1'), (2, '1')) t(u, v);
SELECT percent_agreement_units(u::regress_d8, v) AS minus_zero_units
FROM (VALUES ('-0'::float8, 1), ('0', 1)) t(u, v);
DROP DOMAIN regress_d8;
-- One pairable value, whatever its rounding, leaves alpha undefined (NULL)
-- for every metric: three times 0.1 has a floating-point mean that is not 0.1.
SELECT m AS metric,
       krippendorff_alpha(1, 0.1::float8, m) IS NULL AS one_unit,
       (SELECT krippendorff_alpha(u, 0.1::float8, m) IS NULL
        FROM generate_series(1, 2) u, generate_series(1, 3)) AS two_units
FROM unnest(ARRAY['nominal', 'ordinal', 'interval', 'ratio']) m, generate_series(1, 3)
GROUP BY m ORDER BY m;
