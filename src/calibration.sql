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
