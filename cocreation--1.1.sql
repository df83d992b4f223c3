/* the install script of the cocreation extension, assembled by the Makefile
 * from the SQL parts in src/ (one per concept); do not edit the assembled
 * cocreation--<version>.sql (and no slash-star inside: PostgreSQL nests them) */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION cocreation" to load this file. \quit

/*
 * Conventions, for every section below:
 * - the extension installs into the schema CREATE EXTENSION chooses (by
 *   default the first on the search_path, normally public); every object is
 *   qualified (@extschema@., pg_catalog.), so that the script means the same
 *   under any search_path;
 * - @extschema@ appears only as an identifier, never inside a quoted string
 *   or a dollar-quoted body (CVE-2023-39417): SQL functions that name the
 *   extension's objects have SQL-standard bodies (BEGIN ATOMIC), bound to
 *   those objects when the extension is created; PL/pgSQL functions that
 *   build SQL read the extension's schema from pg_extension;
 * - every call the extension makes binds exactly: arguments of the declared
 *   types (typed literals, never an untyped one that a text overload planted
 *   in the same schema would capture);
 * - SQL-language functions carry SET search_path = pg_catalog, pg_temp;
 * - volatility, strictness and parallel labels are stated on every function
 *   and checked by the pgTAP tests in test/;
 * - every object gets a COMMENT that cites the paper where a rule comes from.
 * The paper: Bentzen, Sorensen & Torfing, "Strengthening public service
 * production, administrative problem solving, and political leadership
 * through co-creation of innovative public value outcomes?"
 */


-- While this script runs, unqualified names mean pg_catalog's only: the
-- bodies of SQL-standard functions are bound here, once, and an operator or
-- function the installing database owner put in the target schema beforehand
-- (say *(integer, numeric), an exact match where pg_catalog's needs a
-- coercion) must not be what they bind to (doc/planted-functions.md).  SET
-- LOCAL ends with the script; the caller's search_path is untouched.
SET LOCAL search_path = pg_catalog, pg_temp;

------------------------------------------------------------------------------
-- the level type (src/level.sql)
------------------------------------------------------------------------------

CREATE TYPE @extschema@.level;

CREATE FUNCTION @extschema@.level_in(pg_catalog.cstring) RETURNS @extschema@.level
  AS 'MODULE_PATHNAME', 'level_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.level_out(@extschema@.level) RETURNS pg_catalog.cstring
  AS 'MODULE_PATHNAME', 'level_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.level_recv(pg_catalog.internal) RETURNS @extschema@.level
  AS 'MODULE_PATHNAME', 'level_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.level_send(@extschema@.level) RETURNS pg_catalog.bytea
  AS 'MODULE_PATHNAME', 'level_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.level (
  INPUT = @extschema@.level_in,
  OUTPUT = @extschema@.level_out,
  RECEIVE = @extschema@.level_recv,
  SEND = @extschema@.level_send,
  INTERNALLENGTH = 1,
  PASSEDBYVALUE,
  ALIGNMENT = char,
  STORAGE = plain,
  CATEGORY = 'U'
);
COMMENT ON TYPE @extschema@.level IS
  'level of co-creation: none < service_production < problem_solving < policymaking (paper: Theoretical Framework)';
COMMENT ON FUNCTION @extschema@.level_in(pg_catalog.cstring) IS 'text input of type level';
COMMENT ON FUNCTION @extschema@.level_out(@extschema@.level) IS 'text output of type level';
COMMENT ON FUNCTION @extschema@.level_recv(pg_catalog.internal) IS 'binary input of type level';
COMMENT ON FUNCTION @extschema@.level_send(@extschema@.level) IS 'binary output of type level';

-- casts to and from integer: the level's rank, 0 (none) to 3 (policymaking)
CREATE FUNCTION @extschema@.level_to_int4(@extschema@.level) RETURNS pg_catalog.int4
  AS 'MODULE_PATHNAME', 'level_to_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.int4_to_level(pg_catalog.int4) RETURNS @extschema@.level
  AS 'MODULE_PATHNAME', 'int4_to_level' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.level_to_int4(@extschema@.level) IS 'rank of a level, 0 (none) to 3 (policymaking)';
COMMENT ON FUNCTION @extschema@.int4_to_level(pg_catalog.int4) IS 'level of a rank 0 to 3; other numbers are an error';
CREATE CAST (@extschema@.level AS pg_catalog.int4)
  WITH FUNCTION @extschema@.level_to_int4(@extschema@.level);
CREATE CAST (pg_catalog.int4 AS @extschema@.level)
  WITH FUNCTION @extschema@.int4_to_level(pg_catalog.int4);
-- text: through the type's own I/O, so casts accept exactly what input does
CREATE CAST (@extschema@.level AS pg_catalog.text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.text AS @extschema@.level) WITH INOUT;

-- comparison, in the paper's order of levels
CREATE FUNCTION @extschema@.level_eq(@extschema@.level, @extschema@.level) RETURNS pg_catalog.bool
  AS 'MODULE_PATHNAME', 'level_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.level_ne(@extschema@.level, @extschema@.level) RETURNS pg_catalog.bool
  AS 'MODULE_PATHNAME', 'level_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.level_lt(@extschema@.level, @extschema@.level) RETURNS pg_catalog.bool
  AS 'MODULE_PATHNAME', 'level_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.level_le(@extschema@.level, @extschema@.level) RETURNS pg_catalog.bool
  AS 'MODULE_PATHNAME', 'level_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.level_gt(@extschema@.level, @extschema@.level) RETURNS pg_catalog.bool
  AS 'MODULE_PATHNAME', 'level_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.level_ge(@extschema@.level, @extschema@.level) RETURNS pg_catalog.bool
  AS 'MODULE_PATHNAME', 'level_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.level_cmp(@extschema@.level, @extschema@.level) RETURNS pg_catalog.int4
  AS 'MODULE_PATHNAME', 'level_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.level_hash(@extschema@.level) RETURNS pg_catalog.int4
  AS 'MODULE_PATHNAME', 'level_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.level_hash_extended(@extschema@.level, pg_catalog.int8) RETURNS pg_catalog.int8
  AS 'MODULE_PATHNAME', 'level_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.level_eq(@extschema@.level, @extschema@.level) IS 'implementation of = for levels';
COMMENT ON FUNCTION @extschema@.level_ne(@extschema@.level, @extschema@.level) IS 'implementation of <> for levels';
COMMENT ON FUNCTION @extschema@.level_lt(@extschema@.level, @extschema@.level) IS 'implementation of < for levels';
COMMENT ON FUNCTION @extschema@.level_le(@extschema@.level, @extschema@.level) IS 'implementation of <= for levels';
COMMENT ON FUNCTION @extschema@.level_gt(@extschema@.level, @extschema@.level) IS 'implementation of > for levels';
COMMENT ON FUNCTION @extschema@.level_ge(@extschema@.level, @extschema@.level) IS 'implementation of >= for levels';
COMMENT ON FUNCTION @extschema@.level_cmp(@extschema@.level, @extschema@.level) IS 'btree comparison of levels';
COMMENT ON FUNCTION @extschema@.level_hash(@extschema@.level) IS 'hash of a level';
COMMENT ON FUNCTION @extschema@.level_hash_extended(@extschema@.level, pg_catalog.int8) IS 'seeded hash of a level';

CREATE OPERATOR @extschema@.= (
  LEFTARG = @extschema@.level, RIGHTARG = @extschema@.level,
  FUNCTION = @extschema@.level_eq,
  COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
  RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel, HASHES, MERGES
);
CREATE OPERATOR @extschema@.<> (
  LEFTARG = @extschema@.level, RIGHTARG = @extschema@.level,
  FUNCTION = @extschema@.level_ne,
  COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
  RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.< (
  LEFTARG = @extschema@.level, RIGHTARG = @extschema@.level,
  FUNCTION = @extschema@.level_lt,
  COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
  RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
  LEFTARG = @extschema@.level, RIGHTARG = @extschema@.level,
  FUNCTION = @extschema@.level_le,
  COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
  RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
  LEFTARG = @extschema@.level, RIGHTARG = @extschema@.level,
  FUNCTION = @extschema@.level_gt,
  COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
  RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
  LEFTARG = @extschema@.level, RIGHTARG = @extschema@.level,
  FUNCTION = @extschema@.level_ge,
  COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
  RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.level, @extschema@.level) IS 'equal';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.level, @extschema@.level) IS 'not equal';
COMMENT ON OPERATOR @extschema@.< (@extschema@.level, @extschema@.level) IS 'lower level';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.level, @extschema@.level) IS 'lower or same level';
COMMENT ON OPERATOR @extschema@.> (@extschema@.level, @extschema@.level) IS 'higher level';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.level, @extschema@.level) IS 'higher or same level';

CREATE OPERATOR CLASS @extschema@.level_ops
  DEFAULT FOR TYPE @extschema@.level USING btree AS
    OPERATOR 1 @extschema@.< ,
    OPERATOR 2 @extschema@.<= ,
    OPERATOR 3 @extschema@.= ,
    OPERATOR 4 @extschema@.>= ,
    OPERATOR 5 @extschema@.> ,
    FUNCTION 1 @extschema@.level_cmp(@extschema@.level, @extschema@.level);
CREATE OPERATOR CLASS @extschema@.level_hash_ops
  DEFAULT FOR TYPE @extschema@.level USING hash AS
    OPERATOR 1 @extschema@.= ,
    FUNCTION 1 @extschema@.level_hash(@extschema@.level),
    FUNCTION 2 @extschema@.level_hash_extended(@extschema@.level, pg_catalog.int8);

-- min() and max() over levels: "how far did this municipality get?"
CREATE FUNCTION @extschema@.level_larger(@extschema@.level, @extschema@.level) RETURNS @extschema@.level
  AS 'MODULE_PATHNAME', 'level_larger' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.level_smaller(@extschema@.level, @extschema@.level) RETURNS @extschema@.level
  AS 'MODULE_PATHNAME', 'level_smaller' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.level_larger(@extschema@.level, @extschema@.level) IS 'the higher of two levels';
COMMENT ON FUNCTION @extschema@.level_smaller(@extschema@.level, @extschema@.level) IS 'the lower of two levels';
CREATE AGGREGATE @extschema@.max(@extschema@.level) (
  SFUNC = @extschema@.level_larger, STYPE = @extschema@.level,
  COMBINEFUNC = @extschema@.level_larger,
  SORTOP = OPERATOR(@extschema@.>), PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.min(@extschema@.level) (
  SFUNC = @extschema@.level_smaller, STYPE = @extschema@.level,
  COMBINEFUNC = @extschema@.level_smaller,
  SORTOP = OPERATOR(@extschema@.<), PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.max(@extschema@.level) IS 'highest level among the rows';
COMMENT ON AGGREGATE @extschema@.min(@extschema@.level) IS 'lowest level among the rows';

------------------------------------------------------------------------------
-- classification: classify() and its explain and strict forms (src/classify.sql)
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.classify(actors pg_catalog.text[], object pg_catalog.text,
                                    decision pg_catalog.text DEFAULT 'joint')
  RETURNS @extschema@.level
  AS 'MODULE_PATHNAME', 'cocreation_classify' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.classify(pg_catalog.text[], pg_catalog.text, pg_catalog.text) IS
  'level of a co-creation activity from its actors, object and decision mode (paper: Theoretical Framework; rules in the README)';

CREATE FUNCTION @extschema@.classify_explain(actors pg_catalog.text[], object pg_catalog.text,
    decision pg_catalog.text DEFAULT 'joint',
    OUT level @extschema@.level, OUT participation pg_catalog.text,
    OUT reason pg_catalog.text, OUT rule pg_catalog.int4, OUT choice pg_catalog.text)
  RETURNS record
  AS 'MODULE_PATHNAME', 'cocreation_classify_explain' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.classify_explain(pg_catalog.text[], pg_catalog.text, pg_catalog.text) IS
  'classify() with the participation mode on the IAP2 spectrum, the reason, the number of the rule that decided, and the tool''s choice the verdict rests on (NULL if none) with the paper''s words against it';

-- the strict mode: joint decisions only; advisory and delegated are not
-- co-creation (the paper's criterion "power sharing and joint decision-making")
CREATE FUNCTION @extschema@.classify_strict(actors pg_catalog.text[], object pg_catalog.text,
                                           decision pg_catalog.text DEFAULT 'joint')
  RETURNS @extschema@.level
  AS 'MODULE_PATHNAME', 'cocreation_classify_strict' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.classify_strict(pg_catalog.text[], pg_catalog.text, pg_catalog.text) IS
  'classify() in the strict mode: only joint decisions are co-creation, advisory and delegated are not (paper: "power sharing and joint decision-making")';

CREATE FUNCTION @extschema@.classify_strict_explain(actors pg_catalog.text[], object pg_catalog.text,
    decision pg_catalog.text DEFAULT 'joint',
    OUT level @extschema@.level, OUT participation pg_catalog.text,
    OUT reason pg_catalog.text, OUT rule pg_catalog.int4, OUT choice pg_catalog.text)
  RETURNS record
  AS 'MODULE_PATHNAME', 'cocreation_classify_strict_explain' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.classify_strict_explain(pg_catalog.text[], pg_catalog.text, pg_catalog.text) IS
  'classify_explain() in the strict mode (joint decisions only)';

------------------------------------------------------------------------------
-- evidence tallies (src/tally.sql)
------------------------------------------------------------------------------

-- the evidence: per co-creation level, the count of activities, the sum of
-- their weights and the largest weight; and the count of activities
-- classified none (paper: Cross-case comparison, Table 3)
CREATE TYPE @extschema@.tally;

CREATE FUNCTION @extschema@.tally_in(pg_catalog.cstring) RETURNS @extschema@.tally
  AS 'MODULE_PATHNAME', 'tally_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.tally_out(@extschema@.tally) RETURNS pg_catalog.cstring
  AS 'MODULE_PATHNAME', 'tally_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.tally_recv(pg_catalog.internal) RETURNS @extschema@.tally
  AS 'MODULE_PATHNAME', 'tally_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.tally_send(@extschema@.tally) RETURNS pg_catalog.bytea
  AS 'MODULE_PATHNAME', 'tally_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.tally (
  INPUT = @extschema@.tally_in,
  OUTPUT = @extschema@.tally_out,
  RECEIVE = @extschema@.tally_recv,
  SEND = @extschema@.tally_send,
  INTERNALLENGTH = 88,
  ALIGNMENT = double,
  STORAGE = plain,
  CATEGORY = 'U'
);
COMMENT ON TYPE @extschema@.tally IS
  'evidence of co-creation: per level the count of activities, sum and largest of their weights; and the count classified none (paper: Cross-case comparison)';
COMMENT ON FUNCTION @extschema@.tally_in(pg_catalog.cstring) IS 'text input of type tally';
COMMENT ON FUNCTION @extschema@.tally_out(@extschema@.tally) IS 'text output of type tally';
COMMENT ON FUNCTION @extschema@.tally_recv(pg_catalog.internal) IS 'binary input of type tally';
COMMENT ON FUNCTION @extschema@.tally_send(@extschema@.tally) IS 'binary output of type tally';

CREATE FUNCTION @extschema@.tally_eq(@extschema@.tally, @extschema@.tally) RETURNS pg_catalog.bool
  AS 'MODULE_PATHNAME', 'tally_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.tally_ne(@extschema@.tally, @extschema@.tally) RETURNS pg_catalog.bool
  AS 'MODULE_PATHNAME', 'tally_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.tally_add(@extschema@.tally, @extschema@.tally) RETURNS @extschema@.tally
  AS 'MODULE_PATHNAME', 'tally_add' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.tally_eq(@extschema@.tally, @extschema@.tally) IS 'implementation of = for tallies';
COMMENT ON FUNCTION @extschema@.tally_ne(@extschema@.tally, @extschema@.tally) IS 'implementation of <> for tallies';
COMMENT ON FUNCTION @extschema@.tally_add(@extschema@.tally, @extschema@.tally) IS
  'implementation of + for tallies: the evidence of both (counts and sums add, the largest weight is the larger)';

CREATE OPERATOR @extschema@.= (
  LEFTARG = @extschema@.tally, RIGHTARG = @extschema@.tally,
  FUNCTION = @extschema@.tally_eq,
  COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
  RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel
);
CREATE OPERATOR @extschema@.<> (
  LEFTARG = @extschema@.tally, RIGHTARG = @extschema@.tally,
  FUNCTION = @extschema@.tally_ne,
  COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
  RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.+ (
  LEFTARG = @extschema@.tally, RIGHTARG = @extschema@.tally,
  FUNCTION = @extschema@.tally_add,
  COMMUTATOR = OPERATOR(@extschema@.+)
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.tally, @extschema@.tally) IS 'equal';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.tally, @extschema@.tally) IS 'not equal';
COMMENT ON OPERATOR @extschema@.+ (@extschema@.tally, @extschema@.tally) IS 'the evidence of both tallies';

CREATE FUNCTION @extschema@.tally_to_jsonb(@extschema@.tally) RETURNS pg_catalog.jsonb
  AS 'MODULE_PATHNAME', 'tally_to_jsonb' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.tally_to_jsonb(@extschema@.tally) IS
  'a tally as a JSON object with one key per level';
CREATE CAST (@extschema@.tally AS pg_catalog.jsonb)
  WITH FUNCTION @extschema@.tally_to_jsonb(@extschema@.tally);
CREATE CAST (@extschema@.tally AS pg_catalog.text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.text AS @extschema@.tally) WITH INOUT;

-- tally_agg(level): its state is the tally itself, updated in place
CREATE FUNCTION @extschema@.tally_sfunc(@extschema@.tally, @extschema@.level)
  RETURNS @extschema@.tally
  AS 'MODULE_PATHNAME', 'tally_sfunc_unweighted' LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
CREATE FUNCTION @extschema@.tally_merge(@extschema@.tally, @extschema@.tally)
  RETURNS @extschema@.tally
  AS 'MODULE_PATHNAME', 'tally_merge' LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.tally_sfunc(@extschema@.tally, @extschema@.level) IS
  'transition function of tally_agg(level): every activity weighs 1';
COMMENT ON FUNCTION @extschema@.tally_merge(@extschema@.tally, @extschema@.tally) IS
  'combine function of tally_agg(level); NULL is no evidence';

-- aggregates take no DEFAULT arguments: tally_agg(level) is the weight-1
-- form; tally_agg(level, weight) and tally_agg(tally), which sum weights
-- exactly, are in src/exact_aggregates.sql
CREATE AGGREGATE @extschema@.tally_agg(level @extschema@.level) (
  SFUNC = @extschema@.tally_sfunc, STYPE = @extschema@.tally,
  COMBINEFUNC = @extschema@.tally_merge, PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.tally_agg(@extschema@.level) IS
  'the evidence of the rows, every activity weighing 1; NULL levels skipped, no rows give NULL';

------------------------------------------------------------------------------
-- calibrated profiles (src/profile.sql)
------------------------------------------------------------------------------

-- the scores: 0 to 3 crosses in half steps per level, as in Table 3
CREATE TYPE @extschema@.profile;

CREATE FUNCTION @extschema@.profile_in(pg_catalog.cstring) RETURNS @extschema@.profile
  AS 'MODULE_PATHNAME', 'profile_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.profile_out(@extschema@.profile) RETURNS pg_catalog.cstring
  AS 'MODULE_PATHNAME', 'profile_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.profile_recv(pg_catalog.internal) RETURNS @extschema@.profile
  AS 'MODULE_PATHNAME', 'profile_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.profile_send(@extschema@.profile) RETURNS pg_catalog.bytea
  AS 'MODULE_PATHNAME', 'profile_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.profile (
  INPUT = @extschema@.profile_in,
  OUTPUT = @extschema@.profile_out,
  RECEIVE = @extschema@.profile_recv,
  SEND = @extschema@.profile_send,
  INTERNALLENGTH = 4,
  PASSEDBYVALUE,
  ALIGNMENT = int4,
  STORAGE = plain,
  CATEGORY = 'U'
);
COMMENT ON TYPE @extschema@.profile IS
  'co-creation profile: 0 to 3 crosses in half steps for service production, problem solving and policymaking (paper: Cross-case comparison, Table 3)';
COMMENT ON FUNCTION @extschema@.profile_in(pg_catalog.cstring) IS
  'text input of type profile: (1, 3, 0) or the paper''s notation x | xxx | -';
COMMENT ON FUNCTION @extschema@.profile_out(@extschema@.profile) IS 'text output of type profile';
COMMENT ON FUNCTION @extschema@.profile_recv(pg_catalog.internal) IS 'binary input of type profile';
COMMENT ON FUNCTION @extschema@.profile_send(@extschema@.profile) IS 'binary output of type profile';

CREATE FUNCTION @extschema@.profile_eq(@extschema@.profile, @extschema@.profile) RETURNS pg_catalog.bool
  AS 'MODULE_PATHNAME', 'profile_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.profile_ne(@extschema@.profile, @extschema@.profile) RETURNS pg_catalog.bool
  AS 'MODULE_PATHNAME', 'profile_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.profile_hash(@extschema@.profile) RETURNS pg_catalog.int4
  AS 'MODULE_PATHNAME', 'profile_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.profile_hash_extended(@extschema@.profile, pg_catalog.int8) RETURNS pg_catalog.int8
  AS 'MODULE_PATHNAME', 'profile_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.profile_distance(@extschema@.profile, @extschema@.profile) RETURNS pg_catalog.float8
  AS 'MODULE_PATHNAME', 'profile_distance' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.profile_eq(@extschema@.profile, @extschema@.profile) IS 'implementation of = for profiles';
COMMENT ON FUNCTION @extschema@.profile_ne(@extschema@.profile, @extschema@.profile) IS 'implementation of <> for profiles';
COMMENT ON FUNCTION @extschema@.profile_hash(@extschema@.profile) IS 'hash of a profile';
COMMENT ON FUNCTION @extschema@.profile_hash_extended(@extschema@.profile, pg_catalog.int8) IS 'seeded hash of a profile';
COMMENT ON FUNCTION @extschema@.profile_distance(@extschema@.profile, @extschema@.profile) IS
  'implementation of <-> for profiles: Euclidean distance between the score vectors, in crosses';

CREATE OPERATOR @extschema@.= (
  LEFTARG = @extschema@.profile, RIGHTARG = @extschema@.profile,
  FUNCTION = @extschema@.profile_eq,
  COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
  RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel, HASHES
);
CREATE OPERATOR @extschema@.<> (
  LEFTARG = @extschema@.profile, RIGHTARG = @extschema@.profile,
  FUNCTION = @extschema@.profile_ne,
  COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
  RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.<-> (
  LEFTARG = @extschema@.profile, RIGHTARG = @extschema@.profile,
  FUNCTION = @extschema@.profile_distance,
  COMMUTATOR = OPERATOR(@extschema@.<->)
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.profile, @extschema@.profile) IS 'equal';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.profile, @extschema@.profile) IS 'not equal';
COMMENT ON OPERATOR @extschema@.<-> (@extschema@.profile, @extschema@.profile) IS
  'Euclidean distance between the score vectors, for nearest-case queries';

-- GROUP BY profile, DISTINCT, hash joins
CREATE OPERATOR CLASS @extschema@.profile_hash_ops
  DEFAULT FOR TYPE @extschema@.profile USING hash AS
    OPERATOR 1 @extschema@.= ,
    FUNCTION 1 @extschema@.profile_hash(@extschema@.profile),
    FUNCTION 2 @extschema@.profile_hash_extended(@extschema@.profile, pg_catalog.int8);

CREATE FUNCTION @extschema@.profile_to_jsonb(@extschema@.profile) RETURNS pg_catalog.jsonb
  AS 'MODULE_PATHNAME', 'profile_to_jsonb' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.profile_to_jsonb(@extschema@.profile) IS
  'a profile as a JSON object with one score per level';
CREATE CAST (@extschema@.profile AS pg_catalog.jsonb)
  WITH FUNCTION @extschema@.profile_to_jsonb(@extschema@.profile);
CREATE CAST (@extschema@.profile AS pg_catalog.text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.text AS @extschema@.profile) WITH INOUT;

-- calibration: evidence to crosses.  The extension has no default
-- thresholds: the paper gives no rule from evidence to crosses, so the
-- analyst chooses them (doc/calibration.md), for a workspace in its
-- calibration table
-- two signatures rather than a DEFAULT for the method: a call that leaves
-- an argument to its DEFAULT is ambiguous next to a shorter overload
-- (doc/planted-functions.md), and profile(t, thresholds) is the usual call
CREATE FUNCTION @extschema@.profile(t @extschema@.tally,
                                   thresholds pg_catalog.float8[],
                                   method pg_catalog.text)
  RETURNS @extschema@.profile
  AS 'MODULE_PATHNAME', 'profile_calibrate' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.profile(@extschema@.tally, pg_catalog.float8[], pg_catalog.text) IS
  'calibrates a tally: the sum (method sum) or the largest (max) of weights per level, piecewise linear through the thresholds for 1, 2 and 3 crosses, rounded down to half a cross';
CREATE FUNCTION @extschema@.profile(t @extschema@.tally,
                                   thresholds pg_catalog.float8[])
  RETURNS @extschema@.profile
  AS 'MODULE_PATHNAME', 'profile_calibrate' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.profile(@extschema@.tally, pg_catalog.float8[]) IS
  'calibrates a tally with method sum: the sum of weights per level, piecewise linear through the thresholds for 1, 2 and 3 crosses, rounded down to half a cross';

-- reading a profile
CREATE FUNCTION @extschema@.score(p @extschema@.profile, level @extschema@.level) RETURNS pg_catalog.numeric
  AS 'MODULE_PATHNAME', 'profile_score' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.notation(p @extschema@.profile) RETURNS pg_catalog.text
  AS 'MODULE_PATHNAME', 'profile_notation' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.reach(p @extschema@.profile) RETURNS @extschema@.level
  AS 'MODULE_PATHNAME', 'profile_reach' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.goes_all_the_way(p @extschema@.profile,
                                            min_score pg_catalog.numeric DEFAULT 3)
  RETURNS pg_catalog.bool
  AS 'MODULE_PATHNAME', 'profile_goes_all_the_way' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.political_gap(p @extschema@.profile) RETURNS pg_catalog.numeric
  AS 'MODULE_PATHNAME', 'profile_political_gap' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score(@extschema@.profile, @extschema@.level) IS
  'the score of a level, 0 to 3 in steps of 0.5; NULL for level none, which has no score';
COMMENT ON FUNCTION @extschema@.notation(@extschema@.profile) IS
  'a profile in the paper''s notation (Table 3): x | xxx | -, with x(x) for 1.5';
COMMENT ON FUNCTION @extschema@.reach(@extschema@.profile) IS
  'the highest level scoring at least one cross, none if no level does';
COMMENT ON FUNCTION @extschema@.goes_all_the_way(@extschema@.profile, pg_catalog.numeric) IS
  'every level scores at least min_score, by default 3, the top of the scale: "all three forms of co-creation should be exploited in full" (paper: Theoretical Framework); on Table 3 no case does ("co-creation still plays a marginal role at the level of policymaking", Conclusion)';
COMMENT ON FUNCTION @extschema@.political_gap(@extschema@.profile) IS
  'the larger administrative score minus the policymaking score; positive where political co-creation lags (paper: Cross-case comparison)';

------------------------------------------------------------------------------
-- driver and barrier balances (src/balance.sql)
------------------------------------------------------------------------------

-- The paper explains each case by drivers and barriers that "may pertain to
-- discursive, cultural, institutional and practical matters", and separates
-- barriers to taking co-created policymaking up from "problems found in the
-- implementation process" (paper: Drivers of and barriers to the development
-- of an interactive political leadership).  A balance tallies coded factors
-- by polarity x dimension x stage; the catalogue lists the paper's factors.

CREATE TYPE @extschema@.balance;

CREATE FUNCTION @extschema@.balance_in(pg_catalog.cstring) RETURNS @extschema@.balance
  AS 'MODULE_PATHNAME', 'balance_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.balance_out(@extschema@.balance) RETURNS pg_catalog.cstring
  AS 'MODULE_PATHNAME', 'balance_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.balance_recv(pg_catalog.internal) RETURNS @extschema@.balance
  AS 'MODULE_PATHNAME', 'balance_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.balance_send(@extschema@.balance) RETURNS pg_catalog.bytea
  AS 'MODULE_PATHNAME', 'balance_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- an 8-byte format header, then 2 polarities x 5 dimensions x 2 stages, each an int8 count and a float8 sum
CREATE TYPE @extschema@.balance (
  INPUT = @extschema@.balance_in,
  OUTPUT = @extschema@.balance_out,
  RECEIVE = @extschema@.balance_recv,
  SEND = @extschema@.balance_send,
  INTERNALLENGTH = 328,
  ALIGNMENT = double,
  STORAGE = plain,
  CATEGORY = 'U'
);
COMMENT ON TYPE @extschema@.balance IS
  'tally of coded drivers and barriers: count and strength sum per polarity, dimension (discursive, cultural, institutional, practical, contextual) and stage (adoption, implementation) (paper: Drivers of and barriers to the development of an interactive political leadership)';
COMMENT ON FUNCTION @extschema@.balance_in(pg_catalog.cstring) IS 'text input of type balance: {polarity.dimension.stage=count:strength_sum, ...}';
COMMENT ON FUNCTION @extschema@.balance_out(@extschema@.balance) IS 'text output of type balance: the non-empty cells, strength sums exact';
COMMENT ON FUNCTION @extschema@.balance_recv(pg_catalog.internal) IS 'binary input of type balance, checked like text input';
COMMENT ON FUNCTION @extschema@.balance_send(@extschema@.balance) IS 'binary output of type balance';

CREATE FUNCTION @extschema@.balance_eq(@extschema@.balance, @extschema@.balance) RETURNS pg_catalog.bool
  AS 'MODULE_PATHNAME', 'balance_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.balance_ne(@extschema@.balance, @extschema@.balance) RETURNS pg_catalog.bool
  AS 'MODULE_PATHNAME', 'balance_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.balance_add(@extschema@.balance, @extschema@.balance) RETURNS @extschema@.balance
  AS 'MODULE_PATHNAME', 'balance_add' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.balance_eq(@extschema@.balance, @extschema@.balance) IS 'implementation of = for balances: every count and strength sum equal';
COMMENT ON FUNCTION @extschema@.balance_ne(@extschema@.balance, @extschema@.balance) IS 'implementation of <> for balances';
COMMENT ON FUNCTION @extschema@.balance_add(@extschema@.balance, @extschema@.balance) IS 'implementation of + for balances: cell-by-cell sum';

CREATE OPERATOR @extschema@.= (
  LEFTARG = @extschema@.balance, RIGHTARG = @extschema@.balance,
  FUNCTION = @extschema@.balance_eq,
  COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
  RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel
);
CREATE OPERATOR @extschema@.<> (
  LEFTARG = @extschema@.balance, RIGHTARG = @extschema@.balance,
  FUNCTION = @extschema@.balance_ne,
  COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
  RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.+ (
  LEFTARG = @extschema@.balance, RIGHTARG = @extschema@.balance,
  FUNCTION = @extschema@.balance_add,
  COMMUTATOR = OPERATOR(@extschema@.+)
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.balance, @extschema@.balance) IS 'equal balances';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.balance, @extschema@.balance) IS 'different balances';
COMMENT ON OPERATOR @extschema@.+ (@extschema@.balance, @extschema@.balance) IS 'sum of two balances, cell by cell';

-- casts: text through the type's I/O; jsonb nests every cell
CREATE FUNCTION @extschema@.balance_to_jsonb(@extschema@.balance) RETURNS pg_catalog.jsonb
  AS 'MODULE_PATHNAME', 'balance_to_jsonb' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.balance_to_jsonb(@extschema@.balance) IS
  'every cell of a balance as jsonb: {polarity: {dimension: {stage: {count, strength}}}}';
CREATE CAST (@extschema@.balance AS pg_catalog.jsonb)
  WITH FUNCTION @extschema@.balance_to_jsonb(@extschema@.balance);
CREATE CAST (@extschema@.balance AS pg_catalog.text) WITH INOUT;
CREATE CAST (pg_catalog.text AS @extschema@.balance) WITH INOUT;

-- aggregates: one coded factor per row, or balances to add up
CREATE FUNCTION @extschema@.balance_sfunc(@extschema@.balance, pg_catalog.text, pg_catalog.text)
  RETURNS @extschema@.balance
  AS 'MODULE_PATHNAME', 'balance_sfunc' LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
CREATE FUNCTION @extschema@.balance_combine(@extschema@.balance, @extschema@.balance)
  RETURNS @extschema@.balance
  AS 'MODULE_PATHNAME', 'balance_combine' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.balance_sfunc(@extschema@.balance, pg_catalog.text, pg_catalog.text) IS
  'transition of balance_agg(polarity, dimension): strength 1, stage adoption';
COMMENT ON FUNCTION @extschema@.balance_combine(@extschema@.balance, @extschema@.balance) IS
  'combine function of balance_agg(polarity, dimension)';

-- CREATE AGGREGATE takes no DEFAULTs: one aggregate per arity instead; the
-- forms with a strength, which sum strengths exactly, and balance_agg(balance)
-- are in src/exact_aggregates.sql
CREATE AGGREGATE @extschema@.balance_agg(polarity pg_catalog.text, dimension pg_catalog.text) (
  SFUNC = @extschema@.balance_sfunc, STYPE = @extschema@.balance, INITCOND = '{}',
  COMBINEFUNC = @extschema@.balance_combine, PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.balance_agg(pg_catalog.text, pg_catalog.text) IS
  'balance of coded factors (polarity, dimension), each of strength 1 at the adoption stage';

------------------------------------------------------------------------------
-- one cell of a balance in one byte (src/factor_kind.sql)
------------------------------------------------------------------------------

-- A coded factor's polarity, dimension and stage in one byte, written as a
-- balance names its cells (barrier.practical.implementation): the compact
-- column for the codings of a large study, which balance_agg(kind,
-- strength) reads faster than three words.
CREATE TYPE @extschema@.factor_kind;

CREATE FUNCTION @extschema@.factor_kind_in(pg_catalog.cstring) RETURNS @extschema@.factor_kind
  AS 'MODULE_PATHNAME', 'factor_kind_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.factor_kind_out(@extschema@.factor_kind) RETURNS pg_catalog.cstring
  AS 'MODULE_PATHNAME', 'factor_kind_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.factor_kind_recv(pg_catalog.internal) RETURNS @extschema@.factor_kind
  AS 'MODULE_PATHNAME', 'factor_kind_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.factor_kind_send(@extschema@.factor_kind) RETURNS pg_catalog.bytea
  AS 'MODULE_PATHNAME', 'factor_kind_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.factor_kind (
  INPUT = @extschema@.factor_kind_in,
  OUTPUT = @extschema@.factor_kind_out,
  RECEIVE = @extschema@.factor_kind_recv,
  SEND = @extschema@.factor_kind_send,
  INTERNALLENGTH = 1,
  PASSEDBYVALUE,
  ALIGNMENT = char,
  STORAGE = plain,
  CATEGORY = 'U'
);
COMMENT ON TYPE @extschema@.factor_kind IS
  'kind of a coded factor: polarity.dimension.stage, one cell of a balance (paper: Drivers of and barriers to the development of an interactive political leadership)';
COMMENT ON FUNCTION @extschema@.factor_kind_in(pg_catalog.cstring) IS 'text input of type factor_kind: polarity.dimension.stage';
COMMENT ON FUNCTION @extschema@.factor_kind_out(@extschema@.factor_kind) IS 'text output of type factor_kind';
COMMENT ON FUNCTION @extschema@.factor_kind_recv(pg_catalog.internal) IS 'binary input of type factor_kind, checked like text input';
COMMENT ON FUNCTION @extschema@.factor_kind_send(@extschema@.factor_kind) IS 'binary output of type factor_kind';
CREATE CAST (@extschema@.factor_kind AS pg_catalog.text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.text AS @extschema@.factor_kind) WITH INOUT;

CREATE FUNCTION @extschema@.factor_kind(polarity pg_catalog.text, dimension pg_catalog.text,
                                       stage pg_catalog.text DEFAULT 'adoption')
  RETURNS @extschema@.factor_kind
  AS 'MODULE_PATHNAME', 'factor_kind_make' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.polarity(kind @extschema@.factor_kind) RETURNS pg_catalog.text
  AS 'MODULE_PATHNAME', 'factor_kind_polarity' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.dimension(kind @extschema@.factor_kind) RETURNS pg_catalog.text
  AS 'MODULE_PATHNAME', 'factor_kind_dimension' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.stage(kind @extschema@.factor_kind) RETURNS pg_catalog.text
  AS 'MODULE_PATHNAME', 'factor_kind_stage' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.factor_kind(pg_catalog.text, pg_catalog.text, pg_catalog.text) IS
  'factor kind of three words (any case), stage adoption by default';
COMMENT ON FUNCTION @extschema@.polarity(@extschema@.factor_kind) IS 'polarity of a factor kind: driver or barrier';
COMMENT ON FUNCTION @extschema@.dimension(@extschema@.factor_kind) IS
  'dimension of a factor kind: discursive, cultural, institutional, practical or contextual';
COMMENT ON FUNCTION @extschema@.stage(@extschema@.factor_kind) IS 'stage of a factor kind: adoption or implementation';

-- comparison, in the order a balance lists its cells
CREATE FUNCTION @extschema@.factor_kind_eq(@extschema@.factor_kind, @extschema@.factor_kind) RETURNS pg_catalog.bool
  AS 'MODULE_PATHNAME', 'factor_kind_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.factor_kind_ne(@extschema@.factor_kind, @extschema@.factor_kind) RETURNS pg_catalog.bool
  AS 'MODULE_PATHNAME', 'factor_kind_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.factor_kind_lt(@extschema@.factor_kind, @extschema@.factor_kind) RETURNS pg_catalog.bool
  AS 'MODULE_PATHNAME', 'factor_kind_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.factor_kind_le(@extschema@.factor_kind, @extschema@.factor_kind) RETURNS pg_catalog.bool
  AS 'MODULE_PATHNAME', 'factor_kind_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.factor_kind_gt(@extschema@.factor_kind, @extschema@.factor_kind) RETURNS pg_catalog.bool
  AS 'MODULE_PATHNAME', 'factor_kind_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.factor_kind_ge(@extschema@.factor_kind, @extschema@.factor_kind) RETURNS pg_catalog.bool
  AS 'MODULE_PATHNAME', 'factor_kind_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.factor_kind_cmp(@extschema@.factor_kind, @extschema@.factor_kind) RETURNS pg_catalog.int4
  AS 'MODULE_PATHNAME', 'factor_kind_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.factor_kind_hash(@extschema@.factor_kind) RETURNS pg_catalog.int4
  AS 'MODULE_PATHNAME', 'factor_kind_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.factor_kind_hash_extended(@extschema@.factor_kind, pg_catalog.int8) RETURNS pg_catalog.int8
  AS 'MODULE_PATHNAME', 'factor_kind_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.factor_kind_eq(@extschema@.factor_kind, @extschema@.factor_kind) IS 'implementation of = for factor kinds';
COMMENT ON FUNCTION @extschema@.factor_kind_ne(@extschema@.factor_kind, @extschema@.factor_kind) IS 'implementation of <> for factor kinds';
COMMENT ON FUNCTION @extschema@.factor_kind_lt(@extschema@.factor_kind, @extschema@.factor_kind) IS 'implementation of < for factor kinds';
COMMENT ON FUNCTION @extschema@.factor_kind_le(@extschema@.factor_kind, @extschema@.factor_kind) IS 'implementation of <= for factor kinds';
COMMENT ON FUNCTION @extschema@.factor_kind_gt(@extschema@.factor_kind, @extschema@.factor_kind) IS 'implementation of > for factor kinds';
COMMENT ON FUNCTION @extschema@.factor_kind_ge(@extschema@.factor_kind, @extschema@.factor_kind) IS 'implementation of >= for factor kinds';
COMMENT ON FUNCTION @extschema@.factor_kind_cmp(@extschema@.factor_kind, @extschema@.factor_kind) IS 'btree comparison of factor kinds';
COMMENT ON FUNCTION @extschema@.factor_kind_hash(@extschema@.factor_kind) IS 'hash of a factor kind';
COMMENT ON FUNCTION @extschema@.factor_kind_hash_extended(@extschema@.factor_kind, pg_catalog.int8) IS 'seeded hash of a factor kind';

CREATE OPERATOR @extschema@.= (
  LEFTARG = @extschema@.factor_kind, RIGHTARG = @extschema@.factor_kind,
  FUNCTION = @extschema@.factor_kind_eq,
  COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
  RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel, HASHES, MERGES
);
CREATE OPERATOR @extschema@.<> (
  LEFTARG = @extschema@.factor_kind, RIGHTARG = @extschema@.factor_kind,
  FUNCTION = @extschema@.factor_kind_ne,
  COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
  RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.< (
  LEFTARG = @extschema@.factor_kind, RIGHTARG = @extschema@.factor_kind,
  FUNCTION = @extschema@.factor_kind_lt,
  COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
  RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
  LEFTARG = @extschema@.factor_kind, RIGHTARG = @extschema@.factor_kind,
  FUNCTION = @extschema@.factor_kind_le,
  COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
  RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
  LEFTARG = @extschema@.factor_kind, RIGHTARG = @extschema@.factor_kind,
  FUNCTION = @extschema@.factor_kind_gt,
  COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
  RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
  LEFTARG = @extschema@.factor_kind, RIGHTARG = @extschema@.factor_kind,
  FUNCTION = @extschema@.factor_kind_ge,
  COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
  RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.factor_kind, @extschema@.factor_kind) IS 'equal';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.factor_kind, @extschema@.factor_kind) IS 'not equal';
COMMENT ON OPERATOR @extschema@.< (@extschema@.factor_kind, @extschema@.factor_kind) IS 'before, in the order of a balance''s cells';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.factor_kind, @extschema@.factor_kind) IS 'before or equal';
COMMENT ON OPERATOR @extschema@.> (@extschema@.factor_kind, @extschema@.factor_kind) IS 'after, in the order of a balance''s cells';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.factor_kind, @extschema@.factor_kind) IS 'after or equal';

