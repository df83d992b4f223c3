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

-- the evidence: per co-creation level, the count of activities, the sum of
-- their weights and the largest weight; and the count of activities
-- classified none (paper: Cross-case comparison, Table 3)
CREATE TYPE cocreation.tally;

CREATE FUNCTION cocreation.tally_in(pg_catalog.cstring) RETURNS cocreation.tally
  AS 'MODULE_PATHNAME', 'tally_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cocreation.tally_out(cocreation.tally) RETURNS pg_catalog.cstring
  AS 'MODULE_PATHNAME', 'tally_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cocreation.tally_recv(pg_catalog.internal) RETURNS cocreation.tally
  AS 'MODULE_PATHNAME', 'tally_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cocreation.tally_send(cocreation.tally) RETURNS pg_catalog.bytea
  AS 'MODULE_PATHNAME', 'tally_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE cocreation.tally (
  INPUT = cocreation.tally_in,
  OUTPUT = cocreation.tally_out,
  RECEIVE = cocreation.tally_recv,
  SEND = cocreation.tally_send,
  INTERNALLENGTH = 80,
  ALIGNMENT = double,
  STORAGE = plain,
  CATEGORY = 'U'
);
COMMENT ON TYPE cocreation.tally IS
  'evidence of co-creation: per level the count of activities, sum and largest of their weights; and the count classified none (paper: Cross-case comparison)';
COMMENT ON FUNCTION cocreation.tally_in(pg_catalog.cstring) IS 'text input of cocreation.tally';
COMMENT ON FUNCTION cocreation.tally_out(cocreation.tally) IS 'text output of cocreation.tally';
COMMENT ON FUNCTION cocreation.tally_recv(pg_catalog.internal) IS 'binary input of cocreation.tally';
COMMENT ON FUNCTION cocreation.tally_send(cocreation.tally) IS 'binary output of cocreation.tally';

CREATE FUNCTION cocreation.tally_eq(cocreation.tally, cocreation.tally) RETURNS pg_catalog.bool
  AS 'MODULE_PATHNAME', 'tally_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION cocreation.tally_ne(cocreation.tally, cocreation.tally) RETURNS pg_catalog.bool
  AS 'MODULE_PATHNAME', 'tally_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION cocreation.tally_add(cocreation.tally, cocreation.tally) RETURNS cocreation.tally
  AS 'MODULE_PATHNAME', 'tally_add' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cocreation.tally_eq(cocreation.tally, cocreation.tally) IS 'implementation of = for tallies';
COMMENT ON FUNCTION cocreation.tally_ne(cocreation.tally, cocreation.tally) IS 'implementation of <> for tallies';
COMMENT ON FUNCTION cocreation.tally_add(cocreation.tally, cocreation.tally) IS
  'implementation of + for tallies: the evidence of both (counts and sums add, the largest weight is the larger)';

