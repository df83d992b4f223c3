/* the update script from 1.0 to 1.1, assembled from src/upgrade/1.0--1.1.sql
 * (changes to 1.0's objects) and the parts new in 1.1 (Makefile) */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION cocreation UPDATE TO '1.1'" to load this file. \quit

-- the conventions of the install script (src/header.sql) hold here too:
-- unqualified names mean pg_catalog's only while the script runs
SET LOCAL search_path = pg_catalog, pg_temp;

/*
 * Workspaces get waves (src/waves.sql): cocreation_create_workspace() and
 * cocreation_rebuild_workspace() add them, and the views of 1.0 read the
 * last wave.  The functions below are those of src/workspace.sql, replaced
 * (an update may replace a function the extension already has); the
 * workspaces that exist are migrated at the end of the update
 * (src/upgrade/1.0--1.1-workspaces.sql), once the new functions exist.
 */

CREATE OR REPLACE FUNCTION @extschema@.cocreation_create_workspace(schema_name pg_catalog.text,
    thresholds pg_catalog.float8[], method pg_catalog.text, reason pg_catalog.text)
  RETURNS pg_catalog.regnamespace
  LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
  SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
  s pg_catalog.text := quote_ident(schema_name);
  -- the extension's own schema, from the catalog (never spliced into this
  -- script's text), so that the SQL built below names exactly its objects
  x pg_catalog.text := (SELECT pg_catalog.quote_ident(n.nspname)
                        FROM pg_catalog.pg_extension e
                        JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
                        WHERE e.extname = 'cocreation');
  -- each field's words as a literal IN list, from the vocabulary
  w pg_catalog.jsonb;
