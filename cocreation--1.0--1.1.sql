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

------------------------------------------------------------------------------
-- waves: rounds of data collection, and change between them (src/waves.sql)
------------------------------------------------------------------------------

/*
 * A study compares snapshots; a second round of data collection shows
 * change.  A workspace records its rounds in a table waves (a name, an
 * ordinal that orders them, a period that may be unknown, a note); every
 * activity, factor and expert score belongs to one wave.  A row inserted
 * without a wave goes to the last wave (the highest ordinal), so that a
 * study with one wave never names it.  The views of 1.0 (case_profiles,
 * case_balance, cross_case, factor_matrix) read the last wave; the wave_*
 * views read every wave, the *_changes views compare each wave with the one
 * before it.
 */

-- the change of a profile between two waves, one row per level: the score
-- before, after, and the difference (after - before, -3 to 3)
CREATE FUNCTION @extschema@.profile_change(before @extschema@.profile, after @extschema@.profile,
    OUT level @extschema@.level, OUT score_before pg_catalog.numeric,
    OUT score_after pg_catalog.numeric, OUT change pg_catalog.numeric)
  RETURNS SETOF record
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
    SELECT l.level, @extschema@.score(before, l.level), @extschema@.score(after, l.level),
           -- 1.5 - 1.5 is 0, not 0.0
           pg_catalog.trim_scale(@extschema@.score(after, l.level)
                                 OPERATOR(pg_catalog.-) @extschema@.score(before, l.level))
    FROM pg_catalog.unnest(ARRAY[1, 2, 3]::pg_catalog.int4[]) AS n(ordinal)
    CROSS JOIN LATERAL (SELECT n.ordinal::@extschema@.level AS level) l
    ORDER BY n.ordinal;
END;
COMMENT ON FUNCTION @extschema@.profile_change(@extschema@.profile, @extschema@.profile) IS
  'the change between two profiles (an earlier and a later wave), one row per co-creation level: the score before, after, and after minus before';

-- the change of a balance between two waves, one row per dimension and one
-- for all: drivers, adoption barriers, implementation problems and net
-- index before and after (the net index NULL where it is undefined)
CREATE FUNCTION @extschema@.balance_change(before @extschema@.balance, after @extschema@.balance,
    OUT dimension pg_catalog.text,
    OUT drivers_before pg_catalog.float8, OUT drivers_after pg_catalog.float8,
    OUT adoption_barriers_before pg_catalog.float8, OUT adoption_barriers_after pg_catalog.float8,
    OUT implementation_problems_before pg_catalog.float8, OUT implementation_problems_after pg_catalog.float8,
    OUT net_index_before pg_catalog.float8, OUT net_index_after pg_catalog.float8,
    OUT net_index_change pg_catalog.float8)
  RETURNS SETOF record
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
    SELECT d.name,
           @extschema@.drivers(before, d.name), @extschema@.drivers(after, d.name),
           @extschema@.barriers(before, d.name, 'adoption'::pg_catalog.text),
           @extschema@.barriers(after, d.name, 'adoption'::pg_catalog.text),
           @extschema@.barriers(before, d.name, 'implementation'::pg_catalog.text),
           @extschema@.barriers(after, d.name, 'implementation'::pg_catalog.text),
           @extschema@.net_index(before, d.name), @extschema@.net_index(after, d.name),
           @extschema@.net_index(after, d.name) OPERATOR(pg_catalog.-) @extschema@.net_index(before, d.name)
    FROM pg_catalog.unnest(ARRAY['discursive', 'cultural', 'institutional', 'practical',
                                 'contextual', 'all']::pg_catalog.text[]) WITH ORDINALITY AS d(name, ord)
    ORDER BY d.ord;
END;
COMMENT ON FUNCTION @extschema@.balance_change(@extschema@.balance, @extschema@.balance) IS
  'the change between two balances (an earlier and a later wave), one row per dimension and one for all: drivers, adoption barriers, implementation problems and net index before and after, and the net index''s change (NULL where either is undefined)';

/*
 * A workspace object added after the workspace was made is readable (or
 * writable) by whoever could read (or write) the object it sits next to:
 * each privilege that anyone other than the owner holds on source, among
 * the privileges named, is granted on every target, with its grant
 * option.  Runs with the caller's rights, so it grants only what the
 * caller may grant.
 */
CREATE FUNCTION @extschema@.cocreation_copy_grants(schema_name pg_catalog.text, source pg_catalog.text,
                                                   targets pg_catalog.text[], privileges pg_catalog.text[])
  RETURNS void
  LANGUAGE plpgsql VOLATILE STRICT PARALLEL UNSAFE
  SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
  g record;
BEGIN
  FOR g IN SELECT v.name, a.privilege_type, a.grantee, a.is_grantable
           FROM pg_catalog.unnest(targets) v(name)
           CROSS JOIN pg_catalog.pg_class c CROSS JOIN LATERAL pg_catalog.aclexplode(c.relacl) a
           WHERE c.oid = pg_catalog.to_regclass(pg_catalog.quote_ident(schema_name) || '.' || pg_catalog.quote_ident(source))
             AND a.grantee <> c.relowner AND a.privilege_type = ANY (privileges)
           ORDER BY v.name, a.grantee, a.privilege_type LOOP
    EXECUTE pg_catalog.format('GRANT %s ON %I.%I TO %s%s', g.privilege_type, schema_name, g.name,
                              CASE WHEN g.grantee = 0 THEN 'PUBLIC'
                                   ELSE g.grantee::pg_catalog.regrole::pg_catalog.text END,
                              CASE WHEN g.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END);
  END LOOP;
