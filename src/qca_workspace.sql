------------------------------------------------------------------------------
-- QCA in a workspace, and the fit of a set relation across waves
-- (src/qca_workspace.sql)
------------------------------------------------------------------------------

/*
 * From a study to a QCA (doc/qca-workspace.md).  Each dimension of the
 * vocabulary is a condition, its raw value per case and wave the balance's
 * net index in that dimension (drivers against adoption barriers); the
 * outcome is the case's score for co-created policymaking (its profile,
 * 0 to 3).  The analyst calibrates each of them in the workspace's table
 * qca_calibration (plain types, so that DROP EXTENSION leaves it); there is
 * no default: a set without a row shows its raw value and a NULL
 * membership, and only the calibrated conditions enter the truth table.
 */

-- the direct method's scales that a workspace accepts (qca_calibrate(); the
-- numeric form of the scale is for SQL of one's own)
CREATE FUNCTION @extschema@.cocreation_qca_scales() RETURNS pg_catalog.text[]
  AS 'MODULE_PATHNAME', 'cocreation_qca_scales' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cocreation_qca_scales() IS
  'the scales of qca_calibrate() a workspace''s qca_calibration accepts: fsqca (log odds 3, Ragin 2008) and qca (log odds ln 19, R''s QCA package)';

/*
 * The distance of a set of consistencies from an even spread, as the panel
 * diagnostics of Garcia-Castro & Arino (2016) define it (SetMethods,
 * cluster(): dBP over the waves, dWP over the cases): the Euclidean distance
 * of the shares c_i / sum(c) from the even share 1/n,
 * sqrt(sum((c_i / sum(c) - 1/n)^2)).  0 when all are equal; NULL when one
 * is NULL (a group without condition membership, whose consistency is
 * undefined) or their sum is 0.
 */
CREATE FUNCTION @extschema@.qca_consistency_distance(consistencies pg_catalog.float8[])
  RETURNS pg_catalog.float8
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
  -- c/sum - 1/n written as (n c - sum) / (n sum): equal consistencies give
  -- exactly 0
  SELECT CASE WHEN s.total OPERATOR(pg_catalog.>) 0::pg_catalog.float8 AND s.nulls OPERATOR(pg_catalog.=) 0 THEN
           pg_catalog.sqrt((SELECT pg_catalog.sum(pg_catalog.power(
                              (s.n OPERATOR(pg_catalog.*) u.c) OPERATOR(pg_catalog.-) s.total, 2::pg_catalog.float8))
                            FROM pg_catalog.unnest(consistencies) AS u(c)))
           OPERATOR(pg_catalog./) (s.n OPERATOR(pg_catalog.*) s.total)
         END
  FROM (SELECT pg_catalog.sum(u.c) AS total, pg_catalog.count(*)::pg_catalog.float8 AS n,
               pg_catalog.count(*) FILTER (WHERE u.c IS NULL) AS nulls
        FROM pg_catalog.unnest(consistencies) AS u(c)) AS s;
END;
COMMENT ON FUNCTION @extschema@.qca_consistency_distance(pg_catalog.float8[]) IS
  'the distance of consistencies from an even spread, sqrt(sum((c/sum(c) - 1/n)^2)): the between-consistency distance over waves, the within-consistency distance over cases (Garcia-Castro & Arino 2016; SetMethods cluster()); NULL if one is NULL or all are 0';

/*
 * The calibrated conditions of a row m of a workspace's qca_memberships, as
 * the arrays qca_truth_table() and qca_model_fit() take: joins giving
 * conditions (text[], in the vocabulary's order) and memberships (float8[]);
 * NULL when no condition is calibrated.  One place for the truth table view
 * and qca_workspace_minimize().  Nothing in it refers to m but plain
 * expressions: qca_calibration is read once, in a subquery qk of one row
 * (which conditions are calibrated), and the row's memberships are picked by
 * it, so that Citus runs it next to the shards' rows (doc/scaling.md).
 */
CREATE FUNCTION @extschema@.cocreation_qca_sets_sql(schema_name pg_catalog.text)
  RETURNS pg_catalog.text
  LANGUAGE plpgsql VOLATILE STRICT PARALLEL UNSAFE
  SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
  x pg_catalog.text := (SELECT pg_catalog.quote_ident(n.nspname)
                        FROM pg_catalog.pg_extension e
                        JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
                        WHERE e.extname = 'cocreation');
  dims pg_catalog.text[];
