"""roles: the README's tour and its grants, reader and row-level-security
recipes, run as written by the roles they name, each scenario in a new
database.

The SQL comes from doc/security.md itself, so that the documentation and
this test cannot drift: the tour is every ```sql block of its section "What
every role can run"; the recipes are the blocks after a marker line
`<!-- test: roles/NAME -->`.
Each block runs through psql (as a user pastes it), logged in as its role,
with ON_ERROR_STOP; then psycopg2 sessions of each role check what the role
can and cannot see.

Scenarios:
1. the superuser installs the extension; an analyst with no grant (what
   PUBLIC has on a new database: CONNECT, TEMPORARY; USAGE on public) runs
   the tour;
2. a database owner who is not a superuser runs plain CREATE EXTENSION; the
   same analyst runs the tour, cannot create a workspace (42501 and the
   hint naming the grant) and cannot read the owner's;
3. the README's "Roles and grants": the superuser creates the roles and
   the database, its owner installs and grants CREATE, the analyst creates
   the sample workspace and grants the BI reader, who reads every view of it
   (factor_matrix included) and nothing more; default privileges cover a
   later workspace; the row-level-security recipe, the superuser creating
   the role and the workspace owner writing the policies.

The README's roles get a password here (ALTER ROLE, not in the README) so
that they can log in under the test cluster's authentication."""
import os
import re
import subprocess

import psycopg2

import hlib

HERE = os.path.dirname(os.path.abspath(__file__))
README = os.path.join(HERE, "..", "..", "..", "doc", "security.md")
SUPER = os.environ.get("PGUSER", "postgres")
PW = os.environ.get("PGPASSWORD") or "roles-test"
DB = "study"
ROLES = ["analyst_hedensted", "bi_reader", "analyst", "owner"]
# the views with rows in a workspace of one wave (those of change have none)
VIEWS = ["case_balance", "case_profiles", "cross_case", "factor_matrix",
         "wave_balance", "wave_cross_case", "wave_profiles", "qca_memberships"]
# qca_truth_table has a row per wave, but no case_name
ALL_VIEWS = sorted(VIEWS + ["activity_changes", "factor_changes", "profile_changes", "qca_truth_table"])

c = hlib.Counter("roles")
with open(README, encoding="utf-8") as f:
    TEXT = f.read()


def tour_blocks():
    """The SQL blocks of the section "What every role can run"."""
    m = re.search(r"^## What every role can run\n(.*?)(?=^## )", TEXT, re.S | re.M)
    return re.findall(r"```sql\n(.*?)```", m.group(1), re.S) if m else []


def block(name):
    """The SQL block after the README's marker <!-- test: roles/NAME -->."""
    m = re.findall(r"<!-- test: roles/%s -->\s*```sql\n(.*?)```" % re.escape(name), TEXT, re.S)
    c.ok(len(m) == 1, "README has one block marked roles/%s" % name)
    return m[0] if m else "SELECT 'missing README block roles/%s' / 0" % name


def psql(user, db, sql):
    """Run SQL through psql logged in as USER: (exit status, output lines)."""
    env = dict(os.environ, PGPASSWORD=PW if user != SUPER else os.environ.get("PGPASSWORD", ""))
    r = subprocess.run(["psql", "-X", "-A", "-t", "-F", "\t", "-v", "ON_ERROR_STOP=1",
                        "-U", user, "-d", db], input=sql, capture_output=True, text=True, env=env)
    if r.returncode != 0:
        print("# psql as %s failed: %s" % (user, r.stderr.strip()[-1500:]))
    return r.returncode, r.stdout.splitlines()


def run_block(name, user, db=DB):
    rc, out = psql(user, db, block(name))
    c.ok(rc == 0, "README block roles/%s runs as written, as %s" % (name, user))
    return out


def session(user):
    kw = {} if user == SUPER else {"user": user, "password": PW}
    return hlib.connect(DB, **kw)


def query(user, sql):
    """(rows, None) or (None, SQLSTATE) of SQL in a new session of USER."""
    conn = session(user)
    try:
        cur = conn.cursor()
        cur.execute(sql)
        return cur.fetchall(), None
    except psycopg2.Error as e:
        return None, (e.pgcode, e.diag.message_hint)
    finally:
        conn.close()


def one(user, sql):
    rows, err = query(user, sql)
    return rows[0][0] if rows else err


def denied(user, sql, what):
    rows, err = query(user, sql)
    c.ok(err is not None and err[0] == "42501", "%s cannot %s (%s)" % (user, what, err[0] if err else "no error"))
    return err


