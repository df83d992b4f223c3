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
