/*
 * tally_agg and balance_agg with weights or strengths, and their roll-ups,
 * sum exactly (src/exact_state.sql, whose types and functions come before
 * this file): the aggregates of 1.0 get the new states, keeping their
 * argument and result types; the transition functions they no longer use
 * go (src/exact_aggregates.sql has the aggregates of a fresh install).
 */
CREATE OR REPLACE AGGREGATE @extschema@.tally_agg(level @extschema@.level, weight pg_catalog.float8) (
  SFUNC = @extschema@.tally_partial_sfunc, STYPE = @extschema@.tally_partial,
  FINALFUNC = @extschema@.tally_partial_final,
  COMBINEFUNC = @extschema@.tally_partial_merge, PARALLEL = SAFE
);
CREATE OR REPLACE AGGREGATE @extschema@.tally_agg(@extschema@.tally) (
  SFUNC = @extschema@.tally_partial_sfunc, STYPE = @extschema@.tally_partial,
  FINALFUNC = @extschema@.tally_partial_final,
  COMBINEFUNC = @extschema@.tally_partial_merge, PARALLEL = SAFE
);

CREATE OR REPLACE AGGREGATE @extschema@.balance_agg(polarity pg_catalog.text, dimension pg_catalog.text,
                                                   strength pg_catalog.float8) (
  SFUNC = @extschema@.balance_partial_sfunc, STYPE = @extschema@.balance_partial, INITCOND = '{}',
  FINALFUNC = @extschema@.balance_partial_final,
  COMBINEFUNC = @extschema@.balance_partial_combine, PARALLEL = SAFE
);
CREATE OR REPLACE AGGREGATE @extschema@.balance_agg(polarity pg_catalog.text, dimension pg_catalog.text,
                                                   strength pg_catalog.float8, stage pg_catalog.text) (
  SFUNC = @extschema@.balance_partial_sfunc, STYPE = @extschema@.balance_partial, INITCOND = '{}',
  FINALFUNC = @extschema@.balance_partial_final,
  COMBINEFUNC = @extschema@.balance_partial_combine, PARALLEL = SAFE
);
CREATE OR REPLACE AGGREGATE @extschema@.balance_agg(kind @extschema@.factor_kind, strength pg_catalog.float8) (
  SFUNC = @extschema@.balance_partial_sfunc, STYPE = @extschema@.balance_partial, INITCOND = '{}',
  FINALFUNC = @extschema@.balance_partial_final,
  COMBINEFUNC = @extschema@.balance_partial_combine, PARALLEL = SAFE
);
CREATE OR REPLACE AGGREGATE @extschema@.balance_agg(@extschema@.balance) (
  SFUNC = @extschema@.balance_partial_sfunc, STYPE = @extschema@.balance_partial, INITCOND = '{}',
  FINALFUNC = @extschema@.balance_partial_final,
  COMBINEFUNC = @extschema@.balance_partial_combine, PARALLEL = SAFE
);
DROP FUNCTION @extschema@.tally_sfunc(@extschema@.tally, @extschema@.level, pg_catalog.float8);
DROP FUNCTION @extschema@.balance_sfunc(@extschema@.balance, pg_catalog.text, pg_catalog.text, pg_catalog.float8);
DROP FUNCTION @extschema@.balance_sfunc(@extschema@.balance, pg_catalog.text, pg_catalog.text, pg_catalog.float8, pg_catalog.text);
DROP FUNCTION @extschema@.balance_sfunc(@extschema@.balance, @extschema@.factor_kind, pg_catalog.float8);
COMMENT ON FUNCTION @extschema@.tally_merge(@extschema@.tally, @extschema@.tally) IS
  'combine function of tally_agg(level); NULL is no evidence';
COMMENT ON FUNCTION @extschema@.balance_combine(@extschema@.balance, @extschema@.balance) IS
  'combine function of balance_agg(polarity, dimension)';