def reset():
    hlib.admin_sql('DROP DATABASE IF EXISTS "%s" WITH (FORCE)' % DB)
    for r in ROLES:
        hlib.admin_sql('DROP ROLE IF EXISTS "%s"' % r)


def passwords():
    """The README creates LOGIN roles without a password: give them one."""
    for r in ROLES:
        hlib.admin_sql("""DO $$ BEGIN IF EXISTS (SELECT FROM pg_roles WHERE rolname = %s) THEN
                          EXECUTE format('ALTER ROLE %%I PASSWORD %%L', %s, %s); END IF; END $$"""
                       % (hlib.quote(r), hlib.quote(r), hlib.quote(PW)))


def only_public_privileges(user):
    """USER has nothing PUBLIC does not have on the new database."""
    got = one(SUPER, """SELECT format('%%s %%s %%s %%s %%s %%s',
        has_database_privilege('%(u)s', current_database(), 'CONNECT'),
        has_database_privilege('%(u)s', current_database(), 'TEMPORARY'),
        has_database_privilege('%(u)s', current_database(), 'CREATE'),
        has_schema_privilege('%(u)s', 'public', 'USAGE'),
        has_schema_privilege('%(u)s', 'public', 'CREATE'),
        (SELECT count(*) FROM pg_database d, aclexplode(d.datacl) a
         WHERE d.datname = current_database() AND a.grantee = '%(u)s'::regrole))""" % {"u": user})
    c.ok(got == "t t f t f 0",
         "%s: CONNECT and TEMPORARY on the database and USAGE on public, from PUBLIC only; "
         "no CREATE on either, no grant of its own (%s)" % (user, got))


# what the tour prints (psql -A -t), line by line, in the README's comments
TOUR_LINES = [
    "problem_solving",
    "Hedensted\t(x) | x(x) | x\t0.5",
    "Steinkjer\tx | x(x) | -\t1.5",
    "(1.5, 2.5, 1)",
    "Guldborgsund\txxx | xx(x) | x",
    "Hedensted\tx(x) | xx | xx",
    "Steinkjer\txx | x(x) | -",
    "Hedensted\t1\t1",
    "Hedensted\t{driver.discursive.adoption=1:1, barrier.practical.implementation=1:1}",
    "0.9019607843137255",
]


def tour(user):
    blocks = tour_blocks()
    c.ok(len(blocks) >= 3, "README's tour has %d SQL blocks" % len(blocks))
    rc, out = psql(user, DB, "\n".join(blocks))
    c.ok(rc == 0, "%s runs every statement of the README's tour as written" % user)
    missing = [l for l in TOUR_LINES if l not in out]
    c.ok(not missing, "the tour prints what its comments say%s" % (
        "" if not missing else " (missing: %r)" % missing))
    c.ok(any(l.startswith("none\tinvolve\trule 2:") for l in out), "classify_explain gives rule 2")


def no_workspace(user):
    err = denied(user, "SELECT cocreation_load_sample()", "create a workspace without CREATE on the database")
    want = "Ask the database owner: GRANT CREATE ON DATABASE %s TO %s" % (DB, user)
    c.ok(err is not None and err[1] == want, "the error's hint: %r" % (err[1] if err else None))


# ---- 1. the superuser installs; an analyst with no grant runs the tour --------
print("# scenario 1: CREATE EXTENSION by the superuser, the tour by a role with no grant")
reset()
run_block("superuser", SUPER, "postgres")
passwords()
hlib.admin_sql("CREATE EXTENSION cocreation", DB)
c.ok(one(SUPER, "SELECT rolsuper FROM pg_roles WHERE rolname = 'analyst'") is False, "analyst is not a superuser")
only_public_privileges("analyst")
tour("analyst")
denied("analyst", "CREATE TABLE public.t (x int)", "create a table in public (PostgreSQL 15: no CREATE on public)")
no_workspace("analyst")

# ---- 2. the database owner installs; the same analyst runs the tour -----------
print("# scenario 2: plain CREATE EXTENSION by the database owner (not a superuser), the tour by a role with no grant")
reset()
run_block("superuser", SUPER, "postgres")
passwords()
c.ok(one(SUPER, "SELECT rolsuper FROM pg_roles WHERE rolname = 'owner'") is False, "owner is not a superuser")
rc, _ = psql("owner", DB, "CREATE EXTENSION cocreation;")
c.ok(rc == 0, "owner runs plain CREATE EXTENSION cocreation")
c.ok(one(SUPER, "SELECT extowner::regrole::text || ' ' || extnamespace::regnamespace::text FROM pg_extension "
                "WHERE extname = 'cocreation'") == "owner public",
     "the extension is owner's, in public")
