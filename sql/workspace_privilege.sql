-- A role without CREATE on the database cannot create a workspace (a new
-- schema): cocreation_create_workspace() and cocreation_load_sample() say so
-- before trying, with a hint naming the GRANT the database owner runs.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS cocreation;
RESET client_min_messages;
SET search_path = public, cocreation;
\set VERBOSITY default
\set SHOW_CONTEXT never
CREATE ROLE regress_no_create;
CREATE ROLE "regress Mixed Case";
-- PUBLIC has CONNECT and TEMPORARY on a new database, never CREATE
SELECT has_database_privilege('regress_no_create', current_database(), 'CREATE') AS can_create;
SET ROLE regress_no_create;
SELECT cocreation_create_workspace('regress_denied');
SELECT cocreation_load_sample('regress_denied');
SELECT cocreation_load_sample();
-- the hint quotes names that need quoting
SET ROLE "regress Mixed Case";
SELECT cocreation_create_workspace('regress_denied');
RESET ROLE;
-- nothing was created
SELECT count(*) AS schemas FROM pg_namespace WHERE nspname IN ('regress_denied', 'bentzen2020');
-- the privilege is checked first, before the name
SET ROLE regress_no_create;
SELECT cocreation_create_workspace(NULL);
RESET ROLE;
-- with the grant the hint names, the same role creates its workspace
SELECT format('GRANT CREATE ON DATABASE %I TO regress_no_create', current_database()) \gexec
SET ROLE regress_no_create;
SELECT cocreation_create_workspace('regress_granted');
SELECT nspowner::regrole FROM pg_namespace WHERE nspname = 'regress_granted';
RESET ROLE;
SET client_min_messages = warning;
DROP SCHEMA regress_granted CASCADE;
RESET client_min_messages;
SELECT format('REVOKE CREATE ON DATABASE %I FROM regress_no_create', current_database()) \gexec
DROP ROLE regress_no_create;
DROP ROLE "regress Mixed Case";