BEGIN
  -- a workspace is a new schema, which needs CREATE on the database: say so
  -- before trying, and name the grant (CREATE SCHEMA's own error names
  -- neither the privilege nor who can give it)
  IF NOT has_database_privilege(current_user, current_database(), 'CREATE') THEN
    RAISE EXCEPTION 'permission denied to create a workspace in database "%"', current_database()
      USING ERRCODE = '42501',
            DETAIL = 'A workspace is a new schema; creating a schema needs the CREATE privilege on the database.',
            HINT = format('Ask the database owner: GRANT CREATE ON DATABASE %s TO %s',
                          quote_ident(current_database()), quote_ident(current_user));
  END IF;
  IF schema_name IS NULL OR btrim(schema_name) = '' THEN
    RAISE EXCEPTION 'workspace schema name must not be empty or NULL'
      USING ERRCODE = '22023', HINT = 'Pass a new schema name, such as ''my_study''.';
  END IF;
  -- a longer name would be silently truncated into another schema's name
  IF octet_length(schema_name) > 63 THEN
    RAISE EXCEPTION 'workspace schema name is too long (% bytes)', octet_length(schema_name)
      USING ERRCODE = '42622', HINT = 'Schema names have at most 63 bytes.';
  END IF;
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = schema_name) THEN
    RAISE EXCEPTION 'schema "%" already exists', schema_name
      USING ERRCODE = '42P06',
            HINT = 'A workspace needs a new schema: choose another name, or drop the old one first.';
  END IF;

  EXECUTE format($q$
    SELECT jsonb_object_agg(g.field, g.list) FROM (
      SELECT v.field, string_agg(quote_literal(v.word), ', ' ORDER BY v.n) AS list
      FROM %s.cocreation_vocabulary() WITH ORDINALITY AS v(field, word, ordinal, meaning, n)
      -- expert scores rate the three co-creation levels, not none
      WHERE v.field <> 'level' OR v.ordinal BETWEEN 1 AND 3
      GROUP BY v.field) g$q$, x) INTO w;

  EXECUTE format('CREATE SCHEMA %s', s);
  EXECUTE format('COMMENT ON SCHEMA %s IS %L', s,
                 'cocreation workspace: a study''s cases, sources, activities, factors, factor codes and expert scores');

  EXECUTE format($ddl$
    CREATE TABLE %1$s.cases (
      case_name text PRIMARY KEY
        CONSTRAINT case_name_not_blank CHECK (btrim(case_name) <> ''),
      country text,
      inhabitants integer CONSTRAINT inhabitants_positive CHECK (inhabitants > 0),
      setting text
        CONSTRAINT setting_is_rural_urban_or_both CHECK (setting IN ('rural', 'urban', 'rural/urban')),
      socioeconomic_problems text,
      mayor_orientation text,
      councillors integer CONSTRAINT councillors_positive CHECK (councillors > 0),
      permanent_committees integer
        CONSTRAINT permanent_committees_not_negative CHECK (permanent_committees >= 0),
      extra jsonb NOT NULL DEFAULT '{}'
        CONSTRAINT extra_is_a_json_object CHECK (pg_catalog.jsonb_typeof(extra) = 'object')
    )$ddl$, s, x);

  EXECUTE format($ddl$
    CREATE TABLE %1$s.sources (
      source_id text PRIMARY KEY,
      case_name text NOT NULL REFERENCES %1$s.cases ON UPDATE CASCADE,
      kind text NOT NULL
        CONSTRAINT kind_is_interview_document_or_observation
        CHECK (kind IN ('interview', 'document', 'observation')),
      informant_role text,
      title text,
      reference text,
      n integer NOT NULL DEFAULT 1 CONSTRAINT n_not_negative CHECK (n >= 0),
      note text,
      CONSTRAINT interviews_name_the_informant_role
        CHECK ((kind = 'interview') = (informant_role IS NOT NULL)),
      UNIQUE (case_name, source_id)
    )$ddl$, s, x);

  -- the level and effective_weight columns are generated, and added by
  -- cocreation_create_workspace_columns() below
  EXECUTE format($ddl$
    CREATE TABLE %1$s.activities (
      activity_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      case_name text NOT NULL REFERENCES %1$s.cases ON UPDATE CASCADE,
      name text NOT NULL CONSTRAINT name_not_blank CHECK (btrim(name) <> ''),
      description text,
      actors text[] NOT NULL
        CONSTRAINT actors_in_vocabulary CHECK (array_remove(actors, NULL) <@ ARRAY[%2$s]::text[]),
      object text NOT NULL
        CONSTRAINT object_in_vocabulary CHECK (object IN (%3$s)),
      decision text NOT NULL DEFAULT 'joint'
        CONSTRAINT decision_in_vocabulary CHECK (decision IN (%4$s)),
      scope text NOT NULL
        CONSTRAINT scope_in_vocabulary CHECK (scope IN (%5$s)),
      weight float8
        CONSTRAINT weight_finite_and_not_negative CHECK (weight >= 0 AND weight < 'Infinity'),
      citation text NOT NULL,
      quote text,
      source_id text,
      CONSTRAINT one_activity_per_name_and_case UNIQUE (case_name, name),
      CONSTRAINT source_belongs_to_the_same_case FOREIGN KEY (case_name, source_id)
        REFERENCES %1$s.sources (case_name, source_id) ON UPDATE CASCADE
    )$ddl$, s, w ->> 'actor', w ->> 'object', w ->> 'decision', w ->> 'scope');

  -- the study's own factor codes, starting from a copy of the catalogue
  EXECUTE format($ddl$
    CREATE TABLE %1$s.factor_codes (
      code text PRIMARY KEY
        CONSTRAINT code_is_identifier CHECK (code ~ '^[a-z][a-z0-9_]*$'),
      label text NOT NULL,
      polarity text NOT NULL
        CONSTRAINT polarity_in_vocabulary CHECK (polarity IN (%2$s)),
      dimension text NOT NULL
        CONSTRAINT dimension_in_vocabulary CHECK (dimension IN (%3$s)),
      usual_stage text NOT NULL DEFAULT 'adoption'
        CONSTRAINT usual_stage_in_vocabulary CHECK (usual_stage IN (%4$s)),
      case_name text,
      description text NOT NULL,
      source text NOT NULL,
      dimension_source text NOT NULL DEFAULT 'tool'
        CONSTRAINT dimension_source_is_paper_or_tool CHECK (dimension_source IN ('paper', 'tool'))
    )$ddl$, s, w ->> 'polarity', w ->> 'dimension', w ->> 'stage');
  EXECUTE format($q$
    INSERT INTO %1$s.factor_codes (code, label, polarity, dimension, usual_stage, case_name,
                                   description, source, dimension_source)
    SELECT code, label, polarity, dimension, usual_stage, case_name, description, source, dimension_source
    FROM %2$s.cocreation_factor_catalogue ORDER BY code$q$, s, x);

  EXECUTE format($ddl$
    CREATE TABLE %1$s.factors (
      factor_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      case_name text NOT NULL REFERENCES %1$s.cases ON UPDATE CASCADE,
      code text CONSTRAINT code_is_in_factor_codes
        REFERENCES %1$s.factor_codes (code) ON UPDATE CASCADE,
      polarity text NOT NULL
        CONSTRAINT polarity_in_vocabulary CHECK (polarity IN (%2$s)),
      dimension text NOT NULL
        CONSTRAINT dimension_in_vocabulary CHECK (dimension IN (%3$s)),
      stage text NOT NULL DEFAULT 'adoption'
        CONSTRAINT stage_in_vocabulary CHECK (stage IN (%4$s)),
      strength float8 NOT NULL DEFAULT 1
        CONSTRAINT strength_finite_and_not_negative CHECK (strength >= 0 AND strength < 'Infinity'),
      description text,
      citation text NOT NULL,
      quote text,
      source_id text,
      CONSTRAINT drivers_are_adoption_factors CHECK (polarity = 'barrier' OR stage = 'adoption'),
      CONSTRAINT source_belongs_to_the_same_case FOREIGN KEY (case_name, source_id)
        REFERENCES %1$s.sources (case_name, source_id) ON UPDATE CASCADE
    )$ddl$, s, w ->> 'polarity', w ->> 'dimension', w ->> 'stage');

  -- the study's calibration: the analyst's thresholds, one row or none
  -- (then the views show no profiles); plain types, so that it outlives
  -- DROP EXTENSION; the shape is checked here, the rest by profile()
  EXECUTE format($ddl$
    CREATE TABLE %1$s.calibration (
      calibration boolean PRIMARY KEY DEFAULT true
        CONSTRAINT one_calibration_per_workspace CHECK (calibration),
      thresholds float8[] NOT NULL
        CONSTRAINT thresholds_three_increasing_positive_numbers CHECK (
          array_ndims(thresholds) = 1 AND array_lower(thresholds, 1) = 1
          AND cardinality(thresholds) = 3 AND array_position(thresholds, NULL) IS NULL
          AND thresholds[1] > 0 AND thresholds[2] > thresholds[1]
          AND thresholds[3] > thresholds[2] AND thresholds[3] < 'Infinity'),
      method text NOT NULL DEFAULT 'sum'
        CONSTRAINT method_in_vocabulary CHECK (method IN (%2$s)),
      reason text,
      chosen_on date NOT NULL DEFAULT current_date
    )$ddl$, s, w ->> 'method');

  EXECUTE format($ddl$
    CREATE TABLE %1$s.expert_scores (
      case_name text NOT NULL REFERENCES %1$s.cases ON UPDATE CASCADE,
      rater text NOT NULL DEFAULT 'published',
      level text NOT NULL
        CONSTRAINT level_is_a_cocreation_level CHECK (level IN (%2$s)),
      score numeric NOT NULL
        CONSTRAINT score_from_0_to_3_in_half_steps CHECK (score >= 0 AND score <= 3 AND score * 2 = trunc(score * 2)),
      citation text,
      PRIMARY KEY (case_name, rater, level)
    )$ddl$, s, w ->> 'level');

  EXECUTE format('COMMENT ON TABLE %s.cases IS %L', s,
    'one row per case (municipality), with the attributes of the paper''s Table 1');
  EXECUTE format('COMMENT ON TABLE %s.sources IS %L', s,
    'interviews (with the informant''s role), documents and observations, as in the paper''s Table 2');
  EXECUTE format('COMMENT ON TABLE %s.activities IS %L', s,
    'co-creation activities (and the non-co-creation ones), classified by classify()');
  EXECUTE format('COMMENT ON TABLE %s.factor_codes IS %L', s,
    'the study''s factor codes: a copy of cocreation_factor_catalogue made with the workspace, and the study''s own codes');
  EXECUTE format('COMMENT ON TABLE %s.factors IS %L', s,
    'drivers and barriers coded per case, by polarity, dimension, stage and strength');
  EXECUTE format('COMMENT ON TABLE %s.calibration IS %L', s,
    'the study''s calibration, chosen by the analyst before looking at results: the weights of evidence for one, two and three crosses, the method (sum or max) and the reason; the views show no profiles without it');
  EXECUTE format('COMMENT ON TABLE %s.expert_scores IS %L', s,
    'published or rater scores per case and level, 0 to 3 in half steps (the paper''s Table 3)');

  EXECUTE format('SELECT %s.cocreation_create_workspace_columns($1)', x) USING schema_name;
  EXECUTE format('SELECT %s.cocreation_create_workspace_words($1)', x) USING schema_name;
  EXECUTE format('SELECT %s.cocreation_create_workspace_waves($1)', x) USING schema_name;
  EXECUTE format('SELECT %s.cocreation_create_workspace_views($1)', x) USING schema_name;
  IF thresholds IS NOT NULL THEN
    -- profile() checks the thresholds and method first, for its errors'
    -- details and hints (the table's CHECKs only name the constraint); a
    -- NULL method is profile()'s default, sum
    EXECUTE format($q$SELECT %1$s.profile('(0, 0, 0 | 0, 0, 0 | 0, 0, 0 | 0)'::%1$s.tally, $1, $2)$q$, x)
      USING thresholds, COALESCE(method, 'sum');
    EXECUTE format('INSERT INTO %s.calibration (thresholds, method, reason) VALUES ($1, $2, $3)', s)
      USING thresholds, COALESCE(method, 'sum'), reason;
  ELSIF reason IS NOT NULL THEN
    RAISE EXCEPTION 'a calibration reason needs its thresholds'
      USING ERRCODE = '22004',
            HINT = 'Pass thresholds => ''{t1,t2,t3}'' with the reason, or neither.';
  END IF;
  RETURN (SELECT n.oid FROM pg_catalog.pg_namespace n WHERE n.nspname = schema_name)::pg_catalog.regnamespace;
END
$fn$;
COMMENT ON FUNCTION @extschema@.cocreation_create_workspace(pg_catalog.text, pg_catalog.float8[], pg_catalog.text, pg_catalog.text) IS
  'creates a new schema, owned by the caller, with a study''s tables (cases, sources, activities, factor_codes, factors, expert_scores, calibration, waves) and views; with thresholds, records the study''s calibration';

COMMENT ON FUNCTION @extschema@.cocreation_create_workspace(pg_catalog.text) IS
  'creates a new schema, owned by the caller, with a study''s tables (cases, sources, activities, factor_codes, factors, expert_scores, calibration, waves) and views, with no calibration yet';

CREATE OR REPLACE FUNCTION @extschema@.cocreation_rebuild_workspace(schema_name pg_catalog.text)
  RETURNS pg_catalog.regnamespace
  LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
  SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
  x pg_catalog.text := (SELECT pg_catalog.quote_ident(n.nspname)
                        FROM pg_catalog.pg_extension e
                        JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
                        WHERE e.extname = 'cocreation');
  missing pg_catalog.text;
BEGIN
  IF schema_name IS NULL OR NOT EXISTS (SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = schema_name) THEN
    RAISE EXCEPTION 'schema "%" does not exist', schema_name
      USING ERRCODE = '3F000', HINT = 'Pass the name of a workspace made by cocreation_create_workspace().';
  END IF;
  SELECT string_agg(t, ', ') INTO missing
  FROM unnest(ARRAY['cases', 'sources', 'activities', 'factor_codes', 'factors', 'expert_scores', 'calibration']) t
  WHERE pg_catalog.to_regclass(pg_catalog.quote_ident(schema_name) || '.' || t) IS NULL;
  IF missing IS NOT NULL THEN
    RAISE EXCEPTION 'schema "%" is not a cocreation workspace', schema_name
      USING ERRCODE = '42P01', DETAIL = format('Missing tables: %s.', missing),
            HINT = 'Pass the name of a workspace made by cocreation_create_workspace().';
  END IF;
  EXECUTE format('SELECT %s.cocreation_create_workspace_columns($1)', x) USING schema_name;
  EXECUTE format('SELECT %s.cocreation_create_workspace_words($1)', x) USING schema_name;
  EXECUTE format('SELECT %s.cocreation_create_workspace_waves($1)', x) USING schema_name;
  EXECUTE format('SELECT %s.cocreation_create_workspace_views($1)', x) USING schema_name;
  RETURN (SELECT n.oid FROM pg_catalog.pg_namespace n WHERE n.nspname = schema_name)::pg_catalog.regnamespace;
END
$fn$;
COMMENT ON FUNCTION @extschema@.cocreation_rebuild_workspace(pg_catalog.text) IS
  'after DROP EXTENSION cocreation CASCADE and CREATE EXTENSION, or on a workspace the update from 1.0 could not alter: re-adds a workspace''s generated columns (activities.level, activities.effective_weight), waves where missing and views, and re-creates its word functions and triggers from the vocabulary';

CREATE OR REPLACE FUNCTION @extschema@.cocreation_create_workspace_views(schema_name pg_catalog.text)
  RETURNS void
  LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
  SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
  s pg_catalog.text := quote_ident(schema_name);
  -- the extension's own schema, from the catalog (never spliced into this
  -- script's text), so that the SQL built below names exactly its objects
  x pg_catalog.text := (SELECT pg_catalog.quote_ident(n.nspname)
                        FROM pg_catalog.pg_extension e
                        JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
                        WHERE e.extname = 'cocreation');
  v pg_catalog.text;
  verb pg_catalog.text;
  last_wave pg_catalog.text := format('(SELECT w.wave FROM %s.waves w ORDER BY w.ordinal DESC LIMIT 1)',
                                      quote_ident(schema_name));
BEGIN
  -- the views over every wave first: the views below read them
  EXECUTE format('SELECT %s.cocreation_create_workspace_wave_views($1)', x) USING schema_name;

  -- case_profiles, case_balance and cross_case read the last wave.  A
  -- workspace made before waves existed has them reading every row: they
  -- are replaced, with the same columns (so that views a user built on them
  -- stay valid).  They name the last wave by its name, the column the
  -- views over every wave group by: the planner then filters the rows of
  -- that wave before grouping them, instead of grouping every wave's rows
  -- and keeping one wave's groups
  FOREACH v IN ARRAY ARRAY['case_profiles', 'case_balance', 'cross_case'] LOOP
    verb := CASE
      WHEN pg_catalog.to_regclass(s || '.' || v) IS NULL THEN 'CREATE'
      WHEN NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                       JOIN pg_catalog.pg_rewrite r ON d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass
                                                   AND d.objid = r.oid
                       WHERE r.ev_class = pg_catalog.to_regclass(s || '.' || v)
                         AND d.refobjid = pg_catalog.to_regclass(s || '.waves'))
        THEN 'CREATE OR REPLACE'
      END;
    CONTINUE WHEN verb IS NULL;
    EXECUTE format(CASE v
      WHEN 'case_profiles' THEN $ddl$
        %1$s VIEW %2$s.case_profiles WITH (security_invoker = true) AS
        SELECT p.case_name, p.activities, p.tally, p.profile, p.service_production,
               p.problem_solving, p.policymaking, p.notation, p.reach, p.reach_rank,
               p.evidence_service_production, p.evidence_problem_solving,
               p.evidence_policymaking, p.not_cocreation
        FROM %2$s.wave_profiles p
        WHERE p.wave = %3$s$ddl$
      WHEN 'case_balance' THEN $ddl$
        %1$s VIEW %2$s.case_balance WITH (security_invoker = true) AS
        SELECT b.case_name, b.factors, b.balance, b.drivers, b.adoption_barriers,
               b.implementation_problems, b.net_index, b.net_discursive, b.net_cultural,
               b.net_institutional, b.net_practical, b.net_contextual, b.implementation_share
        FROM %2$s.wave_balance b
        WHERE b.wave = %3$s$ddl$
      ELSE $ddl$
        %1$s VIEW %2$s.cross_case WITH (security_invoker = true) AS
        SELECT c.case_name, c.rater, c.service_production, c.expert_service_production,
               c.problem_solving, c.expert_problem_solving, c.policymaking,
               c.expert_policymaking, c.notation, c.expert_notation, c.cells_agreeing, c.distance
        FROM %2$s.wave_cross_case c
        WHERE c.wave = %3$s$ddl$
      END, verb, s, last_wave);
  END LOOP;

  IF pg_catalog.to_regclass(s || '.factor_matrix') IS NULL THEN
  EXECUTE format($ddl$
    CREATE VIEW %1$s.factor_matrix WITH (security_invoker = true) AS
    SELECT b.case_name, d.dimension, d.drivers, d.adoption_barriers,
           d.implementation_problems, d.net_index
    FROM %1$s.case_balance b
    CROSS JOIN LATERAL %2$s.dimensions(b.balance) d$ddl$, s, x);
  END IF;

  EXECUTE format('COMMENT ON VIEW %s.case_profiles IS %L', s,
    'per case, in the last wave: the tally of classified activities, its calibrated profile, one column per level, notation and reach; plain companions reach_rank, evidence_* (weight sums per level) and not_cocreation for BI tools');
  EXECUTE format('COMMENT ON VIEW %s.case_balance IS %L', s,
    'per case, in the last wave: the balance of coded drivers and barriers, net indices overall and per dimension');
  EXECUTE format('COMMENT ON VIEW %s.cross_case IS %L', s,
    'per case and rater, in the last wave: computed scores next to the expert scores, in the shape of the paper''s Table 3');
  EXECUTE format('COMMENT ON VIEW %s.factor_matrix IS %L', s,
    'case by dimension, in the last wave: drivers, adoption barriers, implementation problems and net index');
