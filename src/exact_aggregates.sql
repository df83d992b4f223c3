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
