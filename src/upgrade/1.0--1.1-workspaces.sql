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
