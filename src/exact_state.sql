------------------------------------------------------------------------------
-- exact aggregate states (src/exact_state.sql)
------------------------------------------------------------------------------

-- The tally and balance aggregates with weights or strengths sum them
-- exactly and round once at the end, so that the same rows give the same
-- bits in any order: one scan, a parallel plan, or a Citus cluster whose
-- shards each aggregate their own rows (doc/scaling.md).  Their states are
-- fixed-size types with text and binary I/O, which Citus ships between
-- nodes; the aggregates' argument and result types are those of 1.0, and
-- CREATE OR REPLACE AGGREGATE below gives them the new states (in a fresh
-- install as in an update from 1.0).  The forms without weights
-- (tally_agg(level), balance_agg(polarity, dimension)) sum 1s, which a
-- double sums exactly: they keep the tally and the balance as states.

CREATE TYPE @extschema@.tally_partial;
CREATE FUNCTION @extschema@.tally_partial_in(pg_catalog.cstring) RETURNS @extschema@.tally_partial
  AS 'MODULE_PATHNAME', 'tally_partial_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.tally_partial_out(@extschema@.tally_partial) RETURNS pg_catalog.cstring
  AS 'MODULE_PATHNAME', 'tally_partial_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.tally_partial_recv(pg_catalog.internal) RETURNS @extschema@.tally_partial
  AS 'MODULE_PATHNAME', 'tally_partial_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.tally_partial_send(@extschema@.tally_partial) RETURNS pg_catalog.bytea
  AS 'MODULE_PATHNAME', 'tally_partial_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
-- a format header, then per level an int8 count, a float8 largest weight and
-- a 34-limb exact sum (272 bytes), then the int8 count of none
CREATE TYPE @extschema@.tally_partial (
  INPUT = @extschema@.tally_partial_in,
  OUTPUT = @extschema@.tally_partial_out,
  RECEIVE = @extschema@.tally_partial_recv,
  SEND = @extschema@.tally_partial_send,
  INTERNALLENGTH = 880,
  ALIGNMENT = double,
  STORAGE = plain,
  CATEGORY = 'U'
);
COMMENT ON TYPE @extschema@.tally_partial IS
  'transition state of tally_agg with weights: a tally whose weight sums are exact';
COMMENT ON FUNCTION @extschema@.tally_partial_in(pg_catalog.cstring) IS 'text input of type tally_partial';
COMMENT ON FUNCTION @extschema@.tally_partial_out(@extschema@.tally_partial) IS 'text output of type tally_partial: the sums exact in hexadecimal';
COMMENT ON FUNCTION @extschema@.tally_partial_recv(pg_catalog.internal) IS 'binary input of type tally_partial';
COMMENT ON FUNCTION @extschema@.tally_partial_send(@extschema@.tally_partial) IS 'binary output of type tally_partial';

CREATE FUNCTION @extschema@.tally_partial_sfunc(@extschema@.tally_partial, @extschema@.level, pg_catalog.float8)
  RETURNS @extschema@.tally_partial
  AS 'MODULE_PATHNAME', 'tally_partial_sfunc' LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
CREATE FUNCTION @extschema@.tally_partial_sfunc(@extschema@.tally_partial, @extschema@.tally)
  RETURNS @extschema@.tally_partial
  AS 'MODULE_PATHNAME', 'tally_partial_add_tally' LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
CREATE FUNCTION @extschema@.tally_partial_merge(@extschema@.tally_partial, @extschema@.tally_partial)
  RETURNS @extschema@.tally_partial
  AS 'MODULE_PATHNAME', 'tally_partial_merge' LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
CREATE FUNCTION @extschema@.tally_partial_final(@extschema@.tally_partial)
  RETURNS @extschema@.tally
  AS 'MODULE_PATHNAME', 'tally_partial_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.tally_partial_sfunc(@extschema@.tally_partial, @extschema@.level, pg_catalog.float8) IS
  'transition function of tally_agg(level, weight)';
COMMENT ON FUNCTION @extschema@.tally_partial_sfunc(@extschema@.tally_partial, @extschema@.tally) IS
  'transition function of tally_agg(tally); NULL is no evidence';
COMMENT ON FUNCTION @extschema@.tally_partial_merge(@extschema@.tally_partial, @extschema@.tally_partial) IS
  'combine function of tally_agg(level, weight) and tally_agg(tally)';
COMMENT ON FUNCTION @extschema@.tally_partial_final(@extschema@.tally_partial) IS
  'final function of tally_agg(level, weight) and tally_agg(tally): each sum rounded once, to nearest';

