-- The stored and binary forms of every type, byte for byte as
-- doc/storage.md documents them: send gives the documented bytes, recv of
-- them (binary COPY) gives the value back, and an unknown format version is
-- refused with 22P03 naming the version read and the one known.
SET search_path = public, cocreation;

CREATE TEMP TABLE documented (typ text, literal text, wire bytea);
INSERT INTO documented VALUES
  ('level', 'problem_solving', '\x02'),
  ('factor_kind', 'barrier.practical.implementation', '\x11'),
  ('profile', '(1.5, 3, 0)', '\x00030600'),
  ('tally', '(2, 1.5, 1 | 0, 0, 0 | 1, 3, 3 | 4)',
   decode(concat('00', '0000000000000002', '3ff8000000000000', '3ff0000000000000',
                 '0000000000000000', '0000000000000000', '0000000000000000',
                 '0000000000000001', '4008000000000000', '4008000000000000',
                 '0000000000000004'), 'hex')),
  ('balance', '{driver.discursive.adoption=1:2, barrier.contextual.implementation=3:0.5}',
   decode(concat('00', '00000014', '0000000000000001', '4000000000000000',
                 repeat('00', 16 * 18), '0000000000000003', '3fe0000000000000'), 'hex'));

-- send gives the documented bytes
SELECT typ, length(wire) AS bytes,
       CASE typ WHEN 'level' THEN level_send(literal::level)
                WHEN 'factor_kind' THEN factor_kind_send(literal::factor_kind)
                WHEN 'profile' THEN profile_send(literal::profile)
                WHEN 'tally' THEN tally_send(literal::tally)
                WHEN 'balance' THEN balance_send(literal::balance) END = wire AS send_is_documented
FROM documented;

-- recv of the documented bytes gives the value back: each is written as a
-- bytea field of a binary COPY file, whose field bytes are the wire bytes
CREATE FUNCTION pg_temp.recv_text(t text, b bytea) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  result text;
BEGIN
  EXECUTE format('COPY (SELECT %L::bytea) TO %L WITH (FORMAT binary)', b,
                 '/tmp/cocreation_regress_storage.bin');
  EXECUTE format('CREATE TEMP TABLE recv_one (v %s)', t);
  EXECUTE format('COPY recv_one FROM %L WITH (FORMAT binary)', '/tmp/cocreation_regress_storage.bin');
  SELECT v::text INTO result FROM recv_one;
  DROP TABLE recv_one;
  RETURN result;
EXCEPTION WHEN OTHERS THEN
  DROP TABLE IF EXISTS recv_one;
  RETURN SQLSTATE || ': ' || SQLERRM;
END $$;
SELECT typ, pg_temp.recv_text(typ, wire) AS received,
       pg_temp.recv_text(typ, wire) = (SELECT CASE typ
         WHEN 'level' THEN literal::level::text WHEN 'factor_kind' THEN literal::factor_kind::text
         WHEN 'profile' THEN literal::profile::text WHEN 'tally' THEN literal::tally::text
         ELSE literal::balance::text END) AS same
FROM documented;

-- an unknown format version: the first byte (the top two bits of a one-byte
-- type's only byte) says version 1, 2 or 3
CREATE FUNCTION pg_temp.recv_detail(t text, b bytea) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('COPY (SELECT %L::bytea) TO %L WITH (FORMAT binary)', b,
                 '/tmp/cocreation_regress_storage.bin');
  DROP TABLE IF EXISTS recv_one;
  EXECUTE format('CREATE TEMP TABLE recv_one (v %s)', t);
  RETURN regress_error_detail_of(format('COPY recv_one FROM %L WITH (FORMAT binary)',
                                        '/tmp/cocreation_regress_storage.bin'));
END $$;
SELECT typ, pg_temp.recv_detail(typ, CASE WHEN typ IN ('level', 'factor_kind')
                                          THEN set_byte(wire, 0, get_byte(wire, 0) | 64)
                                          ELSE set_byte(wire, 0, 1) END) AS version_1
FROM documented;
DROP TABLE recv_one;

-- the stored forms, read through casts WITHOUT FUNCTION (superuser only):
-- a one-byte type as "char", a profile as int4, a tally or balance as a
-- look-alike of the same size read in 8-byte slots (ELEMENT int8)
CREATE CAST (level AS "char") WITHOUT FUNCTION;
CREATE CAST (factor_kind AS "char") WITHOUT FUNCTION;
CREATE CAST (profile AS int4) WITHOUT FUNCTION;
SELECT regress_raw_types();
SELECT t.typname, t.typlen, t.typbyval, t.typalign FROM pg_type t
WHERE t.oid IN ('level'::regtype, 'factor_kind'::regtype, 'profile'::regtype,
                'tally'::regtype, 'balance'::regtype) ORDER BY t.typlen, t.typname;
SELECT ('problem_solving'::level)::"char"::int4 AS level_byte,
       ('barrier.practical.implementation'::factor_kind)::"char"::int4 AS kind_byte,
       to_hex(('(1.5, 3, 0)'::profile)::int4) AS profile_uint32;
-- slots in native byte order (a float8 slot shows its 64 bits)
SELECT i AS slot, to_hex(('(2, 1.5, 1 | 0, 0, 0 | 1, 3, 3 | 4)'::tally::raw_tally)[i]) AS bits
FROM generate_series(0, 10) i;
SELECT i AS slot, to_hex(r[i]) AS bits
FROM (SELECT ('{driver.discursive.adoption=1:2, barrier.contextual.implementation=3:0.5}'::balance)::raw_balance AS r) x,
     generate_series(0, 40) i
WHERE i IN (0, 1, 2, 3, 39, 40);

DROP TYPE raw_tally, raw_balance CASCADE;
DROP CAST (level AS "char");
DROP CAST (factor_kind AS "char");
DROP CAST (profile AS int4);