BEGIN
  EXECUTE format($q$SELECT %s.cocreation_words('dimension'::text)$q$, x) INTO dims;
  RETURN format($sql$CROSS JOIN (
      SELECT pg_catalog.array_agg(k.set_name ORDER BY pg_catalog.array_position(%1$L::pg_catalog.text[], k.set_name))
               FILTER (WHERE k.set_name = ANY (%1$L::pg_catalog.text[])) AS conditions, %2$s
      FROM %3$s.qca_calibration k) qk
    CROSS JOIN LATERAL (
      SELECT qk.conditions,
             CASE WHEN qk.conditions IS NOT NULL THEN %4$s END AS memberships) a$sql$,
    dims,
    -- per condition: calibrated or not
    (SELECT string_agg(format('pg_catalog.count(*) FILTER (WHERE k.set_name = %L) > 0 AS %I', d, d), ', ' ORDER BY o)
     FROM unnest(dims) WITH ORDINALITY AS u(d, o)),
    quote_ident(schema_name),
    -- the memberships of the calibrated conditions, in order
    (SELECT string_agg(format('(CASE WHEN qk.%I THEN ARRAY[m.%I] ELSE ''{}''::pg_catalog.float8[] END)', d, d),
                       ' OPERATOR(pg_catalog.||) ' ORDER BY o)
     FROM unnest(dims) WITH ORDINALITY AS u(d, o)));
END
$fn$;
COMMENT ON FUNCTION @extschema@.cocreation_qca_sets_sql(pg_catalog.text) IS
  'SQL text: joins giving a row m of a workspace''s qca_memberships its calibrated conditions and their memberships as arrays (a.conditions, a.memberships), qca_calibration read once; used by the view qca_truth_table and qca_workspace_minimize()';

/*
 * A workspace's QCA: the table qca_calibration and the views qca_memberships
 * and qca_truth_table, added where missing.  The set names (the dimensions
 * and policymaking) are written into the CHECK and the view from
 * cocreation_vocabulary(), so that the table accepts rows with the
 * extension dropped.
 */
CREATE FUNCTION @extschema@.cocreation_create_workspace_qca(schema_name pg_catalog.text)
  RETURNS void
  LANGUAGE plpgsql VOLATILE STRICT PARALLEL UNSAFE
  SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
  s pg_catalog.text := quote_ident(schema_name);
  x pg_catalog.text := (SELECT pg_catalog.quote_ident(n.nspname)
                        FROM pg_catalog.pg_extension e
                        JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
                        WHERE e.extname = 'cocreation');
  dims pg_catalog.text[];
  outcome pg_catalog.text;
  scales pg_catalog.text[];
  made pg_catalog.text[] := '{}';
  sets pg_catalog.text;
