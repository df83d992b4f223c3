-- Damaged values: bytes that no input or receive function makes, as a
-- damaged page or a cast WITHOUT FUNCTION a superuser created can hold them.
-- Wherever a value of an extension type is read (output, send, casts,
-- operators, comparison and hash functions, accessors, aggregates) such
-- bytes are an error in XX001 (data_corrupted) naming the type: never a
-- crash, a read outside an array, or an output that input rejects.
SET search_path = public, cocreation;

-- The damage is made with casts WITHOUT FUNCTION (superuser only): "char"
-- holds a level's or factor kind's byte, int4 a profile's four bytes.  For
-- the fixed-size tally and balance, a look-alike type of the same size whose
-- 8-byte slots can be assigned one by one (ELEMENT int8, as point is an
-- array of two float8) stands in: damaged(v, slot, bits) writes the 64 bits
-- bits into slot slot of v's bytes (little-endian machines assumed).
CREATE CAST ("char" AS level) WITHOUT FUNCTION;
CREATE CAST ("char" AS factor_kind) WITHOUT FUNCTION;
CREATE CAST (int4 AS profile) WITHOUT FUNCTION;
SELECT regress_raw_types();
CREATE FUNCTION damaged(v tally, slot int, bits int8) RETURNS tally LANGUAGE plpgsql AS $$
DECLARE r raw_tally := v::raw_tally;
BEGIN r[slot] := bits; RETURN r::tally; END $$;
CREATE FUNCTION damaged(v balance, slot int, bits int8) RETURNS balance LANGUAGE plpgsql AS $$
DECLARE r raw_balance := v::raw_balance;
BEGIN r[slot] := bits; RETURN r::balance; END $$;
-- the 64 bits of a double, to write a weight or strength sum
CREATE FUNCTION bits(x float8) RETURNS int8 LANGUAGE sql AS $$
  SELECT ('x' || encode(float8send(x), 'hex'))::bit(64)::int8 $$;

-- level: codes 0 to 3, the top two bits (the format version) 0
CREATE TEMP TABLE bad_level AS
SELECT b, (b::"char")::level AS v FROM (VALUES (E'\\004'), (E'\\077'), (E'\\103'), (E'\\377')) x(b);
SELECT regress_error_of($$SELECT v::text FROM bad_level$$) AS output,
       regress_error_of($$SELECT level_send(v) FROM bad_level$$) AS send,
       regress_error_of($$SELECT v::int4 FROM bad_level$$) AS to_int4;
SELECT q, regress_error_of(q) FROM unnest(ARRAY[
  $$SELECT v = 'none' FROM bad_level$$,
  $$SELECT 'none' < v FROM bad_level$$,
  $$SELECT level_cmp(v, v) FROM bad_level$$,
  $$SELECT level_hash(v) FROM bad_level$$,
  $$SELECT level_hash_extended(v, 1) FROM bad_level$$,
  $$SELECT max(v) FROM bad_level$$,
  $$SELECT min(v) FROM bad_level$$,
  $$SELECT v FROM bad_level ORDER BY v$$,
  $$SELECT DISTINCT v FROM bad_level$$,
  $$SELECT tally_agg(v) FROM bad_level$$,
  $$SELECT profile(tally_agg(v, 1), '{1,2,3}') FROM bad_level$$,
  $$SELECT score('(1, 2, 3)', v) FROM bad_level$$,
  $$SELECT weighted_kappa(v, 'none') FROM bad_level$$,
  $$SELECT krippendorff_alpha(1, v) FROM bad_level$$]) AS q;
SELECT regress_error_detail_of($$SELECT (E'\\103'::"char")::level::text$$);

-- factor_kind: codes 0 to 19, the top two bits (the format version) 0
CREATE TEMP TABLE bad_kind AS
SELECT b, (b::"char")::factor_kind AS v FROM (VALUES (E'\\024'), (E'\\077'), (E'\\100'), (E'\\377')) x(b);
SELECT regress_error_of($$SELECT v::text FROM bad_kind$$) AS output,
       regress_error_of($$SELECT factor_kind_send(v) FROM bad_kind$$) AS send;
