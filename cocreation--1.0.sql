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

-- The paper explains each case by drivers and barriers that "may pertain to
-- discursive, cultural, institutional and practical matters", and separates
-- barriers to taking co-created policymaking up from "problems found in the
-- implementation process" (paper: Drivers of and barriers to the development
-- of an interactive political leadership).  A balance tallies coded factors
-- by polarity x dimension x stage; the catalogue lists the paper's factors.

CREATE TYPE cocreation.balance;

CREATE FUNCTION cocreation.balance_in(pg_catalog.cstring) RETURNS cocreation.balance
  AS 'MODULE_PATHNAME', 'balance_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cocreation.balance_out(cocreation.balance) RETURNS pg_catalog.cstring
  AS 'MODULE_PATHNAME', 'balance_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cocreation.balance_recv(pg_catalog.internal) RETURNS cocreation.balance
  AS 'MODULE_PATHNAME', 'balance_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cocreation.balance_send(cocreation.balance) RETURNS pg_catalog.bytea
  AS 'MODULE_PATHNAME', 'balance_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- 2 polarities x 5 dimensions x 2 stages, each an int8 count and a float8 sum
CREATE TYPE cocreation.balance (
  INPUT = cocreation.balance_in,
  OUTPUT = cocreation.balance_out,
  RECEIVE = cocreation.balance_recv,
  SEND = cocreation.balance_send,
  INTERNALLENGTH = 320,
  ALIGNMENT = double,
  STORAGE = plain,
  CATEGORY = 'U'
);
COMMENT ON TYPE cocreation.balance IS
  'tally of coded drivers and barriers: count and strength sum per polarity, dimension (discursive, cultural, institutional, practical, contextual) and stage (adoption, implementation) (paper: Drivers of and barriers to the development of an interactive political leadership)';
COMMENT ON FUNCTION cocreation.balance_in(pg_catalog.cstring) IS 'text input of cocreation.balance: {polarity.dimension.stage=count:strength_sum, ...}';
COMMENT ON FUNCTION cocreation.balance_out(cocreation.balance) IS 'text output of cocreation.balance: the non-empty cells, strength sums exact';
COMMENT ON FUNCTION cocreation.balance_recv(pg_catalog.internal) IS 'binary input of cocreation.balance, checked like text input';
COMMENT ON FUNCTION cocreation.balance_send(cocreation.balance) IS 'binary output of cocreation.balance';

CREATE FUNCTION cocreation.balance_eq(cocreation.balance, cocreation.balance) RETURNS pg_catalog.bool
  AS 'MODULE_PATHNAME', 'balance_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION cocreation.balance_ne(cocreation.balance, cocreation.balance) RETURNS pg_catalog.bool
  AS 'MODULE_PATHNAME', 'balance_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION cocreation.balance_add(cocreation.balance, cocreation.balance) RETURNS cocreation.balance
  AS 'MODULE_PATHNAME', 'balance_add' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cocreation.balance_eq(cocreation.balance, cocreation.balance) IS 'implementation of = for balances: every count and strength sum equal';
COMMENT ON FUNCTION cocreation.balance_ne(cocreation.balance, cocreation.balance) IS 'implementation of <> for balances';
COMMENT ON FUNCTION cocreation.balance_add(cocreation.balance, cocreation.balance) IS 'implementation of + for balances: cell-by-cell sum';

