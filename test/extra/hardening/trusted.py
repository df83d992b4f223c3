"""trusted: cocreation.control says trusted = true, so a database owner who
is not a superuser installs the extension with CREATE EXTENSION, uses it,
and cannot change the objects the extension owns (they belong to the
bootstrap superuser), nor drop its types out from under it."""
import os

import psycopg2

import hlib

DB = "hard_trusted"
c = hlib.Counter("trusted")
pw = os.environ.get("PGPASSWORD", "owner")
hlib.admin_sql("DROP DATABASE IF EXISTS hard_trusted WITH (FORCE)")
hlib.admin_sql("DROP ROLE IF EXISTS hard_owner")
hlib.admin_sql("CREATE ROLE hard_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD %s"
               % hlib.quote(pw))
hlib.admin_sql("CREATE DATABASE hard_trusted OWNER hard_owner")
conn = hlib.connect(DB, user="hard_owner", password=pw)
cur = conn.cursor()
cur.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
hlib.require(not cur.fetchone()[0], "connected as hard_owner, the database owner, not a superuser")
if not c.lives(cur, "CREATE EXTENSION cocreation", "CREATE EXTENSION cocreation by the database owner"):
    c.finish()
cur.execute("SELECT classify('{manager,citizen}', 'problem')::text")
c.ok(cur.fetchone()[0] == "problem_solving", "the owner uses the extension")
if hlib.has_function(cur, "cocreation_load_sample"):
    c.lives(cur, "SELECT cocreation_load_sample('sample')", "the owner loads the sample study")
for sql, what in [
        ("ALTER FUNCTION classify(text[], text, text) SECURITY DEFINER", "alter a function of the extension"),
        ("CREATE OR REPLACE FUNCTION level_eq(level, level) RETURNS bool "
         "LANGUAGE sql AS 'SELECT true'", "replace a function of the extension"),
        ("ALTER TYPE level OWNER TO hard_owner", "take over a type of the extension")]:
    try:
        cur.execute(sql)
        c.ok(False, "the owner cannot %s" % what)
    except psycopg2.Error as e:
        c.ok(e.pgcode == "42501", "the owner cannot %s (%s)" % (what, e.pgcode))
c.lives(cur, "DROP EXTENSION cocreation CASCADE", "the owner drops the extension")
conn.close()
hlib.admin_sql("DROP DATABASE hard_trusted")
hlib.admin_sql("DROP ROLE hard_owner")
c.finish()