END
$fn$;
COMMENT ON FUNCTION @extschema@.cocreation_create_workspace_views(pg_catalog.text) IS
  'creates the views of a workspace that are missing (case_profiles, case_balance, cross_case, factor_matrix, which read the last wave, and those over every wave), and makes those of a workspace made before waves read the last wave; used by cocreation_create_workspace() and cocreation_rebuild_workspace()';

/*
 * weighted_kappa sums each pair's weight exactly and merges partial states
 * (src/kappa.c): the same ratings give the same bits in any row order and
 * in parallel plans.  The functions and aggregates of src/agreement.sql;
 * the aggregates keep their arguments, result and transition functions.
 */
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
CREATE OR REPLACE AGGREGATE @extschema@.weighted_kappa(a pg_catalog.float8, b pg_catalog.float8) (
  SFUNC = @extschema@.weighted_kappa_sfunc, STYPE = pg_catalog.internal, SSPACE = 4096,
  FINALFUNC = @extschema@.weighted_kappa_final,
  COMBINEFUNC = @extschema@.weighted_kappa_combine,
  SERIALFUNC = @extschema@.weighted_kappa_serialize,
  DESERIALFUNC = @extschema@.weighted_kappa_deserialize,
  PARALLEL = SAFE
);
CREATE OR REPLACE AGGREGATE @extschema@.weighted_kappa(a pg_catalog.float8, b pg_catalog.float8, weights pg_catalog.text) (
  SFUNC = @extschema@.weighted_kappa_sfunc, STYPE = pg_catalog.internal, SSPACE = 4096,
  FINALFUNC = @extschema@.weighted_kappa_final,
  COMBINEFUNC = @extschema@.weighted_kappa_combine,
  SERIALFUNC = @extschema@.weighted_kappa_serialize,
  DESERIALFUNC = @extschema@.weighted_kappa_deserialize,
  PARALLEL = SAFE
);
CREATE OR REPLACE AGGREGATE @extschema@.weighted_kappa(a @extschema@.level, b @extschema@.level) (
  SFUNC = @extschema@.weighted_kappa_sfunc, STYPE = pg_catalog.internal, SSPACE = 4096,
  FINALFUNC = @extschema@.weighted_kappa_final,
  COMBINEFUNC = @extschema@.weighted_kappa_combine,
  SERIALFUNC = @extschema@.weighted_kappa_serialize,
  DESERIALFUNC = @extschema@.weighted_kappa_deserialize,
  PARALLEL = SAFE
);
CREATE OR REPLACE AGGREGATE @extschema@.weighted_kappa(a @extschema@.level, b @extschema@.level, weights pg_catalog.text) (
  SFUNC = @extschema@.weighted_kappa_sfunc, STYPE = pg_catalog.internal, SSPACE = 4096,
  FINALFUNC = @extschema@.weighted_kappa_final,
  COMBINEFUNC = @extschema@.weighted_kappa_combine,
  SERIALFUNC = @extschema@.weighted_kappa_serialize,
  DESERIALFUNC = @extschema@.weighted_kappa_deserialize,
  PARALLEL = SAFE
);