CREATE OPERATOR cocreation.= (
  LEFTARG = cocreation.tally, RIGHTARG = cocreation.tally,
  FUNCTION = cocreation.tally_eq,
  COMMUTATOR = OPERATOR(cocreation.=), NEGATOR = OPERATOR(cocreation.<>),
  RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel
);
CREATE OPERATOR cocreation.<> (
  LEFTARG = cocreation.tally, RIGHTARG = cocreation.tally,
  FUNCTION = cocreation.tally_ne,
  COMMUTATOR = OPERATOR(cocreation.<>), NEGATOR = OPERATOR(cocreation.=),
  RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR cocreation.+ (
  LEFTARG = cocreation.tally, RIGHTARG = cocreation.tally,
  FUNCTION = cocreation.tally_add,
  COMMUTATOR = OPERATOR(cocreation.+)
);
COMMENT ON OPERATOR cocreation.= (cocreation.tally, cocreation.tally) IS 'equal';
COMMENT ON OPERATOR cocreation.<> (cocreation.tally, cocreation.tally) IS 'not equal';
COMMENT ON OPERATOR cocreation.+ (cocreation.tally, cocreation.tally) IS 'the evidence of both tallies';

CREATE FUNCTION cocreation.tally_to_jsonb(cocreation.tally) RETURNS pg_catalog.jsonb
  AS 'MODULE_PATHNAME', 'tally_to_jsonb' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cocreation.tally_to_jsonb(cocreation.tally) IS
  'a tally as a JSON object with one key per level';
CREATE CAST (cocreation.tally AS pg_catalog.jsonb)
  WITH FUNCTION cocreation.tally_to_jsonb(cocreation.tally);
CREATE CAST (cocreation.tally AS pg_catalog.text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.text AS cocreation.tally) WITH INOUT;

-- the aggregates; their state is the tally itself, updated in place
CREATE FUNCTION cocreation.tally_sfunc(cocreation.tally, cocreation.level, pg_catalog.float8)
  RETURNS cocreation.tally
  AS 'MODULE_PATHNAME', 'tally_sfunc' LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
CREATE FUNCTION cocreation.tally_sfunc(cocreation.tally, cocreation.level)
  RETURNS cocreation.tally
  AS 'MODULE_PATHNAME', 'tally_sfunc_unweighted' LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
CREATE FUNCTION cocreation.tally_merge(cocreation.tally, cocreation.tally)
  RETURNS cocreation.tally
  AS 'MODULE_PATHNAME', 'tally_merge' LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION cocreation.tally_sfunc(cocreation.tally, cocreation.level, pg_catalog.float8) IS
  'transition function of tally_agg(level, weight) and profile_agg(level, weight)';
COMMENT ON FUNCTION cocreation.tally_sfunc(cocreation.tally, cocreation.level) IS
  'transition function of tally_agg(level) and profile_agg(level): every activity weighs 1';
COMMENT ON FUNCTION cocreation.tally_merge(cocreation.tally, cocreation.tally) IS
  'combine function of the tally aggregates, transition function of tally_agg(tally); NULL is no evidence';

-- aggregates take no DEFAULT arguments: tally_agg(level) is the weight-1 form
CREATE AGGREGATE cocreation.tally_agg(level cocreation.level, weight pg_catalog.float8) (
  SFUNC = cocreation.tally_sfunc, STYPE = cocreation.tally,
  COMBINEFUNC = cocreation.tally_merge, PARALLEL = SAFE
);
CREATE AGGREGATE cocreation.tally_agg(level cocreation.level) (
  SFUNC = cocreation.tally_sfunc, STYPE = cocreation.tally,
  COMBINEFUNC = cocreation.tally_merge, PARALLEL = SAFE
);
CREATE AGGREGATE cocreation.tally_agg(cocreation.tally) (
  SFUNC = cocreation.tally_merge, STYPE = cocreation.tally,
  COMBINEFUNC = cocreation.tally_merge, PARALLEL = SAFE
);
COMMENT ON AGGREGATE cocreation.tally_agg(cocreation.level, pg_catalog.float8) IS
  'the evidence of the rows: NULL levels skipped, NULL weights count with weight 0, no rows give NULL';
COMMENT ON AGGREGATE cocreation.tally_agg(cocreation.level) IS
  'the evidence of the rows, every activity weighing 1; NULL levels skipped, no rows give NULL';
COMMENT ON AGGREGATE cocreation.tally_agg(cocreation.tally) IS
  'the merged evidence of tallies, for roll-ups; NULL tallies skipped, no rows give NULL';

-- the scores: 0 to 3 crosses in half steps per level, as in Table 3
CREATE TYPE cocreation.profile;

CREATE FUNCTION cocreation.profile_in(pg_catalog.cstring) RETURNS cocreation.profile
  AS 'MODULE_PATHNAME', 'profile_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cocreation.profile_out(cocreation.profile) RETURNS pg_catalog.cstring
  AS 'MODULE_PATHNAME', 'profile_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cocreation.profile_recv(pg_catalog.internal) RETURNS cocreation.profile
  AS 'MODULE_PATHNAME', 'profile_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cocreation.profile_send(cocreation.profile) RETURNS pg_catalog.bytea
  AS 'MODULE_PATHNAME', 'profile_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE cocreation.profile (
  INPUT = cocreation.profile_in,
  OUTPUT = cocreation.profile_out,
  RECEIVE = cocreation.profile_recv,
  SEND = cocreation.profile_send,
  INTERNALLENGTH = 4,
  PASSEDBYVALUE,
  ALIGNMENT = int4,
  STORAGE = plain,
  CATEGORY = 'U'
);
COMMENT ON TYPE cocreation.profile IS
  'co-creation profile: 0 to 3 crosses in half steps for service production, problem solving and policymaking (paper: Cross-case comparison, Table 3)';