END
$fn$;
COMMENT ON FUNCTION @extschema@.cocreation_copy_grants(pg_catalog.text, pg_catalog.text, pg_catalog.text[], pg_catalog.text[]) IS
  'grants on each of a workspace''s targets the privileges, among those named, that anyone but the owner holds on its source; used when a workspace gets waves or QCA after it was made';

/*
 * The waves of a workspace: the table waves, the column wave of activities,
 * factors and expert_scores, the keys that include it and the trigger
 * fill_wave that puts a row without a wave into the last one.  Added only
 * where missing: on a workspace made before waves existed (1.0), every row
 * goes into one wave, 'wave 1', period unknown (NULL), and an activity's
 * name is unique per case and wave, an expert's score per case, wave, rater
 * and level.  Plain types only, so that DROP EXTENSION leaves all of it.
 */
CREATE FUNCTION @extschema@.cocreation_create_workspace_waves(schema_name pg_catalog.text)
  RETURNS void
  LANGUAGE plpgsql VOLATILE STRICT PARALLEL UNSAFE
  SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
  s pg_catalog.text := quote_ident(schema_name);
  t pg_catalog.text;
BEGIN
  IF pg_catalog.to_regclass(s || '.waves') IS NULL THEN
    EXECUTE format($ddl$
      CREATE TABLE %1$s.waves (
        wave text PRIMARY KEY CONSTRAINT wave_not_blank CHECK (btrim(wave) <> ''),
        ordinal integer NOT NULL CONSTRAINT one_wave_per_ordinal UNIQUE
          CONSTRAINT ordinal_positive CHECK (ordinal > 0),
        period daterange CONSTRAINT period_not_empty CHECK (NOT isempty(period)),
        note text
      )$ddl$, s);
    EXECUTE format($q$INSERT INTO %s.waves (wave, ordinal) VALUES ('wave 1', 1)$q$, s);
    -- whoever could read or write the activities can the waves (the views
    -- read both: a reader of a workspace made with 1.0 keeps reading them)
    PERFORM @extschema@.cocreation_copy_grants(schema_name, 'activities'::pg_catalog.text,
              ARRAY['waves']::pg_catalog.text[],
              ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'REFERENCES', 'TRIGGER']::pg_catalog.text[]);
    EXECUTE format('COMMENT ON TABLE %s.waves IS %L', s,
      'the study''s rounds of data collection, in the order of ordinal; period NULL when unknown; every activity, factor and expert score belongs to one, a row inserted without a wave to the last');
  END IF;

  FOREACH t IN ARRAY ARRAY['activities', 'factors', 'expert_scores'] LOOP
    IF 0 = (SELECT count(*) FROM pg_catalog.pg_attribute
             WHERE attrelid = pg_catalog.to_regclass(s || '.' || t) AND attname = 'wave' AND NOT attisdropped) THEN
      -- every row there is of the one round collected so far
      EXECUTE format($ddl$
        ALTER TABLE %1$s.%2$I ADD COLUMN wave text NOT NULL DEFAULT 'wave 1'
          CONSTRAINT wave_is_in_waves REFERENCES %1$s.waves ON UPDATE CASCADE$ddl$, s, t);
      EXECUTE format('ALTER TABLE %s.%I ALTER COLUMN wave DROP DEFAULT', s, t);
      EXECUTE format('COMMENT ON COLUMN %s.%I.wave IS %L', s, t,
        'the wave (round of data collection) of the row; the last wave when inserted without one');
      IF t = 'activities' THEN
        EXECUTE format($ddl$
          ALTER TABLE %1$s.activities DROP CONSTRAINT one_activity_per_name_and_case,
            ADD CONSTRAINT one_activity_per_name_case_and_wave UNIQUE (case_name, wave, name)$ddl$, s);
      ELSIF t = 'expert_scores' THEN
        EXECUTE format($ddl$
          ALTER TABLE %1$s.expert_scores DROP CONSTRAINT expert_scores_pkey,
            ADD CONSTRAINT expert_scores_pkey PRIMARY KEY (case_name, wave, rater, level)$ddl$, s);
      END IF;
    END IF;
  END LOOP;

  IF pg_catalog.to_regprocedure(s || '.fill_wave()') IS NULL THEN
    EXECUTE format($ddl$
      CREATE FUNCTION %1$s.fill_wave() RETURNS trigger
        LANGUAGE plpgsql
        SET search_path = pg_catalog, pg_temp
      AS $body$
      BEGIN
        IF NEW.wave IS NULL THEN
          NEW.wave := (SELECT w.wave FROM %1$s.waves w ORDER BY w.ordinal DESC LIMIT 1);
        END IF;
        RETURN NEW;
      END
      $body$$ddl$, s);
    EXECUTE format('COMMENT ON FUNCTION %s.fill_wave() IS %L', s,
      'trigger: a row inserted without a wave goes to the last wave (the highest ordinal)');
  END IF;
  FOREACH t IN ARRAY ARRAY['activities', 'factors', 'expert_scores'] LOOP
    IF 0 = (SELECT count(*) FROM pg_catalog.pg_trigger
             WHERE tgrelid = pg_catalog.to_regclass(s || '.' || t) AND tgname = 'fill_wave') THEN
      EXECUTE format('CREATE TRIGGER fill_wave BEFORE INSERT ON %s.%I
                      FOR EACH ROW EXECUTE FUNCTION %s.fill_wave()', s, t, s);
    END IF;
  END LOOP;
END
$fn$;
COMMENT ON FUNCTION @extschema@.cocreation_create_workspace_waves(pg_catalog.text) IS
  'adds a workspace''s waves where missing: the table waves (with ''wave 1'', period unknown), the column wave of activities, factors and expert_scores (existing rows in ''wave 1''), the keys that include it and the trigger fill_wave; used by cocreation_create_workspace(), cocreation_rebuild_workspace() and the update from 1.0';

/*
 * The views of a workspace over its waves (security_invoker, as the
 * others): wave_profiles, wave_balance and wave_cross_case per case and
 * wave; profile_changes (per case and level), activity_changes (by name)
 * and factor_changes (by code) compare each wave with the one before it.
 * The views of 1.0 read wave_profiles and wave_balance at the last wave.
 */
CREATE FUNCTION @extschema@.cocreation_create_workspace_wave_views(schema_name pg_catalog.text)
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
  made pg_catalog.text[] := '{}';
BEGIN
  IF pg_catalog.to_regclass(s || '.wave_profiles') IS NULL THEN
  made := made || 'wave_profiles'::pg_catalog.text;
  EXECUTE format($ddl$
    CREATE VIEW %1$s.wave_profiles WITH (security_invoker = true) AS
    SELECT c.case_name, w.wave, w.ordinal AS wave_ordinal, t.activities, t.tally, p.profile,
           %2$s.score(p.profile, 'service_production'::%2$s.level) AS service_production,
           %2$s.score(p.profile, 'problem_solving'::%2$s.level) AS problem_solving,
           %2$s.score(p.profile, 'policymaking'::%2$s.level) AS policymaking,
           %2$s.notation(p.profile) AS notation,
           %2$s.reach(p.profile) AS reach,
           %2$s.reach(p.profile)::pg_catalog.int4 AS reach_rank,
           t.evidence_service_production, t.evidence_problem_solving,
           t.evidence_policymaking, t.not_cocreation
    FROM %1$s.cases c
    CROSS JOIN %1$s.waves w
    -- the sums per case and wave grouped, then joined: Citus runs this
    -- on the shards (doc/scaling.md); a case without activities in a wave
    -- has no group and gets what the sums give over no rows (tally NULL)
    LEFT JOIN (
      SELECT a.case_name, a.wave, count(*) AS activities,
             %2$s.tally_agg(a.level, a.effective_weight) AS tally,
             COALESCE(sum(a.effective_weight) FILTER (WHERE a.level::pg_catalog.int4 = 1), 0)
               AS evidence_service_production,
             COALESCE(sum(a.effective_weight) FILTER (WHERE a.level::pg_catalog.int4 = 2), 0)
               AS evidence_problem_solving,
             COALESCE(sum(a.effective_weight) FILTER (WHERE a.level::pg_catalog.int4 = 3), 0)
               AS evidence_policymaking,
             count(*) FILTER (WHERE a.level::pg_catalog.int4 = 0) AS not_cocreation
      FROM %1$s.activities a
      GROUP BY a.case_name, a.wave) g ON g.case_name = c.case_name AND g.wave = w.wave
    CROSS JOIN LATERAL (
      SELECT COALESCE(g.activities, 0) AS activities, g.tally,
             COALESCE(g.evidence_service_production, 0) AS evidence_service_production,
             COALESCE(g.evidence_problem_solving, 0) AS evidence_problem_solving,
             COALESCE(g.evidence_policymaking, 0) AS evidence_policymaking,
             COALESCE(g.not_cocreation, 0) AS not_cocreation) t
    LEFT JOIN %1$s.calibration k ON true
    CROSS JOIN LATERAL (SELECT %2$s.profile(t.tally, k.thresholds::pg_catalog.float8[],
                                            k.method::pg_catalog.text) AS profile) p$ddl$, s, x);
  END IF;

  IF pg_catalog.to_regclass(s || '.wave_balance') IS NULL THEN
  made := made || 'wave_balance'::pg_catalog.text;
  EXECUTE format($ddl$
    CREATE VIEW %1$s.wave_balance WITH (security_invoker = true) AS
    SELECT c.case_name, w.wave, w.ordinal AS wave_ordinal, f.factors, f.balance,
           %2$s.drivers(f.balance, 'all'::pg_catalog.text) AS drivers,
           %2$s.barriers(f.balance, 'all'::pg_catalog.text, 'adoption'::pg_catalog.text) AS adoption_barriers,
           %2$s.barriers(f.balance, 'all'::pg_catalog.text, 'implementation'::pg_catalog.text) AS implementation_problems,
           %2$s.net_index(f.balance, 'all'::pg_catalog.text) AS net_index,
           %2$s.net_index(f.balance, 'discursive'::pg_catalog.text) AS net_discursive,
           %2$s.net_index(f.balance, 'cultural'::pg_catalog.text) AS net_cultural,
           %2$s.net_index(f.balance, 'institutional'::pg_catalog.text) AS net_institutional,
           %2$s.net_index(f.balance, 'practical'::pg_catalog.text) AS net_practical,
           %2$s.net_index(f.balance, 'contextual'::pg_catalog.text) AS net_contextual,
           %2$s.implementation_share(f.balance) AS implementation_share
    FROM %1$s.cases c
    CROSS JOIN %1$s.waves w
    -- grouped, then joined, as wave_profiles; no factors: the empty balance
    LEFT JOIN (
      SELECT x.case_name, x.wave, count(*) AS factors,
             %2$s.balance_agg(x.polarity, x.dimension, x.strength, x.stage) AS balance
      FROM %1$s.factors x
      GROUP BY x.case_name, x.wave) g ON g.case_name = c.case_name AND g.wave = w.wave
    CROSS JOIN LATERAL (
      SELECT COALESCE(g.factors, 0) AS factors,
             COALESCE(g.balance, '{}'::%2$s.balance) AS balance) f$ddl$, s, x);
  END IF;

  IF pg_catalog.to_regclass(s || '.wave_cross_case') IS NULL THEN
  made := made || 'wave_cross_case'::pg_catalog.text;
  EXECUTE format($ddl$
    CREATE VIEW %1$s.wave_cross_case WITH (security_invoker = true) AS
    SELECT p.case_name, p.wave, p.wave_ordinal, e.rater,
           p.service_production, e.service_production AS expert_service_production,
           p.problem_solving, e.problem_solving AS expert_problem_solving,
           p.policymaking, e.policymaking AS expert_policymaking,
           p.notation, %2$s.notation(e.profile) AS expert_notation,
           (p.service_production = e.service_production)::integer
             + (p.problem_solving = e.problem_solving)::integer
             + (p.policymaking = e.policymaking)::integer AS cells_agreeing,
           p.profile OPERATOR(%2$s.<->) e.profile AS distance
    FROM %1$s.wave_profiles p
    -- each rater's scores grouped by case and wave, then joined: Citus runs
    -- this on the shards; a case and wave without scores has one row, rater NULL
    LEFT JOIN (
      SELECT x.case_name, x.wave, x.rater, x.service_production, x.problem_solving, x.policymaking,
             format('(%%s, %%s, %%s)', x.service_production, x.problem_solving,
                    x.policymaking)::%2$s.profile AS profile
      FROM (SELECT es.case_name, es.wave, es.rater,
                   COALESCE(max(es.score) FILTER (WHERE (es.level::%2$s.level)::pg_catalog.int4 = 1), 0) AS service_production,
                   COALESCE(max(es.score) FILTER (WHERE (es.level::%2$s.level)::pg_catalog.int4 = 2), 0) AS problem_solving,
                   COALESCE(max(es.score) FILTER (WHERE (es.level::%2$s.level)::pg_catalog.int4 = 3), 0) AS policymaking
            FROM %1$s.expert_scores es
            GROUP BY es.case_name, es.wave, es.rater) x) e ON e.case_name = p.case_name AND e.wave = p.wave$ddl$, s, x);
  END IF;

  -- each wave after the first, with the one before it
  IF pg_catalog.to_regclass(s || '.profile_changes') IS NULL THEN
  made := made || 'profile_changes'::pg_catalog.text;
  EXECUTE format($ddl$
    CREATE VIEW %1$s.profile_changes WITH (security_invoker = true) AS
    SELECT b.case_name, b.wave AS wave_before, a.wave AS wave_after,
           l.level::pg_catalog.text AS level, n.ordinal AS level_rank,
           c.score_before, c.score_after, c.change AS score_change,
           e.evidence_before, e.evidence_after, e.evidence_after - e.evidence_before AS evidence_change
    FROM %1$s.wave_profiles b
    JOIN %1$s.wave_profiles a ON a.case_name = b.case_name
      AND a.wave_ordinal = (SELECT min(w.ordinal) FROM %1$s.waves w WHERE w.ordinal > b.wave_ordinal)
    CROSS JOIN pg_catalog.unnest(ARRAY[1, 2, 3]::pg_catalog.int4[]) AS n(ordinal)
    CROSS JOIN LATERAL (SELECT n.ordinal::%2$s.level AS level) l
    CROSS JOIN LATERAL (SELECT (ARRAY[b.evidence_service_production, b.evidence_problem_solving,
                                      b.evidence_policymaking])[n.ordinal] AS evidence_before,
                               (ARRAY[a.evidence_service_production, a.evidence_problem_solving,
                                      a.evidence_policymaking])[n.ordinal] AS evidence_after) e
    LEFT JOIN LATERAL %2$s.profile_change(b.profile, a.profile) c ON c.level OPERATOR(%2$s.=) l.level$ddl$, s, x);
  END IF;

  IF pg_catalog.to_regclass(s || '.activity_changes') IS NULL THEN
  made := made || 'activity_changes'::pg_catalog.text;
  EXECUTE format($ddl$
    CREATE VIEW %1$s.activity_changes WITH (security_invoker = true) AS
    SELECT k.case_name, p.wave_before, p.wave_after, k.name,
           CASE WHEN o.activity_id IS NULL THEN 'started'
                WHEN n.activity_id IS NULL THEN 'ended'
                ELSE 'continued' END AS change,
           o.level::pg_catalog.text AS level_before, n.level::pg_catalog.text AS level_after
    FROM (SELECT w.wave AS wave_before,
                 (SELECT v.wave FROM %1$s.waves v WHERE v.ordinal > w.ordinal ORDER BY v.ordinal LIMIT 1) AS wave_after
          FROM %1$s.waves w) p
    CROSS JOIN LATERAL (SELECT DISTINCT a.case_name, a.name FROM %1$s.activities a
                        WHERE a.wave IN (p.wave_before, p.wave_after)) k
    LEFT JOIN %1$s.activities o ON o.wave = p.wave_before AND o.case_name = k.case_name AND o.name = k.name
    LEFT JOIN %1$s.activities n ON n.wave = p.wave_after AND n.case_name = k.case_name AND n.name = k.name
    WHERE p.wave_after IS NOT NULL$ddl$, s, x);
  END IF;

  IF pg_catalog.to_regclass(s || '.factor_changes') IS NULL THEN
  made := made || 'factor_changes'::pg_catalog.text;
  EXECUTE format($ddl$
    CREATE VIEW %1$s.factor_changes WITH (security_invoker = true) AS
    SELECT k.case_name, p.wave_before, p.wave_after, k.code, k.polarity,
           CASE WHEN o.factors IS NULL THEN 'appeared'
                WHEN n.factors IS NULL THEN 'disappeared'
                ELSE 'persisted' END AS change,
           COALESCE(o.strength, 0) AS strength_before, COALESCE(n.strength, 0) AS strength_after
    FROM (SELECT w.wave AS wave_before,
                 (SELECT v.wave FROM %1$s.waves v WHERE v.ordinal > w.ordinal ORDER BY v.ordinal LIMIT 1) AS wave_after
          FROM %1$s.waves w) p
    CROSS JOIN LATERAL (SELECT DISTINCT f.case_name, f.code, f.polarity FROM %1$s.factors f
                        WHERE f.wave IN (p.wave_before, p.wave_after) AND f.code IS NOT NULL) k
    LEFT JOIN LATERAL (SELECT count(*) AS factors, sum(f.strength) AS strength FROM %1$s.factors f
                       WHERE f.wave = p.wave_before AND f.case_name = k.case_name AND f.code = k.code
                         AND f.polarity = k.polarity HAVING count(*) > 0) o ON true
    LEFT JOIN LATERAL (SELECT count(*) AS factors, sum(f.strength) AS strength FROM %1$s.factors f
                       WHERE f.wave = p.wave_after AND f.case_name = k.case_name AND f.code = k.code
                         AND f.polarity = k.polarity HAVING count(*) > 0) n ON true
    WHERE p.wave_after IS NOT NULL$ddl$, s, x);
  END IF;

  -- a workspace made before waves: whoever reads case_profiles (which will
  -- read wave_profiles) reads the new views
  PERFORM @extschema@.cocreation_copy_grants(schema_name, 'case_profiles'::pg_catalog.text, made,
                                             ARRAY['SELECT']::pg_catalog.text[]);

  -- the workspace's QCA reads wave_balance and wave_profiles (src/qca_workspace.sql)
  EXECUTE format('SELECT %s.cocreation_create_workspace_qca($1)', x) USING schema_name;

  EXECUTE format('COMMENT ON VIEW %s.wave_profiles IS %L', s,
    'per case and wave: the columns of case_profiles, computed from the activities of the wave');
  EXECUTE format('COMMENT ON VIEW %s.wave_balance IS %L', s,
    'per case and wave: the columns of case_balance, computed from the factors of the wave');
  EXECUTE format('COMMENT ON VIEW %s.wave_cross_case IS %L', s,
    'per case, wave and rater: computed scores next to the expert scores of the same wave');
  EXECUTE format('COMMENT ON VIEW %s.profile_changes IS %L', s,
    'per case, level (as text, and its rank 1 to 3) and wave after the first: the score and the evidence in the wave before and in this one, and the difference (profile_change())');
  EXECUTE format('COMMENT ON VIEW %s.activity_changes IS %L', s,
    'per case and wave after the first: the activities (by name) that started, continued or ended since the wave before, with their levels (as text)');
  EXECUTE format('COMMENT ON VIEW %s.factor_changes IS %L', s,
    'per case and wave after the first: the drivers and barriers (by code; uncoded factors are not compared) that appeared, persisted or disappeared since the wave before, with their strength sums');
END
$fn$;
COMMENT ON FUNCTION @extschema@.cocreation_create_workspace_wave_views(pg_catalog.text) IS
  'creates the views of a workspace over its waves that are missing (wave_profiles, wave_balance, wave_cross_case, profile_changes, activity_changes, factor_changes) and its QCA (cocreation_create_workspace_qca()); used by cocreation_create_workspace_views()';

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

------------------------------------------------------------------------------
-- exact aggregate states (src/exact_state.sql)
------------------------------------------------------------------------------

-- The tally and balance aggregates with weights or strengths sum them
-- exactly and round once at the end, so that the same rows give the same
-- bits in any order: one scan, a parallel plan, or a Citus cluster whose
-- shards each aggregate their own rows (doc/scaling.md).  Their states are
-- fixed-size types with text and binary I/O, which Citus ships between
-- nodes; the aggregates' argument and result types are those of 1.0, and
-- CREATE OR REPLACE AGGREGATE below gives them the new states (in a fresh
-- install as in an update from 1.0).  The forms without weights
-- (tally_agg(level), balance_agg(polarity, dimension)) sum 1s, which a
-- double sums exactly: they keep the tally and the balance as states.

CREATE TYPE @extschema@.tally_partial;
CREATE FUNCTION @extschema@.tally_partial_in(pg_catalog.cstring) RETURNS @extschema@.tally_partial
  AS 'MODULE_PATHNAME', 'tally_partial_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.tally_partial_out(@extschema@.tally_partial) RETURNS pg_catalog.cstring
  AS 'MODULE_PATHNAME', 'tally_partial_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.tally_partial_recv(pg_catalog.internal) RETURNS @extschema@.tally_partial
  AS 'MODULE_PATHNAME', 'tally_partial_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.tally_partial_send(@extschema@.tally_partial) RETURNS pg_catalog.bytea
  AS 'MODULE_PATHNAME', 'tally_partial_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
-- a format header, then per level an int8 count, a float8 largest weight and
-- a 34-limb exact sum (272 bytes), then the int8 count of none
CREATE TYPE @extschema@.tally_partial (
  INPUT = @extschema@.tally_partial_in,
  OUTPUT = @extschema@.tally_partial_out,
  RECEIVE = @extschema@.tally_partial_recv,
  SEND = @extschema@.tally_partial_send,
  INTERNALLENGTH = 880,
  ALIGNMENT = double,
  STORAGE = plain,
  CATEGORY = 'U'
);
COMMENT ON TYPE @extschema@.tally_partial IS
  'transition state of tally_agg with weights: a tally whose weight sums are exact';
COMMENT ON FUNCTION @extschema@.tally_partial_in(pg_catalog.cstring) IS 'text input of type tally_partial';
COMMENT ON FUNCTION @extschema@.tally_partial_out(@extschema@.tally_partial) IS 'text output of type tally_partial: the sums exact in hexadecimal';
COMMENT ON FUNCTION @extschema@.tally_partial_recv(pg_catalog.internal) IS 'binary input of type tally_partial';
COMMENT ON FUNCTION @extschema@.tally_partial_send(@extschema@.tally_partial) IS 'binary output of type tally_partial';

CREATE FUNCTION @extschema@.tally_partial_sfunc(@extschema@.tally_partial, @extschema@.level, pg_catalog.float8)
  RETURNS @extschema@.tally_partial
  AS 'MODULE_PATHNAME', 'tally_partial_sfunc' LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
CREATE FUNCTION @extschema@.tally_partial_sfunc(@extschema@.tally_partial, @extschema@.tally)
  RETURNS @extschema@.tally_partial
  AS 'MODULE_PATHNAME', 'tally_partial_add_tally' LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
CREATE FUNCTION @extschema@.tally_partial_merge(@extschema@.tally_partial, @extschema@.tally_partial)
  RETURNS @extschema@.tally_partial
  AS 'MODULE_PATHNAME', 'tally_partial_merge' LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
CREATE FUNCTION @extschema@.tally_partial_final(@extschema@.tally_partial)
  RETURNS @extschema@.tally
  AS 'MODULE_PATHNAME', 'tally_partial_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.tally_partial_sfunc(@extschema@.tally_partial, @extschema@.level, pg_catalog.float8) IS
  'transition function of tally_agg(level, weight)';
COMMENT ON FUNCTION @extschema@.tally_partial_sfunc(@extschema@.tally_partial, @extschema@.tally) IS
  'transition function of tally_agg(tally); NULL is no evidence';
COMMENT ON FUNCTION @extschema@.tally_partial_merge(@extschema@.tally_partial, @extschema@.tally_partial) IS
  'combine function of tally_agg(level, weight) and tally_agg(tally)';
COMMENT ON FUNCTION @extschema@.tally_partial_final(@extschema@.tally_partial) IS
  'final function of tally_agg(level, weight) and tally_agg(tally): each sum rounded once, to nearest';

CREATE TYPE @extschema@.balance_partial;
CREATE FUNCTION @extschema@.balance_partial_in(pg_catalog.cstring) RETURNS @extschema@.balance_partial
  AS 'MODULE_PATHNAME', 'balance_partial_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.balance_partial_out(@extschema@.balance_partial) RETURNS pg_catalog.cstring
  AS 'MODULE_PATHNAME', 'balance_partial_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.balance_partial_recv(pg_catalog.internal) RETURNS @extschema@.balance_partial
  AS 'MODULE_PATHNAME', 'balance_partial_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.balance_partial_send(@extschema@.balance_partial) RETURNS pg_catalog.bytea
  AS 'MODULE_PATHNAME', 'balance_partial_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
-- a format header, then the balance's 20 cells, each an int8 count and a
-- 34-limb exact strength sum (272 bytes)
CREATE TYPE @extschema@.balance_partial (
  INPUT = @extschema@.balance_partial_in,
  OUTPUT = @extschema@.balance_partial_out,
  RECEIVE = @extschema@.balance_partial_recv,
  SEND = @extschema@.balance_partial_send,
  INTERNALLENGTH = 5608,
  ALIGNMENT = double,
  STORAGE = plain,
  CATEGORY = 'U'
);
COMMENT ON TYPE @extschema@.balance_partial IS
  'transition state of balance_agg with strengths: a balance whose strength sums are exact';
COMMENT ON FUNCTION @extschema@.balance_partial_in(pg_catalog.cstring) IS 'text input of type balance_partial';
COMMENT ON FUNCTION @extschema@.balance_partial_out(@extschema@.balance_partial) IS 'text output of type balance_partial: the sums exact in hexadecimal';
COMMENT ON FUNCTION @extschema@.balance_partial_recv(pg_catalog.internal) IS 'binary input of type balance_partial';
COMMENT ON FUNCTION @extschema@.balance_partial_send(@extschema@.balance_partial) IS 'binary output of type balance_partial';

CREATE FUNCTION @extschema@.balance_partial_sfunc(@extschema@.balance_partial, pg_catalog.text, pg_catalog.text,
                                                 pg_catalog.float8)
  RETURNS @extschema@.balance_partial
  AS 'MODULE_PATHNAME', 'balance_partial_sfunc' LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
CREATE FUNCTION @extschema@.balance_partial_sfunc(@extschema@.balance_partial, pg_catalog.text, pg_catalog.text,
                                                 pg_catalog.float8, pg_catalog.text)
  RETURNS @extschema@.balance_partial
  AS 'MODULE_PATHNAME', 'balance_partial_sfunc' LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
CREATE FUNCTION @extschema@.balance_partial_sfunc(@extschema@.balance_partial, @extschema@.factor_kind,
                                                 pg_catalog.float8)
  RETURNS @extschema@.balance_partial
  AS 'MODULE_PATHNAME', 'balance_partial_sfunc_kind' LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
CREATE FUNCTION @extschema@.balance_partial_sfunc(@extschema@.balance_partial, @extschema@.balance)
  RETURNS @extschema@.balance_partial
  AS 'MODULE_PATHNAME', 'balance_partial_add_balance' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.balance_partial_combine(@extschema@.balance_partial, @extschema@.balance_partial)
  RETURNS @extschema@.balance_partial
  AS 'MODULE_PATHNAME', 'balance_partial_combine' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.balance_partial_final(@extschema@.balance_partial)
  RETURNS @extschema@.balance
  AS 'MODULE_PATHNAME', 'balance_partial_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.balance_partial_sfunc(@extschema@.balance_partial, pg_catalog.text, pg_catalog.text, pg_catalog.float8) IS
  'transition of balance_agg(polarity, dimension, strength): stage adoption';
COMMENT ON FUNCTION @extschema@.balance_partial_sfunc(@extschema@.balance_partial, pg_catalog.text, pg_catalog.text, pg_catalog.float8, pg_catalog.text) IS
  'transition of balance_agg(polarity, dimension, strength, stage)';
COMMENT ON FUNCTION @extschema@.balance_partial_sfunc(@extschema@.balance_partial, @extschema@.factor_kind, pg_catalog.float8) IS
  'transition of balance_agg(kind, strength)';
COMMENT ON FUNCTION @extschema@.balance_partial_sfunc(@extschema@.balance_partial, @extschema@.balance) IS
  'transition of balance_agg(balance)';
COMMENT ON FUNCTION @extschema@.balance_partial_combine(@extschema@.balance_partial, @extschema@.balance_partial) IS
  'combine function of balance_agg with strengths and of balance_agg(balance)';
COMMENT ON FUNCTION @extschema@.balance_partial_final(@extschema@.balance_partial) IS
  'final function of balance_agg with strengths: each strength sum rounded once, to nearest';

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

/*
 * The workspaces that exist get waves and their QCA (doc/upgrading.md).  A workspace is a
 * schema cocreation_create_workspace() made: its comment starts with
 * 'cocreation workspace:' and it has the tables a workspace needs.  Each is
 * migrated by the functions it would be built with today: every activity,
 * factor and expert score goes into one wave, 'wave 1', period unknown, and
 * the views of 1.0 read the last wave (so that their results are the same).
 * A workspace is altered only when both the role running the update and the
 * role that logged in may (as its owner would: a trusted extension's update
 * runs as a superuser, which must not reach other users' workspaces); one
 * that it may not alter, or whose migration fails (say, a constraint was
 * renamed), is left as it was, with a WARNING naming it: its owner
 * runs cocreation_rebuild_workspace(name) after the update.
 */
DO $migrate$
DECLARE
  x pg_catalog.text := (SELECT pg_catalog.quote_ident(n.nspname)
                        FROM pg_catalog.pg_extension e
                        JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
                        WHERE e.extname = 'cocreation');
  ws record;
  obj record;
  msg pg_catalog.text;
BEGIN
  FOR ws IN
    SELECT n.nspname,
           -- the owners of the schema and of every table the migration alters
           bool_and(pg_catalog.pg_has_role(current_user, o.owner, 'USAGE')
                    AND pg_catalog.pg_has_role(session_user, o.owner, 'USAGE')) AS may_alter,
           pg_catalog.string_agg(DISTINCT o.owner::pg_catalog.regrole::pg_catalog.text, ', ') AS owners
    FROM pg_catalog.pg_namespace n
    CROSS JOIN LATERAL (
      SELECT n.nspowner AS owner
      UNION ALL
      SELECT c.relowner FROM pg_catalog.pg_class c
      WHERE c.relnamespace = n.oid AND c.relkind IN ('r', 'v')) o
    WHERE pg_catalog.obj_description(n.oid, 'pg_namespace') LIKE 'cocreation workspace:%'
      AND 7 = (SELECT count(*) FROM pg_catalog.pg_class c
               WHERE c.relnamespace = n.oid AND c.relkind = 'r'
                 AND c.relname IN ('cases', 'sources', 'activities', 'factor_codes', 'factors',
                                   'expert_scores', 'calibration'))
    GROUP BY n.nspname
    ORDER BY n.nspname
  LOOP
    IF NOT ws.may_alter THEN
      -- a WARNING: PostgreSQL raises client_min_messages to warning while an
      -- extension's script runs, so a NOTICE would not be seen
      RAISE WARNING 'workspace "%" does not have waves yet: the update may not alter it', ws.nspname
        USING DETAIL = format('It belongs to %s.', ws.owners),
              HINT = format('Its owner runs: SELECT cocreation_rebuild_workspace(%L);', ws.nspname);
      CONTINUE;
    END IF;
    BEGIN
      -- whatever a script creates becomes a member of its extension, and it
      -- may replace only members: the views it replaces join the extension
      -- for the while, and everything in the workspace leaves it again
      -- below (a workspace belongs to its owner, never to the extension)
      FOR obj IN SELECT c.oid::pg_catalog.regclass AS rel FROM pg_catalog.pg_class c
                 WHERE c.relnamespace = pg_catalog.to_regnamespace(pg_catalog.quote_ident(ws.nspname))
                   AND c.relkind = 'v'
                   AND c.relname IN ('case_profiles', 'case_balance', 'cross_case') LOOP
        EXECUTE format('ALTER EXTENSION cocreation ADD VIEW %s', obj.rel);
        -- PostgreSQL 17 and later also ask the view's row type to be a
        -- member before CREATE OR REPLACE VIEW; where a release records it
        -- with the view already, there is nothing to add
        -- (ExecAlterExtensionContentsRecurse() adds it, and ADD TYPE then
        -- fails with 55000, object_not_in_prerequisite_state, "... is
        -- already a member of extension"); any other failure is raised
        BEGIN
          EXECUTE format('ALTER EXTENSION cocreation ADD TYPE %s', obj.rel);
        EXCEPTION WHEN object_not_in_prerequisite_state THEN
          IF 0 = (
              SELECT pg_catalog.count(*) FROM pg_catalog.pg_depend d
              WHERE d.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
                AND d.objid = (SELECT c.reltype FROM pg_catalog.pg_class c WHERE c.oid = obj.rel)
                AND d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
                AND d.refobjid = (SELECT e.oid FROM pg_catalog.pg_extension e WHERE e.extname = 'cocreation')
                AND d.deptype = 'e') THEN
            RAISE;
          END IF;
        END;
      END LOOP;
      EXECUTE format('SELECT %s.cocreation_create_workspace_waves($1)', x) USING ws.nspname;
      EXECUTE format('SELECT %s.cocreation_create_workspace_views($1)', x) USING ws.nspname;
      FOR obj IN SELECT i.type, i.identity FROM pg_catalog.pg_depend d
                 CROSS JOIN LATERAL pg_catalog.pg_identify_object(d.classid, d.objid, d.objsubid) i
                 WHERE d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
                   AND d.refobjid = (SELECT e.oid FROM pg_catalog.pg_extension e WHERE e.extname = 'cocreation')
                   AND d.deptype = 'e' AND i.schema = ws.nspname
                 -- relations first: a row type may leave with its relation
                 ORDER BY d.classid = 'pg_catalog.pg_type'::pg_catalog.regclass LOOP
        CONTINUE WHEN obj.type IN ('type', 'composite type') AND NOT EXISTS (
          SELECT 1 FROM pg_catalog.pg_depend d
          WHERE d.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
            AND d.objid = pg_catalog.to_regtype(obj.identity) AND d.deptype = 'e'
            AND d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass);
        EXECUTE format('ALTER EXTENSION cocreation DROP %s %s',
                       CASE obj.type WHEN 'composite type' THEN 'type' ELSE obj.type END, obj.identity);
      END LOOP;
      -- what the update made belongs to the workspace's owner, as if they
      -- had made it
      FOR obj IN SELECT c.oid::pg_catalog.regclass AS rel, c.relkind, n.nspowner, c.relname
                 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = ws.nspname AND c.relowner <> n.nspowner
                   AND c.relname IN ('waves', 'wave_profiles', 'wave_balance', 'wave_cross_case',
                                     'profile_changes', 'activity_changes', 'factor_changes',
                                     'qca_calibration', 'qca_memberships', 'qca_truth_table') LOOP
        EXECUTE format('ALTER %s %s OWNER TO %s', CASE obj.relkind WHEN 'v' THEN 'VIEW' ELSE 'TABLE' END,
                       obj.rel, obj.nspowner::pg_catalog.regrole::pg_catalog.text);
      END LOOP;
      FOR obj IN SELECT p.oid::pg_catalog.regprocedure AS fn, n.nspowner
                 FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
                 WHERE n.nspname = ws.nspname AND p.proname = 'fill_wave' AND p.proowner <> n.nspowner LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO %s', obj.fn,
                       obj.nspowner::pg_catalog.regrole::pg_catalog.text);
      END LOOP;
    EXCEPTION WHEN OTHERS THEN
      GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT;
      RAISE WARNING 'workspace "%" does not have waves yet: %', ws.nspname, msg
        USING HINT = format('Fix the cause, then run: SELECT cocreation_rebuild_workspace(%L);', ws.nspname);
    END;
  END LOOP;
END
$migrate$;
