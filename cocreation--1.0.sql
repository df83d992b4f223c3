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



------------------------------------------------------------------------------
-- Section 4: driver and barrier balances, the factor catalogue (issue 4)
------------------------------------------------------------------------------



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

