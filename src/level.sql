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
