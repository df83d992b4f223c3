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
