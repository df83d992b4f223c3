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