CREATE OPERATOR cocreation.= (
  LEFTARG = cocreation.balance, RIGHTARG = cocreation.balance,
  FUNCTION = cocreation.balance_eq,
  COMMUTATOR = OPERATOR(cocreation.=), NEGATOR = OPERATOR(cocreation.<>),
  RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel
);
CREATE OPERATOR cocreation.<> (
  LEFTARG = cocreation.balance, RIGHTARG = cocreation.balance,
  FUNCTION = cocreation.balance_ne,
  COMMUTATOR = OPERATOR(cocreation.<>), NEGATOR = OPERATOR(cocreation.=),
  RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR cocreation.+ (
  LEFTARG = cocreation.balance, RIGHTARG = cocreation.balance,
  FUNCTION = cocreation.balance_add,
  COMMUTATOR = OPERATOR(cocreation.+)
);
COMMENT ON OPERATOR cocreation.= (cocreation.balance, cocreation.balance) IS 'equal balances';
COMMENT ON OPERATOR cocreation.<> (cocreation.balance, cocreation.balance) IS 'different balances';
COMMENT ON OPERATOR cocreation.+ (cocreation.balance, cocreation.balance) IS 'sum of two balances, cell by cell';

-- casts: text through the type's I/O; jsonb nests every cell
CREATE FUNCTION cocreation.balance_to_jsonb(cocreation.balance) RETURNS pg_catalog.jsonb
  AS 'MODULE_PATHNAME', 'balance_to_jsonb' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cocreation.balance_to_jsonb(cocreation.balance) IS
  'every cell of a balance as jsonb: {polarity: {dimension: {stage: {count, strength}}}}';
CREATE CAST (cocreation.balance AS pg_catalog.jsonb)
  WITH FUNCTION cocreation.balance_to_jsonb(cocreation.balance);
CREATE CAST (cocreation.balance AS pg_catalog.text) WITH INOUT;
CREATE CAST (pg_catalog.text AS cocreation.balance) WITH INOUT;

-- aggregates: one coded factor per row, or balances to add up
CREATE FUNCTION cocreation.balance_sfunc(cocreation.balance, pg_catalog.text, pg_catalog.text)
  RETURNS cocreation.balance
  AS 'MODULE_PATHNAME', 'balance_sfunc' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cocreation.balance_sfunc(cocreation.balance, pg_catalog.text, pg_catalog.text,
                                         pg_catalog.float8)
  RETURNS cocreation.balance
  AS 'MODULE_PATHNAME', 'balance_sfunc' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cocreation.balance_sfunc(cocreation.balance, pg_catalog.text, pg_catalog.text,
                                         pg_catalog.float8, pg_catalog.text)
  RETURNS cocreation.balance
  AS 'MODULE_PATHNAME', 'balance_sfunc' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cocreation.balance_combine(cocreation.balance, cocreation.balance)
  RETURNS cocreation.balance
  AS 'MODULE_PATHNAME', 'balance_combine' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cocreation.balance_sfunc(cocreation.balance, pg_catalog.text, pg_catalog.text) IS
  'transition of balance_agg(polarity, dimension): strength 1, stage adoption';
COMMENT ON FUNCTION cocreation.balance_sfunc(cocreation.balance, pg_catalog.text, pg_catalog.text, pg_catalog.float8) IS
  'transition of balance_agg(polarity, dimension, strength): stage adoption';
COMMENT ON FUNCTION cocreation.balance_sfunc(cocreation.balance, pg_catalog.text, pg_catalog.text, pg_catalog.float8, pg_catalog.text) IS
  'transition of balance_agg(polarity, dimension, strength, stage)';
COMMENT ON FUNCTION cocreation.balance_combine(cocreation.balance, cocreation.balance) IS
  'combine function of balance_agg, and transition of balance_agg(balance)';

-- CREATE AGGREGATE takes no DEFAULTs: one aggregate per arity instead
CREATE AGGREGATE cocreation.balance_agg(polarity pg_catalog.text, dimension pg_catalog.text) (
  SFUNC = cocreation.balance_sfunc, STYPE = cocreation.balance, INITCOND = '{}',
  COMBINEFUNC = cocreation.balance_combine, PARALLEL = SAFE
);
CREATE AGGREGATE cocreation.balance_agg(polarity pg_catalog.text, dimension pg_catalog.text,
                                        strength pg_catalog.float8) (
  SFUNC = cocreation.balance_sfunc, STYPE = cocreation.balance, INITCOND = '{}',
  COMBINEFUNC = cocreation.balance_combine, PARALLEL = SAFE
);
CREATE AGGREGATE cocreation.balance_agg(polarity pg_catalog.text, dimension pg_catalog.text,
                                        strength pg_catalog.float8, stage pg_catalog.text) (
  SFUNC = cocreation.balance_sfunc, STYPE = cocreation.balance, INITCOND = '{}',
  COMBINEFUNC = cocreation.balance_combine, PARALLEL = SAFE
);
CREATE AGGREGATE cocreation.balance_agg(cocreation.balance) (
  SFUNC = cocreation.balance_combine, STYPE = cocreation.balance, INITCOND = '{}',
  COMBINEFUNC = cocreation.balance_combine, PARALLEL = SAFE
);
COMMENT ON AGGREGATE cocreation.balance_agg(pg_catalog.text, pg_catalog.text) IS
  'balance of coded factors (polarity, dimension), each of strength 1 at the adoption stage';
COMMENT ON AGGREGATE cocreation.balance_agg(pg_catalog.text, pg_catalog.text, pg_catalog.float8) IS
  'balance of coded factors (polarity, dimension, strength) at the adoption stage';
COMMENT ON AGGREGATE cocreation.balance_agg(pg_catalog.text, pg_catalog.text, pg_catalog.float8, pg_catalog.text) IS
  'balance of coded factors (polarity, dimension, strength, stage) (paper: Drivers of and barriers to the development of an interactive political leadership)';
COMMENT ON AGGREGATE cocreation.balance_agg(cocreation.balance) IS
  'sum of balances, e.g. of several studies or coders';

-- reading a balance: strength sums and indices; 'all' means every dimension or stage
CREATE FUNCTION cocreation.drivers(b cocreation.balance, dimension pg_catalog.text DEFAULT 'all')
  RETURNS pg_catalog.float8
  AS 'MODULE_PATHNAME', 'balance_drivers' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cocreation.barriers(b cocreation.balance, dimension pg_catalog.text DEFAULT 'all',
                                    stage pg_catalog.text DEFAULT 'all')
  RETURNS pg_catalog.float8
  AS 'MODULE_PATHNAME', 'balance_barriers' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cocreation.net_index(b cocreation.balance, dimension pg_catalog.text DEFAULT 'all')
  RETURNS pg_catalog.float8
  AS 'MODULE_PATHNAME', 'balance_net_index' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cocreation.implementation_share(b cocreation.balance)
  RETURNS pg_catalog.float8
  AS 'MODULE_PATHNAME', 'balance_implementation_share' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cocreation.drivers(cocreation.balance, pg_catalog.text) IS
  'strength sum of drivers in one dimension or all, over both stages';
COMMENT ON FUNCTION cocreation.barriers(cocreation.balance, pg_catalog.text, pg_catalog.text) IS
  'strength sum of barriers in one dimension or all, at one stage or both';
COMMENT ON FUNCTION cocreation.net_index(cocreation.balance, pg_catalog.text) IS
  '(drivers - adoption barriers) / (drivers + adoption barriers), -1 to 1, NULL when both are zero (paper: Drivers of and barriers to the development of an interactive political leadership, Hedensted)';
COMMENT ON FUNCTION cocreation.implementation_share(cocreation.balance) IS
  'share of barrier strength that is implementation problems, NULL without barriers (paper: Hedensted''s barriers are "problems found in the implementation process")';

CREATE FUNCTION cocreation.dimensions(b cocreation.balance,
    OUT dimension pg_catalog.text, OUT drivers pg_catalog.float8,
    OUT adoption_barriers pg_catalog.float8, OUT implementation_problems pg_catalog.float8,
    OUT net_index pg_catalog.float8)
  RETURNS SETOF record
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
  AS $$
    SELECT d.name, cocreation.drivers(b, d.name),
           cocreation.barriers(b, d.name, 'adoption'),
           cocreation.barriers(b, d.name, 'implementation'),
           cocreation.net_index(b, d.name)
    FROM pg_catalog.unnest(ARRAY['discursive', 'cultural', 'institutional', 'practical',
                                 'contextual']) WITH ORDINALITY AS d(name, ord)
    ORDER BY d.ord
  $$;
COMMENT ON FUNCTION cocreation.dimensions(cocreation.balance) IS
  'one row per dimension: drivers, adoption barriers, implementation problems and net index, as plain columns';

-- The factor catalogue: the paper's factors for its three cases, and the
-- organisational and citizen-side factors of Voorberg, Bekkers & Tummers
-- (2015).  Users add their own rows; only those are dumped by pg_dump (the
-- seed comes back with CREATE EXTENSION).
CREATE TABLE cocreation.factor_catalogue (
  code pg_catalog.text PRIMARY KEY
    CONSTRAINT factor_code_is_identifier CHECK (code OPERATOR(pg_catalog.~) '^[a-z][a-z0-9_]*$'),
  label pg_catalog.text NOT NULL,
  polarity pg_catalog.text NOT NULL
    CONSTRAINT factor_polarity_word CHECK (polarity OPERATOR(pg_catalog.=) ANY (ARRAY['driver', 'barrier'])),
  dimension pg_catalog.text NOT NULL
    CONSTRAINT factor_dimension_word CHECK (dimension OPERATOR(pg_catalog.=) ANY (
      ARRAY['discursive', 'cultural', 'institutional', 'practical', 'contextual'])),
  usual_stage pg_catalog.text NOT NULL DEFAULT 'adoption'
    CONSTRAINT factor_stage_word CHECK (usual_stage OPERATOR(pg_catalog.=) ANY (ARRAY['adoption', 'implementation'])),
  case_name pg_catalog.text,
  description pg_catalog.text NOT NULL,
  source pg_catalog.text NOT NULL,
  seeded pg_catalog.bool NOT NULL DEFAULT false
);
COMMENT ON TABLE cocreation.factor_catalogue IS
  'drivers and barriers of co-created policymaking: the paper''s factors per case, Voorberg, Bekkers & Tummers (2015), and your own rows (seeded = false, kept by pg_dump)';
COMMENT ON COLUMN cocreation.factor_catalogue.code IS 'stable identifier: lower case, digits and _, e.g. hed_leadership_direction';
COMMENT ON COLUMN cocreation.factor_catalogue.polarity IS 'driver or barrier';
COMMENT ON COLUMN cocreation.factor_catalogue.dimension IS 'discursive, cultural, institutional, practical or contextual';
COMMENT ON COLUMN cocreation.factor_catalogue.usual_stage IS 'adoption, or implementation for problems met while implementing co-created policymaking';
COMMENT ON COLUMN cocreation.factor_catalogue.case_name IS 'the paper''s case the factor was found in (Steinkjer, Guldborgsund, Hedensted, or Norway for the Norway-wide conditions); NULL otherwise';
COMMENT ON COLUMN cocreation.factor_catalogue.source IS 'the paper''s section, or the literature with its reference';
COMMENT ON COLUMN cocreation.factor_catalogue.seeded IS 'true for the rows CREATE EXTENSION installs; pg_dump keeps only rows with false';

-- The paper's factors, per case, in the paper's order.  Dimensions follow
-- the paper's four (role perceptions: discursive; political culture:
-- cultural; institutional support structures: institutional; practical
-- organisational procedures: practical, "Theoretical Framework"); the crisis
-- fits none and is contextual.
INSERT INTO cocreation.factor_catalogue
  (code, label, polarity, dimension, usual_stage, case_name, description, source, seeded)
