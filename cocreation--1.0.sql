/* cocreation--1.0.sql: install script of the cocreation extension */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION cocreation" to load this file. \quit

/*
 * Conventions, for every section below:
 * - every object is schema-qualified (cocreation., pg_catalog.), so that the
 *   script means the same under any search_path;
 * - SQL-language functions carry SET search_path = pg_catalog, pg_temp;
 * - volatility, strictness and parallel labels are stated on every function
 *   and checked by the pgTAP tests in test/;
 * - every object gets a COMMENT that cites the paper where a rule comes from.
 * The paper: Bentzen, Sorensen & Torfing, "Strengthening public service
 * production, administrative problem solving, and political leadership
 * through co-creation of innovative public value outcomes?"
 */

COMMENT ON SCHEMA cocreation IS
  'co-creation of public value outcomes (Bentzen, Sorensen & Torfing): levels, classification, profiles, driver and barrier indices';

------------------------------------------------------------------------------
-- Section 1: the level type (issue 2)
------------------------------------------------------------------------------

CREATE TYPE cocreation.level;

CREATE FUNCTION cocreation.level_in(pg_catalog.cstring) RETURNS cocreation.level
  AS 'MODULE_PATHNAME', 'level_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cocreation.level_out(cocreation.level) RETURNS pg_catalog.cstring
  AS 'MODULE_PATHNAME', 'level_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cocreation.level_recv(pg_catalog.internal) RETURNS cocreation.level
  AS 'MODULE_PATHNAME', 'level_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cocreation.level_send(cocreation.level) RETURNS pg_catalog.bytea
  AS 'MODULE_PATHNAME', 'level_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE cocreation.level (
  INPUT = cocreation.level_in,
  OUTPUT = cocreation.level_out,
  RECEIVE = cocreation.level_recv,
  SEND = cocreation.level_send,
  INTERNALLENGTH = 1,
  PASSEDBYVALUE,
  ALIGNMENT = char,
  STORAGE = plain,
  CATEGORY = 'U'
);
COMMENT ON TYPE cocreation.level IS
  'level of co-creation: none < service_production < problem_solving < policymaking (paper: Theoretical Framework)';
COMMENT ON FUNCTION cocreation.level_in(pg_catalog.cstring) IS 'text input of cocreation.level';
COMMENT ON FUNCTION cocreation.level_out(cocreation.level) IS 'text output of cocreation.level';
COMMENT ON FUNCTION cocreation.level_recv(pg_catalog.internal) IS 'binary input of cocreation.level';
COMMENT ON FUNCTION cocreation.level_send(cocreation.level) IS 'binary output of cocreation.level';

-- casts to and from integer: the level's rank, 0 (none) to 3 (policymaking)
CREATE FUNCTION cocreation.level_to_int4(cocreation.level) RETURNS pg_catalog.int4
  AS 'MODULE_PATHNAME', 'level_to_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION cocreation.int4_to_level(pg_catalog.int4) RETURNS cocreation.level
  AS 'MODULE_PATHNAME', 'int4_to_level' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cocreation.level_to_int4(cocreation.level) IS 'rank of a level, 0 (none) to 3 (policymaking)';
COMMENT ON FUNCTION cocreation.int4_to_level(pg_catalog.int4) IS 'level of a rank 0 to 3; other numbers are an error';
CREATE CAST (cocreation.level AS pg_catalog.int4)
  WITH FUNCTION cocreation.level_to_int4(cocreation.level);
CREATE CAST (pg_catalog.int4 AS cocreation.level)
  WITH FUNCTION cocreation.int4_to_level(pg_catalog.int4);
-- text: through the type's own I/O, so casts accept exactly what input does
CREATE CAST (cocreation.level AS pg_catalog.text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.text AS cocreation.level) WITH INOUT;