SELECT q, regress_error_of(q) FROM unnest(ARRAY[
  $$SELECT v = 'driver.cultural.adoption' FROM bad_kind$$,
  $$SELECT v > 'driver.cultural.adoption' FROM bad_kind$$,
  $$SELECT factor_kind_cmp(v, v) FROM bad_kind$$,
  $$SELECT factor_kind_hash(v) FROM bad_kind$$,
  $$SELECT factor_kind_hash_extended(v, 1) FROM bad_kind$$,
  $$SELECT v FROM bad_kind ORDER BY v$$,
  $$SELECT DISTINCT v FROM bad_kind$$,
  $$SELECT polarity(v) FROM bad_kind$$,
  $$SELECT balance_agg(v, 1) FROM bad_kind$$]) AS q;
SELECT regress_error_detail_of($$SELECT (E'\\100'::"char")::factor_kind::text$$);

-- profile: three half-step counts 0 to 6 in bytes 0 to 2, format version 0 in byte 3
CREATE TEMP TABLE bad_profile AS
SELECT i, i::profile AS v FROM (VALUES (7), (7 << 8), (255 << 16), (1 << 24), (-1)) x(i);
SELECT i, regress_error_of(format('SELECT v::text FROM bad_profile WHERE i = %s', i)) AS output,
       regress_error_of(format('SELECT profile_send(v) FROM bad_profile WHERE i = %s', i)) AS send
FROM bad_profile ORDER BY i;
SELECT q, regress_error_of(q) FROM unnest(ARRAY[
  $$SELECT v = '(0, 0, 0)' FROM bad_profile$$,
  $$SELECT v <> '(0, 0, 0)' FROM bad_profile$$,
  $$SELECT profile_hash(v) FROM bad_profile$$,
  $$SELECT profile_hash_extended(v, 1) FROM bad_profile$$,
  $$SELECT DISTINCT v FROM bad_profile$$,
  $$SELECT profile_distance(v, '(0, 0, 0)') FROM bad_profile$$,
  $$SELECT v::jsonb FROM bad_profile$$,
  $$SELECT score(v, 'service') FROM bad_profile$$,
  $$SELECT reach(v) FROM bad_profile$$,
  $$SELECT goes_all_the_way(v) FROM bad_profile$$,
  $$SELECT political_gap(v) FROM bad_profile$$]) AS q;
SELECT regress_error_detail_of($$SELECT score((1 << 24)::profile, 'service')$$);

-- tally: the format version and seven reserved bytes (slot 0), then per
-- level count, sum, max (slots 1 to 9), then the count of none (slot 10)
CREATE TEMP TABLE bad_tally AS
SELECT what, damaged('(2, 3, 2 | 1, 1, 1 | 0, 0, 0 | 4)'::tally, slot, bits) AS v
FROM (VALUES ('version 1', 0, 1::int8),
             ('a reserved byte', 0, 256),
             ('negative count', 1, -1),
             ('NaN sum', 2, bits('NaN')),
             ('infinite max', 3, bits('Infinity')),
             ('negative sum', 5, bits(-1)),
             ('negative zero max', 9, bits('-0')),
             ('max above sum', 6, bits(2)),
             ('sum above count times max', 2, bits(5)),
             ('weight without activity', 8, bits(1)),
             ('negative none', 10, -5)) x(what, slot, bits);