COMMENT ON FUNCTION cocreation.profile_in(pg_catalog.cstring) IS
  'text input of cocreation.profile: (1, 3, 0) or the paper''s notation x | xxx | -';
COMMENT ON FUNCTION cocreation.profile_out(cocreation.profile) IS 'text output of cocreation.profile';
COMMENT ON FUNCTION cocreation.profile_recv(pg_catalog.internal) IS 'binary input of cocreation.profile';
COMMENT ON FUNCTION cocreation.profile_send(cocreation.profile) IS 'binary output of cocreation.profile';

CREATE FUNCTION cocreation.profile_eq(cocreation.profile, cocreation.profile) RETURNS pg_catalog.bool
  AS 'MODULE_PATHNAME', 'profile_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION cocreation.profile_ne(cocreation.profile, cocreation.profile) RETURNS pg_catalog.bool
  AS 'MODULE_PATHNAME', 'profile_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION cocreation.profile_hash(cocreation.profile) RETURNS pg_catalog.int4
  AS 'MODULE_PATHNAME', 'profile_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION cocreation.profile_hash_extended(cocreation.profile, pg_catalog.int8) RETURNS pg_catalog.int8
  AS 'MODULE_PATHNAME', 'profile_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION cocreation.profile_distance(cocreation.profile, cocreation.profile) RETURNS pg_catalog.float8
  AS 'MODULE_PATHNAME', 'profile_distance' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION cocreation.profile_eq(cocreation.profile, cocreation.profile) IS 'implementation of = for profiles';
COMMENT ON FUNCTION cocreation.profile_ne(cocreation.profile, cocreation.profile) IS 'implementation of <> for profiles';
COMMENT ON FUNCTION cocreation.profile_hash(cocreation.profile) IS 'hash of a profile';
COMMENT ON FUNCTION cocreation.profile_hash_extended(cocreation.profile, pg_catalog.int8) IS 'seeded hash of a profile';
COMMENT ON FUNCTION cocreation.profile_distance(cocreation.profile, cocreation.profile) IS
  'implementation of <-> for profiles: Euclidean distance between the score vectors, in crosses';