-- comparison, in the paper's order of levels
CREATE FUNCTION cocreation.level_eq(cocreation.level, cocreation.level) RETURNS pg_catalog.bool
  AS 'MODULE_PATHNAME', 'level_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION cocreation.level_ne(cocreation.level, cocreation.level) RETURNS pg_catalog.bool
  AS 'MODULE_PATHNAME', 'level_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION cocreation.level_lt(cocreation.level, cocreation.level) RETURNS pg_catalog.bool
  AS 'MODULE_PATHNAME', 'level_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION cocreation.level_le(cocreation.level, cocreation.level) RETURNS pg_catalog.bool
  AS 'MODULE_PATHNAME', 'level_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION cocreation.level_gt(cocreation.level, cocreation.level) RETURNS pg_catalog.bool
  AS 'MODULE_PATHNAME', 'level_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION cocreation.level_ge(cocreation.level, cocreation.level) RETURNS pg_catalog.bool
  AS 'MODULE_PATHNAME', 'level_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION cocreation.level_cmp(cocreation.level, cocreation.level) RETURNS pg_catalog.int4
  AS 'MODULE_PATHNAME', 'level_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION cocreation.level_hash(cocreation.level) RETURNS pg_catalog.int4
  AS 'MODULE_PATHNAME', 'level_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION cocreation.level_hash_extended(cocreation.level, pg_catalog.int8) RETURNS pg_catalog.int8
  AS 'MODULE_PATHNAME', 'level_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION cocreation.level_eq(cocreation.level, cocreation.level) IS 'implementation of = for levels';
COMMENT ON FUNCTION cocreation.level_ne(cocreation.level, cocreation.level) IS 'implementation of <> for levels';
COMMENT ON FUNCTION cocreation.level_lt(cocreation.level, cocreation.level) IS 'implementation of < for levels';
COMMENT ON FUNCTION cocreation.level_le(cocreation.level, cocreation.level) IS 'implementation of <= for levels';
COMMENT ON FUNCTION cocreation.level_gt(cocreation.level, cocreation.level) IS 'implementation of > for levels';
COMMENT ON FUNCTION cocreation.level_ge(cocreation.level, cocreation.level) IS 'implementation of >= for levels';
COMMENT ON FUNCTION cocreation.level_cmp(cocreation.level, cocreation.level) IS 'btree comparison of levels';
COMMENT ON FUNCTION cocreation.level_hash(cocreation.level) IS 'hash of a level';
COMMENT ON FUNCTION cocreation.level_hash_extended(cocreation.level, pg_catalog.int8) IS 'seeded hash of a level';

