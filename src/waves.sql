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