CREATE OPERATOR cocreation.= (
  LEFTARG = cocreation.profile, RIGHTARG = cocreation.profile,
  FUNCTION = cocreation.profile_eq,
  COMMUTATOR = OPERATOR(cocreation.=), NEGATOR = OPERATOR(cocreation.<>),
  RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel, HASHES
);
CREATE OPERATOR cocreation.<> (
  LEFTARG = cocreation.profile, RIGHTARG = cocreation.profile,
  FUNCTION = cocreation.profile_ne,
  COMMUTATOR = OPERATOR(cocreation.<>), NEGATOR = OPERATOR(cocreation.=),
  RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR cocreation.<-> (
  LEFTARG = cocreation.profile, RIGHTARG = cocreation.profile,
  FUNCTION = cocreation.profile_distance,
  COMMUTATOR = OPERATOR(cocreation.<->)
);
COMMENT ON OPERATOR cocreation.= (cocreation.profile, cocreation.profile) IS 'equal';
COMMENT ON OPERATOR cocreation.<> (cocreation.profile, cocreation.profile) IS 'not equal';
COMMENT ON OPERATOR cocreation.<-> (cocreation.profile, cocreation.profile) IS
  'Euclidean distance between the score vectors, for nearest-case queries';

-- GROUP BY profile, DISTINCT, hash joins
CREATE OPERATOR CLASS cocreation.profile_hash_ops
  DEFAULT FOR TYPE cocreation.profile USING hash AS
    OPERATOR 1 cocreation.= ,
    FUNCTION 1 cocreation.profile_hash(cocreation.profile),
    FUNCTION 2 cocreation.profile_hash_extended(cocreation.profile, pg_catalog.int8);

CREATE FUNCTION cocreation.profile_to_jsonb(cocreation.profile) RETURNS pg_catalog.jsonb
  AS 'MODULE_PATHNAME', 'profile_to_jsonb' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cocreation.profile_to_jsonb(cocreation.profile) IS
  'a profile as a JSON object with one score per level';
CREATE CAST (cocreation.profile AS pg_catalog.jsonb)
  WITH FUNCTION cocreation.profile_to_jsonb(cocreation.profile);
CREATE CAST (cocreation.profile AS pg_catalog.text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.text AS cocreation.profile) WITH INOUT;

-- calibration: evidence to crosses; the default thresholds are argued in the README
CREATE FUNCTION cocreation.profile(t cocreation.tally,
                                   thresholds pg_catalog.float8[] DEFAULT '{1,3,6}',
                                   method pg_catalog.text DEFAULT 'sum')
  RETURNS cocreation.profile
  AS 'MODULE_PATHNAME', 'profile_calibrate' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cocreation.profile(cocreation.tally, pg_catalog.float8[], pg_catalog.text) IS
  'calibrates a tally: the sum (or max) of weights per level, piecewise linear through the thresholds for 1, 2 and 3 crosses, rounded down to half a cross';

CREATE FUNCTION cocreation.profile_final(cocreation.tally) RETURNS cocreation.profile
  AS 'MODULE_PATHNAME', 'profile_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cocreation.profile_final(cocreation.tally) IS
  'final function of profile_agg(): profile() with its default thresholds and method';

CREATE AGGREGATE cocreation.profile_agg(level cocreation.level, weight pg_catalog.float8) (
  SFUNC = cocreation.tally_sfunc, STYPE = cocreation.tally,
  COMBINEFUNC = cocreation.tally_merge, FINALFUNC = cocreation.profile_final,
  PARALLEL = SAFE
);
CREATE AGGREGATE cocreation.profile_agg(level cocreation.level) (
  SFUNC = cocreation.tally_sfunc, STYPE = cocreation.tally,
  COMBINEFUNC = cocreation.tally_merge, FINALFUNC = cocreation.profile_final,
  PARALLEL = SAFE
);
COMMENT ON AGGREGATE cocreation.profile_agg(cocreation.level, pg_catalog.float8) IS
  'profile(tally_agg(level, weight)) in one aggregate, with the default thresholds';
COMMENT ON AGGREGATE cocreation.profile_agg(cocreation.level) IS
  'profile(tally_agg(level)) in one aggregate, every activity weighing 1';

-- reading a profile
CREATE FUNCTION cocreation.score(p cocreation.profile, level cocreation.level) RETURNS pg_catalog.numeric
  AS 'MODULE_PATHNAME', 'profile_score' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cocreation.notation(p cocreation.profile) RETURNS pg_catalog.text
  AS 'MODULE_PATHNAME', 'profile_notation' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cocreation.reach(p cocreation.profile) RETURNS cocreation.level
  AS 'MODULE_PATHNAME', 'profile_reach' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cocreation.goes_all_the_way(p cocreation.profile,
                                            min_score pg_catalog.numeric DEFAULT 1)
  RETURNS pg_catalog.bool
  AS 'MODULE_PATHNAME', 'profile_goes_all_the_way' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cocreation.political_gap(p cocreation.profile) RETURNS pg_catalog.numeric
  AS 'MODULE_PATHNAME', 'profile_political_gap' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cocreation.score(cocreation.profile, cocreation.level) IS
  'the score of a level, 0 to 3 in steps of 0.5; NULL for level none, which has no score';
COMMENT ON FUNCTION cocreation.notation(cocreation.profile) IS
  'a profile in the paper''s notation (Table 3): x | xxx | -, with x(x) for 1.5';
COMMENT ON FUNCTION cocreation.reach(cocreation.profile) IS
  'the highest level scoring at least one cross, none if no level does';
COMMENT ON FUNCTION cocreation.goes_all_the_way(cocreation.profile, pg_catalog.numeric) IS
  'every level scores at least min_score: co-creation is exploited at all three levels (paper: Theoretical Framework)';
COMMENT ON FUNCTION cocreation.political_gap(cocreation.profile) IS
  'the larger administrative score minus the policymaking score; positive where political co-creation lags (paper: Cross-case comparison)';



------------------------------------------------------------------------------
-- Section 4: driver and barrier balances, the factor catalogue (issue 4)
------------------------------------------------------------------------------



------------------------------------------------------------------------------
-- Section 5: intercoder agreement (issue 6)
------------------------------------------------------------------------------



------------------------------------------------------------------------------
-- Section 6: study workspaces and the sample study (issue 5)
------------------------------------------------------------------------------

