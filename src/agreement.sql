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
