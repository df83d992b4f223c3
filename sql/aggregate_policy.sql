-- The overflow and NULL policy of every aggregate (doc/aggregates.md):
-- finite input gives a finite, right answer, or 22003 when the answer
-- itself is out of float8's range; a NULL observation is skipped, a NULL
-- in an argument that has a default when left out is 22004.
SET search_path = public, cocreation;
SET extra_float_digits = 0;

-- the SQLSTATE a statement raises, or 'ok'
CREATE FUNCTION pg_temp.sqlstate_of(q text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE q;
  RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
  RETURN SQLSTATE;
END $$;

-- ratings on a small scale; the statistics do not depend on the scale, so
-- the same ratings times 1e200 or 1.7e308 must give the same answer
CREATE TEMP TABLE pairs(a float8, b float8);
INSERT INTO pairs VALUES (1, 1), (-1, -1), (1, -1), (0, 0), (0, 1), (-1, 0), (1, 1), (0, -1);
CREATE TEMP TABLE units(u int, v float8);
INSERT INTO units VALUES (1, 1), (1, 1), (1, 0.5), (2, -1), (2, -0.5), (3, 0), (3, 1), (3, -1),
  (4, 0.25), (4, 0.25), (5, -1), (5, 1);

-- weighted_kappa: quadratic at 1e200 and 1.7e308, linear at 1.7e308
SELECT s AS scale, w AS weights,
       round(weighted_kappa(a, b, w)::numeric, 12) AS unscaled,
       round(weighted_kappa(a * s, b * s, w)::numeric, 12) AS scaled
FROM pairs, (VALUES (1e200::float8), (1.7e308::float8)) sc(s), (VALUES ('linear'), ('quadratic')) wt(w)
GROUP BY s, w ORDER BY s, w;
-- the ends of the exact weight sum (agreement.h): differences of
-- subnormals, whose squares lie near 2^-2148, and of values near DBL_MAX
-- of opposite signs, whose squares pass 2^2044; a power of two multiplies
-- exactly, so every bit of the result stays the same
SELECT w AS weights,
       weighted_kappa(a * 2^(-1070), b * 2^(-1070), w) = weighted_kappa(a, b, w) AS subnormal,
       weighted_kappa(a * 2^1022, b * 2^1022, w) = weighted_kappa(a, b, w) AS huge
FROM pairs, (VALUES ('linear'), ('quadratic')) wt(w) GROUP BY w ORDER BY w;
-- the largest and smallest finite values side by side
SELECT round(weighted_kappa(a, b, 'quadratic')::numeric, 12) AS extremes
FROM (VALUES (1.7976931348623157e308::float8, 1.7976931348623157e308::float8),
             (-1.7976931348623157e308, -1.7976931348623157e308),
             (5e-324, 0), (0, 0), (-1.7976931348623157e308, 1.7976931348623157e308)) d(a, b);

-- krippendorff_alpha, interval and ratio, at 1e200 and 1.7e308 (ratio on |v|)
SELECT s AS scale, m AS metric,
       round(krippendorff_alpha(u, CASE m WHEN 'ratio' THEN abs(v) ELSE v END, m)::numeric, 12) AS unscaled,
       round(krippendorff_alpha(u, CASE m WHEN 'ratio' THEN abs(v) ELSE v END * s, m)::numeric, 12) AS scaled
FROM units, (VALUES (1e200::float8), (1.7e308::float8)) sc(s),
     (VALUES ('interval'), ('ratio'), ('ordinal'), ('nominal')) mt(m)
GROUP BY s, m ORDER BY s, m;
-- the ratio metric where c + k passes float8's range: 1e308 and 1.7e308
-- differ by ((1.7 - 1) / 2.7)^2, so alpha is 1 - 1 * D_o / D_e as for 1 and 1.7
SELECT round(krippendorff_alpha(u, v, 'ratio')::numeric, 12) AS huge,
       round(krippendorff_alpha(u, v / 1e308, 'ratio')::numeric, 12) AS small
FROM (VALUES (1, 1e308::float8), (1, 1.7e308), (2, 1e308), (2, 1e308), (3, 1.7e308), (3, 1.7e308)) d(u, v);
-- the ratio metric between a subnormal and zero: the largest difference, 1
SELECT round(krippendorff_alpha(u, v, 'ratio')::numeric, 12) AS subnormal
FROM (VALUES (1, 5e-324::float8), (1, 0), (2, 5e-324), (2, 5e-324), (3, 0), (3, 0)) d(u, v);

-- tally, profile and balance sums past float8's range: 22003
SELECT pg_temp.sqlstate_of($$SELECT tally_agg(l, w) FROM (VALUES ('policy'::level, 1.7e308::float8), ('policy', 1.7e308)) d(l, w)$$) AS tally_sum,
       pg_temp.sqlstate_of($$SELECT profile(tally_agg(l, w), '{1,2,3}') FROM (VALUES ('policy'::level, 1.7e308::float8), ('policy', 1.7e308)) d(l, w)$$) AS profile_sum,
       pg_temp.sqlstate_of($$SELECT balance_agg(p, d, s) FROM (VALUES ('driver', 'cultural', 1.7e308::float8), ('driver', 'cultural', 1.7e308)) x(p, d, s)$$) AS balance_sum,
       pg_temp.sqlstate_of($$SELECT drivers(balance_agg(p, d, s)) FROM (VALUES ('driver', 'cultural', 1.7e308::float8), ('driver', 'practical', 1.7e308)) x(p, d, s)$$) AS balance_total;

-- NULL: an argument with a default when left out (weight, strength, stage,
-- metric, weights) must not be NULL: 22004, whatever else is in the row
SELECT pg_temp.sqlstate_of($$SELECT tally_agg(l, w) FROM (VALUES ('policy'::level, 1::float8), ('service', NULL)) d(l, w)$$) AS tally_weight,
       pg_temp.sqlstate_of($$SELECT profile(tally_agg(l, w), '{1,2,3}') FROM (VALUES ('policy'::level, 1::float8), ('service', NULL)) d(l, w)$$) AS profile_weight,
       pg_temp.sqlstate_of($$SELECT balance_agg(p, d, s) FROM (VALUES ('driver', 'cultural', 1::float8), ('barrier', 'practical', NULL)) x(p, d, s)$$) AS balance_strength,
       pg_temp.sqlstate_of($$SELECT balance_agg(p, d, s, g) FROM (VALUES ('barrier', 'cultural', 1::float8, NULL::text)) x(p, d, s, g)$$) AS balance_stage,
       pg_temp.sqlstate_of($$SELECT balance_agg(k, s) FROM (VALUES ('barrier.cultural.adoption'::factor_kind, NULL::float8)) x(k, s)$$) AS kind_strength,
       pg_temp.sqlstate_of($$SELECT krippendorff_alpha(u, v, NULL) FROM units$$) AS alpha_metric,
       pg_temp.sqlstate_of($$SELECT weighted_kappa(a, b, NULL) FROM pairs$$) AS kappa_weights;
-- the error says what to write instead
SELECT tally_agg(l, w) FROM (VALUES ('service'::level, NULL::float8)) d(l, w);
SELECT balance_agg(p, d, s) FROM (VALUES ('barrier', 'practical', NULL::float8)) x(p, d, s);
SELECT balance_agg(p, d, s, g) FROM (VALUES ('barrier', 'practical', 1::float8, NULL::text)) x(p, d, s, g);
-- a NULL observation (level, polarity, dimension, kind, tally, balance,
-- unit, value, rating) is a missing one: the row is skipped, as SQL's own
-- aggregates skip NULL
SELECT tally_agg(l, w) AS tally, tally_agg(l) AS unweighted, profile(tally_agg(l, w), '{1,2,3}') AS profile
FROM (VALUES ('policy'::level, 2::float8), (NULL, 5)) d(l, w);
SELECT balance_agg(p, d, s, g) AS balance
FROM (VALUES ('driver', 'cultural', 2::float8, 'adoption'), (NULL, 'cultural', 1, 'adoption'),
             ('barrier', NULL, 1, 'adoption')) x(p, d, s, g);
SELECT balance_agg(k, s) AS balance
FROM (VALUES ('driver.cultural.adoption'::factor_kind, 2::float8), (NULL, 1)) x(k, s);
SELECT tally_agg(t) AS tallies FROM (VALUES (NULL::tally), ('(1, 0, 0 | 0, 0, 0 | 0, 0, 0 | 0)')) v(t);
SELECT balance_agg(b) AS balances FROM (VALUES (NULL::balance), ('{driver.cultural.adoption=1:2}')) v(b);
SELECT max(l) AS max, min(l) AS min FROM (VALUES ('policy'::level), (NULL), ('service')) d(l);
SELECT round(krippendorff_alpha(u, v)::numeric, 6) AS alpha_skips,
       round((SELECT krippendorff_alpha(u, v) FROM units)::numeric, 6) AS alpha_without
FROM (SELECT * FROM units UNION ALL VALUES (NULL, 1), (1, NULL)) d;
SELECT round(weighted_kappa(a, b)::numeric, 6) AS kappa_skips,
       round((SELECT weighted_kappa(a, b) FROM pairs)::numeric, 6) AS kappa_without,
       percent_agreement(a, b) AS agreement_skips
FROM (SELECT * FROM pairs UNION ALL VALUES (NULL, 1), (1, NULL)) d;