SELECT f.code, f.label, f.polarity, f.dimension, f.usual_stage, f.case_name, f.description,
       CASE f.case_name
         WHEN 'Norway' THEN 'Bentzen, Sorensen & Torfing: "Methodological reflections"; "Conclusion" (barriers specific to Norway, added to those of Steinkjer)'
         ELSE 'Bentzen, Sorensen & Torfing: "Drivers of and barriers to the development of an interactive political leadership", ' || f.case_name
       END,
       true
FROM (VALUES
  -- Steinkjer
  ('ste_bolyst_political_support', 'Political support to the Bolyst method', 'driver', 'institutional', 'adoption', 'Steinkjer',
   'Political support to the Bolyst method, "a platform for co-creation with local citizens and stakeholders" that politicians may use to provide input to policymaking.'),
  ('ste_collaborative_culture_trust', 'Collaborative political culture and trust among politicians', 'driver', 'cultural', 'adoption', 'Steinkjer',
   'A collaborative political culture and a high level of trust between the politicians that enable them "to participate in open-ended policy dialogues with external actors".'),
  ('ste_leadership_as_positioning', 'Leadership seen as positioning and alliance-making', 'barrier', 'discursive', 'adoption', 'Steinkjer',
   'Political leadership is perceived as "positioning oneself politically, creating political alliances and mobilizing political support" rather than identifying problems and designing solutions.'),
  ('ste_power_concentration', 'Power concentrated in mayor, executive group and CEO''s office', 'barrier', 'institutional', 'adoption', 'Steinkjer',
   'A strong mayor, the executive leadership group and the administrative CEO''s office hold political power; their well-prepared proposals are "difficult to go against".'),
  ('ste_administration_daily_operations', 'Administration focused on daily operations, not innovation', 'barrier', 'cultural', 'adoption', 'Steinkjer',
   'According to leading politicians the administration is "more focused on daily operations than on development and innovation", so co-creation may not be in demand.'),
  -- Norway-wide conditions (Steinkjer's country)
  ('nor_power_balance_administration', 'Power balance tilted toward the administration', 'barrier', 'institutional', 'adoption', 'Norway',
   'In Norway the power balance between administration and elected politicians is "a little more in favor of the administration" than in Denmark.'),
  ('nor_less_majority_opposition_collaboration', 'Less collaboration between majority and opposition', 'barrier', 'cultural', 'adoption', 'Norway',
   'There "seems to be less collaboration between the political majority and the opposition in Norway than in Denmark".'),
  ('nor_no_closed_meetings', 'No closed municipal meetings allowed', 'barrier', 'institutional', 'adoption', 'Norway',
   'In Norway "it is not allowed to have municipal meetings behind closed doors", whereas that is possible in Denmark.'),
  -- Guldborgsund
  ('gul_leadership_setting_course', 'Leadership as setting course and designing solutions', 'driver', 'discursive', 'adoption', 'Guldborgsund',
   'Political leadership is perceived as "setting the overall course for the municipality and designing solutions in response to local problems and needs".'),
  ('gul_trust_broad_agreements', 'Trust, collaboration and broad political agreements', 'driver', 'cultural', 'adoption', 'Guldborgsund',
   'The political culture is characterised by "trust, collaboration and broad political agreements rather than party political positioning".'),
  ('gul_new_younger_councillors', 'New, younger council members', 'driver', 'cultural', 'adoption', 'Guldborgsund',
   'Many new and younger council members are "more supportive of co-creation and innovative policy development" than older members focused on single issues.'),
  ('gul_amalgamation', 'Amalgamation into a larger municipality', 'driver', 'institutional', 'adoption', 'Guldborgsund',
   'The amalgamation of five small municipalities strengthened strategic policymaking and "prompts the politicians to come closer to the citizens".'),
  ('gul_public_value_steering', 'Steering by public value outcomes', 'driver', 'institutional', 'adoption', 'Guldborgsund',
   '"The fifth driver is institutional": the shift from goal and framework steering to public value outcomes eases dialogue with citizens and stakeholders.'),
  ('gul_crisis_period', 'The crisis period', 'driver', 'contextual', 'adoption', 'Guldborgsund',
   '"It is easier for politicians to stick together and try something new in times of crisis" (a political informant). Contextual: fits none of the paper''s four dimensions.'),
  ('gul_sovereign_leadership_perception', 'Traditional, sovereign perceptions of political leadership', 'barrier', 'discursive', 'adoption', 'Guldborgsund',
   'Some politicians see their mandate undermined by co-creation, politics as prioritising within the budget, or leadership as establishing a slim majority.'),
  ('gul_administrative_division_of_labour', 'Administrators expecting a what/why versus how division of labour', 'barrier', 'discursive', 'adoption', 'Guldborgsund',
   'Some administrators expect politicians to answer "the ''what'' and the ''why'' question" so that they can answer the ''how''; co-creation disrupts this division of labour.'),
  -- Hedensted
  ('hed_leadership_direction', 'Leadership as setting direction', 'driver', 'discursive', 'adoption', 'Hedensted',
   'Political leadership is associated with "setting the political direction for the municipality and designing solutions in response to local problems and needs".'),
  ('hed_collaborative_culture_trust', 'Collaborative culture and trust between politicians and administrators', 'driver', 'cultural', 'adoption', 'Hedensted',
   'A strong collaborative political culture and "a high degree of trust between politicians and administrators that is conducive for co-creation".'),
  ('hed_escape_political_silos', 'Escaping political silos: "we" rather than "us and them"', 'driver', 'discursive', 'adoption', 'Hedensted',
   'Politicians must avoid being "caught in the political silos"; the municipality is a community (''we'') rather than an organization (''us'' versus ''them'').'),
  ('hed_younger_strategic_generation', 'Younger generation good at strategic policymaking', 'driver', 'cultural', 'adoption', 'Hedensted',
   'The new and younger generation of politicians "are much better at strategic policymaking" and more used to focusing on problem solving.'),
  ('hed_democratic_renewal', 'Co-creation as renewal of democratic participation', 'driver', 'discursive', 'adoption', 'Hedensted',
   'Co-creation is "depicted as tool for stimulating democratic participation" while voting, party membership and running for office decline.'),
  ('hed_meeting_time_pressure', 'Extra meetings strain politicians'' time budgets', 'barrier', 'practical', 'implementation', 'Hedensted',
   'Co-creation meetings are added to the ordinary meetings, and "that puts a strong pressure on the politicians'' time budget".'),
  ('hed_councillor_confidence', 'Not all councillors confident with citizens', 'barrier', 'practical', 'implementation', 'Hedensted',
   '"Not all politicians are confident speaking up in meetings with citizens": about a third of the councillors are not very active.'),
  ('hed_politicians_as_citizens', 'Politicians taking part as citizens', 'barrier', 'practical', 'implementation', 'Hedensted',
   'Some politicians take part as citizens in area-based development meetings, making it hard "to maintain their objectivity as politicians" when voting on funding.'),
  ('hed_sharp_political_profile', 'Hard to keep a sharp political profile', 'barrier', 'discursive', 'implementation', 'Hedensted',
   'It "can be difficult for the politicians to have a sharp political profile" when co-creating with other parties, citizens and stakeholders.'),
  ('hed_citizens_vs_employees', 'Citizens'' demands versus employees'' interests', 'barrier', 'practical', 'implementation', 'Hedensted',
   'Politicians find it difficult "to navigate between the citizens'' demands and the interests of public employees"; conflicts easily arise.'),
  ('hed_press_closed_meetings', 'Press criticism of closed dialogue meetings', 'barrier', 'institutional', 'implementation', 'Hedensted',
   'The local press complains about "the closed dialogue meetings that undermines democratic transparency".')
) AS f(code, label, polarity, dimension, usual_stage, case_name, description);

-- Voorberg, Bekkers & Tummers (2015), the review the paper cites: its
-- organisational and citizen-side influential factors.  Polarity and
-- dimension are this extension's reading; citizen-side factors lie outside
-- the municipality and are contextual.
INSERT INTO cocreation.factor_catalogue
  (code, label, polarity, dimension, usual_stage, case_name, description, source, seeded)
SELECT f.code, f.label, f.polarity, f.dimension, 'adoption', NULL, f.description,
       'literature: Voorberg, W. H., V. J. Bekkers & L. G. Tummers. 2015. A systematic review of co-creation and co-production: Embarking on the social innovation journey. Public Management Review, 17(9): 1333-57 (cited in the paper''s "Theoretical Framework")',
       true
FROM (VALUES
  ('vbt_organisational_compatibility', 'Compatibility of public organisations with citizen participation', 'driver', 'institutional',
   'Organisational factor of the review: public organisations whose structures are compatible with citizen participation.'),
  ('vbt_open_attitude', 'Open attitude towards citizen participation', 'driver', 'cultural',
   'Organisational factor of the review: an open attitude of the public organisation towards citizen participation.'),
  ('vbt_risk_averse_culture', 'Risk-averse administrative culture', 'barrier', 'cultural',
   'Organisational factor of the review: a risk-averse administrative culture discourages co-creation.'),
  ('vbt_clear_incentives', 'Clear incentives for co-creation', 'driver', 'institutional',
   'Organisational factor of the review: clear incentives for co-creation.'),
  ('vbt_citizen_characteristics', 'Citizen characteristics (skills, intrinsic values)', 'driver', 'contextual',
   'Citizen-side factor of the review: characteristics of citizens such as their skills and intrinsic values.'),
  ('vbt_citizen_ownership', 'Customer awareness and ownership', 'driver', 'contextual',
   'Citizen-side factor of the review: customer awareness and a feeling of ownership among citizens.'),
  ('vbt_social_capital', 'Social capital', 'driver', 'contextual',
   'Citizen-side factor of the review: the presence of social capital.'),
  ('vbt_citizen_risk_aversion', 'Risk aversion of citizens', 'barrier', 'contextual',
   'Citizen-side factor of the review: risk aversion of citizens discourages their taking part.')
) AS f(code, label, polarity, dimension, description);

-- pg_dump keeps the users' rows only: the seed comes back with CREATE EXTENSION
SELECT pg_catalog.pg_extension_config_dump('cocreation.factor_catalogue', 'WHERE NOT seeded');


------------------------------------------------------------------------------
-- Section 5: intercoder agreement (issue 6)
------------------------------------------------------------------------------

/*
 * Agreement aggregates: C, PARALLEL SAFE, with combine, serial and deserial
 * functions over an internal state that grows with distinct units, values
 * and (unit, value) cells, never with rows (README: "Intercoder agreement").
 * The reliability of codings behind the paper's cross-case comparison
 * (paper: Methodological reflections).
 */

-- ratings grouped by unit: Krippendorff's alpha, Fleiss' kappa, agreement within units
CREATE FUNCTION cocreation.krippendorff_alpha_sfunc(pg_catalog.internal, anyelement, pg_catalog.float8)
  RETURNS pg_catalog.internal
  AS 'MODULE_PATHNAME', 'krippendorff_alpha_float8_sfunc' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION cocreation.krippendorff_alpha_sfunc(pg_catalog.internal, anyelement, pg_catalog.float8, pg_catalog.text)
  RETURNS pg_catalog.internal
  AS 'MODULE_PATHNAME', 'krippendorff_alpha_float8_sfunc' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION cocreation.krippendorff_alpha_sfunc(pg_catalog.internal, anyelement, cocreation.level)
  RETURNS pg_catalog.internal
  AS 'MODULE_PATHNAME', 'krippendorff_alpha_level_sfunc' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION cocreation.krippendorff_alpha_sfunc(pg_catalog.internal, anyelement, cocreation.level, pg_catalog.text)
  RETURNS pg_catalog.internal
  AS 'MODULE_PATHNAME', 'krippendorff_alpha_level_sfunc' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION cocreation.agreement_units_sfunc(pg_catalog.internal, anyelement, anycompatible)
  RETURNS pg_catalog.internal
  AS 'MODULE_PATHNAME', 'agreement_units_sfunc' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION cocreation.agreement_units_combine(pg_catalog.internal, pg_catalog.internal)
  RETURNS pg_catalog.internal
  AS 'MODULE_PATHNAME', 'agreement_units_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION cocreation.agreement_units_serialize(pg_catalog.internal) RETURNS pg_catalog.bytea
  AS 'MODULE_PATHNAME', 'agreement_units_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cocreation.agreement_units_deserialize(pg_catalog.bytea, pg_catalog.internal)
  RETURNS pg_catalog.internal
  AS 'MODULE_PATHNAME', 'agreement_units_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cocreation.krippendorff_alpha_final(pg_catalog.internal) RETURNS pg_catalog.float8
  AS 'MODULE_PATHNAME', 'krippendorff_alpha_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION cocreation.fleiss_kappa_final(pg_catalog.internal) RETURNS pg_catalog.float8
  AS 'MODULE_PATHNAME', 'fleiss_kappa_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION cocreation.percent_agreement_units_final(pg_catalog.internal) RETURNS pg_catalog.float8
  AS 'MODULE_PATHNAME', 'percent_agreement_units_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION cocreation.krippendorff_alpha_sfunc(pg_catalog.internal, anyelement, pg_catalog.float8) IS
  'transition function of krippendorff_alpha(unit, float8 value): nominal metric';
COMMENT ON FUNCTION cocreation.krippendorff_alpha_sfunc(pg_catalog.internal, anyelement, pg_catalog.float8, pg_catalog.text) IS
  'transition function of krippendorff_alpha(unit, float8 value, metric)';
COMMENT ON FUNCTION cocreation.krippendorff_alpha_sfunc(pg_catalog.internal, anyelement, cocreation.level) IS
  'transition function of krippendorff_alpha(unit, level value): ordinal metric on the ranks 0 to 3';
COMMENT ON FUNCTION cocreation.krippendorff_alpha_sfunc(pg_catalog.internal, anyelement, cocreation.level, pg_catalog.text) IS
  'transition function of krippendorff_alpha(unit, level value, metric) on the ranks 0 to 3';
COMMENT ON FUNCTION cocreation.agreement_units_sfunc(pg_catalog.internal, anyelement, anycompatible) IS
  'transition function of fleiss_kappa and percent_agreement_units: counts of each value per unit';
COMMENT ON FUNCTION cocreation.agreement_units_combine(pg_catalog.internal, pg_catalog.internal) IS
  'combine function of the agreement aggregates over units';
COMMENT ON FUNCTION cocreation.agreement_units_serialize(pg_catalog.internal) IS
  'serial function of the agreement aggregates over units';
COMMENT ON FUNCTION cocreation.agreement_units_deserialize(pg_catalog.bytea, pg_catalog.internal) IS
  'deserial function of the agreement aggregates over units';
COMMENT ON FUNCTION cocreation.krippendorff_alpha_final(pg_catalog.internal) IS
  'final function of krippendorff_alpha: 1 - D_o/D_e over the pairable values';
COMMENT ON FUNCTION cocreation.fleiss_kappa_final(pg_catalog.internal) IS
  'final function of fleiss_kappa: (P - P_e)/(1 - P_e)';
COMMENT ON FUNCTION cocreation.percent_agreement_units_final(pg_catalog.internal) IS
  'final function of percent_agreement_units: share of agreeing pairs of ratings within units';

CREATE AGGREGATE cocreation.krippendorff_alpha(unit anyelement, value pg_catalog.float8) (
  SFUNC = cocreation.krippendorff_alpha_sfunc, STYPE = pg_catalog.internal, SSPACE = 65536,
  FINALFUNC = cocreation.krippendorff_alpha_final,
  COMBINEFUNC = cocreation.agreement_units_combine,
  SERIALFUNC = cocreation.agreement_units_serialize,
  DESERIALFUNC = cocreation.agreement_units_deserialize,
  PARALLEL = SAFE
);
CREATE AGGREGATE cocreation.krippendorff_alpha(unit anyelement, value pg_catalog.float8, metric pg_catalog.text) (
  SFUNC = cocreation.krippendorff_alpha_sfunc, STYPE = pg_catalog.internal, SSPACE = 65536,
  FINALFUNC = cocreation.krippendorff_alpha_final,
  COMBINEFUNC = cocreation.agreement_units_combine,
  SERIALFUNC = cocreation.agreement_units_serialize,
  DESERIALFUNC = cocreation.agreement_units_deserialize,
  PARALLEL = SAFE
);
CREATE AGGREGATE cocreation.krippendorff_alpha(unit anyelement, value cocreation.level) (
  SFUNC = cocreation.krippendorff_alpha_sfunc, STYPE = pg_catalog.internal, SSPACE = 65536,
  FINALFUNC = cocreation.krippendorff_alpha_final,
  COMBINEFUNC = cocreation.agreement_units_combine,
  SERIALFUNC = cocreation.agreement_units_serialize,
  DESERIALFUNC = cocreation.agreement_units_deserialize,
  PARALLEL = SAFE
);
CREATE AGGREGATE cocreation.krippendorff_alpha(unit anyelement, value cocreation.level, metric pg_catalog.text) (
  SFUNC = cocreation.krippendorff_alpha_sfunc, STYPE = pg_catalog.internal, SSPACE = 65536,
  FINALFUNC = cocreation.krippendorff_alpha_final,
  COMBINEFUNC = cocreation.agreement_units_combine,
  SERIALFUNC = cocreation.agreement_units_serialize,
  DESERIALFUNC = cocreation.agreement_units_deserialize,
  PARALLEL = SAFE
);
COMMENT ON AGGREGATE cocreation.krippendorff_alpha(anyelement, pg_catalog.float8) IS
  'Krippendorff''s alpha, nominal metric, over one row per (unit, coder) value; NULL when undefined';
COMMENT ON AGGREGATE cocreation.krippendorff_alpha(anyelement, pg_catalog.float8, pg_catalog.text) IS
  'Krippendorff''s alpha with metric nominal, ordinal, interval or ratio; NULL when undefined';
COMMENT ON AGGREGATE cocreation.krippendorff_alpha(anyelement, cocreation.level) IS
  'Krippendorff''s alpha of level codings, ordinal metric on the ranks 0 to 3; NULL when undefined';
COMMENT ON AGGREGATE cocreation.krippendorff_alpha(anyelement, cocreation.level, pg_catalog.text) IS
  'Krippendorff''s alpha of level codings (ranks 0 to 3) with a metric; NULL when undefined';

CREATE AGGREGATE cocreation.fleiss_kappa(unit anyelement, value anycompatible) (
  SFUNC = cocreation.agreement_units_sfunc, STYPE = pg_catalog.internal, SSPACE = 65536,
  FINALFUNC = cocreation.fleiss_kappa_final,
  COMBINEFUNC = cocreation.agreement_units_combine,
  SERIALFUNC = cocreation.agreement_units_serialize,
  DESERIALFUNC = cocreation.agreement_units_deserialize,
  PARALLEL = SAFE
);
COMMENT ON AGGREGATE cocreation.fleiss_kappa(anyelement, anycompatible) IS
  'Fleiss'' kappa over one row per (unit, rater) value, the same number of ratings per unit; NULL when undefined';

CREATE AGGREGATE cocreation.percent_agreement_units(unit anyelement, value anycompatible) (
  SFUNC = cocreation.agreement_units_sfunc, STYPE = pg_catalog.internal, SSPACE = 65536,
  FINALFUNC = cocreation.percent_agreement_units_final,
  COMBINEFUNC = cocreation.agreement_units_combine,
  SERIALFUNC = cocreation.agreement_units_serialize,
  DESERIALFUNC = cocreation.agreement_units_deserialize,
  PARALLEL = SAFE
);
COMMENT ON AGGREGATE cocreation.percent_agreement_units(anyelement, anycompatible) IS
  'share (0 to 1) of agreeing pairs of ratings within units with two or more ratings; NULL when none';

-- paired ratings: Cohen's kappa, weighted kappa, percent agreement
CREATE FUNCTION cocreation.agreement_pairs_sfunc(pg_catalog.internal, anyelement, anyelement)
  RETURNS pg_catalog.internal
  AS 'MODULE_PATHNAME', 'agreement_pairs_sfunc' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION cocreation.weighted_kappa_sfunc(pg_catalog.internal, pg_catalog.float8, pg_catalog.float8)
  RETURNS pg_catalog.internal
  AS 'MODULE_PATHNAME', 'weighted_kappa_float8_sfunc' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION cocreation.weighted_kappa_sfunc(pg_catalog.internal, pg_catalog.float8, pg_catalog.float8, pg_catalog.text)
  RETURNS pg_catalog.internal
  AS 'MODULE_PATHNAME', 'weighted_kappa_float8_sfunc' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION cocreation.weighted_kappa_sfunc(pg_catalog.internal, cocreation.level, cocreation.level)
  RETURNS pg_catalog.internal
  AS 'MODULE_PATHNAME', 'weighted_kappa_level_sfunc' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION cocreation.weighted_kappa_sfunc(pg_catalog.internal, cocreation.level, cocreation.level, pg_catalog.text)
  RETURNS pg_catalog.internal
  AS 'MODULE_PATHNAME', 'weighted_kappa_level_sfunc' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION cocreation.agreement_pairs_combine(pg_catalog.internal, pg_catalog.internal)
  RETURNS pg_catalog.internal
  AS 'MODULE_PATHNAME', 'agreement_pairs_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION cocreation.agreement_pairs_serialize(pg_catalog.internal) RETURNS pg_catalog.bytea
  AS 'MODULE_PATHNAME', 'agreement_pairs_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cocreation.agreement_pairs_deserialize(pg_catalog.bytea, pg_catalog.internal)
  RETURNS pg_catalog.internal
  AS 'MODULE_PATHNAME', 'agreement_pairs_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION cocreation.cohen_kappa_final(pg_catalog.internal) RETURNS pg_catalog.float8
  AS 'MODULE_PATHNAME', 'cohen_kappa_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION cocreation.weighted_kappa_final(pg_catalog.internal) RETURNS pg_catalog.float8
  AS 'MODULE_PATHNAME', 'weighted_kappa_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION cocreation.percent_agreement_final(pg_catalog.internal) RETURNS pg_catalog.float8
  AS 'MODULE_PATHNAME', 'percent_agreement_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION cocreation.agreement_pairs_sfunc(pg_catalog.internal, anyelement, anyelement) IS
  'transition function of cohen_kappa and percent_agreement: marginal counts and agreeing pairs';
COMMENT ON FUNCTION cocreation.weighted_kappa_sfunc(pg_catalog.internal, pg_catalog.float8, pg_catalog.float8) IS
  'transition function of weighted_kappa(float8, float8): linear weights';
COMMENT ON FUNCTION cocreation.weighted_kappa_sfunc(pg_catalog.internal, pg_catalog.float8, pg_catalog.float8, pg_catalog.text) IS
  'transition function of weighted_kappa(float8, float8, weights)';
COMMENT ON FUNCTION cocreation.weighted_kappa_sfunc(pg_catalog.internal, cocreation.level, cocreation.level) IS
  'transition function of weighted_kappa(level, level): linear weights on the ranks 0 to 3';
COMMENT ON FUNCTION cocreation.weighted_kappa_sfunc(pg_catalog.internal, cocreation.level, cocreation.level, pg_catalog.text) IS
  'transition function of weighted_kappa(level, level, weights) on the ranks 0 to 3';
COMMENT ON FUNCTION cocreation.agreement_pairs_combine(pg_catalog.internal, pg_catalog.internal) IS
  'combine function of the agreement aggregates over paired ratings';
COMMENT ON FUNCTION cocreation.agreement_pairs_serialize(pg_catalog.internal) IS
  'serial function of the agreement aggregates over paired ratings';
COMMENT ON FUNCTION cocreation.agreement_pairs_deserialize(pg_catalog.bytea, pg_catalog.internal) IS
  'deserial function of the agreement aggregates over paired ratings';
COMMENT ON FUNCTION cocreation.cohen_kappa_final(pg_catalog.internal) IS
  'final function of cohen_kappa: (p_o - p_e)/(1 - p_e)';
COMMENT ON FUNCTION cocreation.weighted_kappa_final(pg_catalog.internal) IS
  'final function of weighted_kappa: 1 - observed/chance weighted disagreement';
COMMENT ON FUNCTION cocreation.percent_agreement_final(pg_catalog.internal) IS
  'final function of percent_agreement: share of pairs with equal ratings';

CREATE AGGREGATE cocreation.cohen_kappa(a anyelement, b anyelement) (
  SFUNC = cocreation.agreement_pairs_sfunc, STYPE = pg_catalog.internal, SSPACE = 1024,
  FINALFUNC = cocreation.cohen_kappa_final,
  COMBINEFUNC = cocreation.agreement_pairs_combine,
  SERIALFUNC = cocreation.agreement_pairs_serialize,
  DESERIALFUNC = cocreation.agreement_pairs_deserialize,
  PARALLEL = SAFE
);
COMMENT ON AGGREGATE cocreation.cohen_kappa(anyelement, anyelement) IS
  'Cohen''s kappa of two raters over paired ratings (a, b); NULL when undefined';

CREATE AGGREGATE cocreation.percent_agreement(a anyelement, b anyelement) (
  SFUNC = cocreation.agreement_pairs_sfunc, STYPE = pg_catalog.internal, SSPACE = 1024,
  FINALFUNC = cocreation.percent_agreement_final,
  COMBINEFUNC = cocreation.agreement_pairs_combine,
  SERIALFUNC = cocreation.agreement_pairs_serialize,
  DESERIALFUNC = cocreation.agreement_pairs_deserialize,
  PARALLEL = SAFE
);
COMMENT ON AGGREGATE cocreation.percent_agreement(anyelement, anyelement) IS
  'share (0 to 1) of paired ratings (a, b) with a = b; NULL when there are no pairs';

CREATE AGGREGATE cocreation.weighted_kappa(a pg_catalog.float8, b pg_catalog.float8) (
  SFUNC = cocreation.weighted_kappa_sfunc, STYPE = pg_catalog.internal, SSPACE = 1024,
  FINALFUNC = cocreation.weighted_kappa_final,
  COMBINEFUNC = cocreation.agreement_pairs_combine,
  SERIALFUNC = cocreation.agreement_pairs_serialize,
  DESERIALFUNC = cocreation.agreement_pairs_deserialize,
  PARALLEL = SAFE
);
CREATE AGGREGATE cocreation.weighted_kappa(a pg_catalog.float8, b pg_catalog.float8, weights pg_catalog.text) (
  SFUNC = cocreation.weighted_kappa_sfunc, STYPE = pg_catalog.internal, SSPACE = 1024,
  FINALFUNC = cocreation.weighted_kappa_final,
  COMBINEFUNC = cocreation.agreement_pairs_combine,
  SERIALFUNC = cocreation.agreement_pairs_serialize,
  DESERIALFUNC = cocreation.agreement_pairs_deserialize,
  PARALLEL = SAFE
);
CREATE AGGREGATE cocreation.weighted_kappa(a cocreation.level, b cocreation.level) (
  SFUNC = cocreation.weighted_kappa_sfunc, STYPE = pg_catalog.internal, SSPACE = 1024,
  FINALFUNC = cocreation.weighted_kappa_final,
  COMBINEFUNC = cocreation.agreement_pairs_combine,
  SERIALFUNC = cocreation.agreement_pairs_serialize,
  DESERIALFUNC = cocreation.agreement_pairs_deserialize,
  PARALLEL = SAFE
);
CREATE AGGREGATE cocreation.weighted_kappa(a cocreation.level, b cocreation.level, weights pg_catalog.text) (
  SFUNC = cocreation.weighted_kappa_sfunc, STYPE = pg_catalog.internal, SSPACE = 1024,
  FINALFUNC = cocreation.weighted_kappa_final,
  COMBINEFUNC = cocreation.agreement_pairs_combine,
  SERIALFUNC = cocreation.agreement_pairs_serialize,
  DESERIALFUNC = cocreation.agreement_pairs_deserialize,
  PARALLEL = SAFE
);
COMMENT ON AGGREGATE cocreation.weighted_kappa(pg_catalog.float8, pg_catalog.float8) IS
  'Cohen''s weighted kappa of numeric ratings, linear weights |a - b|; NULL when undefined';
COMMENT ON AGGREGATE cocreation.weighted_kappa(pg_catalog.float8, pg_catalog.float8, pg_catalog.text) IS
  'Cohen''s weighted kappa of numeric ratings, weights linear |a - b| or quadratic (a - b)^2; NULL when undefined';
COMMENT ON AGGREGATE cocreation.weighted_kappa(cocreation.level, cocreation.level) IS
  'Cohen''s weighted kappa of level codings on the ranks 0 to 3, linear weights; NULL when undefined';
COMMENT ON AGGREGATE cocreation.weighted_kappa(cocreation.level, cocreation.level, pg_catalog.text) IS
  'Cohen''s weighted kappa of level codings on the ranks 0 to 3, linear or quadratic weights; NULL when undefined';



------------------------------------------------------------------------------
-- Section 6: study workspaces and the sample study (issue 5)
------------------------------------------------------------------------------