CREATE TYPE @extschema@.balance_partial;
CREATE FUNCTION @extschema@.balance_partial_in(pg_catalog.cstring) RETURNS @extschema@.balance_partial
  AS 'MODULE_PATHNAME', 'balance_partial_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.balance_partial_out(@extschema@.balance_partial) RETURNS pg_catalog.cstring
  AS 'MODULE_PATHNAME', 'balance_partial_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.balance_partial_recv(pg_catalog.internal) RETURNS @extschema@.balance_partial
  AS 'MODULE_PATHNAME', 'balance_partial_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.balance_partial_send(@extschema@.balance_partial) RETURNS pg_catalog.bytea
  AS 'MODULE_PATHNAME', 'balance_partial_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
-- a format header, then the balance's 20 cells, each an int8 count and a
-- 34-limb exact strength sum (272 bytes)
CREATE TYPE @extschema@.balance_partial (
  INPUT = @extschema@.balance_partial_in,
  OUTPUT = @extschema@.balance_partial_out,
  RECEIVE = @extschema@.balance_partial_recv,
  SEND = @extschema@.balance_partial_send,
  INTERNALLENGTH = 5608,
  ALIGNMENT = double,
  STORAGE = plain,
  CATEGORY = 'U'
);
COMMENT ON TYPE @extschema@.balance_partial IS
  'transition state of balance_agg with strengths: a balance whose strength sums are exact';
COMMENT ON FUNCTION @extschema@.balance_partial_in(pg_catalog.cstring) IS 'text input of type balance_partial';
COMMENT ON FUNCTION @extschema@.balance_partial_out(@extschema@.balance_partial) IS 'text output of type balance_partial: the sums exact in hexadecimal';
COMMENT ON FUNCTION @extschema@.balance_partial_recv(pg_catalog.internal) IS 'binary input of type balance_partial';
COMMENT ON FUNCTION @extschema@.balance_partial_send(@extschema@.balance_partial) IS 'binary output of type balance_partial';

CREATE FUNCTION @extschema@.balance_partial_sfunc(@extschema@.balance_partial, pg_catalog.text, pg_catalog.text,
                                                 pg_catalog.float8)
  RETURNS @extschema@.balance_partial
  AS 'MODULE_PATHNAME', 'balance_partial_sfunc' LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
CREATE FUNCTION @extschema@.balance_partial_sfunc(@extschema@.balance_partial, pg_catalog.text, pg_catalog.text,
                                                 pg_catalog.float8, pg_catalog.text)
  RETURNS @extschema@.balance_partial
  AS 'MODULE_PATHNAME', 'balance_partial_sfunc' LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
CREATE FUNCTION @extschema@.balance_partial_sfunc(@extschema@.balance_partial, @extschema@.factor_kind,
                                                 pg_catalog.float8)
  RETURNS @extschema@.balance_partial
  AS 'MODULE_PATHNAME', 'balance_partial_sfunc_kind' LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
CREATE FUNCTION @extschema@.balance_partial_sfunc(@extschema@.balance_partial, @extschema@.balance)
  RETURNS @extschema@.balance_partial
  AS 'MODULE_PATHNAME', 'balance_partial_add_balance' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.balance_partial_combine(@extschema@.balance_partial, @extschema@.balance_partial)
  RETURNS @extschema@.balance_partial
  AS 'MODULE_PATHNAME', 'balance_partial_combine' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.balance_partial_final(@extschema@.balance_partial)
  RETURNS @extschema@.balance
  AS 'MODULE_PATHNAME', 'balance_partial_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.balance_partial_sfunc(@extschema@.balance_partial, pg_catalog.text, pg_catalog.text, pg_catalog.float8) IS
  'transition of balance_agg(polarity, dimension, strength): stage adoption';
COMMENT ON FUNCTION @extschema@.balance_partial_sfunc(@extschema@.balance_partial, pg_catalog.text, pg_catalog.text, pg_catalog.float8, pg_catalog.text) IS
  'transition of balance_agg(polarity, dimension, strength, stage)';
COMMENT ON FUNCTION @extschema@.balance_partial_sfunc(@extschema@.balance_partial, @extschema@.factor_kind, pg_catalog.float8) IS
  'transition of balance_agg(kind, strength)';
COMMENT ON FUNCTION @extschema@.balance_partial_sfunc(@extschema@.balance_partial, @extschema@.balance) IS
  'transition of balance_agg(balance)';
COMMENT ON FUNCTION @extschema@.balance_partial_combine(@extschema@.balance_partial, @extschema@.balance_partial) IS
  'combine function of balance_agg with strengths and of balance_agg(balance)';
COMMENT ON FUNCTION @extschema@.balance_partial_final(@extschema@.balance_partial) IS
  'final function of balance_agg with strengths: each strength sum rounded once, to nearest';