SELECT what, regress_error_detail_of(format('SELECT v::text FROM bad_tally WHERE what = %L', what))
FROM bad_tally;
SELECT q, regress_error_of(q) FROM unnest(ARRAY[
  $$SELECT tally_send(v) FROM bad_tally$$,
  $$SELECT v::jsonb FROM bad_tally$$,
  $$SELECT v = v FROM bad_tally$$,
  $$SELECT v <> '(0, 0, 0 | 0, 0, 0 | 0, 0, 0 | 0)' FROM bad_tally$$,
  $$SELECT v + '(0, 0, 0 | 0, 0, 0 | 0, 0, 0 | 0)' FROM bad_tally$$,
  $$SELECT '(0, 0, 0 | 0, 0, 0 | 0, 0, 0 | 0)' + v FROM bad_tally$$,
  $$SELECT tally_agg(v) FROM bad_tally$$,
  $$SELECT tally_merge(v, NULL) FROM bad_tally$$,
  $$SELECT tally_partial_sfunc(NULL, v) FROM bad_tally$$,
  $$SELECT tally_sfunc(v, 'none') FROM bad_tally$$,
  $$SELECT profile(v, '{1,2,3}') FROM bad_tally$$]) AS q;

-- balance: the format version and seven reserved bytes (slot 0), then per
-- cell (driver.discursive.adoption first) count and strength sum (slots 1 to 40)
CREATE TEMP TABLE bad_balance AS
SELECT what, damaged('{driver.discursive.adoption=2:3, barrier.contextual.implementation=1:1}'::balance, slot, bits) AS v
FROM (VALUES ('version 2', 0, 2::int8),
             ('a reserved byte', 0, 1::int8 << 56),
             ('negative count', 1, -1),
             ('NaN strength', 2, bits('NaN')),
             ('infinite strength', 40, bits('-Infinity')),
             ('negative zero strength', 4, bits('-0')),
             ('strength without codings', 6, bits(1))) x(what, slot, bits);
SELECT what, regress_error_detail_of(format('SELECT v::text FROM bad_balance WHERE what = %L', what))
FROM bad_balance;
SELECT q, regress_error_of(q) FROM unnest(ARRAY[
  $$SELECT balance_send(v) FROM bad_balance$$,
  $$SELECT v::jsonb FROM bad_balance$$,
  $$SELECT v = v FROM bad_balance$$,
  $$SELECT v <> '{}' FROM bad_balance$$,
  $$SELECT v + '{}' FROM bad_balance$$,
  $$SELECT '{}' + v FROM bad_balance$$,
  $$SELECT balance_agg(v) FROM bad_balance$$,
  $$SELECT balance_sfunc(v, 'driver', 'cultural') FROM bad_balance$$,
  $$SELECT balance_partial_sfunc('{}', v) FROM bad_balance$$,
  $$SELECT drivers(v) FROM bad_balance$$,
  $$SELECT barriers(v) FROM bad_balance$$,
  $$SELECT net_index(v) FROM bad_balance$$,
  $$SELECT implementation_share(v) FROM bad_balance$$,
  $$SELECT dimensions(v) FROM bad_balance$$,
  $$SELECT svg(v) FROM bad_balance$$]) AS q;

-- the damaged values are caught, not the look-alike path: undamaged values
-- made the same way read as they were written
SELECT damaged('(2, 3, 2 | 1, 1, 1 | 0, 0, 0 | 4)'::tally, 10, 5)::text AS tally,
       damaged('{}'::balance, 1, 1)::text AS balance, (6 | (4 << 8) | (1 << 16))::profile::text AS profile,
       (E'\\003'::"char")::level::text AS level, (E'\\023'::"char")::factor_kind::text AS kind;

-- notation() indexed its table of words with a profile's byte unchecked:
-- a byte above 6 read outside the table (a backend crash)
SELECT regress_error_of($$SELECT notation(v) FROM bad_profile$$);
SELECT regress_error_of($$SELECT svg(v) FROM bad_profile$$);
SELECT regress_error_detail_of($$SELECT notation(7::profile)$$);

DROP FUNCTION damaged(tally, int, int8), damaged(balance, int, int8), bits(float8);
DROP TYPE raw_tally, raw_balance CASCADE;
DROP CAST ("char" AS level);
DROP CAST ("char" AS factor_kind);
DROP CAST (int4 AS profile);