CREATE OPERATOR CLASS @extschema@.factor_kind_ops
  DEFAULT FOR TYPE @extschema@.factor_kind USING btree AS
    OPERATOR 1 @extschema@.< ,
    OPERATOR 2 @extschema@.<= ,
    OPERATOR 3 @extschema@.= ,
    OPERATOR 4 @extschema@.>= ,
    OPERATOR 5 @extschema@.> ,
    FUNCTION 1 @extschema@.factor_kind_cmp(@extschema@.factor_kind, @extschema@.factor_kind);
CREATE OPERATOR CLASS @extschema@.factor_kind_hash_ops
  DEFAULT FOR TYPE @extschema@.factor_kind USING hash AS
    OPERATOR 1 @extschema@.= ,
    FUNCTION 1 @extschema@.factor_kind_hash(@extschema@.factor_kind),
    FUNCTION 2 @extschema@.factor_kind_hash_extended(@extschema@.factor_kind, pg_catalog.int8);

-- balance_agg(kind, strength), which sums strengths exactly, is in
-- src/exact_aggregates.sql

-- reading a balance: strength sums and indices; 'all' means every dimension or stage
CREATE FUNCTION @extschema@.drivers(b @extschema@.balance, dimension pg_catalog.text DEFAULT 'all')
  RETURNS pg_catalog.float8
  AS 'MODULE_PATHNAME', 'balance_drivers' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.barriers(b @extschema@.balance, dimension pg_catalog.text DEFAULT 'all',
                                    stage pg_catalog.text DEFAULT 'all')
  RETURNS pg_catalog.float8
  AS 'MODULE_PATHNAME', 'balance_barriers' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.net_index(b @extschema@.balance, dimension pg_catalog.text DEFAULT 'all')
  RETURNS pg_catalog.float8
  AS 'MODULE_PATHNAME', 'balance_net_index' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.implementation_share(b @extschema@.balance)
  RETURNS pg_catalog.float8
  AS 'MODULE_PATHNAME', 'balance_implementation_share' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.drivers(@extschema@.balance, pg_catalog.text) IS
  'strength sum of drivers in one dimension or all, over both stages';
COMMENT ON FUNCTION @extschema@.barriers(@extschema@.balance, pg_catalog.text, pg_catalog.text) IS
  'strength sum of barriers in one dimension or all, at one stage or both';
COMMENT ON FUNCTION @extschema@.net_index(@extschema@.balance, pg_catalog.text) IS
  '(drivers - adoption barriers) / (drivers + adoption barriers), -1 to 1, NULL when both are zero (paper: Drivers of and barriers to the development of an interactive political leadership, Hedensted)';
COMMENT ON FUNCTION @extschema@.implementation_share(@extschema@.balance) IS
  'share of barrier strength that is implementation problems, NULL without barriers (paper: Hedensted''s barriers are "problems found in the implementation process")';

CREATE FUNCTION @extschema@.dimensions(b @extschema@.balance,
    OUT dimension pg_catalog.text, OUT drivers pg_catalog.float8,
    OUT adoption_barriers pg_catalog.float8, OUT implementation_problems pg_catalog.float8,
    OUT net_index pg_catalog.float8)
  RETURNS SETOF record
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
    SELECT d.name, @extschema@.drivers(b, d.name),
           @extschema@.barriers(b, d.name, 'adoption'::pg_catalog.text),
           @extschema@.barriers(b, d.name, 'implementation'::pg_catalog.text),
           @extschema@.net_index(b, d.name)
    FROM pg_catalog.unnest(ARRAY['discursive', 'cultural', 'institutional', 'practical',
                                 'contextual']::pg_catalog.text[]) WITH ORDINALITY AS d(name, ord)
    ORDER BY d.ord;
END;
COMMENT ON FUNCTION @extschema@.dimensions(@extschema@.balance) IS
  'one row per dimension: drivers, adoption barriers, implementation problems and net index, as plain columns';

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

------------------------------------------------------------------------------
-- the tally and balance aggregates with exact states (src/exact_aggregates.sql)
------------------------------------------------------------------------------

-- tally_agg and balance_agg with weights or strengths, and their roll-ups,
-- with the exact states of src/exact_state.sql (doc/scaling.md); the
-- update from 1.0 replaces them in src/upgrade/1.0--1.1-exact.sql