BEGIN
  -- the conditions are the dimensions, the outcome the third level
  EXECUTE format($q$SELECT %1$s.cocreation_words('dimension'::text),
                           (SELECT v.word FROM %1$s.cocreation_vocabulary() v
                            WHERE v.field = 'level' AND v.ordinal = 3),
                           %1$s.cocreation_qca_scales()$q$, x)
    INTO dims, outcome, scales;
  EXECUTE format('SELECT %s.cocreation_qca_sets_sql($1)', x) INTO sets USING schema_name;

  IF pg_catalog.to_regclass(s || '.qca_calibration') IS NULL THEN
    EXECUTE format($ddl$
      CREATE TABLE %1$s.qca_calibration (
        set_name text PRIMARY KEY
          CONSTRAINT set_name_is_a_dimension_or_the_outcome CHECK (set_name IN (%2$s)),
        exclusion float8,
        crossover float8,
        inclusion float8,
        scale text CONSTRAINT scale_in_list CHECK (scale IN (%3$s)),
        threshold float8
          CONSTRAINT threshold_finite CHECK (threshold > '-Infinity' AND threshold < 'Infinity'),
        reason text,
        chosen_on date NOT NULL DEFAULT current_date,
        CONSTRAINT anchors_and_scale_or_a_crisp_threshold CHECK (
          (exclusion IS NOT NULL AND crossover IS NOT NULL AND inclusion IS NOT NULL
           AND scale IS NOT NULL AND threshold IS NULL)
          OR (exclusion IS NULL AND crossover IS NULL AND inclusion IS NULL
              AND scale IS NULL AND threshold IS NOT NULL)),
        CONSTRAINT anchors_finite_and_in_order CHECK (
          exclusion > '-Infinity' AND inclusion < 'Infinity' AND inclusion > '-Infinity'
          AND exclusion < 'Infinity'
          AND ((exclusion < crossover AND crossover < inclusion)
               OR (exclusion > crossover AND crossover > inclusion)))
      )$ddl$, s,
      (SELECT string_agg(quote_literal(w), ', ') FROM unnest(dims || outcome) w),
      (SELECT string_agg(quote_literal(w), ', ')
       FROM unnest(scales) w));
    -- whoever could read or write the calibration can this one
    PERFORM @extschema@.cocreation_copy_grants(schema_name, 'calibration'::pg_catalog.text,
              ARRAY['qca_calibration']::pg_catalog.text[],
              ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'REFERENCES', 'TRIGGER']::pg_catalog.text[]);
    EXECUTE format('COMMENT ON TABLE %s.qca_calibration IS %L', s,
      'the analyst''s calibration of the QCA sets, one row per set: a dimension (condition, raw value its net index) or policymaking (outcome, raw value its score): anchors and scale of the direct method, or one crisp threshold, and the reason; a set without a row has no membership');
  END IF;

  IF pg_catalog.to_regclass(s || '.qca_memberships') IS NULL THEN
    made := made || 'qca_memberships'::pg_catalog.text;
    EXECUTE format($ddl$
      CREATE VIEW %1$s.qca_memberships WITH (security_invoker = true) AS
      SELECT b.case_name, b.wave, b.wave_ordinal, %3$s,
             pm.score AS policymaking_score, %4$s
      FROM %1$s.wave_balance b
      JOIN %1$s.wave_profiles p ON p.case_name = b.case_name AND p.wave = b.wave
      -- the profile calibration (one row or none)
      LEFT JOIN %1$s.calibration pc ON true
      -- qca_calibration read once, one row: each set's anchors and scale or
      -- threshold, all NULL for a set without a row (no subquery per case:
      -- Citus 13 runs this next to the shards' rows, doc/scaling.md)
      CROSS JOIN (SELECT %5$s FROM %1$s.qca_calibration q) k
      -- a case without activities in a wave scores 0 (as in calibration_fit())
      CROSS JOIN LATERAL (SELECT CASE WHEN p.activities = 0 AND pc.calibration IS NOT NULL
                                      THEN 0::pg_catalog.float8
                                      ELSE p.policymaking::pg_catalog.float8 END AS score) pm$ddl$, s, x,
      -- the raw values: net_<dimension>, one per dimension
      (SELECT string_agg(format('%s.net_index(b.balance, %L::pg_catalog.text) AS %I', x, d, 'net_' || d), ', ' ORDER BY o)
       FROM unnest(dims) WITH ORDINALITY AS u(d, o)),
      -- the memberships, one column per set: a crisp set by its threshold,
      -- a fuzzy one by its anchors; a set without a row has NULL anchors and
      -- scale, and qca_calibrate() (STRICT) gives NULL
      (SELECT string_agg(format($m$CASE WHEN k.%2$I IS NOT NULL
               THEN %1$s.qca_calibrate_crisp(%7$s, ARRAY[k.%2$I]::pg_catalog.float8[])::pg_catalog.float8
               ELSE %1$s.qca_calibrate(%7$s, k.%3$I::pg_catalog.float8, k.%4$I::pg_catalog.float8,
                                       k.%5$I::pg_catalog.float8, k.%6$I::pg_catalog.text) END AS %8$I$m$,
                                x, d || '_threshold', d || '_exclusion', d || '_crossover', d || '_inclusion',
                                d || '_scale',
                                CASE WHEN o <= cardinality(dims)
                                     THEN format('%s.net_index(b.balance, %L::pg_catalog.text)', x, d)
                                     ELSE 'pm.score' END, d), ', ' ORDER BY o)
       FROM unnest(dims || outcome) WITH ORDINALITY AS u(d, o)),
      -- qca_calibration pivoted: its set_name is the key, so each max() is
      -- of one row's value or of none
      (SELECT string_agg(format('pg_catalog.max(q.%1$I) FILTER (WHERE q.set_name = %2$L) AS %3$I',
                                c, d, d || '_' || c), ', ' ORDER BY o, n)
       FROM unnest(dims || outcome) WITH ORDINALITY AS u(d, o)
       CROSS JOIN unnest(ARRAY['threshold', 'exclusion', 'crossover', 'inclusion', 'scale']) WITH ORDINALITY AS v(c, n)));
    EXECUTE format('COMMENT ON VIEW %s.qca_memberships IS %L', s,
      'per case and wave: the raw value of each QCA set (net_<dimension>: the net index of drivers against adoption barriers; policymaking_score) and its membership under qca_calibration (NULL without a row)');
  END IF;

  IF pg_catalog.to_regclass(s || '.qca_truth_table') IS NULL THEN
    made := made || 'qca_truth_table'::pg_catalog.text;
    EXECUTE format($ddl$
      CREATE VIEW %1$s.qca_truth_table WITH (security_invoker = true) AS
      WITH t AS (
        SELECT w.wave, w.ordinal,
               pg_catalog.count(m.case_name) FILTER (WHERE m.policymaking IS NOT NULL
                 AND pg_catalog.array_position(a.memberships, NULL::pg_catalog.float8) IS NULL) AS cases,
               %2$s.qca_truth_table(a.memberships, m.policymaking, a.conditions)
                 FILTER (WHERE a.conditions IS NOT NULL) AS truth_table
        FROM %1$s.waves w
        LEFT JOIN (%1$s.qca_memberships m %3$s) ON m.wave = w.wave
        GROUP BY w.wave, w.ordinal)
      SELECT t.wave, t.ordinal AS wave_ordinal, t.cases,
             (SELECT pg_catalog.string_agg(c.name, ', ' ORDER BY c.o)
              FROM pg_catalog.jsonb_array_elements_text(t.truth_table -> 'conditions') WITH ORDINALITY AS c(name, o))
               AS conditions,
             (r.e ->> 'row')::pg_catalog.int4 AS "row", r.e ->> 'configuration' AS configuration,
             (r.e ->> 'n')::pg_catalog.int8 AS n, (r.e ->> 'consistency')::pg_catalog.float8 AS consistency,
             (r.e ->> 'pri')::pg_catalog.float8 AS pri
      FROM t
      LEFT JOIN LATERAL pg_catalog.jsonb_array_elements(t.truth_table -> 'rows') AS r(e) ON true$ddl$,
      s, x, sets);
    EXECUTE format('COMMENT ON VIEW %s.qca_truth_table IS %L', s,
      'per wave and corner of the property space: the truth table (qca_truth_table) of the calibrated conditions for the outcome policymaking over the cases with every membership: row, configuration, n, consistency, PRI; one row with NULLs for a wave without calibrated conditions or cases');
  END IF;

  -- an existing workspace: whoever reads case_profiles reads the new views
  PERFORM @extschema@.cocreation_copy_grants(schema_name, 'case_profiles'::pg_catalog.text, made,
                                             ARRAY['SELECT']::pg_catalog.text[]);
END
$fn$;
COMMENT ON FUNCTION @extschema@.cocreation_create_workspace_qca(pg_catalog.text) IS
  'adds a workspace''s QCA where missing: the table qca_calibration and the views qca_memberships and qca_truth_table; used by cocreation_create_workspace(), cocreation_rebuild_workspace() and the update from 1.0';

/*
 * Both solutions of a workspace's truth table in every wave (or one), each
 * model with its fit over that wave's cases (qca_model_fit).
 */
CREATE FUNCTION @extschema@.qca_workspace_minimize(workspace pg_catalog.regnamespace,
    consistency_cut pg_catalog.float8, frequency_cut pg_catalog.int8, pri_cut pg_catalog.float8)
  RETURNS TABLE (wave pg_catalog.text, solution pg_catalog.text, model pg_catalog.int4,
                 expression pg_catalog.text, consistency pg_catalog.float8, pri pg_catalog.float8,
                 coverage pg_catalog.float8)
  -- VOLATILE: it runs the workspace's views, which belong to the user and
  -- may call anything
  LANGUAGE plpgsql VOLATILE STRICT PARALLEL UNSAFE
  SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
  x pg_catalog.text := (SELECT pg_catalog.quote_ident(n.nspname)
                        FROM pg_catalog.pg_extension e
                        JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
                        WHERE e.extname = 'cocreation');
  sets pg_catalog.text;
BEGIN
  EXECUTE format('SELECT %s.cocreation_qca_sets_sql($1)', x) INTO sets
    USING (SELECT n.nspname::pg_catalog.text FROM pg_catalog.pg_namespace n WHERE n.oid = workspace);
  RETURN QUERY EXECUTE format($q$
    WITH c AS (
      SELECT m.wave, m.wave_ordinal, m.policymaking, a.conditions, a.memberships
      FROM %1$s.qca_memberships m %3$s
      WHERE a.conditions IS NOT NULL
    ), t AS (
      SELECT c.wave, pg_catalog.min(c.wave_ordinal) AS wave_ordinal,
             %2$s.qca_truth_table(c.memberships, c.policymaking, c.conditions) AS truth_table
      FROM c GROUP BY c.wave
    )
    SELECT t.wave, s.solution, s.model, s.expression,
           (f.j ->> 'consistency')::pg_catalog.float8, (f.j ->> 'pri')::pg_catalog.float8,
           (f.j ->> 'coverage')::pg_catalog.float8
    FROM t
    CROSS JOIN LATERAL %2$s.qca_minimize(t.truth_table, $1, $2, $3) s
    CROSS JOIN LATERAL (
      -- a constant model (every corner or none) has no terms to fit
      SELECT %2$s.qca_model_fit(c.memberships, c.policymaking, c.conditions, s.expression)
               FILTER (WHERE s.expression NOT IN ('0', '1')) AS j
      FROM c WHERE c.wave = t.wave) f
    WHERE t.truth_table IS NOT NULL
    ORDER BY t.wave_ordinal, s.solution, s.model$q$, workspace, x, sets)
  USING consistency_cut, frequency_cut, pri_cut;
END
$fn$;
COMMENT ON FUNCTION @extschema@.qca_workspace_minimize(pg_catalog.regnamespace, pg_catalog.float8, pg_catalog.int8, pg_catalog.float8) IS
  'per wave of a workspace: both solutions (complex, parsimonious) of its QCA truth table under the cut-offs, each model with its consistency, PRI and coverage over the wave''s cases';

/*
 * Panel diagnostics of a set relation (Garcia-Castro & Arino 2016,
 * "A general approach to panel data set-theoretic research"; SetMethods
 * cluster()): for a condition or a term of the workspace's conditions X
 * (in QCA notation: dimension names, * and, + or, ~ not) and the outcome
 * policymaking Y over every case and wave, in one scan (GROUPING SETS of
 * qca_fit): the pooled consistency and coverage, the between consistency
 * of each wave (over its cases), the within consistency of each case (over
 * its waves) and the two distances.  A case-wave with a NULL membership is
 * left out.
 */
CREATE FUNCTION @extschema@.qca_workspace_panel_fit(workspace pg_catalog.regnamespace,
    expression pg_catalog.text,
    OUT scope pg_catalog.text, OUT wave pg_catalog.text, OUT case_name pg_catalog.text,
    OUT cases pg_catalog.int8, OUT consistency pg_catalog.float8, OUT coverage pg_catalog.float8,
    OUT between_distance pg_catalog.float8, OUT within_distance pg_catalog.float8)
  RETURNS SETOF record
  -- VOLATILE: it runs the workspace's views, which belong to the user and
  -- may call anything
  LANGUAGE plpgsql VOLATILE STRICT PARALLEL UNSAFE
  SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
  x pg_catalog.text := (SELECT pg_catalog.quote_ident(n.nspname)
                        FROM pg_catalog.pg_extension e
                        JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
                        WHERE e.extname = 'cocreation');
  dims pg_catalog.text[];
  terms pg_catalog.text[] := '{}';
  lits pg_catalog.text[];
  t pg_catalog.text;
  l pg_catalog.text;
  name pg_catalog.text;
  names pg_catalog.text[] := '{}';
BEGIN
  EXECUTE format($q$SELECT %s.cocreation_words('dimension'::text)$q$, x) INTO dims;
  -- the expression as set operations on the view's membership columns
  FOREACH t IN ARRAY string_to_array(regexp_replace(expression, '\s', '', 'g'), '+') LOOP
    lits := '{}';
    FOREACH l IN ARRAY string_to_array(t, '*') LOOP
      name := lower(ltrim(l, '~'));
      IF name IS NULL OR NOT name = ANY (dims) OR length(l) - length(ltrim(l, '~')) > 1 THEN
        RAISE EXCEPTION 'invalid set expression "%"', left(expression, 100)
          USING ERRCODE = '22023',
                DETAIL = format('"%s" is not a condition.', left(l, 40)),
                HINT = format('Write conditions (%s) joined by * (and) and + (or), each perhaps negated by ~.',
                              array_to_string(dims, ', '));
      END IF;
      lits := lits || CASE WHEN l LIKE '~%' THEN format('%s.qca_not(m.%I)', x, name)
                           ELSE format('m.%I', name) END;
      names := names || format('m.%I', name);
    END LOOP;
    IF cardinality(lits) = 0 THEN
      RAISE EXCEPTION 'invalid set expression "%"', left(expression, 100)
        USING ERRCODE = '22023', DETAIL = 'A term is empty.',
              HINT = format('Write conditions (%s) joined by * (and) and + (or), each perhaps negated by ~.',
                            array_to_string(dims, ', '));
    END IF;
    terms := terms || format('%s.qca_and(%s)', x, array_to_string(lits, ', '));
  END LOOP;
  IF cardinality(terms) = 0 THEN
    RAISE EXCEPTION 'invalid set expression "%"', expression USING ERRCODE = '22023',
      HINT = format('Write conditions (%s) joined by * (and) and + (or), each perhaps negated by ~.',
                    array_to_string(dims, ', '));
  END IF;
  RETURN QUERY EXECUTE format($q$
    WITH g AS (
      SELECT GROUPING(v.wave, v.case_name) AS level, v.wave, v.case_name,
             pg_catalog.min(v.wave_ordinal) AS wave_ordinal, %2$s.qca_fit(v.x, v.y) AS f
      FROM (SELECT m.wave, m.wave_ordinal, m.case_name, %3$s AS x, m.policymaking AS y
            FROM %1$s.qca_memberships m) v
      WHERE v.x IS NOT NULL AND v.y IS NOT NULL
      GROUP BY GROUPING SETS ((), (v.wave), (v.case_name))
    )
    SELECT CASE g.level WHEN 3 THEN 'pooled' WHEN 1 THEN 'between' ELSE 'within' END,
           g.wave, g.case_name, %2$s.qca_cases(g.f), %2$s.qca_consistency(g.f), %2$s.qca_coverage(g.f),
           CASE WHEN g.level = 3 THEN %2$s.qca_consistency_distance(ARRAY(
             SELECT %2$s.qca_consistency(b.f) FROM g b WHERE b.level = 1 ORDER BY b.wave_ordinal)) END,
           CASE WHEN g.level = 3 THEN %2$s.qca_consistency_distance(ARRAY(
             SELECT %2$s.qca_consistency(w.f) FROM g w WHERE w.level = 2 ORDER BY w.case_name)) END
    FROM g
    WHERE g.level = 3 OR g.f IS NOT NULL
    ORDER BY g.level = 2, g.level = 1, g.wave_ordinal, g.case_name$q$,
    workspace, x,
    -- a case-wave with a NULL membership in a condition of the expression is
    -- left out (qca_and() and qca_or() refuse NULLs)
    format('CASE WHEN pg_catalog.num_nulls(%s) = 0 THEN %s END', array_to_string(names, ', '),
           CASE WHEN cardinality(terms) = 1 THEN terms[1]
                ELSE format('%s.qca_or(%s)', x, array_to_string(terms, ', ')) END));
END
$fn$;
COMMENT ON FUNCTION @extschema@.qca_workspace_panel_fit(pg_catalog.regnamespace, pg_catalog.text) IS
  'panel diagnostics (Garcia-Castro & Arino 2016) of a condition or term (QCA notation over the dimensions) as sufficient for policymaking over a workspace''s cases and waves: pooled, between (per wave) and within (per case) consistency and coverage, and the between- and within-consistency distances (on the pooled row)';