CREATE OPERATOR cocreation.= (
  LEFTARG = cocreation.level, RIGHTARG = cocreation.level,
  FUNCTION = cocreation.level_eq,
  COMMUTATOR = OPERATOR(cocreation.=), NEGATOR = OPERATOR(cocreation.<>),
  RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel, HASHES, MERGES
);
CREATE OPERATOR cocreation.<> (
  LEFTARG = cocreation.level, RIGHTARG = cocreation.level,
  FUNCTION = cocreation.level_ne,
  COMMUTATOR = OPERATOR(cocreation.<>), NEGATOR = OPERATOR(cocreation.=),
  RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR cocreation.< (
  LEFTARG = cocreation.level, RIGHTARG = cocreation.level,
  FUNCTION = cocreation.level_lt,
  COMMUTATOR = OPERATOR(cocreation.>), NEGATOR = OPERATOR(cocreation.>=),
  RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR cocreation.<= (
  LEFTARG = cocreation.level, RIGHTARG = cocreation.level,
  FUNCTION = cocreation.level_le,
  COMMUTATOR = OPERATOR(cocreation.>=), NEGATOR = OPERATOR(cocreation.>),
  RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR cocreation.> (
  LEFTARG = cocreation.level, RIGHTARG = cocreation.level,
  FUNCTION = cocreation.level_gt,
  COMMUTATOR = OPERATOR(cocreation.<), NEGATOR = OPERATOR(cocreation.<=),
  RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR cocreation.>= (
  LEFTARG = cocreation.level, RIGHTARG = cocreation.level,
  FUNCTION = cocreation.level_ge,
  COMMUTATOR = OPERATOR(cocreation.<=), NEGATOR = OPERATOR(cocreation.<),
  RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);
COMMENT ON OPERATOR cocreation.= (cocreation.level, cocreation.level) IS 'equal';
COMMENT ON OPERATOR cocreation.<> (cocreation.level, cocreation.level) IS 'not equal';
COMMENT ON OPERATOR cocreation.< (cocreation.level, cocreation.level) IS 'lower level';
COMMENT ON OPERATOR cocreation.<= (cocreation.level, cocreation.level) IS 'lower or same level';
COMMENT ON OPERATOR cocreation.> (cocreation.level, cocreation.level) IS 'higher level';
COMMENT ON OPERATOR cocreation.>= (cocreation.level, cocreation.level) IS 'higher or same level';

CREATE OPERATOR CLASS cocreation.level_ops
  DEFAULT FOR TYPE cocreation.level USING btree AS
    OPERATOR 1 cocreation.< ,
    OPERATOR 2 cocreation.<= ,
    OPERATOR 3 cocreation.= ,
    OPERATOR 4 cocreation.>= ,
    OPERATOR 5 cocreation.> ,
    FUNCTION 1 cocreation.level_cmp(cocreation.level, cocreation.level);
CREATE OPERATOR CLASS cocreation.level_hash_ops
  DEFAULT FOR TYPE cocreation.level USING hash AS
    OPERATOR 1 cocreation.= ,
    FUNCTION 1 cocreation.level_hash(cocreation.level),
    FUNCTION 2 cocreation.level_hash_extended(cocreation.level, pg_catalog.int8);

-- min() and max() over levels: "how far did this municipality get?"
CREATE FUNCTION cocreation.level_larger(cocreation.level, cocreation.level) RETURNS cocreation.level
  AS 'MODULE_PATHNAME', 'level_larger' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cocreation.level_smaller(cocreation.level, cocreation.level) RETURNS cocreation.level
  AS 'MODULE_PATHNAME', 'level_smaller' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cocreation.level_larger(cocreation.level, cocreation.level) IS 'the higher of two levels';
COMMENT ON FUNCTION cocreation.level_smaller(cocreation.level, cocreation.level) IS 'the lower of two levels';
CREATE AGGREGATE cocreation.max(cocreation.level) (
  SFUNC = cocreation.level_larger, STYPE = cocreation.level,
  COMBINEFUNC = cocreation.level_larger,
  SORTOP = OPERATOR(cocreation.>), PARALLEL = SAFE
);
CREATE AGGREGATE cocreation.min(cocreation.level) (
  SFUNC = cocreation.level_smaller, STYPE = cocreation.level,
  COMBINEFUNC = cocreation.level_smaller,
  SORTOP = OPERATOR(cocreation.<), PARALLEL = SAFE
);
COMMENT ON AGGREGATE cocreation.max(cocreation.level) IS 'highest level among the rows';
COMMENT ON AGGREGATE cocreation.min(cocreation.level) IS 'lowest level among the rows';

------------------------------------------------------------------------------
-- Section 2: classification (issue 2)
------------------------------------------------------------------------------

CREATE FUNCTION cocreation.classify(actors pg_catalog.text[], object pg_catalog.text,
                                    decision pg_catalog.text DEFAULT 'joint')
  RETURNS cocreation.level
  AS 'MODULE_PATHNAME', 'cocreation_classify' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cocreation.classify(pg_catalog.text[], pg_catalog.text, pg_catalog.text) IS
  'level of a co-creation activity from its actors, object and decision mode (paper: Theoretical Framework; rules in the README)';

CREATE FUNCTION cocreation.classify_explain(actors pg_catalog.text[], object pg_catalog.text,
    decision pg_catalog.text DEFAULT 'joint',
    OUT level cocreation.level, OUT participation pg_catalog.text,
    OUT reason pg_catalog.text, OUT rule pg_catalog.int4)
  RETURNS record
  AS 'MODULE_PATHNAME', 'cocreation_classify_explain' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cocreation.classify_explain(pg_catalog.text[], pg_catalog.text, pg_catalog.text) IS
  'classify() with the participation mode on the IAP2 spectrum, the reason and the number of the rule that decided';


------------------------------------------------------------------------------
-- Section 3: evidence tallies and calibrated profiles (issue 3)
------------------------------------------------------------------------------



------------------------------------------------------------------------------
-- Section 4: driver and barrier balances, the factor catalogue (issue 4)
------------------------------------------------------------------------------



------------------------------------------------------------------------------
-- Section 5: intercoder agreement (issue 6)
------------------------------------------------------------------------------



------------------------------------------------------------------------------
-- Section 6: study workspaces and the sample study (issue 5)
------------------------------------------------------------------------------