CREATE AGGREGATE @extschema@.tally_agg(level @extschema@.level, weight pg_catalog.float8) (
  SFUNC = @extschema@.tally_partial_sfunc, STYPE = @extschema@.tally_partial,
  FINALFUNC = @extschema@.tally_partial_final,
  COMBINEFUNC = @extschema@.tally_partial_merge, PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.tally_agg(@extschema@.tally) (
  SFUNC = @extschema@.tally_partial_sfunc, STYPE = @extschema@.tally_partial,
  FINALFUNC = @extschema@.tally_partial_final,
  COMBINEFUNC = @extschema@.tally_partial_merge, PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.balance_agg(polarity pg_catalog.text, dimension pg_catalog.text,
                                                   strength pg_catalog.float8) (
  SFUNC = @extschema@.balance_partial_sfunc, STYPE = @extschema@.balance_partial, INITCOND = '{}',
  FINALFUNC = @extschema@.balance_partial_final,
  COMBINEFUNC = @extschema@.balance_partial_combine, PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.balance_agg(polarity pg_catalog.text, dimension pg_catalog.text,
                                                   strength pg_catalog.float8, stage pg_catalog.text) (
  SFUNC = @extschema@.balance_partial_sfunc, STYPE = @extschema@.balance_partial, INITCOND = '{}',
  FINALFUNC = @extschema@.balance_partial_final,
  COMBINEFUNC = @extschema@.balance_partial_combine, PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.balance_agg(kind @extschema@.factor_kind, strength pg_catalog.float8) (
  SFUNC = @extschema@.balance_partial_sfunc, STYPE = @extschema@.balance_partial, INITCOND = '{}',
  FINALFUNC = @extschema@.balance_partial_final,
  COMBINEFUNC = @extschema@.balance_partial_combine, PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.balance_agg(@extschema@.balance) (
  SFUNC = @extschema@.balance_partial_sfunc, STYPE = @extschema@.balance_partial, INITCOND = '{}',
  FINALFUNC = @extschema@.balance_partial_final,
  COMBINEFUNC = @extschema@.balance_partial_combine, PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.tally_agg(@extschema@.level, pg_catalog.float8) IS
  'the evidence of the rows: NULL levels skipped, a NULL weight is an error (22004), no rows give NULL';
COMMENT ON AGGREGATE @extschema@.tally_agg(@extschema@.tally) IS
  'the merged evidence of tallies, for roll-ups; NULL tallies skipped, no rows give NULL';
COMMENT ON AGGREGATE @extschema@.balance_agg(pg_catalog.text, pg_catalog.text, pg_catalog.float8) IS
  'balance of coded factors (polarity, dimension, strength) at the adoption stage';
COMMENT ON AGGREGATE @extschema@.balance_agg(pg_catalog.text, pg_catalog.text, pg_catalog.float8, pg_catalog.text) IS
  'balance of coded factors (polarity, dimension, strength, stage) (paper: Drivers of and barriers to the development of an interactive political leadership)';
COMMENT ON AGGREGATE @extschema@.balance_agg(@extschema@.balance) IS
  'sum of balances, e.g. of several studies or coders';
COMMENT ON AGGREGATE @extschema@.balance_agg(@extschema@.factor_kind, pg_catalog.float8) IS
  'balance of coded factors stored as factor kinds, with their strengths';

------------------------------------------------------------------------------
-- the vocabulary (src/vocabulary.sql)
------------------------------------------------------------------------------

-- The vocabulary: every word list of the extension, from the C code that
-- reads the words (one list each).  Field actor, object, decision (what
-- classify() reads), scope (ordinal = the weight of cocreation_scope_weight),
-- polarity, dimension, stage (ordinal 1, 2, ... in the order of a balance's
-- cells), level (ordinal = the level's code, 0 to 3) and level_alias (the
-- other spellings level input accepts; meaning = the level it stands for).
CREATE FUNCTION @extschema@.cocreation_vocabulary()
  RETURNS TABLE (field pg_catalog.text, word pg_catalog.text, ordinal pg_catalog.int4,
                 meaning pg_catalog.text)
  AS 'MODULE_PATHNAME', 'cocreation_vocabulary' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
  ROWS 60;
COMMENT ON FUNCTION @extschema@.cocreation_vocabulary() IS
  'every word the extension reads, by field (actor, object, decision, scope, polarity, dimension, stage, level, level_alias), in list order, with its ordinal and meaning; error hints and workspace CHECKs come from these lists';

CREATE FUNCTION @extschema@.cocreation_words(field pg_catalog.text) RETURNS pg_catalog.text[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
  SELECT pg_catalog.array_agg(v.word ORDER BY v.n)
  FROM @extschema@.cocreation_vocabulary() WITH ORDINALITY AS v(field, word, ordinal, meaning, n)
  WHERE v.field OPERATOR(pg_catalog.=) cocreation_words.field;
END;
COMMENT ON FUNCTION @extschema@.cocreation_words(pg_catalog.text) IS
  'the words of one field of cocreation_vocabulary(), in list order (NULL for an unknown field)';

------------------------------------------------------------------------------
-- the factor catalogue (src/factor_catalogue.sql)
------------------------------------------------------------------------------

-- The factor catalogue: the paper's factors for its three cases, and the
-- organisational and citizen-side factors of Voorberg, Bekkers & Tummers
-- (2015).  Read-only reference data, installed by CREATE EXTENSION: a
-- study's own factor codes live in its workspace (factor_codes, a copy of
-- these rows made when the workspace is created).
CREATE TABLE @extschema@.cocreation_factor_catalogue (
  code pg_catalog.text PRIMARY KEY
    CONSTRAINT factor_code_is_identifier CHECK (code OPERATOR(pg_catalog.~) '^[a-z][a-z0-9_]*$'),
  label pg_catalog.text NOT NULL,
  polarity pg_catalog.text NOT NULL
    CONSTRAINT factor_polarity_word CHECK (polarity OPERATOR(pg_catalog.=) ANY (@extschema@.cocreation_words('polarity'::pg_catalog.text))),
  dimension pg_catalog.text NOT NULL
    CONSTRAINT factor_dimension_word CHECK (dimension OPERATOR(pg_catalog.=) ANY (@extschema@.cocreation_words('dimension'::pg_catalog.text))),
  usual_stage pg_catalog.text NOT NULL DEFAULT 'adoption'
    CONSTRAINT factor_stage_word CHECK (usual_stage OPERATOR(pg_catalog.=) ANY (@extschema@.cocreation_words('stage'::pg_catalog.text))),
  case_name pg_catalog.text,
  description pg_catalog.text NOT NULL,
  source pg_catalog.text NOT NULL,
  dimension_source pg_catalog.text NOT NULL DEFAULT 'tool'
    CONSTRAINT factor_dimension_source_word CHECK (dimension_source OPERATOR(pg_catalog.=) ANY (ARRAY['paper', 'tool']))
);
COMMENT ON TABLE @extschema@.cocreation_factor_catalogue IS
  'drivers and barriers of co-created policymaking: the paper''s factors per case and Voorberg, Bekkers & Tummers (2015); read-only reference data, copied into each workspace''s factor_codes';
COMMENT ON COLUMN @extschema@.cocreation_factor_catalogue.code IS 'stable identifier: lower case, digits and _, e.g. hed_leadership_direction';
COMMENT ON COLUMN @extschema@.cocreation_factor_catalogue.polarity IS 'driver or barrier';
COMMENT ON COLUMN @extschema@.cocreation_factor_catalogue.dimension IS 'discursive, cultural, institutional, practical or contextual';
COMMENT ON COLUMN @extschema@.cocreation_factor_catalogue.usual_stage IS 'adoption, or implementation for problems met while implementing co-created policymaking';
COMMENT ON COLUMN @extschema@.cocreation_factor_catalogue.case_name IS 'the paper''s case the factor was found in (Steinkjer, Guldborgsund, Hedensted, or Norway for the Norway-wide conditions); NULL otherwise';
COMMENT ON COLUMN @extschema@.cocreation_factor_catalogue.source IS 'the paper''s section, or the literature with its reference';
COMMENT ON COLUMN @extschema@.cocreation_factor_catalogue.dimension_source IS 'paper: the paper itself names the factor''s dimension; tool: the dimension is this tool''s reading';

-- The paper's factors, per case, in the paper's order.  Dimensions follow
-- the paper's four (role perceptions: discursive; political culture:
-- cultural; institutional support structures: institutional; practical
-- organisational procedures: practical, "Theoretical Framework"); the crisis
-- fits none and is contextual.
INSERT INTO @extschema@.cocreation_factor_catalogue
  (code, label, polarity, dimension, usual_stage, case_name, description, source, dimension_source)
SELECT f.code, f.label, f.polarity, f.dimension, f.usual_stage, f.case_name, f.description,
       CASE f.case_name
         WHEN 'Norway' THEN 'Bentzen, Sorensen & Torfing: "Methodological reflections"; "Conclusion" (barriers specific to Norway, added to those of Steinkjer)'
         ELSE 'Bentzen, Sorensen & Torfing: "Drivers of and barriers to the development of an interactive political leadership", ' || f.case_name
       END,
       -- the factors whose dimension the paper names: "The fifth driver is
       -- institutional", and the three drivers it calls the "political
       -- culture", its name for the cultural dimension (Theoretical
       -- Framework); the sample's factors give each one's words
       CASE WHEN f.code OPERATOR(pg_catalog.=) ANY (ARRAY['gul_public_value_steering',
                 'ste_collaborative_culture_trust', 'gul_trust_broad_agreements',
                 'hed_collaborative_culture_trust']) THEN 'paper' ELSE 'tool' END
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
INSERT INTO @extschema@.cocreation_factor_catalogue
  (code, label, polarity, dimension, usual_stage, case_name, description, source, dimension_source)
SELECT f.code, f.label, f.polarity, f.dimension, 'adoption', NULL, f.description,
       'literature: Voorberg, W. H., V. J. Bekkers & L. G. Tummers. 2015. A systematic review of co-creation and co-production: Embarking on the social innovation journey. Public Management Review, 17(9): 1333-57 (cited in the paper''s "Theoretical Framework")',
       'tool'
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

-- reference data: CREATE EXTENSION installs it, and pg_dump leaves it to
-- CREATE EXTENSION; a row added here would be lost by a dump, so nobody
-- adds one (a study's own codes go in its workspace's factor_codes)
CREATE FUNCTION @extschema@.cocreation_catalogue_is_read_only() RETURNS trigger
  LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
  SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  RAISE EXCEPTION 'cocreation_factor_catalogue is read-only reference data'
    USING ERRCODE = '0A000',
          HINT = 'Add your own factor codes to your workspace''s factor_codes table.';
END
$fn$;
COMMENT ON FUNCTION @extschema@.cocreation_catalogue_is_read_only() IS
  'trigger: refuses every change to cocreation_factor_catalogue (reference data, not dumped); a study''s own codes go in its workspace''s factor_codes';
CREATE TRIGGER read_only BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON @extschema@.cocreation_factor_catalogue
  FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.cocreation_catalogue_is_read_only();

------------------------------------------------------------------------------
-- intercoder agreement (src/agreement.sql)
------------------------------------------------------------------------------

/*
 * Agreement aggregates: C, over an internal state that grows with distinct
 * units, values and (unit, value) cells, never with rows (README:
 * "Intercoder agreement").  Those whose state holds keys of any type are
 * PARALLEL RESTRICTED, without combine functions: computed in the leader,
 * fed by a parallel scan, since their state can pass the 1 GB a worker can
 * hand to the leader (doc/aggregates.md); percent_agreement keeps two
 * counts only, and weighted_kappa float8 ratings with two counts each and
 * an exact weight sum, and are split across workers.
 * The reliability of codings behind the paper's cross-case comparison
 * (paper: Methodological reflections).
 */

-- ratings grouped by unit: Krippendorff's alpha, Fleiss' kappa, agreement within units
CREATE FUNCTION @extschema@.krippendorff_alpha_sfunc(pg_catalog.internal, anyelement, pg_catalog.float8)
  RETURNS pg_catalog.internal
  AS 'MODULE_PATHNAME', 'krippendorff_alpha_float8_sfunc' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.krippendorff_alpha_sfunc(pg_catalog.internal, anyelement, pg_catalog.float8, pg_catalog.text)
  RETURNS pg_catalog.internal
  AS 'MODULE_PATHNAME', 'krippendorff_alpha_float8_sfunc' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.krippendorff_alpha_sfunc(pg_catalog.internal, anyelement, @extschema@.level)
  RETURNS pg_catalog.internal
  AS 'MODULE_PATHNAME', 'krippendorff_alpha_level_sfunc' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.krippendorff_alpha_sfunc(pg_catalog.internal, anyelement, @extschema@.level, pg_catalog.text)
  RETURNS pg_catalog.internal
  AS 'MODULE_PATHNAME', 'krippendorff_alpha_level_sfunc' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.agreement_units_sfunc(pg_catalog.internal, anyelement, anycompatible)
  RETURNS pg_catalog.internal
  AS 'MODULE_PATHNAME', 'agreement_units_sfunc' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.krippendorff_alpha_final(pg_catalog.internal) RETURNS pg_catalog.float8
  AS 'MODULE_PATHNAME', 'krippendorff_alpha_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.fleiss_kappa_final(pg_catalog.internal) RETURNS pg_catalog.float8
  AS 'MODULE_PATHNAME', 'fleiss_kappa_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.percent_agreement_units_final(pg_catalog.internal) RETURNS pg_catalog.float8
  AS 'MODULE_PATHNAME', 'percent_agreement_units_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.krippendorff_alpha_sfunc(pg_catalog.internal, anyelement, pg_catalog.float8) IS
  'transition function of krippendorff_alpha(unit, float8 value): nominal metric';
COMMENT ON FUNCTION @extschema@.krippendorff_alpha_sfunc(pg_catalog.internal, anyelement, pg_catalog.float8, pg_catalog.text) IS
  'transition function of krippendorff_alpha(unit, float8 value, metric)';
COMMENT ON FUNCTION @extschema@.krippendorff_alpha_sfunc(pg_catalog.internal, anyelement, @extschema@.level) IS
  'transition function of krippendorff_alpha(unit, level value): ordinal metric on the ranks 0 to 3';
COMMENT ON FUNCTION @extschema@.krippendorff_alpha_sfunc(pg_catalog.internal, anyelement, @extschema@.level, pg_catalog.text) IS
  'transition function of krippendorff_alpha(unit, level value, metric) on the ranks 0 to 3';
COMMENT ON FUNCTION @extschema@.agreement_units_sfunc(pg_catalog.internal, anyelement, anycompatible) IS
  'transition function of fleiss_kappa and percent_agreement_units: counts of each value per unit';
COMMENT ON FUNCTION @extschema@.krippendorff_alpha_final(pg_catalog.internal) IS
  'final function of krippendorff_alpha: 1 - D_o/D_e over the pairable values';
COMMENT ON FUNCTION @extschema@.fleiss_kappa_final(pg_catalog.internal) IS
  'final function of fleiss_kappa: (P - P_e)/(1 - P_e)';
COMMENT ON FUNCTION @extschema@.percent_agreement_units_final(pg_catalog.internal) IS
  'final function of percent_agreement_units: share of agreeing pairs of ratings within units';

CREATE AGGREGATE @extschema@.krippendorff_alpha(unit anyelement, value pg_catalog.float8) (
  SFUNC = @extschema@.krippendorff_alpha_sfunc, STYPE = pg_catalog.internal, SSPACE = 65536,
  FINALFUNC = @extschema@.krippendorff_alpha_final,
  PARALLEL = RESTRICTED
);
CREATE AGGREGATE @extschema@.krippendorff_alpha(unit anyelement, value pg_catalog.float8, metric pg_catalog.text) (
  SFUNC = @extschema@.krippendorff_alpha_sfunc, STYPE = pg_catalog.internal, SSPACE = 65536,
  FINALFUNC = @extschema@.krippendorff_alpha_final,
  PARALLEL = RESTRICTED
);
-- the same with text units, declared concretely: a concrete overload planted
-- in the extension's schema would win over the polymorphic one for text units,
-- which the extension's own calibration_fit() and the main job use; with this
-- declaration such a plant cannot be created (doc/planted-functions.md)
CREATE AGGREGATE @extschema@.krippendorff_alpha(unit pg_catalog.text, value pg_catalog.float8, metric pg_catalog.text) (
  SFUNC = @extschema@.krippendorff_alpha_sfunc, STYPE = pg_catalog.internal, SSPACE = 65536,
  FINALFUNC = @extschema@.krippendorff_alpha_final,
  PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.krippendorff_alpha(pg_catalog.text, pg_catalog.float8, pg_catalog.text) IS
  'Krippendorff''s alpha of numeric ratings with text units: the polymorphic form, declared for text so that it binds exactly';
CREATE AGGREGATE @extschema@.krippendorff_alpha(unit anyelement, value @extschema@.level) (
  SFUNC = @extschema@.krippendorff_alpha_sfunc, STYPE = pg_catalog.internal, SSPACE = 65536,
  FINALFUNC = @extschema@.krippendorff_alpha_final,
  PARALLEL = RESTRICTED
);
CREATE AGGREGATE @extschema@.krippendorff_alpha(unit anyelement, value @extschema@.level, metric pg_catalog.text) (
  SFUNC = @extschema@.krippendorff_alpha_sfunc, STYPE = pg_catalog.internal, SSPACE = 65536,
  FINALFUNC = @extschema@.krippendorff_alpha_final,
  PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.krippendorff_alpha(anyelement, pg_catalog.float8) IS
  'Krippendorff''s alpha, nominal metric, over one row per (unit, coder) value; NULL when undefined';
COMMENT ON AGGREGATE @extschema@.krippendorff_alpha(anyelement, pg_catalog.float8, pg_catalog.text) IS
  'Krippendorff''s alpha with metric nominal, ordinal, interval or ratio; NULL when undefined';
COMMENT ON AGGREGATE @extschema@.krippendorff_alpha(anyelement, @extschema@.level) IS
  'Krippendorff''s alpha of level codings, ordinal metric on the ranks 0 to 3; NULL when undefined';
COMMENT ON AGGREGATE @extschema@.krippendorff_alpha(anyelement, @extschema@.level, pg_catalog.text) IS
  'Krippendorff''s alpha of level codings (ranks 0 to 3) with a metric; NULL when undefined';

CREATE AGGREGATE @extschema@.fleiss_kappa(unit anyelement, value anycompatible) (
  SFUNC = @extschema@.agreement_units_sfunc, STYPE = pg_catalog.internal, SSPACE = 65536,
  FINALFUNC = @extschema@.fleiss_kappa_final,
  PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.fleiss_kappa(anyelement, anycompatible) IS
  'Fleiss'' kappa over one row per (unit, rater) value, the same number of ratings per unit; NULL when undefined';

CREATE AGGREGATE @extschema@.percent_agreement_units(unit anyelement, value anycompatible) (
  SFUNC = @extschema@.agreement_units_sfunc, STYPE = pg_catalog.internal, SSPACE = 65536,
  FINALFUNC = @extschema@.percent_agreement_units_final,
  PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.percent_agreement_units(anyelement, anycompatible) IS
  'share (0 to 1) of agreeing pairs of ratings within units with two or more ratings; NULL when none';

-- paired ratings: Cohen's kappa, weighted kappa, percent agreement
CREATE FUNCTION @extschema@.agreement_pairs_sfunc(pg_catalog.internal, anyelement, anyelement)
  RETURNS pg_catalog.internal
  AS 'MODULE_PATHNAME', 'agreement_pairs_sfunc' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.weighted_kappa_sfunc(pg_catalog.internal, pg_catalog.float8, pg_catalog.float8)
  RETURNS pg_catalog.internal
  AS 'MODULE_PATHNAME', 'weighted_kappa_float8_sfunc' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.weighted_kappa_sfunc(pg_catalog.internal, pg_catalog.float8, pg_catalog.float8, pg_catalog.text)
  RETURNS pg_catalog.internal
  AS 'MODULE_PATHNAME', 'weighted_kappa_float8_sfunc' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.weighted_kappa_sfunc(pg_catalog.internal, @extschema@.level, @extschema@.level)
  RETURNS pg_catalog.internal
  AS 'MODULE_PATHNAME', 'weighted_kappa_level_sfunc' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.weighted_kappa_sfunc(pg_catalog.internal, @extschema@.level, @extschema@.level, pg_catalog.text)
  RETURNS pg_catalog.internal
  AS 'MODULE_PATHNAME', 'weighted_kappa_level_sfunc' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.weighted_kappa_combine(pg_catalog.internal, pg_catalog.internal)
  RETURNS pg_catalog.internal
  AS 'MODULE_PATHNAME', 'weighted_kappa_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.weighted_kappa_serialize(pg_catalog.internal) RETURNS pg_catalog.bytea
  AS 'MODULE_PATHNAME', 'weighted_kappa_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.weighted_kappa_deserialize(pg_catalog.bytea, pg_catalog.internal)
  RETURNS pg_catalog.internal
  AS 'MODULE_PATHNAME', 'weighted_kappa_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.weighted_kappa_combine(pg_catalog.internal, pg_catalog.internal) IS
  'combine function of weighted_kappa: the values'' counts and the exact weight sums add';
COMMENT ON FUNCTION @extschema@.weighted_kappa_serialize(pg_catalog.internal) IS
  'serial function of weighted_kappa: weights, counts per rating, exact weight sum';
COMMENT ON FUNCTION @extschema@.weighted_kappa_deserialize(pg_catalog.bytea, pg_catalog.internal) IS
  'deserial function of weighted_kappa';
CREATE FUNCTION @extschema@.cohen_kappa_final(pg_catalog.internal) RETURNS pg_catalog.float8
  AS 'MODULE_PATHNAME', 'cohen_kappa_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.weighted_kappa_final(pg_catalog.internal) RETURNS pg_catalog.float8
  AS 'MODULE_PATHNAME', 'weighted_kappa_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.percent_agreement_final(pg_catalog.internal) RETURNS pg_catalog.float8
  AS 'MODULE_PATHNAME', 'percent_agreement_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.percent_agreement_sfunc(pg_catalog.internal, anyelement, anyelement)
  RETURNS pg_catalog.internal
  AS 'MODULE_PATHNAME', 'percent_agreement_sfunc' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.percent_agreement_combine(pg_catalog.internal, pg_catalog.internal)
  RETURNS pg_catalog.internal
  AS 'MODULE_PATHNAME', 'percent_agreement_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.percent_agreement_serialize(pg_catalog.internal) RETURNS pg_catalog.bytea
  AS 'MODULE_PATHNAME', 'percent_agreement_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.percent_agreement_deserialize(pg_catalog.bytea, pg_catalog.internal)
  RETURNS pg_catalog.internal
  AS 'MODULE_PATHNAME', 'percent_agreement_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.percent_agreement_sfunc(pg_catalog.internal, anyelement, anyelement) IS
  'transition function of percent_agreement: pairs and agreeing pairs, no per-value state';
COMMENT ON FUNCTION @extschema@.percent_agreement_combine(pg_catalog.internal, pg_catalog.internal) IS
  'combine function of percent_agreement';
COMMENT ON FUNCTION @extschema@.percent_agreement_serialize(pg_catalog.internal) IS
  'serial function of percent_agreement: its two counts';
COMMENT ON FUNCTION @extschema@.percent_agreement_deserialize(pg_catalog.bytea, pg_catalog.internal) IS
  'deserial function of percent_agreement';
COMMENT ON FUNCTION @extschema@.agreement_pairs_sfunc(pg_catalog.internal, anyelement, anyelement) IS
  'transition function of cohen_kappa: marginal counts and agreeing pairs';
COMMENT ON FUNCTION @extschema@.weighted_kappa_sfunc(pg_catalog.internal, pg_catalog.float8, pg_catalog.float8) IS
  'transition function of weighted_kappa(float8, float8): linear weights';
COMMENT ON FUNCTION @extschema@.weighted_kappa_sfunc(pg_catalog.internal, pg_catalog.float8, pg_catalog.float8, pg_catalog.text) IS
  'transition function of weighted_kappa(float8, float8, weights)';
COMMENT ON FUNCTION @extschema@.weighted_kappa_sfunc(pg_catalog.internal, @extschema@.level, @extschema@.level) IS
  'transition function of weighted_kappa(level, level): linear weights on the ranks 0 to 3';
COMMENT ON FUNCTION @extschema@.weighted_kappa_sfunc(pg_catalog.internal, @extschema@.level, @extschema@.level, pg_catalog.text) IS
  'transition function of weighted_kappa(level, level, weights) on the ranks 0 to 3';
COMMENT ON FUNCTION @extschema@.cohen_kappa_final(pg_catalog.internal) IS
  'final function of cohen_kappa: (p_o - p_e)/(1 - p_e)';
COMMENT ON FUNCTION @extschema@.weighted_kappa_final(pg_catalog.internal) IS
  'final function of weighted_kappa: 1 - observed/chance weighted disagreement';
COMMENT ON FUNCTION @extschema@.percent_agreement_final(pg_catalog.internal) IS
  'final function of percent_agreement: share of pairs with equal ratings';

CREATE AGGREGATE @extschema@.cohen_kappa(a anyelement, b anyelement) (
  SFUNC = @extschema@.agreement_pairs_sfunc, STYPE = pg_catalog.internal, SSPACE = 1024,
  FINALFUNC = @extschema@.cohen_kappa_final,
  PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.cohen_kappa(anyelement, anyelement) IS
  'Cohen''s kappa of two raters over paired ratings (a, b); NULL when undefined';

CREATE AGGREGATE @extschema@.percent_agreement(a anyelement, b anyelement) (
  SFUNC = @extschema@.percent_agreement_sfunc, STYPE = pg_catalog.internal, SSPACE = 64,
  FINALFUNC = @extschema@.percent_agreement_final,
  COMBINEFUNC = @extschema@.percent_agreement_combine,
  SERIALFUNC = @extschema@.percent_agreement_serialize,
  DESERIALFUNC = @extschema@.percent_agreement_deserialize,
  PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.percent_agreement(anyelement, anyelement) IS
  'share (0 to 1) of paired ratings (a, b) with a = b; NULL when there are no pairs';

-- weighted_kappa's state: the values' counts, each weight summed exactly
-- (src/kappa.c), so that partial states merge to the same bits in any
-- order; SSPACE is about the state's size until it passes 64 values
CREATE AGGREGATE @extschema@.weighted_kappa(a pg_catalog.float8, b pg_catalog.float8) (
  SFUNC = @extschema@.weighted_kappa_sfunc, STYPE = pg_catalog.internal, SSPACE = 4096,
  FINALFUNC = @extschema@.weighted_kappa_final,
  COMBINEFUNC = @extschema@.weighted_kappa_combine,
  SERIALFUNC = @extschema@.weighted_kappa_serialize,
  DESERIALFUNC = @extschema@.weighted_kappa_deserialize,
  PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.weighted_kappa(a pg_catalog.float8, b pg_catalog.float8, weights pg_catalog.text) (
  SFUNC = @extschema@.weighted_kappa_sfunc, STYPE = pg_catalog.internal, SSPACE = 4096,
  FINALFUNC = @extschema@.weighted_kappa_final,
  COMBINEFUNC = @extschema@.weighted_kappa_combine,
  SERIALFUNC = @extschema@.weighted_kappa_serialize,
  DESERIALFUNC = @extschema@.weighted_kappa_deserialize,
  PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.weighted_kappa(a @extschema@.level, b @extschema@.level) (
  SFUNC = @extschema@.weighted_kappa_sfunc, STYPE = pg_catalog.internal, SSPACE = 4096,
  FINALFUNC = @extschema@.weighted_kappa_final,
  COMBINEFUNC = @extschema@.weighted_kappa_combine,
  SERIALFUNC = @extschema@.weighted_kappa_serialize,
  DESERIALFUNC = @extschema@.weighted_kappa_deserialize,
  PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.weighted_kappa(a @extschema@.level, b @extschema@.level, weights pg_catalog.text) (
  SFUNC = @extschema@.weighted_kappa_sfunc, STYPE = pg_catalog.internal, SSPACE = 4096,
  FINALFUNC = @extschema@.weighted_kappa_final,
  COMBINEFUNC = @extschema@.weighted_kappa_combine,
  SERIALFUNC = @extschema@.weighted_kappa_serialize,
  DESERIALFUNC = @extschema@.weighted_kappa_deserialize,
  PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.weighted_kappa(pg_catalog.float8, pg_catalog.float8) IS
  'Cohen''s weighted kappa of numeric ratings, linear weights |a - b|; NULL when undefined';
COMMENT ON AGGREGATE @extschema@.weighted_kappa(pg_catalog.float8, pg_catalog.float8, pg_catalog.text) IS
  'Cohen''s weighted kappa of numeric ratings, weights linear |a - b| or quadratic (a - b)^2; NULL when undefined';
COMMENT ON AGGREGATE @extschema@.weighted_kappa(@extschema@.level, @extschema@.level) IS
  'Cohen''s weighted kappa of level codings on the ranks 0 to 3, linear weights; NULL when undefined';
COMMENT ON AGGREGATE @extschema@.weighted_kappa(@extschema@.level, @extschema@.level, pg_catalog.text) IS
  'Cohen''s weighted kappa of level codings on the ranks 0 to 3, linear or quadratic weights; NULL when undefined';

------------------------------------------------------------------------------
-- study workspaces (src/workspace.sql)
------------------------------------------------------------------------------

/*
 * A workspace is a schema of ordinary user tables, created at call time and
 * owned by the caller: none of it is a member of the extension.  What users
 * type is stored in plain types (text, text[], numeric, float8), checked by
 * CHECK constraints whose word lists are written into them, as literals,
 * from cocreation_vocabulary() when the workspace is created; the
 * extension's types and functions appear only in generated columns
 * (activities.level, activities.effective_weight) and in the views.  DROP
 * EXTENSION cocreation CASCADE therefore drops only those, never a value a
 * user entered, and cocreation_rebuild_workspace() puts them back after
 * CREATE EXTENSION.
 */

-- every role reads the catalogue (the extension is trusted: whoever created it
-- may not be able to grant this afterwards)
GRANT SELECT ON @extschema@.cocreation_factor_catalogue TO PUBLIC;

-- the sample study's coding rule for weights (README, "The sample study"),
-- over the vocabulary's scope list
CREATE FUNCTION @extschema@.cocreation_scope_weight(scope pg_catalog.text) RETURNS pg_catalog.float8
  AS 'MODULE_PATHNAME', 'cocreation_scope_weight' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cocreation_scope_weight(pg_catalog.text) IS
  'default weight of an activity by its scope: the scope''s ordinal in cocreation_vocabulary(), project 1, programme 2, institutionalised 3 (the sample study''s coding rule)';

/*
 * The words of a workspace: two functions in the workspace itself, with the
 * vocabulary written into them as a literal (so that they work, and the
 * workspace accepts rows, with the extension dropped):
 * - canonical_word(field, word): the canonical spelling of a word as the
 *   extension's functions read it (any case, white space around it, '-' or
 *   ' ' for '_'; plural endings for classify()'s words; the other spellings
 *   of a level), or NULL when it is not a word of the field;
 * - normalise_words(), a BEFORE INSERT OR UPDATE trigger on every table
 *   with words: it stores each word in its canonical spelling, so that
 *   GROUP BY, joins and the CHECKs see one spelling per word, and refuses
 *   a row with unknown words in one error (23514) that names every bad
 *   field with its valid words.
 * Re-run by cocreation_rebuild_workspace(), which thereby picks up a newer
 * vocabulary.
 */
CREATE FUNCTION @extschema@.cocreation_create_workspace_words(schema_name pg_catalog.text)
  RETURNS void
  LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
  SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
  s pg_catalog.text := quote_ident(schema_name);
  x pg_catalog.text := (SELECT pg_catalog.quote_ident(n.nspname)
                        FROM pg_catalog.pg_extension e
                        JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
                        WHERE e.extname = 'cocreation');
  vocab pg_catalog.jsonb;
  t pg_catalog.text;
  args pg_catalog.text;
BEGIN
  -- {"actor": ["politician", ...], ..., "level_alias": {"service": "service_production", ...}}
  EXECUTE format($q$
    SELECT jsonb_object_agg(g.field, g.words) FROM (
      SELECT v.field, CASE WHEN v.field = 'level_alias'
                           THEN jsonb_object_agg(v.word, l.word)
                           ELSE jsonb_agg(v.word ORDER BY v.n) END AS words
      FROM %1$s.cocreation_vocabulary() WITH ORDINALITY AS v(field, word, ordinal, meaning, n)
      LEFT JOIN %1$s.cocreation_vocabulary() l
        ON v.field = 'level_alias' AND l.field = 'level' AND l.ordinal = v.ordinal
      GROUP BY v.field) g$q$, x) INTO vocab;

  -- a rebuild replaces the word functions: their triggers go first, and
  -- whatever else uses them stops the rebuild (no CASCADE)
  FOR t IN VALUES ('activities'), ('factors'), ('factor_codes'), ('expert_scores'), ('calibration') LOOP
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_trigger
               WHERE tgrelid = pg_catalog.to_regclass(s || '.' || quote_ident(t)) AND tgname = 'normalise_words') THEN
      EXECUTE format('DROP TRIGGER normalise_words ON %s.%I', s, t);
    END IF;
  END LOOP;
  IF pg_catalog.to_regprocedure(s || '.normalise_words()') IS NOT NULL THEN
    EXECUTE format('DROP FUNCTION %s.normalise_words()', s);
  END IF;
  IF pg_catalog.to_regprocedure(s || '.canonical_word(text, text)') IS NOT NULL THEN
    EXECUTE format('DROP FUNCTION %s.canonical_word(text, text)', s);
  END IF;

  EXECUTE format($ddl$
    CREATE FUNCTION %1$s.canonical_word(field text, word text) RETURNS text
      LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
      SET search_path = pg_catalog, pg_temp
    AS $body$
    DECLARE
      vocab constant jsonb := %2$L;
      words jsonb := vocab -> field;
      w text := translate(lower(btrim(word, E' \t\n\r\f')), '- ', '__');
    BEGIN
      IF words IS NULL OR field = 'level_alias' THEN
        RAISE EXCEPTION 'unknown vocabulary field "%%"', field USING ERRCODE = '22023';
      END IF;
      IF words ? w THEN
        RETURN w;
      END IF;
      IF field = 'level' THEN
        RETURN vocab -> 'level_alias' ->> w;
      END IF;
      -- classify() reads plurals: citizens, businesses, civil_societies
      IF field IN ('actor', 'object', 'decision') AND length(w) >= 2 AND right(w, 1) = 's' THEN
        IF words ? left(w, -1) THEN
          RETURN left(w, -1);
        ELSIF right(w, 2) = 'es' AND words ? left(w, -2) THEN
          RETURN left(w, -2);
        ELSIF length(w) >= 4 AND right(w, 3) = 'ies' AND words ? (left(w, -3) || 'y') THEN
          RETURN left(w, -3) || 'y';
        END IF;
      END IF;
      RETURN NULL;
    END
    $body$$ddl$, s, vocab);
  EXECUTE format('COMMENT ON FUNCTION %s.canonical_word(text, text) IS %L', s,
    'the canonical spelling of a word of a vocabulary field (actor, object, decision, scope, polarity, dimension, stage, level, method), or NULL; the lists are those of cocreation_vocabulary() when the workspace was built');

  EXECUTE format($ddl$
    CREATE FUNCTION %1$s.normalise_words() RETURNS trigger
      LANGUAGE plpgsql
      -- canonical_word() from the workspace; the schema name stays out of the body
      SET search_path = pg_catalog, %1$s, pg_temp
    AS $body$
    DECLARE
      vocab constant jsonb := %2$L;
      r jsonb := to_jsonb(NEW);
      spec text;
      col text;
      fld text;
      v jsonb;
      e jsonb;
      w text;
      arr jsonb;
      bad_words text[];
      bad text[] := '{}';
    BEGIN
      -- each trigger argument is column=field
      FOREACH spec IN ARRAY TG_ARGV LOOP
        col := split_part(spec, '=', 1);
        fld := split_part(spec, '=', 2);
        v := r -> col;
        CONTINUE WHEN v IS NULL OR jsonb_typeof(v) = 'null';
        bad_words := '{}';
        IF jsonb_typeof(v) = 'array' THEN
          arr := '[]';
          FOR e IN SELECT a FROM jsonb_array_elements(v) a LOOP
            w := canonical_word(fld, e #>> '{}');
            IF jsonb_typeof(e) = 'null' THEN
              arr := arr || jsonb_build_array(NULL::text);
            ELSIF w IS NULL THEN
              bad_words := bad_words || (e #>> '{}');
              arr := arr || jsonb_build_array(e);
            ELSE
              arr := arr || jsonb_build_array(w);
            END IF;
          END LOOP;
          r := jsonb_set(r, ARRAY[col], arr);
        ELSE
          w := canonical_word(fld, v #>> '{}');
          IF w IS NULL THEN
            bad_words := ARRAY[v #>> '{}'];
          ELSE
            r := jsonb_set(r, ARRAY[col], to_jsonb(w));
          END IF;
        END IF;
        IF cardinality(bad_words) > 0 THEN
          bad := bad || format('%%s: %%s; valid %%s words are %%s', col,
                               (SELECT string_agg(format('"%%s"', left(b, 64)), ', ') FROM unnest(bad_words) b),
                               fld,
                               (SELECT string_agg(x, ', ') FROM jsonb_array_elements_text(vocab -> fld) x));
        END IF;
      END LOOP;
      IF cardinality(bad) > 0 THEN
        RAISE EXCEPTION 'new row for relation "%%" has unknown words in %%', TG_TABLE_NAME,
                        (SELECT string_agg(split_part(b, ':', 1), ', ') FROM unnest(bad) b)
          USING ERRCODE = 'check_violation', DETAIL = array_to_string(bad, E'\n'),
                HINT = 'Words are read in any case, with white space around them ignored and - or a space for _.',
                SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME;
      END IF;
      IF r IS DISTINCT FROM to_jsonb(NEW) THEN
        NEW := jsonb_populate_record(NEW, r);
      END IF;
      RETURN NEW;
    END
    $body$$ddl$, s, vocab);
  EXECUTE format('COMMENT ON FUNCTION %s.normalise_words() IS %L', s,
    'trigger: stores each word of a row in its canonical spelling (canonical_word), or refuses the row naming every unknown word (23514)');

  FOR t, args IN VALUES
      ('activities', $a$'actors=actor', 'object=object', 'decision=decision', 'scope=scope'$a$),
      ('factors', $a$'polarity=polarity', 'dimension=dimension', 'stage=stage'$a$),
      ('factor_codes', $a$'polarity=polarity', 'dimension=dimension', 'usual_stage=stage'$a$),
      ('expert_scores', $a$'level=level'$a$),
      ('calibration', $a$'method=method'$a$)
  LOOP
    EXECUTE format('CREATE TRIGGER normalise_words BEFORE INSERT OR UPDATE ON %s.%I
                    FOR EACH ROW EXECUTE FUNCTION %s.normalise_words(%s)', s, t, s, args);
  END LOOP;
END
$fn$;
COMMENT ON FUNCTION @extschema@.cocreation_create_workspace_words(pg_catalog.text) IS
  'creates (or re-creates) a workspace''s canonical_word() and its normalise_words trigger on activities, factors, factor_codes and expert_scores, from cocreation_vocabulary(); used by cocreation_create_workspace() and cocreation_rebuild_workspace()';

/*
 * The columns of a workspace that use the extension: activities.level
 * (classify()) and activities.effective_weight (cocreation_scope_weight()),
 * generated from what the user typed.  Added only where missing, so that
 * cocreation_rebuild_workspace() restores what DROP EXTENSION CASCADE took.
 */
CREATE FUNCTION @extschema@.cocreation_create_workspace_columns(schema_name pg_catalog.text)
  RETURNS void
  LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
  SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
  s pg_catalog.text := quote_ident(schema_name);
  x pg_catalog.text := (SELECT pg_catalog.quote_ident(n.nspname)
                        FROM pg_catalog.pg_extension e
                        JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
                        WHERE e.extname = 'cocreation');
  rel pg_catalog.oid := pg_catalog.to_regclass(s || '.activities');
BEGIN
  IF 0 = (SELECT count(*) FROM pg_catalog.pg_attribute
           WHERE attrelid = rel AND attname = 'effective_weight' AND NOT attisdropped) THEN
    EXECUTE format($ddl$
      ALTER TABLE %1$s.activities ADD COLUMN effective_weight float8 GENERATED ALWAYS AS
        (COALESCE(weight, %2$s.cocreation_scope_weight(scope))) STORED$ddl$, s, x);
  END IF;
  IF 0 = (SELECT count(*) FROM pg_catalog.pg_attribute
           WHERE attrelid = rel AND attname = 'level' AND NOT attisdropped) THEN
    EXECUTE format($ddl$
      ALTER TABLE %1$s.activities ADD COLUMN level %2$s.level GENERATED ALWAYS AS
        (%2$s.classify(actors, object, decision)) STORED$ddl$, s, x);
  END IF;
  EXECUTE format('COMMENT ON COLUMN %s.activities.level IS %L', s,
    'generated: classify(actors, object, decision)');
  EXECUTE format('COMMENT ON COLUMN %s.activities.effective_weight IS %L', s,
    'generated: weight, or cocreation_scope_weight(scope) when weight is NULL');
END
$fn$;
COMMENT ON FUNCTION @extschema@.cocreation_create_workspace_columns(pg_catalog.text) IS
  'adds a workspace''s generated columns activities.effective_weight and activities.level where missing; used by cocreation_create_workspace() and cocreation_rebuild_workspace()';

-- two signatures, no DEFAULTs: a call that leaves arguments to DEFAULTs is
-- ambiguous next to a shorter overload (doc/planted-functions.md), so the
-- plain call cocreation_create_workspace('name') is one of its own, below
CREATE FUNCTION @extschema@.cocreation_create_workspace(schema_name pg_catalog.text,
    thresholds pg_catalog.float8[], method pg_catalog.text, reason pg_catalog.text)
  RETURNS pg_catalog.regnamespace
  LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
  SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
  s pg_catalog.text := quote_ident(schema_name);
  -- the extension's own schema, from the catalog (never spliced into this
  -- script's text), so that the SQL built below names exactly its objects
  x pg_catalog.text := (SELECT pg_catalog.quote_ident(n.nspname)
                        FROM pg_catalog.pg_extension e
                        JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
                        WHERE e.extname = 'cocreation');
  -- each field's words as a literal IN list, from the vocabulary
  w pg_catalog.jsonb;
BEGIN
  -- a workspace is a new schema, which needs CREATE on the database: say so
  -- before trying, and name the grant (CREATE SCHEMA's own error names
  -- neither the privilege nor who can give it)
  IF NOT has_database_privilege(current_user, current_database(), 'CREATE') THEN
    RAISE EXCEPTION 'permission denied to create a workspace in database "%"', current_database()
      USING ERRCODE = '42501',
            DETAIL = 'A workspace is a new schema; creating a schema needs the CREATE privilege on the database.',
            HINT = format('Ask the database owner: GRANT CREATE ON DATABASE %s TO %s',
                          quote_ident(current_database()), quote_ident(current_user));
  END IF;
  IF schema_name IS NULL OR btrim(schema_name) = '' THEN
    RAISE EXCEPTION 'workspace schema name must not be empty or NULL'
      USING ERRCODE = '22023', HINT = 'Pass a new schema name, such as ''my_study''.';
  END IF;
  -- a longer name would be silently truncated into another schema's name
  IF octet_length(schema_name) > 63 THEN
    RAISE EXCEPTION 'workspace schema name is too long (% bytes)', octet_length(schema_name)
      USING ERRCODE = '42622', HINT = 'Schema names have at most 63 bytes.';
  END IF;
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = schema_name) THEN
    RAISE EXCEPTION 'schema "%" already exists', schema_name
      USING ERRCODE = '42P06',
            HINT = 'A workspace needs a new schema: choose another name, or drop the old one first.';
  END IF;

  EXECUTE format($q$
    SELECT jsonb_object_agg(g.field, g.list) FROM (
      SELECT v.field, string_agg(quote_literal(v.word), ', ' ORDER BY v.n) AS list
      FROM %s.cocreation_vocabulary() WITH ORDINALITY AS v(field, word, ordinal, meaning, n)
      -- expert scores rate the three co-creation levels, not none
      WHERE v.field <> 'level' OR v.ordinal BETWEEN 1 AND 3
      GROUP BY v.field) g$q$, x) INTO w;

  EXECUTE format('CREATE SCHEMA %s', s);
  EXECUTE format('COMMENT ON SCHEMA %s IS %L', s,
                 'cocreation workspace: a study''s cases, sources, activities, factors, factor codes and expert scores');

  EXECUTE format($ddl$
    CREATE TABLE %1$s.cases (
      case_name text PRIMARY KEY
        CONSTRAINT case_name_not_blank CHECK (btrim(case_name) <> ''),
      country text,
      inhabitants integer CONSTRAINT inhabitants_positive CHECK (inhabitants > 0),
      setting text
        CONSTRAINT setting_is_rural_urban_or_both CHECK (setting IN ('rural', 'urban', 'rural/urban')),
      socioeconomic_problems text,
      mayor_orientation text,
      councillors integer CONSTRAINT councillors_positive CHECK (councillors > 0),
      permanent_committees integer
        CONSTRAINT permanent_committees_not_negative CHECK (permanent_committees >= 0),
      extra jsonb NOT NULL DEFAULT '{}'
        CONSTRAINT extra_is_a_json_object CHECK (pg_catalog.jsonb_typeof(extra) = 'object')
    )$ddl$, s, x);

  EXECUTE format($ddl$
    CREATE TABLE %1$s.sources (
      source_id text PRIMARY KEY,
      case_name text NOT NULL REFERENCES %1$s.cases ON UPDATE CASCADE,
      kind text NOT NULL
        CONSTRAINT kind_is_interview_document_or_observation
        CHECK (kind IN ('interview', 'document', 'observation')),
      informant_role text,
      title text,
      reference text,
      n integer NOT NULL DEFAULT 1 CONSTRAINT n_not_negative CHECK (n >= 0),
      note text,
      CONSTRAINT interviews_name_the_informant_role
        CHECK ((kind = 'interview') = (informant_role IS NOT NULL)),
      UNIQUE (case_name, source_id)
    )$ddl$, s, x);

  -- the level and effective_weight columns are generated, and added by
  -- cocreation_create_workspace_columns() below
  EXECUTE format($ddl$
    CREATE TABLE %1$s.activities (
      activity_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      case_name text NOT NULL REFERENCES %1$s.cases ON UPDATE CASCADE,
      name text NOT NULL CONSTRAINT name_not_blank CHECK (btrim(name) <> ''),
      description text,
      actors text[] NOT NULL
        CONSTRAINT actors_in_vocabulary CHECK (array_remove(actors, NULL) <@ ARRAY[%2$s]::text[]),
      object text NOT NULL
        CONSTRAINT object_in_vocabulary CHECK (object IN (%3$s)),
      decision text NOT NULL DEFAULT 'joint'
        CONSTRAINT decision_in_vocabulary CHECK (decision IN (%4$s)),
      scope text NOT NULL
        CONSTRAINT scope_in_vocabulary CHECK (scope IN (%5$s)),
      weight float8
        CONSTRAINT weight_finite_and_not_negative CHECK (weight >= 0 AND weight < 'Infinity'),
      citation text NOT NULL,
      quote text,
      source_id text,
      CONSTRAINT one_activity_per_name_and_case UNIQUE (case_name, name),
      CONSTRAINT source_belongs_to_the_same_case FOREIGN KEY (case_name, source_id)
        REFERENCES %1$s.sources (case_name, source_id) ON UPDATE CASCADE
    )$ddl$, s, w ->> 'actor', w ->> 'object', w ->> 'decision', w ->> 'scope');

  -- the study's own factor codes, starting from a copy of the catalogue
  EXECUTE format($ddl$
    CREATE TABLE %1$s.factor_codes (
      code text PRIMARY KEY
        CONSTRAINT code_is_identifier CHECK (code ~ '^[a-z][a-z0-9_]*$'),
      label text NOT NULL,
      polarity text NOT NULL
        CONSTRAINT polarity_in_vocabulary CHECK (polarity IN (%2$s)),
      dimension text NOT NULL
        CONSTRAINT dimension_in_vocabulary CHECK (dimension IN (%3$s)),
      usual_stage text NOT NULL DEFAULT 'adoption'
        CONSTRAINT usual_stage_in_vocabulary CHECK (usual_stage IN (%4$s)),
      case_name text,
      description text NOT NULL,
      source text NOT NULL,
      dimension_source text NOT NULL DEFAULT 'tool'
        CONSTRAINT dimension_source_is_paper_or_tool CHECK (dimension_source IN ('paper', 'tool'))
    )$ddl$, s, w ->> 'polarity', w ->> 'dimension', w ->> 'stage');
  EXECUTE format($q$
    INSERT INTO %1$s.factor_codes (code, label, polarity, dimension, usual_stage, case_name,
                                   description, source, dimension_source)
    SELECT code, label, polarity, dimension, usual_stage, case_name, description, source, dimension_source
    FROM %2$s.cocreation_factor_catalogue ORDER BY code$q$, s, x);

  EXECUTE format($ddl$
    CREATE TABLE %1$s.factors (
      factor_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      case_name text NOT NULL REFERENCES %1$s.cases ON UPDATE CASCADE,
      code text CONSTRAINT code_is_in_factor_codes
        REFERENCES %1$s.factor_codes (code) ON UPDATE CASCADE,
      polarity text NOT NULL
        CONSTRAINT polarity_in_vocabulary CHECK (polarity IN (%2$s)),
      dimension text NOT NULL
        CONSTRAINT dimension_in_vocabulary CHECK (dimension IN (%3$s)),
      stage text NOT NULL DEFAULT 'adoption'
        CONSTRAINT stage_in_vocabulary CHECK (stage IN (%4$s)),
      strength float8 NOT NULL DEFAULT 1
        CONSTRAINT strength_finite_and_not_negative CHECK (strength >= 0 AND strength < 'Infinity'),
      description text,
      citation text NOT NULL,
      quote text,
      source_id text,
      CONSTRAINT drivers_are_adoption_factors CHECK (polarity = 'barrier' OR stage = 'adoption'),
      CONSTRAINT source_belongs_to_the_same_case FOREIGN KEY (case_name, source_id)
        REFERENCES %1$s.sources (case_name, source_id) ON UPDATE CASCADE
    )$ddl$, s, w ->> 'polarity', w ->> 'dimension', w ->> 'stage');

  -- the study's calibration: the analyst's thresholds, one row or none
  -- (then the views show no profiles); plain types, so that it outlives
  -- DROP EXTENSION; the shape is checked here, the rest by profile()
  EXECUTE format($ddl$
    CREATE TABLE %1$s.calibration (
      calibration boolean PRIMARY KEY DEFAULT true
        CONSTRAINT one_calibration_per_workspace CHECK (calibration),
      thresholds float8[] NOT NULL
        CONSTRAINT thresholds_three_increasing_positive_numbers CHECK (
          array_ndims(thresholds) = 1 AND array_lower(thresholds, 1) = 1
          AND cardinality(thresholds) = 3 AND array_position(thresholds, NULL) IS NULL
          AND thresholds[1] > 0 AND thresholds[2] > thresholds[1]
          AND thresholds[3] > thresholds[2] AND thresholds[3] < 'Infinity'),
      method text NOT NULL DEFAULT 'sum'
        CONSTRAINT method_in_vocabulary CHECK (method IN (%2$s)),
      reason text,
      chosen_on date NOT NULL DEFAULT current_date
    )$ddl$, s, w ->> 'method');

  EXECUTE format($ddl$
    CREATE TABLE %1$s.expert_scores (
      case_name text NOT NULL REFERENCES %1$s.cases ON UPDATE CASCADE,
      rater text NOT NULL DEFAULT 'published',
      level text NOT NULL
        CONSTRAINT level_is_a_cocreation_level CHECK (level IN (%2$s)),
      score numeric NOT NULL
        CONSTRAINT score_from_0_to_3_in_half_steps CHECK (score >= 0 AND score <= 3 AND score * 2 = trunc(score * 2)),
      citation text,
      PRIMARY KEY (case_name, rater, level)
    )$ddl$, s, w ->> 'level');

  EXECUTE format('COMMENT ON TABLE %s.cases IS %L', s,
    'one row per case (municipality), with the attributes of the paper''s Table 1');
  EXECUTE format('COMMENT ON TABLE %s.sources IS %L', s,
    'interviews (with the informant''s role), documents and observations, as in the paper''s Table 2');
  EXECUTE format('COMMENT ON TABLE %s.activities IS %L', s,
    'co-creation activities (and the non-co-creation ones), classified by classify()');
  EXECUTE format('COMMENT ON TABLE %s.factor_codes IS %L', s,
    'the study''s factor codes: a copy of cocreation_factor_catalogue made with the workspace, and the study''s own codes');
  EXECUTE format('COMMENT ON TABLE %s.factors IS %L', s,
    'drivers and barriers coded per case, by polarity, dimension, stage and strength');
  EXECUTE format('COMMENT ON TABLE %s.calibration IS %L', s,
    'the study''s calibration, chosen by the analyst before looking at results: the weights of evidence for one, two and three crosses, the method (sum or max) and the reason; the views show no profiles without it');
  EXECUTE format('COMMENT ON TABLE %s.expert_scores IS %L', s,
    'published or rater scores per case and level, 0 to 3 in half steps (the paper''s Table 3)');

  EXECUTE format('SELECT %s.cocreation_create_workspace_columns($1)', x) USING schema_name;
  EXECUTE format('SELECT %s.cocreation_create_workspace_words($1)', x) USING schema_name;
  EXECUTE format('SELECT %s.cocreation_create_workspace_waves($1)', x) USING schema_name;
  EXECUTE format('SELECT %s.cocreation_create_workspace_views($1)', x) USING schema_name;
  IF thresholds IS NOT NULL THEN
    -- profile() checks the thresholds and method first, for its errors'
    -- details and hints (the table's CHECKs only name the constraint); a
    -- NULL method is profile()'s default, sum
    EXECUTE format($q$SELECT %1$s.profile('(0, 0, 0 | 0, 0, 0 | 0, 0, 0 | 0)'::%1$s.tally, $1, $2)$q$, x)
      USING thresholds, COALESCE(method, 'sum');
    EXECUTE format('INSERT INTO %s.calibration (thresholds, method, reason) VALUES ($1, $2, $3)', s)
      USING thresholds, COALESCE(method, 'sum'), reason;
  ELSIF reason IS NOT NULL THEN
    RAISE EXCEPTION 'a calibration reason needs its thresholds'
      USING ERRCODE = '22004',
            HINT = 'Pass thresholds => ''{t1,t2,t3}'' with the reason, or neither.';
  END IF;
  RETURN (SELECT n.oid FROM pg_catalog.pg_namespace n WHERE n.nspname = schema_name)::pg_catalog.regnamespace;
END
$fn$;
COMMENT ON FUNCTION @extschema@.cocreation_create_workspace(pg_catalog.text, pg_catalog.float8[], pg_catalog.text, pg_catalog.text) IS
  'creates a new schema, owned by the caller, with a study''s tables (cases, sources, activities, factor_codes, factors, expert_scores, calibration, waves) and views; with thresholds, records the study''s calibration';

CREATE FUNCTION @extschema@.cocreation_create_workspace(schema_name pg_catalog.text)
  RETURNS pg_catalog.regnamespace
  LANGUAGE sql VOLATILE PARALLEL UNSAFE
  SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
  SELECT @extschema@.cocreation_create_workspace(schema_name, NULL::pg_catalog.float8[],
                                                 NULL::pg_catalog.text, NULL::pg_catalog.text);
END;
COMMENT ON FUNCTION @extschema@.cocreation_create_workspace(pg_catalog.text) IS
  'creates a new schema, owned by the caller, with a study''s tables (cases, sources, activities, factor_codes, factors, expert_scores, calibration, waves) and views, with no calibration yet';

/*
 * After DROP EXTENSION cocreation CASCADE and CREATE EXTENSION cocreation:
 * puts back what the drop took from a workspace (the generated columns, the
 * views) and re-creates its word functions and triggers from the installed
 * vocabulary.  Every value a user entered is in plain columns, which the
 * drop leaves alone.  Safe to run on an intact workspace: it adds only what
 * is missing, and re-creates the word functions and triggers (the same, or
 * from a newer vocabulary).  A workspace made before waves existed gets
 * them here (cocreation_create_workspace_waves()): its owner runs this when
 * the update from 1.0 could not alter it.
 */
CREATE FUNCTION @extschema@.cocreation_rebuild_workspace(schema_name pg_catalog.text)
  RETURNS pg_catalog.regnamespace
  LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
  SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
  x pg_catalog.text := (SELECT pg_catalog.quote_ident(n.nspname)
                        FROM pg_catalog.pg_extension e
                        JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
                        WHERE e.extname = 'cocreation');
  missing pg_catalog.text;
BEGIN
  IF schema_name IS NULL OR NOT EXISTS (SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = schema_name) THEN
    RAISE EXCEPTION 'schema "%" does not exist', schema_name
      USING ERRCODE = '3F000', HINT = 'Pass the name of a workspace made by cocreation_create_workspace().';
  END IF;
  SELECT string_agg(t, ', ') INTO missing
  FROM unnest(ARRAY['cases', 'sources', 'activities', 'factor_codes', 'factors', 'expert_scores', 'calibration']) t
  WHERE pg_catalog.to_regclass(pg_catalog.quote_ident(schema_name) || '.' || t) IS NULL;
  IF missing IS NOT NULL THEN
    RAISE EXCEPTION 'schema "%" is not a cocreation workspace', schema_name
      USING ERRCODE = '42P01', DETAIL = format('Missing tables: %s.', missing),
            HINT = 'Pass the name of a workspace made by cocreation_create_workspace().';
  END IF;
  EXECUTE format('SELECT %s.cocreation_create_workspace_columns($1)', x) USING schema_name;
  EXECUTE format('SELECT %s.cocreation_create_workspace_words($1)', x) USING schema_name;
  EXECUTE format('SELECT %s.cocreation_create_workspace_waves($1)', x) USING schema_name;
  EXECUTE format('SELECT %s.cocreation_create_workspace_views($1)', x) USING schema_name;
  RETURN (SELECT n.oid FROM pg_catalog.pg_namespace n WHERE n.nspname = schema_name)::pg_catalog.regnamespace;
END
$fn$;
COMMENT ON FUNCTION @extschema@.cocreation_rebuild_workspace(pg_catalog.text) IS
  'after DROP EXTENSION cocreation CASCADE and CREATE EXTENSION, or on a workspace the update from 1.0 could not alter: re-adds a workspace''s generated columns (activities.level, activities.effective_weight), waves where missing and views, and re-creates its word functions and triggers from the vocabulary';


-- the views of a workspace; security_invoker, so that row-level security on
-- the tables holds through them (README: "Row-level security")
CREATE FUNCTION @extschema@.cocreation_create_workspace_views(schema_name pg_catalog.text)
  RETURNS void
  LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
  SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
  s pg_catalog.text := quote_ident(schema_name);
  -- the extension's own schema, from the catalog (never spliced into this
  -- script's text), so that the SQL built below names exactly its objects
  x pg_catalog.text := (SELECT pg_catalog.quote_ident(n.nspname)
                        FROM pg_catalog.pg_extension e
                        JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
                        WHERE e.extname = 'cocreation');
  v pg_catalog.text;
  verb pg_catalog.text;
  last_wave pg_catalog.text := format('(SELECT w.wave FROM %s.waves w ORDER BY w.ordinal DESC LIMIT 1)',
                                      quote_ident(schema_name));
BEGIN
  -- the views over every wave first: the views below read them
  EXECUTE format('SELECT %s.cocreation_create_workspace_wave_views($1)', x) USING schema_name;

  -- case_profiles, case_balance and cross_case read the last wave.  A
  -- workspace made before waves existed has them reading every row: they
  -- are replaced, with the same columns (so that views a user built on them
  -- stay valid).  They name the last wave by its name, the column the
  -- views over every wave group by: the planner then filters the rows of
  -- that wave before grouping them, instead of grouping every wave's rows
  -- and keeping one wave's groups
  FOREACH v IN ARRAY ARRAY['case_profiles', 'case_balance', 'cross_case'] LOOP
    verb := CASE
      WHEN pg_catalog.to_regclass(s || '.' || v) IS NULL THEN 'CREATE'
      WHEN NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                       JOIN pg_catalog.pg_rewrite r ON d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass
                                                   AND d.objid = r.oid
                       WHERE r.ev_class = pg_catalog.to_regclass(s || '.' || v)
                         AND d.refobjid = pg_catalog.to_regclass(s || '.waves'))
        THEN 'CREATE OR REPLACE'
      END;
    CONTINUE WHEN verb IS NULL;
    EXECUTE format(CASE v
      WHEN 'case_profiles' THEN $ddl$
        %1$s VIEW %2$s.case_profiles WITH (security_invoker = true) AS
        SELECT p.case_name, p.activities, p.tally, p.profile, p.service_production,
               p.problem_solving, p.policymaking, p.notation, p.reach, p.reach_rank,
               p.evidence_service_production, p.evidence_problem_solving,
               p.evidence_policymaking, p.not_cocreation
        FROM %2$s.wave_profiles p
        WHERE p.wave = %3$s$ddl$
      WHEN 'case_balance' THEN $ddl$
        %1$s VIEW %2$s.case_balance WITH (security_invoker = true) AS
        SELECT b.case_name, b.factors, b.balance, b.drivers, b.adoption_barriers,
               b.implementation_problems, b.net_index, b.net_discursive, b.net_cultural,
               b.net_institutional, b.net_practical, b.net_contextual, b.implementation_share
        FROM %2$s.wave_balance b
        WHERE b.wave = %3$s$ddl$
      ELSE $ddl$
        %1$s VIEW %2$s.cross_case WITH (security_invoker = true) AS
        SELECT c.case_name, c.rater, c.service_production, c.expert_service_production,
               c.problem_solving, c.expert_problem_solving, c.policymaking,
               c.expert_policymaking, c.notation, c.expert_notation, c.cells_agreeing, c.distance
        FROM %2$s.wave_cross_case c
        WHERE c.wave = %3$s$ddl$
      END, verb, s, last_wave);
  END LOOP;

  IF pg_catalog.to_regclass(s || '.factor_matrix') IS NULL THEN
  EXECUTE format($ddl$
    CREATE VIEW %1$s.factor_matrix WITH (security_invoker = true) AS
    SELECT b.case_name, d.dimension, d.drivers, d.adoption_barriers,
           d.implementation_problems, d.net_index
    FROM %1$s.case_balance b
    CROSS JOIN LATERAL %2$s.dimensions(b.balance) d$ddl$, s, x);
  END IF;

  EXECUTE format('COMMENT ON VIEW %s.case_profiles IS %L', s,
    'per case, in the last wave: the tally of classified activities, its calibrated profile, one column per level, notation and reach; plain companions reach_rank, evidence_* (weight sums per level) and not_cocreation for BI tools');
  EXECUTE format('COMMENT ON VIEW %s.case_balance IS %L', s,
    'per case, in the last wave: the balance of coded drivers and barriers, net indices overall and per dimension');
  EXECUTE format('COMMENT ON VIEW %s.cross_case IS %L', s,
    'per case and rater, in the last wave: computed scores next to the expert scores, in the shape of the paper''s Table 3');
  EXECUTE format('COMMENT ON VIEW %s.factor_matrix IS %L', s,
    'case by dimension, in the last wave: drivers, adoption barriers, implementation problems and net index');
END
$fn$;
COMMENT ON FUNCTION @extschema@.cocreation_create_workspace_views(pg_catalog.text) IS
  'creates the views of a workspace that are missing (case_profiles, case_balance, cross_case, factor_matrix, which read the last wave, and those over every wave), and makes those of a workspace made before waves read the last wave; used by cocreation_create_workspace() and cocreation_rebuild_workspace()';

------------------------------------------------------------------------------
-- the sample study: the paper's data, and its loader (src/sample.sql)
------------------------------------------------------------------------------

/*
 * The paper's study as data (Bentzen, Sorensen & Torfing).  Every row cites
 * the paper's section and quotes at most 25 of its words.  Activities carry
 * no weight of their own: load_sample() leaves weight NULL, so every row is
 * weighted by the same rule, cocreation_scope_weight(scope).
 */
CREATE FUNCTION @extschema@.cocreation_sample_cases()
  RETURNS TABLE (case_name pg_catalog.text, country pg_catalog.text, inhabitants pg_catalog.int4,
                 setting pg_catalog.text, socioeconomic_problems pg_catalog.text,
                 mayor_orientation pg_catalog.text, councillors pg_catalog.int4,
                 permanent_committees pg_catalog.int4, extra pg_catalog.jsonb)
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
AS $fn$
  SELECT * FROM (VALUES
    ('Steinkjer', 'Norway', 22000, 'rural', 'negligible', 'liberal', 47, 4,
     '{"source": "Methodological reflections, Table 1", "merger": "with a neighbouring municipality in 2020 (Main findings: Steinkjer)", "flagship": "Bolyst"}'::jsonb),
    ('Guldborgsund', 'Denmark', 61000, 'rural/urban', 'considerable', 'independent', 29, 6,
     '{"source": "Methodological reflections, Table 1", "amalgamation": "five small municipalities (Drivers and barriers)", "strategy": "Our Shared Guldborgsund (2016)"}'::jsonb),
    ('Hedensted', 'Denmark', 46000, 'rural', 'negligible', 'liberal', 27, 6,
     '{"source": "Methodological reflections, Table 1", "amalgamation": "three small municipalities in 2007 (Main findings: Hedensted)", "local_areas": 31, "strategy": "Sustainable Welfare (2016)"}'::jsonb)
  ) AS v(case_name, country, inhabitants, setting, socioeconomic_problems,
         mayor_orientation, councillors, permanent_committees, extra)
$fn$;
COMMENT ON FUNCTION @extschema@.cocreation_sample_cases() IS
  'the paper''s three cases with the attributes of its Table 1 (Methodological reflections)';

CREATE FUNCTION @extschema@.cocreation_sample_sources()
  RETURNS TABLE (source_id pg_catalog.text, case_name pg_catalog.text, kind pg_catalog.text,
                 informant_role pg_catalog.text, title pg_catalog.text,
                 reference pg_catalog.text, n pg_catalog.int4, note pg_catalog.text)
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
AS $fn$
  SELECT * FROM (VALUES
    ('ste-int-pol', 'Steinkjer', 'interview', 'elected politician', NULL, NULL, 8, 'Table 2'),
    ('ste-int-man', 'Steinkjer', 'interview', 'public manager', NULL, NULL, 3, 'Table 2'),
    ('ste-int-front', 'Steinkjer', 'interview', 'frontline staff', NULL, NULL, 5, 'Table 2'),
    ('ste-int-cit', 'Steinkjer', 'interview', 'citizen', NULL, NULL, 6, 'Table 2'),
    ('ste-doc-strategy', 'Steinkjer', 'document', NULL, 'Strategy, research and innovation',
     'Steinkjer Municipality, 2015', 1, 'Table 2: the most important of several documents'),
    ('ste-doc-plans', 'Steinkjer', 'document', NULL, 'long-term policy plans',
     'Steinkjer Municipality, 2005, 2010, 2017, 2018', 4, 'Main findings: Steinkjer'),
    ('ste-obs-council', 'Steinkjer', 'observation', NULL, 'council meeting', NULL, 1, 'Table 2'),
    ('ste-obs-citizen', 'Steinkjer', 'observation', NULL, 'meetings with citizen involvement', NULL, 2, 'Table 2'),
    ('gul-int-pol', 'Guldborgsund', 'interview', 'elected politician', NULL, NULL, 7, 'Table 2'),
    ('gul-int-man', 'Guldborgsund', 'interview', 'public manager', NULL, NULL, 5, 'Table 2'),
    ('gul-int-front', 'Guldborgsund', 'interview', 'frontline staff', NULL, NULL, 4, 'Table 2'),
    ('gul-int-cit', 'Guldborgsund', 'interview', 'citizen', NULL, NULL, 3, 'Table 2'),
    ('gul-doc-strategy', 'Guldborgsund', 'document', NULL, 'Our Shared Guldborgsund',
     'Guldborgsund Municipality, 2016', 1, 'Table 2: the most important of several documents'),
    ('gul-obs-none', 'Guldborgsund', 'observation', NULL, 'none', NULL, 0,
     'Table 2: no observation due to lack of relevant meetings at the time of data collection'),
    ('hed-int-pol', 'Hedensted', 'interview', 'elected politician', NULL, NULL, 6, 'Table 2'),
    ('hed-int-man', 'Hedensted', 'interview', 'public manager', NULL, NULL, 3, 'Table 2'),
    ('hed-int-front', 'Hedensted', 'interview', 'frontline staff', NULL, NULL, 2, 'Table 2'),
    ('hed-int-cit', 'Hedensted', 'interview', 'citizen', NULL, NULL, 2, 'Table 2'),
    ('hed-doc-strategy', 'Hedensted', 'document', NULL, 'Sustainable Welfare',
     'Hedensted Municipality, 2016', 1, 'Table 2: the most important of several documents'),
    ('hed-obs-thematic', 'Hedensted', 'observation', NULL, 'thematic council meeting', NULL, 1, 'Table 2')
  ) AS v(source_id, case_name, kind, informant_role, title, reference, n, note)
$fn$;
COMMENT ON FUNCTION @extschema@.cocreation_sample_sources() IS
  'the data the paper''s authors collected in each case, as in its Table 2 (Methodological reflections)';

/*
 * The sample's coding rules (README, "The sample study"), applied once to
 * every case:
 *   1. one row per process: the examples the paper gives of a programme or a
 *      committee fold into it, and councillors taking part as residents are an
 *      actor of the process they join, not a row of their own;
 *   2. plans, recommendations and proposals for co-creation that the paper
 *      does not report as taking place are not activities (in any case);
 *   3. the activities are those the paper reports at the three levels of each
 *      case (Main findings); episodes of a case's introduction, the background
 *      of its turn to co-creation, are coded only where a level takes them up;
 *   4. decision: the paper's word where it gives one (co-created, agreed:
 *      joint; "merely advisory", dialogue and input: advisory; citizens decide:
 *      delegated; hearings, consultation: consultation; inform: information);
 *   5. politician only where councillors take part as politicians, never for
 *      endorsing or funding; scope by cocreation_scope_weight()'s table.
 * reason gives, in one line, every coding decision the paper does not make
 * outright.  Quotes are verbatim, at most 25 words, with their section.
 */
CREATE FUNCTION @extschema@.cocreation_sample_activities()
  RETURNS TABLE (case_name pg_catalog.text, name pg_catalog.text, actors pg_catalog.text[],
                 object pg_catalog.text, decision pg_catalog.text, scope pg_catalog.text,
                 citation pg_catalog.text, source_id pg_catalog.text, quote pg_catalog.text,
                 description pg_catalog.text, reason pg_catalog.text)
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
AS $fn$
  SELECT v.case_name, v.name, v.actors::pg_catalog.text[], v.object, v.decision, v.scope,
         v.citation, v.source_id, v.quote, v.description, v.reason
  FROM (VALUES
    -- Steinkjer: service production
    ('Steinkjer', 'sustainable value chain for local commodities',
     '{public_agency,business}', 'service', 'joint', 'project', 'Main findings: Steinkjer', 'ste-doc-plans',
     'a project aiming to improve the sustainability of the value chain for local commodity production through co-creation between the municipal utility company and local businesses',
     'the municipal utility company and local businesses',
     'a project the paper reports as existing ("verified by internet searchers", sic), not a plan (coding rule 2); at service production, where the paper places it; one project'),
    ('Steinkjer', 'voluntary centres and partnership agreements (voluntary-work policy, 2010)',
     '{manager,civil_society,volunteer,citizen}', 'service', 'joint', 'institutionalised', 'Main findings: Steinkjer', NULL,
     'The municipality uses partnership agreements in different areas to create responsible and mutually beneficial co-creation with citizens and voluntary organizations',
     'the 2010 policy for voluntary work, the local voluntary centres it helped establish, partnership agreements in different areas',
     'one process (coding rule 1): the policy, its centres and agreements; a standing policy with permanent centres: institutionalised; "mutually beneficial co-creation": joint, not contract'),
    -- Steinkjer: administrative problem solving
    ('Steinkjer', 'Bolyst area-based development method',
     '{manager,frontline,citizen,civil_society,politician_as_citizen}', 'problem', 'joint', 'institutionalised', 'Main findings: Steinkjer', 'ste-int-cit',
     'It now has the status of an integrated coordination method in Steinkjer Municipality',
     'local communities and citizen councils co-create solutions with a municipal Bolyst team; politicians endorse and fund but do not take part',
     '"an integrated coordination method": institutionalised; councillors who join projects "in their capacity of being local citizens" are an actor here (coding rule 1); endorsing and funding is not taking part (coding rule 5)'),
    -- Steinkjer: policymaking
    ('Steinkjer', 'council decisions on Bolyst funding and plan changes',
     '{politician,manager}', 'policy', 'joint', 'institutionalised', 'Main findings: Steinkjer', NULL,
     'the politicians play a marginal role, except when it comes to decisions on project funding',
     'political endorsement and funding of an administrative method',
     'deciding on funding is not taking part in the co-creation (coding rule 5): politicians and administration only'),
    ('Steinkjer', 'council and committee meetings',
     '{politician,manager}', 'policy', 'joint', 'institutionalised', 'Main findings: Steinkjer', 'ste-obs-council',
     'council and committee meetings take up most of the time and energy of the local councillors',
     'politicians and administration only',
     'the arena the paper reports at the level of policymaking; no lay actor described'),
    ('Steinkjer', 'mandatory hearings on municipal policy plans',
     '{politician,manager,citizen,civil_society}', 'policy', 'consultation', 'institutionalised', 'Main findings: Steinkjer', NULL,
     'They also participate in mandatory hearings and consultation processes in relation to the development of municipal policy plans',
     'thin and formal; mostly men above fifty; agenda set by the planning department',
     'the paper''s own word: hearings and consultation; mandatory: institutionalised'),
    ('Steinkjer', 'statutory councils for the disabled, the elderly and youth',
     '{manager,user,citizen,civil_society}', 'policy', 'consultation', 'institutionalised', 'Main findings: Steinkjer', NULL,
     'The law prescribes the formation of local councils for disabled, elderly, youth etc., but these are only used for consultation',
     'prescribed by law; little if any policy impact',
     'one statutory arrangement, one sentence of the paper (coding rule 1); "only used for consultation"; members not named, read as users and citizens'),

    -- Guldborgsund: service production
    ('Guldborgsund', 'small-scale citizen projects',
     '{manager,citizen,volunteer}', 'service', 'joint', 'programme', 'Main findings: Guldborgsund', NULL,
     'numerous small-scale projects where citizens are involved in painting the kindergarten, cleaning up the beach, cutting the grass along public roads',
     NULL,
     '"numerous" projects coded once, as a programme; citizens volunteer, so not offloading; joint by default for voluntary co-production'),
    ('Guldborgsund', 'elderly care centre garden',
     '{manager,frontline,user,volunteer}', 'service', 'joint', 'project', 'Main findings: Guldborgsund', 'gul-int-front',
     'involved the leader of the institution, the staff, the relatives of the elderly and voluntary citizens from the neighborhood',
     'a parking lot turned into a garden, allotment and henhouse; national recognition',
     'one project, built and maintained together: joint'),
    ('Guldborgsund', 'Adopt-a-Tree',
     '{manager,citizen}', 'service', 'joint', 'programme', 'Main findings: Guldborgsund', 'gul-int-cit',
     'The municipality offers to pay for new trees if the local citizens agree to water and nurse them',
     'similar projects in many localities',
     'the paper''s "program"; the street the paper describes and the "similar projects" fold into it (coding rule 1)'),
    ('Guldborgsund', 'tulips in public pocket gardens',
     '{manager,citizen,volunteer}', 'service', 'joint', 'project', 'Main findings: Guldborgsund', NULL,
     'a group of citizens offered to do it for free if the municipality provided the bulbs',
     NULL,
     'a separate initiative, not an Adopt-a-Tree street; the citizens offered, so not offloading (imposed)'),
    ('Guldborgsund', 'Seed for Change urban gardens',
     '{social_entrepreneur,volunteer,manager}', 'service', 'joint', 'project', 'Main findings: Guldborgsund', 'gul-int-cit',
     'a Seed for Change project that involves volunteer citizens in planting and maintaining urban gardens that are authorized and partly financed by the municipality',
     'spread to the countryside',
     'one project, authorised and partly financed by the municipality: joint'),
    ('Guldborgsund', 'joint projects with social entrepreneurs (the local harbour)',
     '{manager,social_entrepreneur,civil_society,citizen}', 'service', 'joint', 'programme', 'Main findings: Guldborgsund', 'gul-int-man',
     'They tell them to create a local network and then come and have a meeting to plan the co-creation process',
     'the administration''s routine for proposals from social entrepreneurs; the harbour association is its example',
     'the routine is the process, the harbour its one example, folded in (coding rule 1); at service production, where the paper reports it'),
    ('Guldborgsund', 'Love Storm Lolland-Falster',
     '{citizen}', 'problem', 'joint', 'programme', 'Main findings: Guldborgsund', NULL,
     'a huge face book group aiming to improve the reputation of the local area by getting people to act as ambassadors',
     'citizens only: no public actor takes part',
     'no public actor described; the municipality''s "support" is not described as taking part'),
    ('Guldborgsund', 'Local Voluntary Centre and its annual conference',
     '{manager,civil_society,volunteer}', 'service', 'joint', 'institutionalised', 'Main findings: Guldborgsund', NULL,
     'helps them to get into contact with the municipality to organize projects that will be used by the municipality',
     'board of local organisations; staff financed by municipality and state; a big annual conference where politicians and administrators speak with the organisations',
     'a permanent centre: institutionalised; its annual conference is one of its activities, a dialogue, folded in (coding rule 1)'),
    -- Guldborgsund: administrative problem solving
    ('Guldborgsund', 'planning strategy Our Shared Guldborgsund (100 days of co-creation, 50 interviews)',
     '{manager,citizen,civil_society,business}', 'problem', 'joint', 'project', 'Main findings: Guldborgsund', 'gul-doc-strategy',
     'The new planning strategy from 2015 was a result of a co-creation process involving a broad range of actors',
     'the 100 days of co-creation and the 50 interviews with local actors led to the strategy',
     'one process (coding rule 1): the 100 days and the interviews "led to" the strategy; joint on the paper''s word "co-creation process", though the step described, interviews, is consultative'),
    ('Guldborgsund', 'co-created urban development',
     '{manager,citizen,business,civil_society}', 'problem', 'joint', 'programme', 'Main findings: Guldborgsund', NULL,
     'urban development is co-created with public and private actors from the local neighborhoods',
     NULL,
     'the paper''s "co-created": joint; an ongoing practice across neighbourhoods: programme'),
    ('Guldborgsund', 'reform of collective transport',
     '{manager,user}', 'problem', 'advisory', 'project', 'Main findings: Guldborgsund', NULL,
     'the collective transportation system was made cheaper and more user-friendly through extensive dialogue and exchange with the users',
     'a service system; one of the two exceptions that inspired the politicians',
     '"dialogue and exchange with the users", no shared decision described: advisory; a service system: problem; one reform: project'),
    ('Guldborgsund', 'participatory budgeting for villages',
     '{manager,citizen}', 'problem', 'delegated', 'programme', 'Main findings: Guldborgsund', NULL,
     'participatory budgeting has been used to develop villages outside the urban center, although with limited success',
     'failed to mobilise additional local resources',
     'citizens decide how the money is spent: delegated; several villages: programme'),
    ('Guldborgsund', 'branding strategy and the local gold',
     '{manager,citizen}', 'policy', 'joint', 'project', 'Main findings: Guldborgsund', NULL,
     'a municipal branding strategy was co-created with citizens that have participated in nominating and selecting the ''local gold''',
     NULL,
     'the paper''s "co-created": joint; no politician described as taking part'),
    ('Guldborgsund', 'knowledge forum and master programme on co-creation',
     '{manager}', 'problem', 'joint', 'institutionalised', 'Main findings: Guldborgsund', NULL,
     'the administration has created a joint knowledge forum and a master program on co-creation for public managers',
     'support for co-creation inside the administration',
     'support for co-creation, inside the administration: no lay actor'),
    ('Guldborgsund', 'leadership guidelines on co-creation',
     '{manager,frontline}', 'problem', 'joint', 'institutionalised', 'Main findings: Guldborgsund', NULL,
     'A new set of local leadership guidelines requires that local managers constantly scan the possibilities for having their employees to initiate co-creation',
     'evaluated in staff development talks',
     'support for co-creation, inside the administration: no lay actor'),
    ('Guldborgsund', 'special political funding for administrative co-creation',
     '{politician,manager}', 'problem', 'joint', 'programme', 'Main findings: Guldborgsund', NULL,
     'The politicians endorsed the strategic turn to co-creation and has provided special funding for administrative co-creation initiatives',
     NULL,
     'funding is not taking part (coding rule 5), as for Steinkjer''s Bolyst funding: politicians and administration only'),
    -- Guldborgsund: policymaking
    ('Guldborgsund', 'council and committee meetings',
     '{politician,manager}', 'policy', 'joint', 'institutionalised', 'Main findings: Guldborgsund', NULL,
     'in which they discuss and endorse policy recommendations from the executive administrative leadership',
     'constructive debates in the permanent committees',
     'the arena the paper reports at the level of policymaking; no lay actor described'),
    ('Guldborgsund', 'thematic meetings before council meetings',
     '{politician,manager}', 'policy', 'advisory', 'institutionalised', 'Main findings: Guldborgsund', NULL,
     'At the thematic meetings, the administration provides input for discussion amongst the politicians and external guest are rarely invited',
     'attendance dwindling',
     'input for discussion: advisory; guests "rarely invited": public actors only'),
    ('Guldborgsund', 'section 17.4 committee (themes incl. Lindholm)',
     '{politician,citizen,civil_society,business}', 'policy', 'advisory', 'programme', 'Main findings: Guldborgsund', 'gul-int-cit',
     'he is disappointed that the 17.4 committee has no real decision power, but is merely advisory',
     'one committee for the council term, a new theme and new external members each year (Lindholm among them); five politicians have served',
     'the Lindholm theme is this committee, not a row of its own (coding rule 1); a new theme each year: programme; "merely advisory"'),
    ('Guldborgsund', 'hearings and consultations on policy',
     '{politician,manager,citizen,civil_society}', 'policy', 'consultation', 'institutionalised', 'Main findings: Guldborgsund', 'gul-int-pol',
     'When it comes to policymaking, we still use the classical forms of hearings and consultations.',
     NULL,
     'the councillor''s own words: hearings and consultations'),

    -- Hedensted: service production
    ('Hedensted', 'evening care in Uldum',
     '{manager,user}', 'service', 'joint', 'project', 'Main findings: Hedensted', NULL,
     'it was agreed that the parents in turn would open the school two nights per week and organize different activities for all their kids',
     'school and day-care leaders with the parents',
     '"it was agreed": joint; parents read as users'),
    ('Hedensted', 'day-care facilities for community use',
     '{frontline,citizen}', 'service', 'information', 'programme', 'Main findings: Hedensted', NULL,
     'the former regularly inform the latter that they can use the public facilities in the evening for community meetings and local events',
     NULL,
     'the paper''s word is "inform": information, not a shared or delegated decision'),
    ('Hedensted', 'City Park in Hedensted town',
     '{politician,citizen}', 'service', 'delegated', 'project', 'Main findings: Hedensted', NULL,
     'the politicians donated 1 m. Danish Kroner to a citizen group with open participation, so that it could decide how to develop the area',
     'a public amenity built by citizens',
     'the citizen group "could decide": delegated; at service production, where the paper places it'),
    ('Hedensted', 'Families on the move',
     '{frontline,user}', 'service', 'delegated', 'project', 'Main findings: Hedensted', NULL,
     'a new project put the families in charge of regular meetings in which the families ask the social workers for help and advice',
     NULL,
     'families "in charge" draw up their own action plan: delegated'),
    -- Hedensted: administrative problem solving
    ('Hedensted', 'local citizen councils and administrative contact points',
     '{manager,citizen,civil_society,business}', 'problem', 'joint', 'institutionalised', 'Main findings: Hedensted', NULL,
     'There are permanent administrative contact points for all the 31 localities and there is an administrative coordinator for the local citizen councils',
     'citizen councils in two thirds of the localities; working with local areas to solve emerging problems',
     'the standing arrangement for emerging local problems: institutionalised; the development plans made with the same councils are the next row'),
    ('Hedensted', 'local development plans with citizen councils and councillors (Uldum, Løsning)',
     '{politician,manager,citizen,civil_society,volunteer,politician_as_citizen}', 'problem', 'joint', 'institutionalised', 'Main findings: Hedensted', 'hed-int-pol',
     'there is a council decision that the politicians should participate in the development of local development plans',
     'at least seven plans; Uldum and Løsning with the mayor, the CEO and other politicians; the most important arena for co-created policymaking',
     'one process coded once (coding rule 1): the plans, Uldum and Løsning among them; politicians take part by council decision: institutionalised; some as residents, an actor here'),
    ('Hedensted', 'participatory budgeting',
     '{manager,citizen}', 'problem', 'delegated', 'programme', 'Main findings: Hedensted', NULL,
     'It has also used participatory budgeting providing small amounts of money for the citizens to spend themselves based on a simple voting procedure',
     'mostly to empower local areas',
     'citizens vote on how to spend: delegated; politicians support it but do not take part (coding rule 5)'),
    -- Hedensted: policymaking
    ('Hedensted', 'council and standing committee meetings',
     '{politician,manager}', 'policy', 'joint', 'institutionalised', 'Main findings: Hedensted', 'hed-int-pol',
     'Political decision making takes place in the standing committees that make recommendations to the city council.',
     NULL,
     'the arena the paper reports at the level of policymaking; no lay actor described'),
    ('Hedensted', 'thematic meetings',
     '{politician,manager}', 'policy', 'information', 'institutionalised', 'Main findings: Hedensted', 'hed-obs-thematic',
     'the thematic meetings merely serve to prepare the councillors for future policy discussions by providing relevant information',
     NULL,
     '"providing relevant information": information; public actors only'),
    ('Hedensted', 'dialogue meeting',
     '{politician,manager}', 'policy', 'advisory', 'institutionalised', 'Main findings: Hedensted', 'hed-int-pol',
     'It is basically the politicians’ meeting, although some executive administrators are also present and may participate in the debate.',
     'closed; two hours before the standing committees; guests only occasionally',
     '"not a formal decisionmaking arena": advisory; guests only "occasionally": public actors only'),
    ('Hedensted', 'section 17.4 committee on elderly care',
     '{politician,manager}', 'policy', 'advisory', 'project', 'Main findings: Hedensted', NULL,
     'there were only politicians and administrators in it and no external participants. Hence, it did not provide an arena for co-creation.',
     'on the rising costs of elderly care and social welfare',
     'the paper decides it: public actors only'),
    ('Hedensted', 'section 17.4 committee on collective transport',
     '{politician,citizen,civil_society}', 'policy', 'joint', 'project', 'Main findings: Hedensted', NULL,
     'This committee co-created new public transport solutions with the Youth Council and the Elderly Council',
     'eight politicians and five citizens as members',
     'the paper''s "co-created": joint (no testimony that it was merely advisory, unlike Guldborgsund''s); one committee on one theme: project')
  ) AS v(case_name, name, actors, object, decision, scope, citation, source_id, quote, description, reason)
$fn$;
COMMENT ON FUNCTION @extschema@.cocreation_sample_activities() IS
  'the paper''s activities in the three cases, co-creation or not, each process once, coded for classify() by the sample''s rules (README), with a reason for every decision the paper does not make outright';

CREATE FUNCTION @extschema@.cocreation_sample_factors()
  RETURNS TABLE (case_name pg_catalog.text, code pg_catalog.text, polarity pg_catalog.text,
                 dimension pg_catalog.text, stage pg_catalog.text, strength pg_catalog.float8,
                 citation pg_catalog.text, source_id pg_catalog.text, quote pg_catalog.text,
                 description pg_catalog.text, dimension_source pg_catalog.text,
                 reason pg_catalog.text)
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
AS $fn$
  SELECT v.case_name, v.code, v.polarity, v.dimension, v.stage, 1::pg_catalog.float8,
         v.citation, v.source_id, v.quote, v.description, v.dimension_source, v.reason
  FROM (VALUES
    -- Steinkjer
    ('Steinkjer', 'ste_bolyst_political_support', 'driver', 'institutional', 'adoption',
     'Drivers of and barriers to the development of an interactive political leadership', NULL,
     'The first driver is the political support to the Bolyst-method that provides a platform for co-creation with local citizens and stakeholders',
     'political support to the Bolyst platform',
     'tool', 'a platform the politicians could use: an institutional support structure ("political support" could be read as cultural)'),
    ('Steinkjer', 'ste_collaborative_culture_trust', 'driver', 'cultural', 'adoption',
     'Drivers of and barriers to the development of an interactive political leadership', NULL,
     'Another driver is the collaborative political culture and the high level of trust between the politicians',
     'collaborative political culture and trust among politicians',
     'paper', '"political culture" is the paper''s name for the cultural dimension (Theoretical Framework)'),
    ('Steinkjer', 'ste_leadership_as_positioning', 'barrier', 'discursive', 'adoption',
     'Drivers of and barriers to the development of an interactive political leadership', NULL,
     'political leadership is generally perceived as a question of positioning oneself politically, creating political alliances and mobilizing political support',
     'leadership seen as positioning and alliance-making',
     'tool', 'how leadership "is generally perceived": a role perception, discursive'),
    ('Steinkjer', 'ste_power_concentration', 'barrier', 'institutional', 'adoption',
     'Drivers of and barriers to the development of an interactive political leadership', NULL,
     'there is a high concentration of political power in the hands of a strong and resourceful mayor, the executive leadership group',
     'power concentrated in the mayor, the executive group and the CEO''s office',
     'tool', 'how power is distributed among offices: institutional'),
    ('Steinkjer', 'ste_administration_daily_operations', 'barrier', 'cultural', 'adoption',
     'Drivers of and barriers to the development of an interactive political leadership', NULL,
     'the administration is more focused on daily operations than on development and innovation',
     'administration focused on daily operations, not innovation',
     'tool', 'the administration''s orientation read as culture (practical is arguable)'),
    ('Steinkjer', 'nor_power_balance_administration', 'barrier', 'institutional', 'adoption',
     'Methodological reflections; Conclusion', NULL,
     'in Norway the power balance between the administration and the elected politicians is a little more in favor of the administration',
     'Norway-wide: power balance tilted toward the administration',
     'tool', 'Norway-wide; the Conclusion adds the three to Steinkjer; the formal power balance: institutional'),
    ('Steinkjer', 'nor_less_majority_opposition_collaboration', 'barrier', 'cultural', 'adoption',
     'Methodological reflections; Conclusion', NULL,
     'there seems to be less collaboration between the political majority and the opposition in Norway than in Denmark',
     'Norway-wide: less collaboration between majority and opposition',
     'tool', 'Norway-wide (Conclusion); collaboration between parties read as political culture'),
    ('Steinkjer', 'nor_no_closed_meetings', 'barrier', 'institutional', 'adoption',
     'Methodological reflections; Conclusion', NULL,
     'it is not allowed to have municipal meetings behind closed doors in Norway',
     'Norway-wide: no closed municipal meetings',
     'tool', 'Norway-wide (Conclusion); a legal rule: institutional'),
    -- Guldborgsund
    ('Guldborgsund', 'gul_leadership_setting_course', 'driver', 'discursive', 'adoption',
     'Drivers of and barriers to the development of an interactive political leadership', NULL,
     'political leadership is generally perceived as a question of setting the overall course for the municipality and designing solutions',
     'leadership as setting the course and designing solutions',
     'tool', 'how leadership "is generally perceived": discursive'),
    ('Guldborgsund', 'gul_trust_broad_agreements', 'driver', 'cultural', 'adoption',
     'Drivers of and barriers to the development of an interactive political leadership', NULL,
     'the political culture is characterized by trust, collaboration and broad political agreements rather than party political positioning',
     'trust, collaboration and broad agreements',
     'paper', '"the political culture is characterized by": the paper''s cultural dimension'),
    ('Guldborgsund', 'gul_new_younger_councillors', 'driver', 'cultural', 'adoption',
     'Drivers of and barriers to the development of an interactive political leadership', NULL,
     'there are many new and younger council members who are more supportive of co-creation and innovative policy development',
     'new, younger councillors',
     'tool', 'generational attitudes read as culture (contextual is arguable)'),
    ('Guldborgsund', 'gul_amalgamation', 'driver', 'institutional', 'adoption',
     'Drivers of and barriers to the development of an interactive political leadership', NULL,
     'the amalgamation of five small municipalities into a bigger one has strengthened the focus on strategic policymaking',
     'amalgamation into a larger municipality',
     'tool', 'a structural reform read as institutional (contextual is arguable)'),
    ('Guldborgsund', 'gul_public_value_steering', 'driver', 'institutional', 'adoption',
     'Drivers of and barriers to the development of an interactive political leadership', 'gul-int-pol',
     'The fifth driver is institutional and has to do with the shift from goal and framework steering to a new focus on public value outcomes',
     'steering by public value outcomes',
     'paper', 'the paper: "The fifth driver is institutional"'),
    ('Guldborgsund', 'gul_crisis_period', 'driver', 'contextual', 'adoption',
     'Drivers of and barriers to the development of an interactive political leadership', 'gul-int-pol',
     'it is easier for politicians to stick together and try something new in times of crisis',
     'the crisis period',
     'tool', 'fits none of the paper''s four dimensions: contextual, the tool''s addition'),
    ('Guldborgsund', 'gul_sovereign_leadership_perception', 'barrier', 'discursive', 'adoption',
     'Drivers of and barriers to the development of an interactive political leadership', 'gul-int-pol',
     'The first barrier is the presence of some relatively traditional perceptions of political leadership that hinder a turn to co-created policymaking',
     'traditional, sovereign perceptions of political leadership',
     'tool', '"perceptions of political leadership": discursive; the paper sums up both barriers as "traditional role perceptions"'),
    ('Guldborgsund', 'gul_administrative_division_of_labour', 'barrier', 'discursive', 'adoption',
     'Drivers of and barriers to the development of an interactive political leadership', 'gul-int-man',
     'Some administrators clearly expect the politicians to define overall visions and goals that answer the ‘what’ and the ‘why’ question',
     'administrators expect politicians on what and why, administration on how',
     'tool', 'administrators'' expectations of the politicians'' role: discursive'),
    -- Hedensted
    ('Hedensted', 'hed_leadership_direction', 'driver', 'discursive', 'adoption',
     'Drivers of and barriers to the development of an interactive political leadership', NULL,
     'political leadership is generally associated with setting the political direction for the municipality and designing solutions in response to local problems',
     'leadership as setting direction',
     'tool', 'how leadership "is generally associated": discursive'),
    ('Hedensted', 'hed_collaborative_culture_trust', 'driver', 'cultural', 'adoption',
     'Drivers of and barriers to the development of an interactive political leadership', NULL,
     'there is a strong collaborative political culture and a high degree of trust',
     'collaborative culture and trust between politicians and administrators',
     'paper', '"a strong collaborative political culture": the paper''s cultural dimension'),
    ('Hedensted', 'hed_escape_political_silos', 'driver', 'discursive', 'adoption',
     'Drivers of and barriers to the development of an interactive political leadership', NULL,
     'they must avoid being caught in the political silos that merely reflect administrative division of labor',
     'escaping political silos; the municipality as a ''we''',
     'tool', 'a shared recognition and the "we" framing: discursive'),
    ('Hedensted', 'hed_younger_strategic_generation', 'driver', 'cultural', 'adoption',
     'Drivers of and barriers to the development of an interactive political leadership', NULL,
     'the new and younger generation of politicians are much better at strategic policymaking',
     'younger generation good at strategic policymaking',
     'tool', 'generational attitudes read as culture, as for Guldborgsund (contextual is arguable)'),
    ('Hedensted', 'hed_democratic_renewal', 'driver', 'discursive', 'adoption',
     'Drivers of and barriers to the development of an interactive political leadership', NULL,
     'co-creation is depicted as tool for stimulating democratic participation',
     'co-creation as a way to renew democratic participation',
     'tool', 'how co-creation "is depicted": discursive'),
    ('Hedensted', 'hed_meeting_time_pressure', 'barrier', 'practical', 'implementation',
     'Drivers of and barriers to the development of an interactive political leadership', NULL,
     'all the meetings involving internal or external co-creation are added to the ordinary meetings and that puts a strong pressure on the politicians'' time budget',
     'extra meetings strain time budgets',
     'tool', 'stage: the paper ("problems found in the implementation process"); time and meetings: practical'),
    ('Hedensted', 'hed_councillor_confidence', 'barrier', 'practical', 'implementation',
     'Drivers of and barriers to the development of an interactive political leadership', NULL,
     'not all politicians are confident speaking up in meetings with citizens',
     'about a third of the councillors are not very active',
     'tool', 'stage: the paper; confidence in meetings read as practical'),
    ('Hedensted', 'hed_politicians_as_citizens', 'barrier', 'practical', 'implementation',
     'Drivers of and barriers to the development of an interactive political leadership', NULL,
     'some politicians participate as citizens in area-based development meetings, thus making it difficult to maintain their objectivity as politicians',
     'politicians taking part as citizens',
     'tool', 'stage: the paper; the role mix in meetings read as practical (institutional is arguable)'),
    ('Hedensted', 'hed_sharp_political_profile', 'barrier', 'discursive', 'implementation',
     'Drivers of and barriers to the development of an interactive political leadership', NULL,
     'it can be difficult for the politicians to have a sharp political profile when they co-create political solutions with politicians from other parties',
     'hard to keep a sharp political profile',
     'tool', 'stage: the paper; political identity read as discursive (cultural is arguable)'),
    ('Hedensted', 'hed_citizens_vs_employees', 'barrier', 'practical', 'implementation',
     'Drivers of and barriers to the development of an interactive political leadership', NULL,
     'some politicians find it difficult to navigate between the citizens'' demands and the interests of public employees',
     'citizens'' demands versus employees'' interests',
     'tool', 'stage: the paper; handling conflicting demands read as practical'),
    ('Hedensted', 'hed_press_closed_meetings', 'barrier', 'institutional', 'implementation',
     'Drivers of and barriers to the development of an interactive political leadership', NULL,
     'the local press complain about the closed dialogue meetings that undermines democratic transparency',
     'press criticism of closed dialogue meetings',
     'tool', 'stage: the paper; the closed design of an institution: institutional (contextual is arguable)')
  ) AS v(case_name, code, polarity, dimension, stage, citation, source_id, quote, description,
         dimension_source, reason)
$fn$;
COMMENT ON FUNCTION @extschema@.cocreation_sample_factors() IS
  'every driver and barrier the paper reports for the three cases, with the three Norway-wide barriers (Drivers and barriers; Methodological reflections; Conclusion); dimension_source says whether the paper labels the dimension or the tool reads it, reason why';

CREATE FUNCTION @extschema@.cocreation_sample_expert_scores()
  RETURNS TABLE (case_name pg_catalog.text, rater pg_catalog.text, level @extschema@.level,
                 score pg_catalog.numeric, citation pg_catalog.text)
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
  SELECT v.case_name, 'Table 3'::pg_catalog.text, v.level::@extschema@.level, v.score,
         'Cross-case comparison, Table 3: x = 1, xx = 2, xxx = 3, x(x) = 1.5, blank = 0'::pg_catalog.text
  FROM (VALUES
    ('Steinkjer', 'service_production', 1.0), ('Steinkjer', 'problem_solving', 3.0),
    ('Steinkjer', 'policymaking', 0.0),
    ('Guldborgsund', 'service_production', 3.0), ('Guldborgsund', 'problem_solving', 2.0),
    ('Guldborgsund', 'policymaking', 1.0),
    ('Hedensted', 'service_production', 2.0), ('Hedensted', 'problem_solving', 2.0),
    ('Hedensted', 'policymaking', 1.5)
  ) AS v(case_name, level, score);
END;
COMMENT ON FUNCTION @extschema@.cocreation_sample_expert_scores() IS
  'the authors'' scores of the paper''s Table 3 (Cross-case comparison): x = 1, xx = 2, xxx = 3, x(x) = 1.5, blank = 0';

CREATE FUNCTION @extschema@.cocreation_load_sample(schema_name pg_catalog.text DEFAULT 'bentzen2020')
  RETURNS pg_catalog.regnamespace
  LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
  SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
  ws pg_catalog.regnamespace;
  s pg_catalog.text := quote_ident(schema_name);
  -- the extension's own schema, from the catalog (never spliced into this
  -- script's text), so that the SQL built below names exactly its objects
  x pg_catalog.text := (SELECT pg_catalog.quote_ident(n.nspname)
                        FROM pg_catalog.pg_extension e
                        JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
                        WHERE e.extname = 'cocreation');
BEGIN
  -- the same check as cocreation_create_workspace(), so that the error does
  -- not come from inside the nested call
  IF NOT has_database_privilege(current_user, current_database(), 'CREATE') THEN
    RAISE EXCEPTION 'permission denied to create a workspace in database "%"', current_database()
      USING ERRCODE = '42501',
            DETAIL = 'A workspace is a new schema; creating a schema needs the CREATE privilege on the database.',
            HINT = format('Ask the database owner: GRANT CREATE ON DATABASE %s TO %s',
                          quote_ident(current_database()), quote_ident(current_user));
  END IF;
  -- the sample's calibration, with what it is worth (doc/calibration.md)
  EXECUTE format('SELECT %s.cocreation_create_workspace($1, $2, $3, $4)', x) INTO ws
    USING schema_name, '{2,4,8}'::pg_catalog.float8[], 'sum'::pg_catalog.text,
          ('The tool''s scale, not the paper''s (the paper gives no rule from evidence to crosses): '
           || 'one cross for a level''s evidence worth a programme (weight 2), each further cross for '
           || 'as much evidence again as all before it (4, then 8). It was adopted after {1,3,6} had '
           || 'failed a finding on an earlier coding of the sample, so it is not an argument made '
           || 'before the results: read it beside the scan of the main job.')::pg_catalog.text;
  EXECUTE format('INSERT INTO %s.cases SELECT * FROM %s.cocreation_sample_cases()', s, x);
  EXECUTE format('INSERT INTO %s.sources SELECT * FROM %s.cocreation_sample_sources()', s, x);
  -- weight stays NULL: every activity is weighted by scope_weight(scope)
  EXECUTE format($q$
    INSERT INTO %s.activities (case_name, name, description, actors, object, decision,
                               scope, citation, quote, source_id)
    SELECT case_name, name, description, actors, object, decision, scope, citation, quote, source_id
    FROM %s.cocreation_sample_activities()$q$, s, x);
  EXECUTE format($q$
    INSERT INTO %s.factors (case_name, code, polarity, dimension, stage, strength,
                            description, citation, quote, source_id)
    SELECT case_name, code, polarity, dimension, stage, strength, description, citation, quote, source_id
    FROM %s.cocreation_sample_factors()$q$, s, x);
  EXECUTE format('INSERT INTO %s.expert_scores SELECT * FROM %s.cocreation_sample_expert_scores()', s, x);
  RETURN ws;
END
$fn$;
COMMENT ON FUNCTION @extschema@.cocreation_load_sample(pg_catalog.text) IS
  'creates a workspace and loads the paper''s study: Tables 1 to 3, every activity and every driver and barrier it reports';

------------------------------------------------------------------------------
-- calibration_fit() (src/calibration.sql)
------------------------------------------------------------------------------

/*
 * How well a calibration reproduces a rater's scores (the paper's Table 3, or
 * an analyst's own expert scores) in a workspace: the cells that agree
 * exactly, ordinal Krippendorff's alpha and linearly weighted kappa between
 * the computed and the rater's scores.  mode 'strict' recomputes each
 * activity's level with classify_strict().  A case with no activities scores
 * 0 at every level.
 */
CREATE FUNCTION @extschema@.calibration_fit(workspace pg_catalog.regnamespace,
    thresholds pg_catalog.float8[], rater pg_catalog.text DEFAULT 'Table 3',
    method pg_catalog.text DEFAULT 'sum', mode pg_catalog.text DEFAULT 'default',
    OUT cells pg_catalog.int4, OUT cells_agreeing pg_catalog.int4,
    OUT alpha_ordinal pg_catalog.float8, OUT kappa_linear pg_catalog.float8)
  RETURNS record
  LANGUAGE plpgsql STABLE STRICT PARALLEL RESTRICTED
  SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
  -- the extension's own schema, from the catalog
  x pg_catalog.text := (SELECT pg_catalog.quote_ident(n.nspname)
                        FROM pg_catalog.pg_extension e
                        JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
                        WHERE e.extname = 'cocreation');
  lvl pg_catalog.text;
BEGIN
  CASE lower(btrim(mode))
    WHEN 'default' THEN lvl := 'a.level';
    WHEN 'strict' THEN lvl := format('%s.classify_strict(a.actors, a.object, a.decision)', x);
    ELSE
      RAISE EXCEPTION 'unknown mode "%"', left(mode, 40)
        USING ERRCODE = '22023', HINT = 'Valid modes are default and strict.';
  END CASE;
  EXECUTE format($q$
    WITH t AS (
      SELECT a.case_name, %2$s.tally_agg(%3$s, a.effective_weight) AS tally
      FROM %1$s.activities a GROUP BY a.case_name
    ), c AS (
      SELECT e.case_name || '/' || e.level::pg_catalog.text AS unit, e.score::pg_catalog.float8 AS expert,
             COALESCE(%2$s.score(%2$s.profile(t.tally, $1, $2), e.level::%2$s.level), 0)::pg_catalog.float8 AS computed
      FROM %1$s.expert_scores e LEFT JOIN t ON t.case_name = e.case_name
      WHERE e.rater = $3
    ), b AS (
      SELECT unit, expert AS v FROM c UNION ALL SELECT unit, computed FROM c
    )
    SELECT count(*)::pg_catalog.int4,
           (count(*) FILTER (WHERE c.computed = c.expert))::pg_catalog.int4,
           (SELECT %2$s.krippendorff_alpha(b.unit::pg_catalog.text, b.v::pg_catalog.float8, 'ordinal'::pg_catalog.text) FROM b),
           %2$s.weighted_kappa(c.computed::pg_catalog.float8, c.expert::pg_catalog.float8, 'linear'::pg_catalog.text)
    FROM c$q$, workspace, x, lvl)
  INTO cells, cells_agreeing, alpha_ordinal, kappa_linear
  USING thresholds, method, rater;
END
$fn$;
COMMENT ON FUNCTION @extschema@.calibration_fit(pg_catalog.regnamespace, pg_catalog.float8[], pg_catalog.text, pg_catalog.text, pg_catalog.text) IS
  'how well profile() with these thresholds reproduces a rater''s scores in a workspace: cells, cells agreeing exactly, ordinal Krippendorff alpha, linearly weighted kappa (mode default or strict)';

------------------------------------------------------------------------------
-- charts: SVG for reports and dashboards (src/charts.sql)
------------------------------------------------------------------------------

/*
 * Charts for reports and dashboards: SVG text built from the extension's own
 * accessors, so anything that renders HTML can show a profile or a balance.
 * Every text embedded in the markup goes through html_escape().
 */
CREATE FUNCTION @extschema@.cocreation_html_escape(t pg_catalog.text) RETURNS pg_catalog.text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
  SELECT replace(replace(replace(replace(replace(t, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'),
                 '"', '&quot;'), '''', '&#39;');
END;
COMMENT ON FUNCTION @extschema@.cocreation_html_escape(pg_catalog.text) IS
  'text made safe to embed in HTML or SVG, as element content or attribute value';

CREATE FUNCTION @extschema@.svg(p @extschema@.profile, title pg_catalog.text DEFAULT NULL,
                               reference @extschema@.profile DEFAULT NULL)
  RETURNS pg_catalog.text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
  -- one bar per level on a scale of 0 to 3 crosses (60 px a cross), with an
  -- x axis of tick values, each bar's score written next to the plot, the
  -- reference (e.g. the paper's Table 3) as a black tick on each bar with
  -- its score beside the computed one, and a legend.  Classes name the
  -- parts (axis, tick, bar, value, reference, legend) for tests and styling.
  SELECT CASE WHEN p IS NULL THEN NULL ELSE
    '<svg xmlns="http://www.w3.org/2000/svg" width="460" height="200" viewBox="0 0 460 200"'
    || ' font-family="sans-serif" font-size="12" role="img" class="profile-chart"><title>'
    || @extschema@.cocreation_html_escape(COALESCE(title || ': ', '') || 'co-creation profile '
                              || @extschema@.notation(p)
                              || COALESCE(', reference ' || @extschema@.notation(reference), '')) || '</title>'
    || '<text x="8" y="16" font-weight="bold">' || @extschema@.cocreation_html_escape(COALESCE(title, 'profile'))
    || '</text>'
    -- x axis: grid lines, ticks and their values in crosses
    || '<g class="axis x-axis"><line x1="140" y1="128" x2="320" y2="128" stroke="#333"/>'
    || (SELECT string_agg(format('<line x1="%s" y1="24" x2="%s" y2="128" stroke="#e3e3e3"/>'
                                 || '<line class="tick" x1="%s" y1="128" x2="%s" y2="133" stroke="#333"/>'
                                 || '<text class="tick-label" x="%s" y="146" text-anchor="middle">%s</text>',
                                 140 + 60 * g, 140 + 60 * g, 140 + 60 * g, 140 + 60 * g, 140 + 60 * g, g),
                          '' ORDER BY g)
        FROM generate_series(0, 3) g)
    || '<text class="axis-title" x="230" y="162" text-anchor="middle" fill="#444">score (crosses)</text></g>'
    || '<g class="axis y-axis"><line x1="140" y1="24" x2="140" y2="128" stroke="#333"/>'
    || (SELECT string_agg(format('<text class="tick-label" x="134" y="%s" text-anchor="end">%s</text>',
                                 44 + 32 * i, lbl), '' ORDER BY i)
        FROM (VALUES (0, 'service production'), (1, 'problem solving'), (2, 'policymaking')) AS l(i, lbl))
    || '</g>'
    -- the bars, each with its score (and the reference's) as a number
    || (SELECT string_agg(
          format('<rect class="bar" x="140" y="%s" width="%s" height="18" fill="%s"><title>%s</title></rect>',
                 30 + 32 * i, 60 * s, col, lbl || ': ' || s || COALESCE(', reference ' || r, ''))
          || format('<text class="value" x="328" y="%s">%s</text>', 44 + 32 * i,
                    s || CASE WHEN r IS NULL THEN '' WHEN r = s THEN ' (= reference)'
                              ELSE ' (reference ' || r || ')' END)
          || CASE WHEN r IS NULL THEN '' ELSE
               format('<line class="reference" x1="%s" y1="%s" x2="%s" y2="%s" stroke="#000" stroke-width="3"/>',
                      140 + 60 * r, 26 + 32 * i, 140 + 60 * r, 52 + 32 * i)
             END, '' ORDER BY i)
        FROM (SELECT l.i, l.lbl, l.col,
                     pg_catalog.trim_scale(@extschema@.score(p, l.lv::@extschema@.level)) AS s,
                     pg_catalog.trim_scale(@extschema@.score(reference, l.lv::@extschema@.level)) AS r
              FROM (VALUES (0, 'service_production', 'service production', '#4e79a7'),
                           (1, 'problem_solving', 'problem solving', '#59a14f'),
                           (2, 'policymaking', 'policymaking', '#e15759')) AS l(i, lv, lbl, col)) v)
    -- the legend: what a bar and a tick are
    || '<g class="legend"><rect x="140" y="178" width="10" height="10" fill="#4e79a7"/>'
    || '<rect x="150" y="178" width="10" height="10" fill="#59a14f"/>'
    || '<rect x="160" y="178" width="10" height="10" fill="#e15759"/>'
    || '<text x="176" y="187" font-size="11">computed ' || @extschema@.cocreation_html_escape(@extschema@.notation(p))
    || '</text>'
    || CASE WHEN reference IS NULL THEN '' ELSE
         '<line x1="336" y1="176" x2="336" y2="190" stroke="#000" stroke-width="3"/>'
         || '<text x="344" y="187" font-size="11">reference '
         || @extschema@.cocreation_html_escape(@extschema@.notation(reference)) || '</text>' END
    || '</g></svg>' END;
END;
COMMENT ON FUNCTION @extschema@.svg(@extschema@.profile, pg_catalog.text, @extschema@.profile) IS
  'SVG bar chart of a profile (0 to 3 crosses per level) with axes, tick values, each score as a number and a legend; an optional reference profile (e.g. the paper''s Table 3) as ticks, its scores beside the computed ones';

CREATE FUNCTION @extschema@.svg(b @extschema@.balance, title pg_catalog.text DEFAULT NULL)
  RETURNS pg_catalog.text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
  -- per dimension: drivers to the right (green), adoption barriers (red)
  -- and implementation problems (orange) to the left of a zero line, each
  -- bar's strength written as a number at its end.  The axis runs from 0
  -- to 6 on either side, further when a bar is longer, so that charts of
  -- different cases compare unless one outgrows it; its tick values say
  -- which.  Classes name the parts (axis, tick, bar, count, legend).
  SELECT CASE WHEN b IS NULL THEN NULL ELSE
    '<svg xmlns="http://www.w3.org/2000/svg" width="440" height="232" viewBox="0 0 440 232"'
    || ' font-family="sans-serif" font-size="12" role="img" class="balance-chart"><title>'
    || @extschema@.cocreation_html_escape(COALESCE(title || ': ', '') || 'drivers and barriers, net index '
                              || COALESCE(round(@extschema@.net_index(b)::numeric, 2)::text, 'undefined'))
    || '</title><text x="8" y="16" font-weight="bold">' || @extschema@.cocreation_html_escape(COALESCE(title, 'balance'))
    || '</text><text x="432" y="16" text-anchor="end">net index '
    || COALESCE(round(@extschema@.net_index(b)::numeric, 2)::text, '-') || '</text>'
    || (SELECT
          -- the x axis: strength, barriers to the left, drivers to the right
          '<g class="axis x-axis"><line x1="150" y1="172" x2="390" y2="172" stroke="#333"/>'
          || (SELECT string_agg(format('<line class="tick" x1="%s" y1="172" x2="%s" y2="177" stroke="#333"/>'
                                       || '<text class="tick-label" x="%s" y="190" text-anchor="middle">%s</text>',
                                       270 + 60 * k, 270 + 60 * k, 270 + 60 * k,
                                       trim_scale(round((abs(k) * m / 2.0)::numeric, 1))), '' ORDER BY k)
              FROM generate_series(-2, 2) k)
          || '<text class="axis-title" x="210" y="204" text-anchor="middle" fill="#444">&#8592; barriers</text>'
          || '<text class="axis-title" x="330" y="204" text-anchor="middle" fill="#444">drivers &#8594;</text></g>'
          || '<line class="axis zero" x1="270" y1="24" x2="270" y2="172" stroke="#333"/>'
          || (SELECT string_agg(
               format('<text class="tick-label" x="8" y="%s">%s</text>', 42 + 28 * (i - 1), d.dimension)
               || format('<rect class="bar driver" x="270" y="%s" width="%s" height="16" fill="#59a14f"><title>%s drivers %s</title></rect>',
                         29 + 28 * (i - 1), round((d.drivers * u)::numeric, 1), d.dimension, trim_scale(round(d.drivers::numeric, 2)))
               || format('<rect class="bar adoption" x="%s" y="%s" width="%s" height="16" fill="#e15759"><title>%s adoption barriers %s</title></rect>',
                         round((270 - d.adoption_barriers * u)::numeric, 1), 29 + 28 * (i - 1),
                         round((d.adoption_barriers * u)::numeric, 1), d.dimension,
                         trim_scale(round(d.adoption_barriers::numeric, 2)))
               || format('<rect class="bar implementation" x="%s" y="%s" width="%s" height="16" fill="#f28e2b"><title>%s implementation problems %s</title></rect>',
                         round((270 - (d.adoption_barriers + d.implementation_problems) * u)::numeric, 1),
                         29 + 28 * (i - 1), round((d.implementation_problems * u)::numeric, 1), d.dimension,
                         trim_scale(round(d.implementation_problems::numeric, 2)))
               -- the strengths as numbers: drivers right of their bar,
               -- adoption barriers (+ implementation problems) left of theirs
               || format('<text class="count" x="%s" y="%s" fill="#2e6b26">%s</text>',
                         round((274 + d.drivers * u)::numeric, 1), 42 + 28 * (i - 1),
                         trim_scale(round(d.drivers::numeric, 2)))
               || format('<text class="count" x="%s" y="%s" text-anchor="end"><tspan fill="#b02a2a">%s</tspan>%s</text>',
                         round((266 - (d.adoption_barriers + d.implementation_problems) * u)::numeric, 1),
                         42 + 28 * (i - 1), trim_scale(round(d.adoption_barriers::numeric, 2)),
                         CASE WHEN d.implementation_problems > 0
                              THEN ' + <tspan fill="#b05a00">'
                                   || trim_scale(round(d.implementation_problems::numeric, 2)) || '</tspan>'
                              ELSE '' END),
               '' ORDER BY i)
              FROM (SELECT dd.*, 120.0::float8 / s.m AS u
                    FROM @extschema@.dimensions(b) WITH ORDINALITY AS dd(dimension, drivers, adoption_barriers,
                                                                       implementation_problems, net_index, i)) d)
        FROM (SELECT greatest(6, ceil(max(x.drivers)), ceil(max(x.adoption_barriers + x.implementation_problems)))::float8 AS m
              FROM @extschema@.dimensions(b) x) s)
    || '<g class="legend"><rect x="8" y="214" width="10" height="10" fill="#59a14f"/><text x="22" y="223" font-size="11">drivers</text>'
    || '<rect x="80" y="214" width="10" height="10" fill="#e15759"/><text x="94" y="223" font-size="11">adoption barriers</text>'
    || '<rect x="200" y="214" width="10" height="10" fill="#f28e2b"/><text x="214" y="223" font-size="11">implementation problems</text></g>'
    || '</svg>' END;
END;
COMMENT ON FUNCTION @extschema@.svg(@extschema@.balance, pg_catalog.text) IS
  'SVG chart of a balance: drivers against adoption barriers and implementation problems per dimension, each strength as a number, with an axis of tick values and a legend';

------------------------------------------------------------------------------
-- waves: rounds of data collection, and change between them (src/waves.sql)
------------------------------------------------------------------------------

/*
 * A study compares snapshots; a second round of data collection shows
 * change.  A workspace records its rounds in a table waves (a name, an
 * ordinal that orders them, a period that may be unknown, a note); every
 * activity, factor and expert score belongs to one wave.  A row inserted
 * without a wave goes to the last wave (the highest ordinal), so that a
 * study with one wave never names it.  The views of 1.0 (case_profiles,
 * case_balance, cross_case, factor_matrix) read the last wave; the wave_*
 * views read every wave, the *_changes views compare each wave with the one
 * before it.
 */

-- the change of a profile between two waves, one row per level: the score
-- before, after, and the difference (after - before, -3 to 3)
CREATE FUNCTION @extschema@.profile_change(before @extschema@.profile, after @extschema@.profile,
    OUT level @extschema@.level, OUT score_before pg_catalog.numeric,
    OUT score_after pg_catalog.numeric, OUT change pg_catalog.numeric)
  RETURNS SETOF record
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
    SELECT l.level, @extschema@.score(before, l.level), @extschema@.score(after, l.level),
           -- 1.5 - 1.5 is 0, not 0.0
           pg_catalog.trim_scale(@extschema@.score(after, l.level)
                                 OPERATOR(pg_catalog.-) @extschema@.score(before, l.level))
    FROM pg_catalog.unnest(ARRAY[1, 2, 3]::pg_catalog.int4[]) AS n(ordinal)
    CROSS JOIN LATERAL (SELECT n.ordinal::@extschema@.level AS level) l
    ORDER BY n.ordinal;
END;
COMMENT ON FUNCTION @extschema@.profile_change(@extschema@.profile, @extschema@.profile) IS
  'the change between two profiles (an earlier and a later wave), one row per co-creation level: the score before, after, and after minus before';

-- the change of a balance between two waves, one row per dimension and one
-- for all: drivers, adoption barriers, implementation problems and net
-- index before and after (the net index NULL where it is undefined)
CREATE FUNCTION @extschema@.balance_change(before @extschema@.balance, after @extschema@.balance,
    OUT dimension pg_catalog.text,
    OUT drivers_before pg_catalog.float8, OUT drivers_after pg_catalog.float8,
    OUT adoption_barriers_before pg_catalog.float8, OUT adoption_barriers_after pg_catalog.float8,
    OUT implementation_problems_before pg_catalog.float8, OUT implementation_problems_after pg_catalog.float8,
    OUT net_index_before pg_catalog.float8, OUT net_index_after pg_catalog.float8,
    OUT net_index_change pg_catalog.float8)
  RETURNS SETOF record
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
    SELECT d.name,
           @extschema@.drivers(before, d.name), @extschema@.drivers(after, d.name),
           @extschema@.barriers(before, d.name, 'adoption'::pg_catalog.text),
           @extschema@.barriers(after, d.name, 'adoption'::pg_catalog.text),
           @extschema@.barriers(before, d.name, 'implementation'::pg_catalog.text),
           @extschema@.barriers(after, d.name, 'implementation'::pg_catalog.text),
           @extschema@.net_index(before, d.name), @extschema@.net_index(after, d.name),
           @extschema@.net_index(after, d.name) OPERATOR(pg_catalog.-) @extschema@.net_index(before, d.name)
    FROM pg_catalog.unnest(ARRAY['discursive', 'cultural', 'institutional', 'practical',
                                 'contextual', 'all']::pg_catalog.text[]) WITH ORDINALITY AS d(name, ord)
    ORDER BY d.ord;
END;
COMMENT ON FUNCTION @extschema@.balance_change(@extschema@.balance, @extschema@.balance) IS
  'the change between two balances (an earlier and a later wave), one row per dimension and one for all: drivers, adoption barriers, implementation problems and net index before and after, and the net index''s change (NULL where either is undefined)';

/*
 * A workspace object added after the workspace was made is readable (or
 * writable) by whoever could read (or write) the object it sits next to:
 * each privilege that anyone other than the owner holds on source, among
 * the privileges named, is granted on every target, with its grant
 * option.  Runs with the caller's rights, so it grants only what the
 * caller may grant.
 */
CREATE FUNCTION @extschema@.cocreation_copy_grants(schema_name pg_catalog.text, source pg_catalog.text,
                                                   targets pg_catalog.text[], privileges pg_catalog.text[])
  RETURNS void
  LANGUAGE plpgsql VOLATILE STRICT PARALLEL UNSAFE
  SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
  g record;
BEGIN
  FOR g IN SELECT v.name, a.privilege_type, a.grantee, a.is_grantable
           FROM pg_catalog.unnest(targets) v(name)
           CROSS JOIN pg_catalog.pg_class c CROSS JOIN LATERAL pg_catalog.aclexplode(c.relacl) a
           WHERE c.oid = pg_catalog.to_regclass(pg_catalog.quote_ident(schema_name) || '.' || pg_catalog.quote_ident(source))
             AND a.grantee <> c.relowner AND a.privilege_type = ANY (privileges)
           ORDER BY v.name, a.grantee, a.privilege_type LOOP
    EXECUTE pg_catalog.format('GRANT %s ON %I.%I TO %s%s', g.privilege_type, schema_name, g.name,
                              CASE WHEN g.grantee = 0 THEN 'PUBLIC'
                                   ELSE g.grantee::pg_catalog.regrole::pg_catalog.text END,
                              CASE WHEN g.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END);
  END LOOP;
END
$fn$;
COMMENT ON FUNCTION @extschema@.cocreation_copy_grants(pg_catalog.text, pg_catalog.text, pg_catalog.text[], pg_catalog.text[]) IS
  'grants on each of a workspace''s targets the privileges, among those named, that anyone but the owner holds on its source; used when a workspace gets waves or QCA after it was made';

/*
 * The waves of a workspace: the table waves, the column wave of activities,
 * factors and expert_scores, the keys that include it and the trigger
 * fill_wave that puts a row without a wave into the last one.  Added only
 * where missing: on a workspace made before waves existed (1.0), every row
 * goes into one wave, 'wave 1', period unknown (NULL), and an activity's
 * name is unique per case and wave, an expert's score per case, wave, rater
 * and level.  Plain types only, so that DROP EXTENSION leaves all of it.
 */
CREATE FUNCTION @extschema@.cocreation_create_workspace_waves(schema_name pg_catalog.text)
  RETURNS void
  LANGUAGE plpgsql VOLATILE STRICT PARALLEL UNSAFE
  SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
  s pg_catalog.text := quote_ident(schema_name);
  t pg_catalog.text;
BEGIN
  IF pg_catalog.to_regclass(s || '.waves') IS NULL THEN
    EXECUTE format($ddl$
      CREATE TABLE %1$s.waves (
        wave text PRIMARY KEY CONSTRAINT wave_not_blank CHECK (btrim(wave) <> ''),
        ordinal integer NOT NULL CONSTRAINT one_wave_per_ordinal UNIQUE
          CONSTRAINT ordinal_positive CHECK (ordinal > 0),
        period daterange CONSTRAINT period_not_empty CHECK (NOT isempty(period)),
        note text
      )$ddl$, s);
    EXECUTE format($q$INSERT INTO %s.waves (wave, ordinal) VALUES ('wave 1', 1)$q$, s);
    -- whoever could read or write the activities can the waves (the views
    -- read both: a reader of a workspace made with 1.0 keeps reading them)
    PERFORM @extschema@.cocreation_copy_grants(schema_name, 'activities'::pg_catalog.text,
              ARRAY['waves']::pg_catalog.text[],
              ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'REFERENCES', 'TRIGGER']::pg_catalog.text[]);
    EXECUTE format('COMMENT ON TABLE %s.waves IS %L', s,
      'the study''s rounds of data collection, in the order of ordinal; period NULL when unknown; every activity, factor and expert score belongs to one, a row inserted without a wave to the last');
  END IF;

  FOREACH t IN ARRAY ARRAY['activities', 'factors', 'expert_scores'] LOOP
    IF 0 = (SELECT count(*) FROM pg_catalog.pg_attribute
             WHERE attrelid = pg_catalog.to_regclass(s || '.' || t) AND attname = 'wave' AND NOT attisdropped) THEN
      -- every row there is of the one round collected so far
      EXECUTE format($ddl$
        ALTER TABLE %1$s.%2$I ADD COLUMN wave text NOT NULL DEFAULT 'wave 1'
          CONSTRAINT wave_is_in_waves REFERENCES %1$s.waves ON UPDATE CASCADE$ddl$, s, t);
      EXECUTE format('ALTER TABLE %s.%I ALTER COLUMN wave DROP DEFAULT', s, t);
      EXECUTE format('COMMENT ON COLUMN %s.%I.wave IS %L', s, t,
        'the wave (round of data collection) of the row; the last wave when inserted without one');
      IF t = 'activities' THEN
        EXECUTE format($ddl$
          ALTER TABLE %1$s.activities DROP CONSTRAINT one_activity_per_name_and_case,
            ADD CONSTRAINT one_activity_per_name_case_and_wave UNIQUE (case_name, wave, name)$ddl$, s);
      ELSIF t = 'expert_scores' THEN
        EXECUTE format($ddl$
          ALTER TABLE %1$s.expert_scores DROP CONSTRAINT expert_scores_pkey,
            ADD CONSTRAINT expert_scores_pkey PRIMARY KEY (case_name, wave, rater, level)$ddl$, s);
      END IF;
    END IF;
  END LOOP;

  IF pg_catalog.to_regprocedure(s || '.fill_wave()') IS NULL THEN
    EXECUTE format($ddl$
      CREATE FUNCTION %1$s.fill_wave() RETURNS trigger
        LANGUAGE plpgsql
        SET search_path = pg_catalog, pg_temp
      AS $body$
      BEGIN
        IF NEW.wave IS NULL THEN
          NEW.wave := (SELECT w.wave FROM %1$s.waves w ORDER BY w.ordinal DESC LIMIT 1);
        END IF;
        RETURN NEW;
      END
      $body$$ddl$, s);
    EXECUTE format('COMMENT ON FUNCTION %s.fill_wave() IS %L', s,
      'trigger: a row inserted without a wave goes to the last wave (the highest ordinal)');
  END IF;
  FOREACH t IN ARRAY ARRAY['activities', 'factors', 'expert_scores'] LOOP
    IF 0 = (SELECT count(*) FROM pg_catalog.pg_trigger
             WHERE tgrelid = pg_catalog.to_regclass(s || '.' || t) AND tgname = 'fill_wave') THEN
      EXECUTE format('CREATE TRIGGER fill_wave BEFORE INSERT ON %s.%I
                      FOR EACH ROW EXECUTE FUNCTION %s.fill_wave()', s, t, s);
    END IF;
  END LOOP;
END
$fn$;
COMMENT ON FUNCTION @extschema@.cocreation_create_workspace_waves(pg_catalog.text) IS
  'adds a workspace''s waves where missing: the table waves (with ''wave 1'', period unknown), the column wave of activities, factors and expert_scores (existing rows in ''wave 1''), the keys that include it and the trigger fill_wave; used by cocreation_create_workspace(), cocreation_rebuild_workspace() and the update from 1.0';

/*
 * The views of a workspace over its waves (security_invoker, as the
 * others): wave_profiles, wave_balance and wave_cross_case per case and
 * wave; profile_changes (per case and level), activity_changes (by name)
 * and factor_changes (by code) compare each wave with the one before it.
 * The views of 1.0 read wave_profiles and wave_balance at the last wave.
 */
CREATE FUNCTION @extschema@.cocreation_create_workspace_wave_views(schema_name pg_catalog.text)
  RETURNS void
  LANGUAGE plpgsql VOLATILE STRICT PARALLEL UNSAFE
  SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
  s pg_catalog.text := quote_ident(schema_name);
  x pg_catalog.text := (SELECT pg_catalog.quote_ident(n.nspname)
                        FROM pg_catalog.pg_extension e
                        JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
                        WHERE e.extname = 'cocreation');
  made pg_catalog.text[] := '{}';
BEGIN
  IF pg_catalog.to_regclass(s || '.wave_profiles') IS NULL THEN
  made := made || 'wave_profiles'::pg_catalog.text;
  EXECUTE format($ddl$
    CREATE VIEW %1$s.wave_profiles WITH (security_invoker = true) AS
    SELECT c.case_name, w.wave, w.ordinal AS wave_ordinal, t.activities, t.tally, p.profile,
           %2$s.score(p.profile, 'service_production'::%2$s.level) AS service_production,
           %2$s.score(p.profile, 'problem_solving'::%2$s.level) AS problem_solving,
           %2$s.score(p.profile, 'policymaking'::%2$s.level) AS policymaking,
           %2$s.notation(p.profile) AS notation,
           %2$s.reach(p.profile) AS reach,
           %2$s.reach(p.profile)::pg_catalog.int4 AS reach_rank,
           t.evidence_service_production, t.evidence_problem_solving,
           t.evidence_policymaking, t.not_cocreation
    FROM %1$s.cases c
    CROSS JOIN %1$s.waves w
    -- the sums per case and wave grouped, then joined: Citus runs this
    -- on the shards (doc/scaling.md); a case without activities in a wave
    -- has no group and gets what the sums give over no rows (tally NULL)
    LEFT JOIN (
      SELECT a.case_name, a.wave, count(*) AS activities,
             %2$s.tally_agg(a.level, a.effective_weight) AS tally,
             COALESCE(sum(a.effective_weight) FILTER (WHERE a.level::pg_catalog.int4 = 1), 0)
               AS evidence_service_production,
             COALESCE(sum(a.effective_weight) FILTER (WHERE a.level::pg_catalog.int4 = 2), 0)
               AS evidence_problem_solving,
             COALESCE(sum(a.effective_weight) FILTER (WHERE a.level::pg_catalog.int4 = 3), 0)
               AS evidence_policymaking,
             count(*) FILTER (WHERE a.level::pg_catalog.int4 = 0) AS not_cocreation
      FROM %1$s.activities a
      GROUP BY a.case_name, a.wave) g ON g.case_name = c.case_name AND g.wave = w.wave
    CROSS JOIN LATERAL (
      SELECT COALESCE(g.activities, 0) AS activities, g.tally,
             COALESCE(g.evidence_service_production, 0) AS evidence_service_production,
             COALESCE(g.evidence_problem_solving, 0) AS evidence_problem_solving,
             COALESCE(g.evidence_policymaking, 0) AS evidence_policymaking,
             COALESCE(g.not_cocreation, 0) AS not_cocreation) t
    LEFT JOIN %1$s.calibration k ON true
    CROSS JOIN LATERAL (SELECT %2$s.profile(t.tally, k.thresholds::pg_catalog.float8[],
                                            k.method::pg_catalog.text) AS profile) p$ddl$, s, x);
  END IF;

  IF pg_catalog.to_regclass(s || '.wave_balance') IS NULL THEN
  made := made || 'wave_balance'::pg_catalog.text;
  EXECUTE format($ddl$
    CREATE VIEW %1$s.wave_balance WITH (security_invoker = true) AS
    SELECT c.case_name, w.wave, w.ordinal AS wave_ordinal, f.factors, f.balance,
           %2$s.drivers(f.balance, 'all'::pg_catalog.text) AS drivers,
           %2$s.barriers(f.balance, 'all'::pg_catalog.text, 'adoption'::pg_catalog.text) AS adoption_barriers,
           %2$s.barriers(f.balance, 'all'::pg_catalog.text, 'implementation'::pg_catalog.text) AS implementation_problems,
           %2$s.net_index(f.balance, 'all'::pg_catalog.text) AS net_index,
           %2$s.net_index(f.balance, 'discursive'::pg_catalog.text) AS net_discursive,
           %2$s.net_index(f.balance, 'cultural'::pg_catalog.text) AS net_cultural,
           %2$s.net_index(f.balance, 'institutional'::pg_catalog.text) AS net_institutional,
           %2$s.net_index(f.balance, 'practical'::pg_catalog.text) AS net_practical,
           %2$s.net_index(f.balance, 'contextual'::pg_catalog.text) AS net_contextual,
           %2$s.implementation_share(f.balance) AS implementation_share
    FROM %1$s.cases c
    CROSS JOIN %1$s.waves w
    -- grouped, then joined, as wave_profiles; no factors: the empty balance
    LEFT JOIN (
      SELECT x.case_name, x.wave, count(*) AS factors,
             %2$s.balance_agg(x.polarity, x.dimension, x.strength, x.stage) AS balance
      FROM %1$s.factors x
      GROUP BY x.case_name, x.wave) g ON g.case_name = c.case_name AND g.wave = w.wave
    CROSS JOIN LATERAL (
      SELECT COALESCE(g.factors, 0) AS factors,
             COALESCE(g.balance, '{}'::%2$s.balance) AS balance) f$ddl$, s, x);
  END IF;

  IF pg_catalog.to_regclass(s || '.wave_cross_case') IS NULL THEN
  made := made || 'wave_cross_case'::pg_catalog.text;
  EXECUTE format($ddl$
    CREATE VIEW %1$s.wave_cross_case WITH (security_invoker = true) AS
    SELECT p.case_name, p.wave, p.wave_ordinal, e.rater,
           p.service_production, e.service_production AS expert_service_production,
           p.problem_solving, e.problem_solving AS expert_problem_solving,
           p.policymaking, e.policymaking AS expert_policymaking,
           p.notation, %2$s.notation(e.profile) AS expert_notation,
           (p.service_production = e.service_production)::integer
             + (p.problem_solving = e.problem_solving)::integer
             + (p.policymaking = e.policymaking)::integer AS cells_agreeing,
           p.profile OPERATOR(%2$s.<->) e.profile AS distance
    FROM %1$s.wave_profiles p
    -- each rater's scores grouped by case and wave, then joined: Citus runs
    -- this on the shards; a case and wave without scores has one row, rater NULL
    LEFT JOIN (
      SELECT x.case_name, x.wave, x.rater, x.service_production, x.problem_solving, x.policymaking,
             format('(%%s, %%s, %%s)', x.service_production, x.problem_solving,
                    x.policymaking)::%2$s.profile AS profile
      FROM (SELECT es.case_name, es.wave, es.rater,
                   COALESCE(max(es.score) FILTER (WHERE (es.level::%2$s.level)::pg_catalog.int4 = 1), 0) AS service_production,
                   COALESCE(max(es.score) FILTER (WHERE (es.level::%2$s.level)::pg_catalog.int4 = 2), 0) AS problem_solving,
                   COALESCE(max(es.score) FILTER (WHERE (es.level::%2$s.level)::pg_catalog.int4 = 3), 0) AS policymaking
            FROM %1$s.expert_scores es
            GROUP BY es.case_name, es.wave, es.rater) x) e ON e.case_name = p.case_name AND e.wave = p.wave$ddl$, s, x);
  END IF;

  -- each wave after the first, with the one before it
  IF pg_catalog.to_regclass(s || '.profile_changes') IS NULL THEN
  made := made || 'profile_changes'::pg_catalog.text;
  EXECUTE format($ddl$
    CREATE VIEW %1$s.profile_changes WITH (security_invoker = true) AS
    SELECT b.case_name, b.wave AS wave_before, a.wave AS wave_after,
           l.level::pg_catalog.text AS level, n.ordinal AS level_rank,
           c.score_before, c.score_after, c.change AS score_change,
           e.evidence_before, e.evidence_after, e.evidence_after - e.evidence_before AS evidence_change
    FROM %1$s.wave_profiles b
    JOIN %1$s.wave_profiles a ON a.case_name = b.case_name
      AND a.wave_ordinal = (SELECT min(w.ordinal) FROM %1$s.waves w WHERE w.ordinal > b.wave_ordinal)
    CROSS JOIN pg_catalog.unnest(ARRAY[1, 2, 3]::pg_catalog.int4[]) AS n(ordinal)
    CROSS JOIN LATERAL (SELECT n.ordinal::%2$s.level AS level) l
    CROSS JOIN LATERAL (SELECT (ARRAY[b.evidence_service_production, b.evidence_problem_solving,
                                      b.evidence_policymaking])[n.ordinal] AS evidence_before,
                               (ARRAY[a.evidence_service_production, a.evidence_problem_solving,
                                      a.evidence_policymaking])[n.ordinal] AS evidence_after) e
    LEFT JOIN LATERAL %2$s.profile_change(b.profile, a.profile) c ON c.level OPERATOR(%2$s.=) l.level$ddl$, s, x);
  END IF;

  IF pg_catalog.to_regclass(s || '.activity_changes') IS NULL THEN
  made := made || 'activity_changes'::pg_catalog.text;
  EXECUTE format($ddl$
    CREATE VIEW %1$s.activity_changes WITH (security_invoker = true) AS
    SELECT k.case_name, p.wave_before, p.wave_after, k.name,
           CASE WHEN o.activity_id IS NULL THEN 'started'
                WHEN n.activity_id IS NULL THEN 'ended'
                ELSE 'continued' END AS change,
           o.level::pg_catalog.text AS level_before, n.level::pg_catalog.text AS level_after
    FROM (SELECT w.wave AS wave_before,
                 (SELECT v.wave FROM %1$s.waves v WHERE v.ordinal > w.ordinal ORDER BY v.ordinal LIMIT 1) AS wave_after
          FROM %1$s.waves w) p
    CROSS JOIN LATERAL (SELECT DISTINCT a.case_name, a.name FROM %1$s.activities a
                        WHERE a.wave IN (p.wave_before, p.wave_after)) k
    LEFT JOIN %1$s.activities o ON o.wave = p.wave_before AND o.case_name = k.case_name AND o.name = k.name
    LEFT JOIN %1$s.activities n ON n.wave = p.wave_after AND n.case_name = k.case_name AND n.name = k.name
    WHERE p.wave_after IS NOT NULL$ddl$, s, x);
  END IF;

  IF pg_catalog.to_regclass(s || '.factor_changes') IS NULL THEN
  made := made || 'factor_changes'::pg_catalog.text;
  EXECUTE format($ddl$
    CREATE VIEW %1$s.factor_changes WITH (security_invoker = true) AS
    SELECT k.case_name, p.wave_before, p.wave_after, k.code, k.polarity,
           CASE WHEN o.factors IS NULL THEN 'appeared'
                WHEN n.factors IS NULL THEN 'disappeared'
                ELSE 'persisted' END AS change,
           COALESCE(o.strength, 0) AS strength_before, COALESCE(n.strength, 0) AS strength_after
    FROM (SELECT w.wave AS wave_before,
                 (SELECT v.wave FROM %1$s.waves v WHERE v.ordinal > w.ordinal ORDER BY v.ordinal LIMIT 1) AS wave_after
          FROM %1$s.waves w) p
    CROSS JOIN LATERAL (SELECT DISTINCT f.case_name, f.code, f.polarity FROM %1$s.factors f
                        WHERE f.wave IN (p.wave_before, p.wave_after) AND f.code IS NOT NULL) k
    LEFT JOIN LATERAL (SELECT count(*) AS factors, sum(f.strength) AS strength FROM %1$s.factors f
                       WHERE f.wave = p.wave_before AND f.case_name = k.case_name AND f.code = k.code
                         AND f.polarity = k.polarity HAVING count(*) > 0) o ON true
    LEFT JOIN LATERAL (SELECT count(*) AS factors, sum(f.strength) AS strength FROM %1$s.factors f
                       WHERE f.wave = p.wave_after AND f.case_name = k.case_name AND f.code = k.code
                         AND f.polarity = k.polarity HAVING count(*) > 0) n ON true
    WHERE p.wave_after IS NOT NULL$ddl$, s, x);
  END IF;

  -- a workspace made before waves: whoever reads case_profiles (which will
  -- read wave_profiles) reads the new views
  PERFORM @extschema@.cocreation_copy_grants(schema_name, 'case_profiles'::pg_catalog.text, made,
                                             ARRAY['SELECT']::pg_catalog.text[]);

  -- the workspace's QCA reads wave_balance and wave_profiles (src/qca_workspace.sql)
  EXECUTE format('SELECT %s.cocreation_create_workspace_qca($1)', x) USING schema_name;

  EXECUTE format('COMMENT ON VIEW %s.wave_profiles IS %L', s,
    'per case and wave: the columns of case_profiles, computed from the activities of the wave');
  EXECUTE format('COMMENT ON VIEW %s.wave_balance IS %L', s,
    'per case and wave: the columns of case_balance, computed from the factors of the wave');
  EXECUTE format('COMMENT ON VIEW %s.wave_cross_case IS %L', s,
    'per case, wave and rater: computed scores next to the expert scores of the same wave');
  EXECUTE format('COMMENT ON VIEW %s.profile_changes IS %L', s,
    'per case, level (as text, and its rank 1 to 3) and wave after the first: the score and the evidence in the wave before and in this one, and the difference (profile_change())');
  EXECUTE format('COMMENT ON VIEW %s.activity_changes IS %L', s,
    'per case and wave after the first: the activities (by name) that started, continued or ended since the wave before, with their levels (as text)');
  EXECUTE format('COMMENT ON VIEW %s.factor_changes IS %L', s,
    'per case and wave after the first: the drivers and barriers (by code; uncoded factors are not compared) that appeared, persisted or disappeared since the wave before, with their strength sums');
END
$fn$;
COMMENT ON FUNCTION @extschema@.cocreation_create_workspace_wave_views(pg_catalog.text) IS
  'creates the views of a workspace over its waves that are missing (wave_profiles, wave_balance, wave_cross_case, profile_changes, activity_changes, factor_changes) and its QCA (cocreation_create_workspace_qca()); used by cocreation_create_workspace_views()';

------------------------------------------------------------------------------
-- set-theoretic comparison of many cases, QCA (src/qca.sql)
------------------------------------------------------------------------------

/*
 * Qualitative Comparative Analysis (doc/qca.md): calibration of raw values
 * into set memberships, the fit of a set relation as an exact aggregate
 * (qca_fit), the truth table and its minimization.  For studies of many
 * cases building on the insights of case studies (paper: Conclusion).
 */

-- calibration (Ragin 2008, ch. 5)
CREATE FUNCTION @extschema@.qca_calibrate(x pg_catalog.float8, exclusion pg_catalog.float8,
    crossover pg_catalog.float8, inclusion pg_catalog.float8, scale pg_catalog.text)
  RETURNS pg_catalog.float8
  AS 'MODULE_PATHNAME', 'qca_calibrate' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.qca_calibrate(x pg_catalog.float8, exclusion pg_catalog.float8,
    crossover pg_catalog.float8, inclusion pg_catalog.float8, log_odds pg_catalog.float8)
  RETURNS pg_catalog.float8
  AS 'MODULE_PATHNAME', 'qca_calibrate_log_odds' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.qca_calibrate(pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.text) IS
  'direct calibration of a raw value into a fuzzy membership from the anchors of full exclusion, crossover and full inclusion; scale ''fsqca'' (log odds 3 at the anchors, Ragin 2008) or ''qca'' (log odds ln 19, R''s QCA package)';
COMMENT ON FUNCTION @extschema@.qca_calibrate(pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8) IS
  'direct calibration of a raw value into a fuzzy membership, the anchors of full exclusion and inclusion at the given log odds';
CREATE FUNCTION @extschema@.qca_calibrate_crisp(x pg_catalog.float8, thresholds pg_catalog.float8[])
  RETURNS pg_catalog.int4
  AS 'MODULE_PATHNAME', 'qca_calibrate_crisp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.qca_calibrate_crisp(pg_catalog.float8, pg_catalog.float8[]) IS
  'crisp calibration: the number of the increasing thresholds the raw value reaches (0/1 for one threshold, 0 to k for k)';
CREATE FUNCTION @extschema@.qca_not(membership pg_catalog.float8) RETURNS pg_catalog.float8
  AS 'MODULE_PATHNAME', 'qca_not' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.qca_and(VARIADIC memberships pg_catalog.float8[]) RETURNS pg_catalog.float8
  AS 'MODULE_PATHNAME', 'qca_and' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.qca_or(VARIADIC memberships pg_catalog.float8[]) RETURNS pg_catalog.float8
  AS 'MODULE_PATHNAME', 'qca_or' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.qca_not(pg_catalog.float8) IS 'fuzzy negation: 1 - membership';
COMMENT ON FUNCTION @extschema@.qca_and(pg_catalog.float8[]) IS 'fuzzy intersection (logical and): the smallest membership';
COMMENT ON FUNCTION @extschema@.qca_or(pg_catalog.float8[]) IS 'fuzzy union (logical or): the largest membership';

-- the fit of one set relation X -> Y: n and four exact sums
CREATE TYPE @extschema@.qca_fit;
CREATE FUNCTION @extschema@.qca_fit_in(pg_catalog.cstring) RETURNS @extschema@.qca_fit
  AS 'MODULE_PATHNAME', 'qca_fit_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.qca_fit_out(@extschema@.qca_fit) RETURNS pg_catalog.cstring
  AS 'MODULE_PATHNAME', 'qca_fit_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.qca_fit_recv(pg_catalog.internal) RETURNS @extschema@.qca_fit
  AS 'MODULE_PATHNAME', 'qca_fit_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.qca_fit_send(@extschema@.qca_fit) RETURNS pg_catalog.bytea
  AS 'MODULE_PATHNAME', 'qca_fit_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE @extschema@.qca_fit (
  INPUT = @extschema@.qca_fit_in,
  OUTPUT = @extschema@.qca_fit_out,
  RECEIVE = @extschema@.qca_fit_recv,
  SEND = @extschema@.qca_fit_send,
  INTERNALLENGTH = 592,
  ALIGNMENT = double,
  STORAGE = plain,
  CATEGORY = 'U'
);
COMMENT ON TYPE @extschema@.qca_fit IS
  'the fit of a set relation X -> Y over cases: their number and the exact sums of x, y, min(x, y) and min(x, y, 1 - y)';
COMMENT ON FUNCTION @extschema@.qca_fit_in(pg_catalog.cstring) IS 'text input of type qca_fit';
COMMENT ON FUNCTION @extschema@.qca_fit_out(@extschema@.qca_fit) IS 'text output of type qca_fit';
COMMENT ON FUNCTION @extschema@.qca_fit_recv(pg_catalog.internal) IS 'binary input of type qca_fit';
COMMENT ON FUNCTION @extschema@.qca_fit_send(@extschema@.qca_fit) IS 'binary output of type qca_fit';
CREATE CAST (@extschema@.qca_fit AS pg_catalog.text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.text AS @extschema@.qca_fit) WITH INOUT;

CREATE FUNCTION @extschema@.qca_fit_sfunc(@extschema@.qca_fit, pg_catalog.float8, pg_catalog.float8)
  RETURNS @extschema@.qca_fit
  AS 'MODULE_PATHNAME', 'qca_fit_sfunc' LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
CREATE FUNCTION @extschema@.qca_fit_merge(@extschema@.qca_fit, @extschema@.qca_fit)
  RETURNS @extschema@.qca_fit
  AS 'MODULE_PATHNAME', 'qca_fit_merge' LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.qca_fit_sfunc(@extschema@.qca_fit, pg_catalog.float8, pg_catalog.float8) IS
  'transition function of qca_fit(x, y)';
COMMENT ON FUNCTION @extschema@.qca_fit_merge(@extschema@.qca_fit, @extschema@.qca_fit) IS
  'combine function of qca_fit, transition function of qca_fit(qca_fit); NULL is no evidence';
CREATE AGGREGATE @extschema@.qca_fit(x pg_catalog.float8, y pg_catalog.float8) (
  SFUNC = @extschema@.qca_fit_sfunc, STYPE = @extschema@.qca_fit,
  COMBINEFUNC = @extschema@.qca_fit_merge, PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.qca_fit(@extschema@.qca_fit) (
  SFUNC = @extschema@.qca_fit_merge, STYPE = @extschema@.qca_fit,
  COMBINEFUNC = @extschema@.qca_fit_merge, PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.qca_fit(pg_catalog.float8, pg_catalog.float8) IS
  'the fit of the relation between condition membership x and outcome membership y, exact whatever the row order or plan; rows with a NULL skipped, no rows give NULL';
COMMENT ON AGGREGATE @extschema@.qca_fit(@extschema@.qca_fit) IS
  'the merged fit of several groups of cases, for roll-ups; NULL skipped';

CREATE FUNCTION @extschema@.qca_cases(@extschema@.qca_fit) RETURNS pg_catalog.int8
  AS 'MODULE_PATHNAME', 'qca_fit_cases' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.qca_consistency(@extschema@.qca_fit) RETURNS pg_catalog.float8
  AS 'MODULE_PATHNAME', 'qca_fit_consistency' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.qca_coverage(@extschema@.qca_fit) RETURNS pg_catalog.float8
  AS 'MODULE_PATHNAME', 'qca_fit_coverage' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.qca_pri(@extschema@.qca_fit) RETURNS pg_catalog.float8
  AS 'MODULE_PATHNAME', 'qca_fit_pri' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.qca_necessity_consistency(@extschema@.qca_fit) RETURNS pg_catalog.float8
  AS 'MODULE_PATHNAME', 'qca_fit_coverage' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.qca_necessity_coverage(@extschema@.qca_fit) RETURNS pg_catalog.float8
  AS 'MODULE_PATHNAME', 'qca_fit_consistency' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.qca_relevance(@extschema@.qca_fit) RETURNS pg_catalog.float8
  AS 'MODULE_PATHNAME', 'qca_fit_relevance' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.qca_cases(@extschema@.qca_fit) IS 'the number of cases behind a fit';
COMMENT ON FUNCTION @extschema@.qca_consistency(@extschema@.qca_fit) IS
  'consistency of X as sufficient for Y: sum min(x, y) / sum x; NULL when sum x is 0';
COMMENT ON FUNCTION @extschema@.qca_coverage(@extschema@.qca_fit) IS
  'coverage of Y by X as sufficient: sum min(x, y) / sum y; NULL when sum y is 0';
COMMENT ON FUNCTION @extschema@.qca_pri(@extschema@.qca_fit) IS
  'proportional reduction in inconsistency of X as sufficient for Y; NULL when undefined';
COMMENT ON FUNCTION @extschema@.qca_necessity_consistency(@extschema@.qca_fit) IS
  'consistency of X as necessary for Y: sum min(x, y) / sum y; NULL when sum y is 0';
COMMENT ON FUNCTION @extschema@.qca_necessity_coverage(@extschema@.qca_fit) IS
  'coverage of X as necessary for Y: sum min(x, y) / sum x; NULL when sum x is 0';
COMMENT ON FUNCTION @extschema@.qca_relevance(@extschema@.qca_fit) IS
  'relevance of X as necessary for Y: sum (1 - x) / sum (1 - min(x, y)); NULL when undefined';

-- the truth table: per corner of the property space, over all cases
CREATE FUNCTION @extschema@.qca_truth_table_sfunc(pg_catalog.internal, pg_catalog.float8[], pg_catalog.float8, pg_catalog.text[])
  RETURNS pg_catalog.internal
  AS 'MODULE_PATHNAME', 'qca_truth_table_sfunc' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.qca_truth_table_combine(pg_catalog.internal, pg_catalog.internal)
  RETURNS pg_catalog.internal
  AS 'MODULE_PATHNAME', 'qca_truth_table_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.qca_truth_table_serial(pg_catalog.internal) RETURNS pg_catalog.bytea
  AS 'MODULE_PATHNAME', 'qca_truth_table_serial' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.qca_truth_table_deserial(pg_catalog.bytea, pg_catalog.internal)
  RETURNS pg_catalog.internal
  AS 'MODULE_PATHNAME', 'qca_truth_table_deserial' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.qca_truth_table_final(pg_catalog.internal) RETURNS pg_catalog.jsonb
  AS 'MODULE_PATHNAME', 'qca_truth_table_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.qca_truth_table_sfunc(pg_catalog.internal, pg_catalog.float8[], pg_catalog.float8, pg_catalog.text[]) IS
  'transition function of qca_truth_table';
COMMENT ON FUNCTION @extschema@.qca_truth_table_combine(pg_catalog.internal, pg_catalog.internal) IS
  'combine function of qca_truth_table';
COMMENT ON FUNCTION @extschema@.qca_truth_table_serial(pg_catalog.internal) IS
  'serial function of qca_truth_table';
COMMENT ON FUNCTION @extschema@.qca_truth_table_deserial(pg_catalog.bytea, pg_catalog.internal) IS
  'deserial function of qca_truth_table';
COMMENT ON FUNCTION @extschema@.qca_truth_table_final(pg_catalog.internal) IS
  'final function of qca_truth_table: the table as jsonb';
CREATE AGGREGATE @extschema@.qca_truth_table(memberships pg_catalog.float8[], outcome pg_catalog.float8, conditions pg_catalog.text[]) (
  SFUNC = @extschema@.qca_truth_table_sfunc, STYPE = pg_catalog.internal,
  FINALFUNC = @extschema@.qca_truth_table_final,
  COMBINEFUNC = @extschema@.qca_truth_table_combine,
  SERIALFUNC = @extschema@.qca_truth_table_serial,
  DESERIALFUNC = @extschema@.qca_truth_table_deserial,
  SSPACE = 117000,  -- 8 conditions: 256 corners of 456 bytes
  PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.qca_truth_table(pg_catalog.float8[], pg_catalog.float8, pg_catalog.text[]) IS
  'the truth table of the cases: per corner of the property space the cases with membership above 0.5, raw consistency and PRI over all cases (jsonb); cases with a NULL skipped';

-- the rows of a truth table, with the outcome code under the analyst's cut-offs:
-- 1 consistent, 0 not, ? a remainder (fewer cases than the frequency cut-off)
CREATE FUNCTION @extschema@.qca_truth_table_rows(truth_table pg_catalog.jsonb,
    consistency_cut pg_catalog.float8, frequency_cut pg_catalog.int8, pri_cut pg_catalog.float8)
  RETURNS TABLE ("row" pg_catalog.int4, configuration pg_catalog.text, n pg_catalog.int8,
                 consistency pg_catalog.float8, pri pg_catalog.float8, outcome pg_catalog.text)
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
  BEGIN ATOMIC
    SELECT (r OPERATOR(pg_catalog.->>) 'row'::pg_catalog.text)::pg_catalog.int4,
           r OPERATOR(pg_catalog.->>) 'configuration'::pg_catalog.text,
           (r OPERATOR(pg_catalog.->>) 'n'::pg_catalog.text)::pg_catalog.int8,
           (r OPERATOR(pg_catalog.->>) 'consistency'::pg_catalog.text)::pg_catalog.float8,
           (r OPERATOR(pg_catalog.->>) 'pri'::pg_catalog.text)::pg_catalog.float8,
           CASE
             WHEN (r OPERATOR(pg_catalog.->>) 'n'::pg_catalog.text)::pg_catalog.int8 OPERATOR(pg_catalog.<) GREATEST(frequency_cut, 1::pg_catalog.int8) THEN '?'::pg_catalog.text
             WHEN (r OPERATOR(pg_catalog.->>) 'consistency'::pg_catalog.text)::pg_catalog.float8 OPERATOR(pg_catalog.>=) consistency_cut
              AND coalesce((r OPERATOR(pg_catalog.->>) 'pri'::pg_catalog.text)::pg_catalog.float8, 0::pg_catalog.float8) OPERATOR(pg_catalog.>=) pri_cut
             THEN '1'::pg_catalog.text
             ELSE '0'::pg_catalog.text
           END
      FROM pg_catalog.jsonb_array_elements(truth_table OPERATOR(pg_catalog.->) 'rows'::pg_catalog.text) AS e(r)
     ORDER BY 1;
  END;
COMMENT ON FUNCTION @extschema@.qca_truth_table_rows(pg_catalog.jsonb, pg_catalog.float8, pg_catalog.int8, pg_catalog.float8) IS
  'the rows of a truth table (qca_truth_table) with the outcome code: 1 when consistency and PRI reach their cut-offs, 0 when not, ? for a remainder (fewer cases than the frequency cut-off, at least 1)';

-- minimization: every cover of the positive corners with the fewest prime implicants
CREATE FUNCTION @extschema@.qca_minimize_corners(conditions pg_catalog.text[],
    positive pg_catalog.int4[], remainders pg_catalog.int4[])
  RETURNS pg_catalog.text[]
  AS 'MODULE_PATHNAME', 'qca_minimize_corners' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.qca_minimize_corners(pg_catalog.text[], pg_catalog.int4[], pg_catalog.int4[]) IS
  'exact Boolean minimization (Quine-McCluskey, then all covers with the fewest prime implicants) of the positive corners (numbers 0 to 2^k - 1, the first condition the most significant bit), remainders as don''t cares; every equally minimal model in QCA notation, in a fixed order';

-- the intermediate solution: minimization with the easy counterfactuals
-- (remainders consistent with the directional expectations) as the only
-- don't cares; the rule is stated in src/minimize.c and doc/qca.md
CREATE FUNCTION @extschema@.qca_minimize_intermediate(conditions pg_catalog.text[],
    positive pg_catalog.int4[], remainders pg_catalog.int4[], expectations pg_catalog.text[])
  RETURNS pg_catalog.text[]
  AS 'MODULE_PATHNAME', 'qca_minimize_intermediate' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.qca_minimize_intermediate(pg_catalog.text[], pg_catalog.int4[], pg_catalog.int4[], pg_catalog.text[]) IS
  'the intermediate solution of the positive corners: for each pair of complex and parsimonious model, the remainders that the parsimonious model uses and that lie towards the directional expectations (one of 1, 0, - per condition, or condition names with ~ for absent) from a complex term are easy counterfactuals; the positive corners minimized with them as don''t cares; every equally minimal model, in a fixed order';

-- both solutions of a truth table: complex (conservative: the positive rows
-- only) and parsimonious (remainders as simplifying assumptions)
CREATE FUNCTION @extschema@.qca_minimize(truth_table pg_catalog.jsonb,
    consistency_cut pg_catalog.float8, frequency_cut pg_catalog.int8, pri_cut pg_catalog.float8)
  RETURNS TABLE (solution pg_catalog.text, model pg_catalog.int4, expression pg_catalog.text)
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
  BEGIN ATOMIC
    WITH c AS (
      SELECT ARRAY(SELECT a.c FROM pg_catalog.jsonb_array_elements_text(truth_table OPERATOR(pg_catalog.->) 'conditions'::pg_catalog.text)
                                  WITH ORDINALITY AS a(c, o) ORDER BY a.o) AS names,
             ARRAY(SELECT r."row" OPERATOR(pg_catalog.-) 1::pg_catalog.int4
                     FROM @extschema@.qca_truth_table_rows(truth_table, consistency_cut, frequency_cut, pri_cut) AS r
                    WHERE r.outcome OPERATOR(pg_catalog.=) '1'::pg_catalog.text ORDER BY r."row") AS positive,
             ARRAY(SELECT r."row" OPERATOR(pg_catalog.-) 1::pg_catalog.int4
                     FROM @extschema@.qca_truth_table_rows(truth_table, consistency_cut, frequency_cut, pri_cut) AS r
                    WHERE r.outcome OPERATOR(pg_catalog.=) '?'::pg_catalog.text ORDER BY r."row") AS remainders)
    SELECT s.solution, u.o::pg_catalog.int4, u.m
      FROM c,
           LATERAL (VALUES (1::pg_catalog.int4, 'complex'::pg_catalog.text, '{}'::pg_catalog.int4[]),
                           (2::pg_catalog.int4, 'parsimonious'::pg_catalog.text, c.remainders)) AS s(n, solution, dont_care),
           LATERAL pg_catalog.unnest(@extschema@.qca_minimize_corners(c.names, c.positive, s.dont_care))
             WITH ORDINALITY AS u(m, o)
     ORDER BY s.n, u.o;
  END;
COMMENT ON FUNCTION @extschema@.qca_minimize(pg_catalog.jsonb, pg_catalog.float8, pg_catalog.int8, pg_catalog.float8) IS
  'the complex (conservative: positive rows only) and parsimonious (remainders as simplifying assumptions) solutions of a truth table under the cut-offs: every equally minimal model, numbered, in QCA notation';

-- the three solutions: complex, intermediate (directional expectations) and
-- parsimonious
CREATE FUNCTION @extschema@.qca_minimize(truth_table pg_catalog.jsonb,
    consistency_cut pg_catalog.float8, frequency_cut pg_catalog.int8, pri_cut pg_catalog.float8,
    expectations pg_catalog.text[])
  RETURNS TABLE (solution pg_catalog.text, model pg_catalog.int4, expression pg_catalog.text)
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
  BEGIN ATOMIC
    WITH c AS (
      SELECT ARRAY(SELECT a.c FROM pg_catalog.jsonb_array_elements_text(truth_table OPERATOR(pg_catalog.->) 'conditions'::pg_catalog.text)
                                  WITH ORDINALITY AS a(c, o) ORDER BY a.o) AS names,
             ARRAY(SELECT r."row" OPERATOR(pg_catalog.-) 1::pg_catalog.int4
                     FROM @extschema@.qca_truth_table_rows(truth_table, consistency_cut, frequency_cut, pri_cut) AS r
                    WHERE r.outcome OPERATOR(pg_catalog.=) '1'::pg_catalog.text ORDER BY r."row") AS positive,
             ARRAY(SELECT r."row" OPERATOR(pg_catalog.-) 1::pg_catalog.int4
                     FROM @extschema@.qca_truth_table_rows(truth_table, consistency_cut, frequency_cut, pri_cut) AS r
                    WHERE r.outcome OPERATOR(pg_catalog.=) '?'::pg_catalog.text ORDER BY r."row") AS remainders)
    SELECT s.solution, u.o::pg_catalog.int4, u.m
      FROM c,
           LATERAL (VALUES (1::pg_catalog.int4, 'complex'::pg_catalog.text,
                            @extschema@.qca_minimize_corners(c.names, c.positive, '{}'::pg_catalog.int4[])),
                           (2::pg_catalog.int4, 'intermediate'::pg_catalog.text,
                            @extschema@.qca_minimize_intermediate(c.names, c.positive, c.remainders, expectations)),
                           (3::pg_catalog.int4, 'parsimonious'::pg_catalog.text,
                            @extschema@.qca_minimize_corners(c.names, c.positive, c.remainders))) AS s(n, solution, models),
           LATERAL pg_catalog.unnest(s.models) WITH ORDINALITY AS u(m, o)
     ORDER BY s.n, u.o;
  END;
COMMENT ON FUNCTION @extschema@.qca_minimize(pg_catalog.jsonb, pg_catalog.float8, pg_catalog.int8, pg_catalog.float8, pg_catalog.text[]) IS
  'the complex, intermediate (easy counterfactuals under the directional expectations: one of 1, 0, - per condition, or condition names with ~ for absent) and parsimonious solutions of a truth table under the cut-offs: every equally minimal model, numbered, in QCA notation';

-- the fit of a model over the cases, term by term
CREATE FUNCTION @extschema@.qca_model_fit_sfunc(pg_catalog.internal, pg_catalog.float8[], pg_catalog.float8, pg_catalog.text[], pg_catalog.text)
  RETURNS pg_catalog.internal
  AS 'MODULE_PATHNAME', 'qca_model_fit_sfunc' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.qca_model_fit_combine(pg_catalog.internal, pg_catalog.internal)
  RETURNS pg_catalog.internal
  AS 'MODULE_PATHNAME', 'qca_model_fit_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.qca_model_fit_serial(pg_catalog.internal) RETURNS pg_catalog.bytea
  AS 'MODULE_PATHNAME', 'qca_model_fit_serial' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.qca_model_fit_deserial(pg_catalog.bytea, pg_catalog.internal)
  RETURNS pg_catalog.internal
  AS 'MODULE_PATHNAME', 'qca_model_fit_deserial' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.qca_model_fit_final(pg_catalog.internal) RETURNS pg_catalog.jsonb
  AS 'MODULE_PATHNAME', 'qca_model_fit_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.qca_model_fit_sfunc(pg_catalog.internal, pg_catalog.float8[], pg_catalog.float8, pg_catalog.text[], pg_catalog.text) IS
  'transition function of qca_model_fit';
COMMENT ON FUNCTION @extschema@.qca_model_fit_combine(pg_catalog.internal, pg_catalog.internal) IS
  'combine function of qca_model_fit';
COMMENT ON FUNCTION @extschema@.qca_model_fit_serial(pg_catalog.internal) IS
  'serial function of qca_model_fit';
COMMENT ON FUNCTION @extschema@.qca_model_fit_deserial(pg_catalog.bytea, pg_catalog.internal) IS
  'deserial function of qca_model_fit';
COMMENT ON FUNCTION @extschema@.qca_model_fit_final(pg_catalog.internal) IS
  'final function of qca_model_fit: the fit as jsonb';
CREATE AGGREGATE @extschema@.qca_model_fit(memberships pg_catalog.float8[], outcome pg_catalog.float8,
    conditions pg_catalog.text[], model pg_catalog.text) (
  SFUNC = @extschema@.qca_model_fit_sfunc, STYPE = pg_catalog.internal,
  FINALFUNC = @extschema@.qca_model_fit_final,
  COMBINEFUNC = @extschema@.qca_model_fit_combine,
  SERIALFUNC = @extschema@.qca_model_fit_serial,
  DESERIALFUNC = @extschema@.qca_model_fit_deserial,
  SSPACE = 4000,  -- a few terms of 600 bytes
  PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.qca_model_fit(pg_catalog.float8[], pg_catalog.float8, pg_catalog.text[], pg_catalog.text) IS
  'the fit of a model (A*~B + C) over the cases: consistency, PRI and coverage of the model; per term consistency, PRI, raw and unique coverage (jsonb); cases with a NULL skipped';

------------------------------------------------------------------------------
-- QCA in a workspace, and the fit of a set relation across waves
-- (src/qca_workspace.sql)
------------------------------------------------------------------------------

/*
 * From a study to a QCA (doc/qca-workspace.md).  Each dimension of the
 * vocabulary is a condition, its raw value per case and wave the balance's
 * net index in that dimension (drivers against adoption barriers); the
 * outcome is the case's score for co-created policymaking (its profile,
 * 0 to 3).  The analyst calibrates each of them in the workspace's table
 * qca_calibration (plain types, so that DROP EXTENSION leaves it); there is
 * no default: a set without a row shows its raw value and a NULL
 * membership, and only the calibrated conditions enter the truth table.
 */

-- the direct method's scales that a workspace accepts (qca_calibrate(); the
-- numeric form of the scale is for SQL of one's own)
CREATE FUNCTION @extschema@.cocreation_qca_scales() RETURNS pg_catalog.text[]
  AS 'MODULE_PATHNAME', 'cocreation_qca_scales' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cocreation_qca_scales() IS
  'the scales of qca_calibrate() a workspace''s qca_calibration accepts: fsqca (log odds 3, Ragin 2008) and qca (log odds ln 19, R''s QCA package)';

/*
 * The distance of a set of consistencies from an even spread, as the panel
 * diagnostics of Garcia-Castro & Arino (2016) define it (SetMethods,
 * cluster(): dBP over the waves, dWP over the cases): the Euclidean distance
 * of the shares c_i / sum(c) from the even share 1/n,
 * sqrt(sum((c_i / sum(c) - 1/n)^2)).  0 when all are equal; NULL when one
 * is NULL (a group without condition membership, whose consistency is
 * undefined) or their sum is 0.
 */
CREATE FUNCTION @extschema@.qca_consistency_distance(consistencies pg_catalog.float8[])
  RETURNS pg_catalog.float8
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
  -- c/sum - 1/n written as (n c - sum) / (n sum): equal consistencies give
  -- exactly 0
  SELECT CASE WHEN s.total OPERATOR(pg_catalog.>) 0::pg_catalog.float8 AND s.nulls OPERATOR(pg_catalog.=) 0 THEN
           pg_catalog.sqrt((SELECT pg_catalog.sum(pg_catalog.power(
                              (s.n OPERATOR(pg_catalog.*) u.c) OPERATOR(pg_catalog.-) s.total, 2::pg_catalog.float8))
                            FROM pg_catalog.unnest(consistencies) AS u(c)))
           OPERATOR(pg_catalog./) (s.n OPERATOR(pg_catalog.*) s.total)
         END
  FROM (SELECT pg_catalog.sum(u.c) AS total, pg_catalog.count(*)::pg_catalog.float8 AS n,
               pg_catalog.count(*) FILTER (WHERE u.c IS NULL) AS nulls
        FROM pg_catalog.unnest(consistencies) AS u(c)) AS s;
END;
COMMENT ON FUNCTION @extschema@.qca_consistency_distance(pg_catalog.float8[]) IS
  'the distance of consistencies from an even spread, sqrt(sum((c/sum(c) - 1/n)^2)): the between-consistency distance over waves, the within-consistency distance over cases (Garcia-Castro & Arino 2016; SetMethods cluster()); NULL if one is NULL or all are 0';

/*
 * The calibrated conditions of a row m of a workspace's qca_memberships, as
 * the arrays qca_truth_table() and qca_model_fit() take: joins giving
 * conditions (text[], in the vocabulary's order) and memberships (float8[]);
 * NULL when no condition is calibrated.  One place for the truth table view
 * and qca_workspace_minimize().  Nothing in it refers to m but plain
 * expressions: qca_calibration is read once, in a subquery qk of one row
 * (which conditions are calibrated), and the row's memberships are picked by
 * it, so that Citus runs it next to the shards' rows (doc/scaling.md).
 */
CREATE FUNCTION @extschema@.cocreation_qca_sets_sql(schema_name pg_catalog.text)
  RETURNS pg_catalog.text
  LANGUAGE plpgsql VOLATILE STRICT PARALLEL UNSAFE
  SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
  x pg_catalog.text := (SELECT pg_catalog.quote_ident(n.nspname)
                        FROM pg_catalog.pg_extension e
                        JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
                        WHERE e.extname = 'cocreation');
  dims pg_catalog.text[];
BEGIN
  EXECUTE format($q$SELECT %s.cocreation_words('dimension'::text)$q$, x) INTO dims;
  RETURN format($sql$CROSS JOIN (
      SELECT pg_catalog.array_agg(k.set_name ORDER BY pg_catalog.array_position(%1$L::pg_catalog.text[], k.set_name))
               FILTER (WHERE k.set_name = ANY (%1$L::pg_catalog.text[])) AS conditions, %2$s
      FROM %3$s.qca_calibration k) qk
    CROSS JOIN LATERAL (
      SELECT qk.conditions,
             CASE WHEN qk.conditions IS NOT NULL THEN %4$s END AS memberships) a$sql$,
    dims,
    -- per condition: calibrated or not
    (SELECT string_agg(format('pg_catalog.count(*) FILTER (WHERE k.set_name = %L) > 0 AS %I', d, d), ', ' ORDER BY o)
     FROM unnest(dims) WITH ORDINALITY AS u(d, o)),
    quote_ident(schema_name),
    -- the memberships of the calibrated conditions, in order
    (SELECT string_agg(format('(CASE WHEN qk.%I THEN ARRAY[m.%I] ELSE ''{}''::pg_catalog.float8[] END)', d, d),
                       ' OPERATOR(pg_catalog.||) ' ORDER BY o)
     FROM unnest(dims) WITH ORDINALITY AS u(d, o)));
END
$fn$;
COMMENT ON FUNCTION @extschema@.cocreation_qca_sets_sql(pg_catalog.text) IS
  'SQL text: joins giving a row m of a workspace''s qca_memberships its calibrated conditions and their memberships as arrays (a.conditions, a.memberships), qca_calibration read once; used by the view qca_truth_table and qca_workspace_minimize()';

/*
 * A workspace's QCA: the table qca_calibration and the views qca_memberships
 * and qca_truth_table, added where missing.  The set names (the dimensions
 * and policymaking) are written into the CHECK and the view from
 * cocreation_vocabulary(), so that the table accepts rows with the
 * extension dropped.
 */
CREATE FUNCTION @extschema@.cocreation_create_workspace_qca(schema_name pg_catalog.text)
  RETURNS void
  LANGUAGE plpgsql VOLATILE STRICT PARALLEL UNSAFE
  SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
  s pg_catalog.text := quote_ident(schema_name);
  x pg_catalog.text := (SELECT pg_catalog.quote_ident(n.nspname)
                        FROM pg_catalog.pg_extension e
                        JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
                        WHERE e.extname = 'cocreation');
  dims pg_catalog.text[];
  outcome pg_catalog.text;
  scales pg_catalog.text[];
  made pg_catalog.text[] := '{}';
  sets pg_catalog.text;
BEGIN
  -- the conditions are the dimensions, the outcome the third level
  EXECUTE format($q$SELECT %1$s.cocreation_words('dimension'::text),
                           (SELECT v.word FROM %1$s.cocreation_vocabulary() v
                            WHERE v.field = 'level' AND v.ordinal = 3),
                           %1$s.cocreation_qca_scales()$q$, x)
    INTO dims, outcome, scales;
  EXECUTE format('SELECT %s.cocreation_qca_sets_sql($1)', x) INTO sets USING schema_name;

  IF pg_catalog.to_regclass(s || '.qca_calibration') IS NULL THEN
    EXECUTE format($ddl$
      CREATE TABLE %1$s.qca_calibration (
        set_name text PRIMARY KEY
          CONSTRAINT set_name_is_a_dimension_or_the_outcome CHECK (set_name IN (%2$s)),
        exclusion float8,
        crossover float8,
        inclusion float8,
        scale text CONSTRAINT scale_in_list CHECK (scale IN (%3$s)),
        threshold float8
          CONSTRAINT threshold_finite CHECK (threshold > '-Infinity' AND threshold < 'Infinity'),
        reason text,
        chosen_on date NOT NULL DEFAULT current_date,
        CONSTRAINT anchors_and_scale_or_a_crisp_threshold CHECK (
          (exclusion IS NOT NULL AND crossover IS NOT NULL AND inclusion IS NOT NULL
           AND scale IS NOT NULL AND threshold IS NULL)
          OR (exclusion IS NULL AND crossover IS NULL AND inclusion IS NULL
              AND scale IS NULL AND threshold IS NOT NULL)),
        CONSTRAINT anchors_finite_and_in_order CHECK (
          exclusion > '-Infinity' AND inclusion < 'Infinity' AND inclusion > '-Infinity'
          AND exclusion < 'Infinity'
          AND ((exclusion < crossover AND crossover < inclusion)
               OR (exclusion > crossover AND crossover > inclusion)))
      )$ddl$, s,
      (SELECT string_agg(quote_literal(w), ', ') FROM unnest(dims || outcome) w),
      (SELECT string_agg(quote_literal(w), ', ')
       FROM unnest(scales) w));
    -- whoever could read or write the calibration can this one
    PERFORM @extschema@.cocreation_copy_grants(schema_name, 'calibration'::pg_catalog.text,
              ARRAY['qca_calibration']::pg_catalog.text[],
              ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'REFERENCES', 'TRIGGER']::pg_catalog.text[]);
    EXECUTE format('COMMENT ON TABLE %s.qca_calibration IS %L', s,
      'the analyst''s calibration of the QCA sets, one row per set: a dimension (condition, raw value its net index) or policymaking (outcome, raw value its score): anchors and scale of the direct method, or one crisp threshold, and the reason; a set without a row has no membership');
  END IF;

  IF pg_catalog.to_regclass(s || '.qca_memberships') IS NULL THEN
    made := made || 'qca_memberships'::pg_catalog.text;
    EXECUTE format($ddl$
      CREATE VIEW %1$s.qca_memberships WITH (security_invoker = true) AS
      SELECT b.case_name, b.wave, b.wave_ordinal, %3$s,
             pm.score AS policymaking_score, %4$s
      FROM %1$s.wave_balance b
      JOIN %1$s.wave_profiles p ON p.case_name = b.case_name AND p.wave = b.wave
      -- the profile calibration (one row or none)
      LEFT JOIN %1$s.calibration pc ON true
      -- qca_calibration read once, one row: each set's anchors and scale or
      -- threshold, all NULL for a set without a row (no subquery per case:
      -- Citus 13 runs this next to the shards' rows, doc/scaling.md)
      CROSS JOIN (SELECT %5$s FROM %1$s.qca_calibration q) k
      -- a case without activities in a wave scores 0 (as in calibration_fit())
      CROSS JOIN LATERAL (SELECT CASE WHEN p.activities = 0 AND pc.calibration IS NOT NULL
                                      THEN 0::pg_catalog.float8
                                      ELSE p.policymaking::pg_catalog.float8 END AS score) pm$ddl$, s, x,
      -- the raw values: net_<dimension>, one per dimension
      (SELECT string_agg(format('%s.net_index(b.balance, %L::pg_catalog.text) AS %I', x, d, 'net_' || d), ', ' ORDER BY o)
       FROM unnest(dims) WITH ORDINALITY AS u(d, o)),
      -- the memberships, one column per set: a crisp set by its threshold,
      -- a fuzzy one by its anchors; a set without a row has NULL anchors and
      -- scale, and qca_calibrate() (STRICT) gives NULL
      (SELECT string_agg(format($m$CASE WHEN k.%2$I IS NOT NULL
               THEN %1$s.qca_calibrate_crisp(%7$s, ARRAY[k.%2$I]::pg_catalog.float8[])::pg_catalog.float8
               ELSE %1$s.qca_calibrate(%7$s, k.%3$I::pg_catalog.float8, k.%4$I::pg_catalog.float8,
                                       k.%5$I::pg_catalog.float8, k.%6$I::pg_catalog.text) END AS %8$I$m$,
                                x, d || '_threshold', d || '_exclusion', d || '_crossover', d || '_inclusion',
                                d || '_scale',
                                CASE WHEN o <= cardinality(dims)
                                     THEN format('%s.net_index(b.balance, %L::pg_catalog.text)', x, d)
                                     ELSE 'pm.score' END, d), ', ' ORDER BY o)
       FROM unnest(dims || outcome) WITH ORDINALITY AS u(d, o)),
      -- qca_calibration pivoted: its set_name is the key, so each max() is
      -- of one row's value or of none
      (SELECT string_agg(format('pg_catalog.max(q.%1$I) FILTER (WHERE q.set_name = %2$L) AS %3$I',
                                c, d, d || '_' || c), ', ' ORDER BY o, n)
       FROM unnest(dims || outcome) WITH ORDINALITY AS u(d, o)
       CROSS JOIN unnest(ARRAY['threshold', 'exclusion', 'crossover', 'inclusion', 'scale']) WITH ORDINALITY AS v(c, n)));
    EXECUTE format('COMMENT ON VIEW %s.qca_memberships IS %L', s,
      'per case and wave: the raw value of each QCA set (net_<dimension>: the net index of drivers against adoption barriers; policymaking_score) and its membership under qca_calibration (NULL without a row)');
  END IF;

  IF pg_catalog.to_regclass(s || '.qca_truth_table') IS NULL THEN
    made := made || 'qca_truth_table'::pg_catalog.text;
    EXECUTE format($ddl$
      CREATE VIEW %1$s.qca_truth_table WITH (security_invoker = true) AS
      WITH t AS (
        SELECT w.wave, w.ordinal,
               pg_catalog.count(m.case_name) FILTER (WHERE m.policymaking IS NOT NULL
                 AND pg_catalog.array_position(a.memberships, NULL::pg_catalog.float8) IS NULL) AS cases,
               %2$s.qca_truth_table(a.memberships, m.policymaking, a.conditions)
                 FILTER (WHERE a.conditions IS NOT NULL) AS truth_table
        FROM %1$s.waves w
        LEFT JOIN (%1$s.qca_memberships m %3$s) ON m.wave = w.wave
        GROUP BY w.wave, w.ordinal)
      SELECT t.wave, t.ordinal AS wave_ordinal, t.cases,
             (SELECT pg_catalog.string_agg(c.name, ', ' ORDER BY c.o)
              FROM pg_catalog.jsonb_array_elements_text(t.truth_table -> 'conditions') WITH ORDINALITY AS c(name, o))
               AS conditions,
             (r.e ->> 'row')::pg_catalog.int4 AS "row", r.e ->> 'configuration' AS configuration,
             (r.e ->> 'n')::pg_catalog.int8 AS n, (r.e ->> 'consistency')::pg_catalog.float8 AS consistency,
             (r.e ->> 'pri')::pg_catalog.float8 AS pri
      FROM t
      LEFT JOIN LATERAL pg_catalog.jsonb_array_elements(t.truth_table -> 'rows') AS r(e) ON true$ddl$,
      s, x, sets);
    EXECUTE format('COMMENT ON VIEW %s.qca_truth_table IS %L', s,
      'per wave and corner of the property space: the truth table (qca_truth_table) of the calibrated conditions for the outcome policymaking over the cases with every membership: row, configuration, n, consistency, PRI; one row with NULLs for a wave without calibrated conditions or cases');
  END IF;

  -- an existing workspace: whoever reads case_profiles reads the new views
  PERFORM @extschema@.cocreation_copy_grants(schema_name, 'case_profiles'::pg_catalog.text, made,
                                             ARRAY['SELECT']::pg_catalog.text[]);
END
$fn$;
COMMENT ON FUNCTION @extschema@.cocreation_create_workspace_qca(pg_catalog.text) IS
  'adds a workspace''s QCA where missing: the table qca_calibration and the views qca_memberships and qca_truth_table; used by cocreation_create_workspace(), cocreation_rebuild_workspace() and the update from 1.0';

/*
 * Both solutions of a workspace's truth table in every wave (or one), each
 * model with its fit over that wave's cases (qca_model_fit).
 */
CREATE FUNCTION @extschema@.qca_workspace_minimize(workspace pg_catalog.regnamespace,
    consistency_cut pg_catalog.float8, frequency_cut pg_catalog.int8, pri_cut pg_catalog.float8)
  RETURNS TABLE (wave pg_catalog.text, solution pg_catalog.text, model pg_catalog.int4,
                 expression pg_catalog.text, consistency pg_catalog.float8, pri pg_catalog.float8,
                 coverage pg_catalog.float8)
  -- VOLATILE: it runs the workspace's views, which belong to the user and
  -- may call anything
  LANGUAGE plpgsql VOLATILE STRICT PARALLEL UNSAFE
  SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
  x pg_catalog.text := (SELECT pg_catalog.quote_ident(n.nspname)
                        FROM pg_catalog.pg_extension e
                        JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
                        WHERE e.extname = 'cocreation');
  sets pg_catalog.text;
BEGIN
  EXECUTE format('SELECT %s.cocreation_qca_sets_sql($1)', x) INTO sets
    USING (SELECT n.nspname::pg_catalog.text FROM pg_catalog.pg_namespace n WHERE n.oid = workspace);
  RETURN QUERY EXECUTE format($q$
    WITH c AS (
      SELECT m.wave, m.wave_ordinal, m.policymaking, a.conditions, a.memberships
      FROM %1$s.qca_memberships m %3$s
      WHERE a.conditions IS NOT NULL
    ), t AS (
      SELECT c.wave, pg_catalog.min(c.wave_ordinal) AS wave_ordinal,
             %2$s.qca_truth_table(c.memberships, c.policymaking, c.conditions) AS truth_table
      FROM c GROUP BY c.wave
    )
    SELECT t.wave, s.solution, s.model, s.expression,
           (f.j ->> 'consistency')::pg_catalog.float8, (f.j ->> 'pri')::pg_catalog.float8,
           (f.j ->> 'coverage')::pg_catalog.float8
    FROM t
    CROSS JOIN LATERAL %2$s.qca_minimize(t.truth_table, $1, $2, $3) s
    CROSS JOIN LATERAL (
      -- a constant model (every corner or none) has no terms to fit
      SELECT %2$s.qca_model_fit(c.memberships, c.policymaking, c.conditions, s.expression)
               FILTER (WHERE s.expression NOT IN ('0', '1')) AS j
      FROM c WHERE c.wave = t.wave) f
    WHERE t.truth_table IS NOT NULL
    ORDER BY t.wave_ordinal, s.solution, s.model$q$, workspace, x, sets)
  USING consistency_cut, frequency_cut, pri_cut;
END
$fn$;
COMMENT ON FUNCTION @extschema@.qca_workspace_minimize(pg_catalog.regnamespace, pg_catalog.float8, pg_catalog.int8, pg_catalog.float8) IS
  'per wave of a workspace: both solutions (complex, parsimonious) of its QCA truth table under the cut-offs, each model with its consistency, PRI and coverage over the wave''s cases';

/*
 * Panel diagnostics of a set relation (Garcia-Castro & Arino 2016,
 * "A general approach to panel data set-theoretic research"; SetMethods
 * cluster()): for a condition or a term of the workspace's conditions X
 * (in QCA notation: dimension names, * and, + or, ~ not) and the outcome
 * policymaking Y over every case and wave, in one scan (GROUPING SETS of
 * qca_fit): the pooled consistency and coverage, the between consistency
 * of each wave (over its cases), the within consistency of each case (over
 * its waves) and the two distances.  A case-wave with a NULL membership is
 * left out.
 */
CREATE FUNCTION @extschema@.qca_workspace_panel_fit(workspace pg_catalog.regnamespace,
    expression pg_catalog.text,
    OUT scope pg_catalog.text, OUT wave pg_catalog.text, OUT case_name pg_catalog.text,
    OUT cases pg_catalog.int8, OUT consistency pg_catalog.float8, OUT coverage pg_catalog.float8,
    OUT between_distance pg_catalog.float8, OUT within_distance pg_catalog.float8)
  RETURNS SETOF record
  -- VOLATILE: it runs the workspace's views, which belong to the user and
  -- may call anything
  LANGUAGE plpgsql VOLATILE STRICT PARALLEL UNSAFE
  SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
  x pg_catalog.text := (SELECT pg_catalog.quote_ident(n.nspname)
                        FROM pg_catalog.pg_extension e
                        JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
                        WHERE e.extname = 'cocreation');
  dims pg_catalog.text[];
  terms pg_catalog.text[] := '{}';
  lits pg_catalog.text[];
  t pg_catalog.text;
  l pg_catalog.text;
  name pg_catalog.text;
  names pg_catalog.text[] := '{}';
BEGIN
  EXECUTE format($q$SELECT %s.cocreation_words('dimension'::text)$q$, x) INTO dims;
  -- the expression as set operations on the view's membership columns
  FOREACH t IN ARRAY string_to_array(regexp_replace(expression, '\s', '', 'g'), '+') LOOP
    lits := '{}';
    FOREACH l IN ARRAY string_to_array(t, '*') LOOP
      name := lower(ltrim(l, '~'));
      IF name IS NULL OR NOT name = ANY (dims) OR length(l) - length(ltrim(l, '~')) > 1 THEN
        RAISE EXCEPTION 'invalid set expression "%"', left(expression, 100)
          USING ERRCODE = '22023',
                DETAIL = format('"%s" is not a condition.', left(l, 40)),
                HINT = format('Write conditions (%s) joined by * (and) and + (or), each perhaps negated by ~.',
                              array_to_string(dims, ', '));
      END IF;
      lits := lits || CASE WHEN l LIKE '~%' THEN format('%s.qca_not(m.%I)', x, name)
                           ELSE format('m.%I', name) END;
      names := names || format('m.%I', name);
    END LOOP;
    IF cardinality(lits) = 0 THEN
      RAISE EXCEPTION 'invalid set expression "%"', left(expression, 100)
        USING ERRCODE = '22023', DETAIL = 'A term is empty.',
              HINT = format('Write conditions (%s) joined by * (and) and + (or), each perhaps negated by ~.',
                            array_to_string(dims, ', '));
    END IF;
    terms := terms || format('%s.qca_and(%s)', x, array_to_string(lits, ', '));
  END LOOP;
  IF cardinality(terms) = 0 THEN
    RAISE EXCEPTION 'invalid set expression "%"', expression USING ERRCODE = '22023',
      HINT = format('Write conditions (%s) joined by * (and) and + (or), each perhaps negated by ~.',
                    array_to_string(dims, ', '));
  END IF;
  RETURN QUERY EXECUTE format($q$
    WITH g AS (
      SELECT GROUPING(v.wave, v.case_name) AS level, v.wave, v.case_name,
             pg_catalog.min(v.wave_ordinal) AS wave_ordinal, %2$s.qca_fit(v.x, v.y) AS f
      FROM (SELECT m.wave, m.wave_ordinal, m.case_name, %3$s AS x, m.policymaking AS y
            FROM %1$s.qca_memberships m) v
      WHERE v.x IS NOT NULL AND v.y IS NOT NULL
      GROUP BY GROUPING SETS ((), (v.wave), (v.case_name))
    )
    SELECT CASE g.level WHEN 3 THEN 'pooled' WHEN 1 THEN 'between' ELSE 'within' END,
           g.wave, g.case_name, %2$s.qca_cases(g.f), %2$s.qca_consistency(g.f), %2$s.qca_coverage(g.f),
           CASE WHEN g.level = 3 THEN %2$s.qca_consistency_distance(ARRAY(
             SELECT %2$s.qca_consistency(b.f) FROM g b WHERE b.level = 1 ORDER BY b.wave_ordinal)) END,
           CASE WHEN g.level = 3 THEN %2$s.qca_consistency_distance(ARRAY(
             SELECT %2$s.qca_consistency(w.f) FROM g w WHERE w.level = 2 ORDER BY w.case_name)) END
    FROM g
    WHERE g.level = 3 OR g.f IS NOT NULL
    ORDER BY g.level = 2, g.level = 1, g.wave_ordinal, g.case_name$q$,
    workspace, x,
    -- a case-wave with a NULL membership in a condition of the expression is
    -- left out (qca_and() and qca_or() refuse NULLs)
    format('CASE WHEN pg_catalog.num_nulls(%s) = 0 THEN %s END', array_to_string(names, ', '),
           CASE WHEN cardinality(terms) = 1 THEN terms[1]
                ELSE format('%s.qca_or(%s)', x, array_to_string(terms, ', ')) END));
END
$fn$;
COMMENT ON FUNCTION @extschema@.qca_workspace_panel_fit(pg_catalog.regnamespace, pg_catalog.text) IS
  'panel diagnostics (Garcia-Castro & Arino 2016) of a condition or term (QCA notation over the dimensions) as sufficient for policymaking over a workspace''s cases and waves: pooled, between (per wave) and within (per case) consistency and coverage, and the between- and within-consistency distances (on the pooled row)';