only_public_privileges("analyst")
tour("analyst")
c.ok(one("analyst", "SELECT count(*) FROM cocreation_factor_catalogue") == 35, "analyst reads the factor catalogue")
no_workspace("analyst")
rc, _ = psql("owner", DB, "SELECT cocreation_load_sample('owners_study');")
c.ok(rc == 0, "owner (CREATE on its own database) loads the sample")
denied("analyst", "SELECT * FROM owners_study.case_profiles", "read another role's workspace without a grant")

# ---- 3. the README's grants, reader and row-level-security recipes -----------
print("# scenario 3: README 'Roles and grants', every block as the role it names")
reset()
run_block("superuser", SUPER, "postgres")
passwords()
run_block("owner", "owner")
c.ok(one(SUPER, "SELECT has_database_privilege('analyst', current_database(), 'CREATE')") is True,
     "analyst has CREATE on the database")
run_block("analyst", "analyst")
c.ok(one(SUPER, "SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'bentzen2020'") == "analyst",
     "the workspace bentzen2020 belongs to analyst")
c.ok(one(SUPER, "SELECT string_agg(c.relname, ',' ORDER BY c.relname) FROM pg_class c "
                "WHERE c.relnamespace = 'bentzen2020'::regnamespace AND c.relkind = 'v'") == ",".join(ALL_VIEWS),
     "the workspace's views are %s" % ", ".join(ALL_VIEWS))
for v in VIEWS:
    denied("bi_reader", "SELECT * FROM bentzen2020.%s" % v, "read %s before the grants" % v)

run_block("reader-grants", "analyst")
out = run_block("reader", "bi_reader")
c.ok("Hedensted\tx(x) | xx | xx\tpolicymaking" in out, "the reader block prints Hedensted's profile")
for v in VIEWS:
    want = one("analyst", "SELECT count(*) FROM bentzen2020.%s" % v)
    got = one("bi_reader", "SELECT count(*) FROM bentzen2020.%s" % v)
    c.ok(isinstance(want, int) and want > 0 and got == want,
         "bi_reader reads %s: %s rows, as its owner (%s)" % (v, got, want))
for t in ["cases", "sources", "activities", "factors", "expert_scores"]:
    c.ok(one("bi_reader", "SELECT count(*) > 0 FROM bentzen2020.%s" % t) is True, "bi_reader reads table %s" % t)
denied("bi_reader", "INSERT INTO bentzen2020.cases (case_name) VALUES ('x')", "write to the workspace")
denied("bi_reader", "DELETE FROM bentzen2020.activities", "delete from the workspace")
no_workspace("bi_reader")

run_block("reader-default", "analyst")
rc, _ = psql("analyst", DB, "SELECT cocreation_create_workspace('wave2');")
c.ok(rc == 0, "analyst creates a second workspace, wave2")
for v in VIEWS:
    c.ok(one("bi_reader", "SELECT count(*) FROM wave2.%s" % v) == 0,
         "default privileges: bi_reader reads wave2.%s with no further grant" % v)

run_block("rls-superuser", SUPER, "postgres")
passwords()
denied("analyst_hedensted", "SELECT * FROM bentzen2020.case_profiles", "read the workspace before the grants")
run_block("rls-owner", "analyst")
out = run_block("rls-reader", "analyst_hedensted")
c.ok(out[:2] == ["Hedensted\tx(x) | xx | xx", "12"], "the RLS reader block prints Hedensted and 12 (%r)" % out[:2])
for v in VIEWS:
    got = one("analyst_hedensted", "SELECT string_agg(DISTINCT case_name, ',') FROM bentzen2020.%s" % v)
    c.ok(got == "Hedensted", "analyst_hedensted sees only Hedensted in %s (%s)" % (v, got))
c.ok(one("analyst_hedensted", "SELECT count(*) FROM bentzen2020.activities") == 12,
     "analyst_hedensted sees Hedensted's 12 activities")
denied("analyst_hedensted", "SELECT * FROM wave2.case_profiles", "read another workspace")
for user in ("bi_reader", "analyst"):
    c.ok(one(user, "SELECT count(*) FROM bentzen2020.case_profiles") == 3,
         "%s still sees the three cases" % user)
    c.ok(one(user, "SELECT count(DISTINCT case_name) FROM bentzen2020.factor_matrix") == 3,
         "%s still sees the three cases in factor_matrix" % user)

reset()
c.finish()
