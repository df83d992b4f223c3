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
