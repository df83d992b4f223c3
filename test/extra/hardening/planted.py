"""planted: no function planted in the extension's schema ever runs.

The extension is trusted and installs into public, which belongs to the
database owner (pg_database_owner), so a database owner who is not a
superuser can add functions, aggregates and operators next to the
extension's.  This suite makes such a database (owner owner1, who runs
CREATE EXTENSION), and as owner1 plants, for every function and aggregate
name of the extension (found through pg_depend), the overloads that would
capture a loosely typed call:

  - each argument position replaced by text, and every argument text (an
    untyped literal prefers text);
  - every shorter arity that the extension's function reaches through its
    DEFAULTs, as it is and all text (a call that relies on a default is
    ambiguous next to it);
  - VARIADIC text[], anyelement in each position, all anyelement, all
    anycompatible;
  - for a polymorphic parameter, the concrete types a call passes there;
  - one-argument functions named like the extension's types (a
    function-style cast);
  - for each operator of the extension, the same operator name on (type,
    text), (text, type), (type, anyelement), (anyelement, type), (text, text).

Each plant records its call (a sequence, which a rollback does not undo, and
a row of planted_log.calls) and returns NULL.  owner1 also tries to create
casts on the extension's types.  Then, as a superuser, in this database and
in a reference database without plants: every builder (load_sample,
create_workspace, create_workspace_views and any other cocreation_*
function that takes a workspace name), every view of every workspace,
sample/main.sql (the main job) and every ```sql block of the README (on
small tables named as the README names them).  Asserted: no plant ran,
nothing failed (an ambiguous call, "function is not unique", is a failure),
the results equal the reference database's, nothing in a workspace depends
on a plant, and DROP ... CASCADE of the plants drops no workspace object.

Two limits of PostgreSQL's overload resolution are measured and reported,
not hidden: a call of a polymorphic function (the agreement aggregates take
the unit as anyelement) prefers a planted overload with the caller's
concrete type, whatever the caller writes; and a planted overload with one
more, defaulted, argument makes every call of that name ambiguous (it fails,
loudly, and nothing planted runs).  The first is asserted to touch only
calls a user writes (never the extension's own SQL), the second to fail
without running anything.
"""
import os
import re
import subprocess

import psycopg2

import hlib

c = hlib.Counter("planted")
ROOT = os.path.abspath(os.path.join(hlib.HERE, "..", "..", ".."))
DB, REF = "hard_planted", "hard_planted_ref"
OWNER = "planted_owner1"
PW = os.environ.get("PGPASSWORD", "owner")
POLY = {"anyelement", "anycompatible", "anyarray", "anynonarray", "anycompatiblearray",
        "anycompatiblenonarray", "anyenum", "anyrange", "anycompatiblerange"}
# the concrete types a call of a polymorphic parameter plausibly passes
CONCRETE = ["text", "integer", "bigint", "double precision", "numeric", "boolean"]

# ---- the databases ----------------------------------------------------------
for db in (DB, REF):
    hlib.admin_sql('DROP DATABASE IF EXISTS "%s" WITH (FORCE)' % db)
hlib.admin_sql("DROP ROLE IF EXISTS analyst_hedensted")
hlib.admin_sql("DROP ROLE IF EXISTS %s" % OWNER)
hlib.admin_sql("CREATE ROLE %s LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD %s"
               % (OWNER, hlib.quote(PW)))
for db in (DB, REF):
    hlib.admin_sql('CREATE DATABASE "%s" OWNER %s' % (db, OWNER))
    oc = hlib.connect(db, user=OWNER, password=PW)
    ok_ = oc.cursor()
    ok_.execute("CREATE EXTENSION cocreation")
    ok_.execute("""CREATE SCHEMA planted_log;
                   CREATE SEQUENCE planted_log.hits;
                   CREATE TABLE planted_log.calls (sig text, caller text, superuser bool);
                   GRANT USAGE ON SCHEMA planted_log TO PUBLIC;
                   GRANT USAGE, UPDATE ON SEQUENCE planted_log.hits TO PUBLIC;
                   GRANT INSERT ON planted_log.calls TO PUBLIC""")
    oc.close()

own = hlib.connect(DB, user=OWNER, password=PW)
ocur = own.cursor()
ocur.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
c.ok(not ocur.fetchone()[0], "%s, the database owner who created the extension, is not a superuser" % OWNER)
ocur.execute("SET search_path = pg_catalog")   # every type name below comes out qualified
ocur.execute("""SELECT n.nspname, pg_catalog.quote_ident(n.nspname) FROM pg_extension e
                JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'cocreation'""")
XNAME, X = ocur.fetchone()
ocur.execute("SELECT has_schema_privilege(%s, 'CREATE')", (XNAME,))
c.ok(ocur.fetchone()[0], "%s can create objects in the extension's schema %s (the threat)" % (OWNER, XNAME))

# ---- what the extension has -------------------------------------------------
ocur.execute("""
  SELECT p.oid, p.proname, p.prokind,
         ARRAY(SELECT pg_catalog.format_type(a, NULL) FROM unnest(p.proargtypes::oid[]) WITH ORDINALITY u(a, i) ORDER BY i),
         p.pronargdefaults, p.provariadic <> 0, pg_catalog.format_type(p.prorettype, NULL), p.proretset,
         ARRAY(SELECT pg_catalog.quote_ident(COALESCE(p.proargnames[i], 'o' || i)) || ' ' || pg_catalog.format_type(p.proallargtypes[i], NULL)
               FROM generate_subscripts(p.proallargtypes, 1) i WHERE p.proargmodes[i] IN ('o', 't') ORDER BY i)
  FROM pg_proc p WHERE p.oid IN (%s) ORDER BY p.proname, p.oid""" % (hlib.EXT_OBJECTS % "pg_catalog.pg_proc"))
funcs = ocur.fetchall()
ocur.execute("""SELECT o.oprname, pg_catalog.format_type(o.oprleft, NULL), pg_catalog.format_type(o.oprright, NULL),
                       pg_catalog.format_type(o.oprresult, NULL)
                FROM pg_operator o WHERE o.oid IN (%s) ORDER BY 1, 2, 3""" % (hlib.EXT_OBJECTS % "pg_catalog.pg_operator"))
opers = ocur.fetchall()
ocur.execute("""SELECT pg_catalog.format_type(t.oid, NULL), t.typname FROM pg_type t
                WHERE t.oid IN (%s) AND t.typtype IN ('b', 'e', 'd') AND t.typrelid = 0
                  AND NOT (t.typelem <> 0 AND t.typlen = -1) ORDER BY 1""" % (hlib.EXT_OBJECTS % "pg_catalog.pg_type"))
ext_types = ocur.fetchall()
c.ok(len(funcs) > 50 and len(opers) > 10 and len(ext_types) >= 5,
     "the extension's objects found through pg_depend: %d functions and aggregates, %d operators, %d types"
     % (len(funcs), len(opers), len(ext_types)))
names = sorted(set(f[1] for f in funcs))

# ---- casts: need ownership of one of the types ------------------------------
for qt, tn in ext_types:
    for sql in ("CREATE CAST (pg_catalog.bytea AS %s) WITH INOUT" % qt,
                "CREATE CAST (%s AS pg_catalog.bytea) WITH INOUT" % qt):
        try:
            ocur.execute(sql)
            c.ok(False, "%s cannot create a cast on %s: %s succeeded" % (OWNER, tn, sql))
        except psycopg2.Error as e:
            c.ok(e.pgcode == "42501", "%s cannot create a cast on type %s (%s)" % (OWNER, tn, e.pgcode))


# ---- the plants -------------------------------------------------------------
def sig_key(name, args):
    return (name, tuple(a.replace("VARIADIC ", "") for a in args))


existing = set(sig_key(f[1], f[3]) for f in funcs)
planted = {}            # (name, args) -> kind of plant
not_creatable = []
tried = set()
limits = {}             # plants of the limits: (name, args) -> kind
n_fn = 0


def quote_ident(s):
    return '"%s"' % s.replace('"', '""')


def body(sig, ret_stmt):
    return ("BEGIN PERFORM pg_catalog.nextval('planted_log.hits'); "
            "INSERT INTO planted_log.calls VALUES (%s, current_user, "
            "(SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user)); %s END"
            % (hlib.quote(sig), ret_stmt))


def plant(name, args, ret, retset, outs, is_agg, why, into=None):
    """Creates X.name(args) recording its calls; False if PostgreSQL refuses it."""
    global n_fn
    key = sig_key(name, args)
    if key in existing or key in planted or key in tried or key in (into if into is not None else {}):
        return False
    tried.add(key)
    if any(a in POLY for a in [ret]) and not any(a.replace("VARIADIC ", "") in POLY for a in args):
        return False
    sig = "%s(%s)" % (name, ", ".join(args))
    n_fn += 1
    try:
        if is_agg and not outs and not retset:
            sf = "planted_log.sf_%d" % n_fn
            ocur.execute("CREATE FUNCTION %s(%s) RETURNS %s LANGUAGE plpgsql AS %s" % (
                sf, ", ".join([ret] + args), ret, hlib.quote(body(sig, "RETURN NULL;"))))
            ocur.execute("CREATE AGGREGATE %s.%s(%s) (SFUNC = %s, STYPE = %s)" % (
                X, quote_ident(name),
                ", ".join(args), sf, ret))
        else:
            params = list(args) + ["OUT %s" % o for o in outs]
            if outs:
                rets = "RETURNS SETOF record" if retset else ""
                stmt = "RETURN;"
            else:
                rets = "RETURNS %s%s" % ("SETOF " if retset else "", ret)
                stmt = "RETURN;" if retset or ret == "void" else "RETURN NULL;"
            ocur.execute('CREATE FUNCTION %s.%s(%s) %s LANGUAGE plpgsql AS %s' % (
                X, quote_ident(name), ", ".join(params), rets, hlib.quote(body(sig, stmt))))
    except psycopg2.Error as e:
        not_creatable.append("%s: %s" % (sig, str(e).splitlines()[0]))
        return False
    (into if into is not None else planted)[key] = why
    return True


for oid, name, kind, args, ndef, variadic, ret, retset, outs in funcs:
    if ret in ("internal",) or "internal" in args:
        continue
    is_agg = kind == "a"
    args = list(args)
    n = len(args)
    for a in range(n - ndef, n + 1):
        base = args[:a]
        if a < n:
            plant(name, base, ret, retset, outs, is_agg, "the arity a DEFAULT reaches")
        for i in range(a):
            if base[i] != "text":
                plant(name, base[:i] + ["text"] + base[i + 1:], ret, retset, outs, is_agg, "text at argument %d" % (i + 1))
            if base[i] not in POLY:
                plant(name, base[:i] + ["anyelement"] + base[i + 1:], ret, retset, outs, is_agg, "anyelement at argument %d" % (i + 1))
            else:
                for t in CONCRETE + [q for q, _ in ext_types]:
                    # a concrete type where the extension's parameter is polymorphic
                    plant(name, base[:i] + [t] + base[i + 1:], ret, retset, outs, is_agg, "polymorphic: %s at argument %d" % (t, i + 1))
        if a:
            plant(name, ["text"] * a, ret, retset, outs, is_agg, "all text")
            plant(name, ["anyelement"] * a, ret, retset, outs, is_agg, "all anyelement")
            plant(name, ["anycompatible"] * a, ret, retset, outs, is_agg, "all anycompatible")
        if any(t in POLY for t in base):
            # every polymorphic position of one concrete type at once
            for t in CONCRETE + [q for q, _ in ext_types]:
                plant(name, [t if b in POLY else b for b in base], ret, retset, outs, is_agg,
                      "polymorphic: %s at every polymorphic argument" % t)
    plant(name, ["VARIADIC text[]"], ret, retset, outs, is_agg, "VARIADIC text[]")
    if n:
        plant(name, args[:1] + ["VARIADIC text[]"], ret, retset, outs, is_agg, "VARIADIC text[] after the first argument")
for qt, tn in ext_types:
    # function-style casts, level('none'): a function of the type's name wins
    plant(tn, ["text"], qt, False, [], False, "function named like the type")
    plant(tn, ["anyelement"], qt, False, [], False, "function named like the type")

n_op = 0
planted_ops = []
ocur.execute("SELECT oprname, pg_catalog.format_type(oprleft, NULL), pg_catalog.format_type(oprright, NULL) "
             "FROM pg_operator WHERE oprnamespace = %s::regnamespace", (XNAME,))
op_existing = set(ocur.fetchall())
for op, l, r, res in opers:
    for pl, pr in ((l, "text"), ("text", r), (l, "anyelement"), ("anyelement", r), ("text", "text")):
        if (op, pl, pr) in op_existing or (pl == "anyelement" and pr == "anyelement"):
            continue
        n_op += 1
        sig = "operator %s(%s, %s)" % (op, pl, pr)
        try:
            ocur.execute("CREATE FUNCTION planted_log.op_%d(%s, %s) RETURNS %s LANGUAGE plpgsql AS %s"
                         % (n_op, pl, pr, res, hlib.quote(body(sig, "RETURN NULL;"))))
            ocur.execute("CREATE OPERATOR %s.%s (LEFTARG = %s, RIGHTARG = %s, FUNCTION = planted_log.op_%d)"
                         % (X, op, pl, pr, n_op))
            op_existing.add((op, pl, pr))
            planted_ops.append(sig)
        except psycopg2.Error as e:
            not_creatable.append("%s: %s" % (sig, str(e).splitlines()[0]))
reasons = {}
for x in not_creatable:
    reasons.setdefault(x.split(": ", 1)[1], []).append(x.split(": ", 1)[0])
for why, sigs in sorted(reasons.items()):
    print("#   not creatable (%s): %d, e.g. %s" % (why, len(sigs), ", ".join(sigs[:3])))
c.ok(len(planted) > 5 * len(names) and planted_ops,
     "%d functions and aggregates planted for the extension's %d names, %d operators (%d refused by PostgreSQL)"
     % (len(planted), len(names), len(planted_ops), len(not_creatable)))
ocur.execute("SELECT pg_catalog.count(*) FROM pg_catalog.pg_proc WHERE proname = 'score' AND pronamespace = %s::regnamespace", (XNAME,))
c.ok(ocur.fetchone()[0] > 1, "the plants sit next to the extension's functions (score has %s overloads)" % "several")
own.close()

# the probe works: an untyped call does reach a plant
su = hlib.connect(DB)
scur = su.cursor()


def hits(cur):
    cur.execute("SELECT is_called, last_value FROM planted_log.hits")
    called, v = cur.fetchone()
    return v if called else 0


def calls(cur):
    cur.execute("SELECT sig, count(*), bool_or(superuser) FROM planted_log.calls GROUP BY 1 ORDER BY 1")
    return cur.fetchall()


scur.execute("SET search_path = public")
try:
    scur.execute("SELECT score('(1, 3, 0)'::profile, 'policymaking'::text)")
except psycopg2.Error:
    pass
control = hits(scur)
c.ok(control > 0, "control: score(profile, 'policymaking'::text) reaches a plant (%d call)" % control)
scur.execute("TRUNCATE planted_log.calls; SELECT setval('planted_log.hits', 1, false)")
su.close()


# ---- the workload, as a superuser --------------------------------------------
def rows(cur, sql):
    cur.execute(sql)
    return sorted(tuple(str(v) for v in r) for r in cur.fetchall())


def builders(db):
    """Every builder of the extension, then every view of every workspace:
    {what: result or error}."""
    out = {}
    cn = hlib.connect(db)
    k = cn.cursor()

    def do(what, sql, fetch=True):
        try:
            k.execute(sql)
            out[what] = sorted(map(str, k.fetchall())) if fetch else "done"
        except psycopg2.Error as e:
            out[what] = "ERROR %s: %s" % (e.pgcode, str(e).splitlines()[0])
    # as the README calls them
    do("cocreation_create_workspace('ws_empty')", "SELECT cocreation_create_workspace('ws_empty')")
    do("cocreation_load_sample('ws_sample')", "SELECT cocreation_load_sample('ws_sample')")
    do("drop the views of ws_sample", "DROP VIEW ws_sample.factor_matrix, ws_sample.cross_case, "
       "ws_sample.case_balance, ws_sample.case_profiles", fetch=False)
    do("cocreation_create_workspace_views('ws_sample')", "SELECT cocreation_create_workspace_views('ws_sample')")
    # any other builder: a cocreation_* function that takes a workspace name
    # and nothing else it needs (a helper with more arguments, such as
    # cocreation_copy_grants, is reached through the builders that call it)
    k.execute("""SELECT p.oid::regprocedure::text, p.proname FROM pg_proc p
                 WHERE p.oid IN (%s) AND p.proname LIKE 'cocreation%%' AND p.provolatile = 'v'
                   AND p.pronargs >= 1 AND p.pronargs - p.pronargdefaults <= 1
                   AND p.proargtypes[0] IN ('text'::regtype, 'regnamespace'::regtype)
                   AND p.proname NOT IN ('cocreation_create_workspace', 'cocreation_load_sample',
                                         'cocreation_create_workspace_views')
                 ORDER BY 1""" % (hlib.EXT_OBJECTS % "pg_catalog.pg_proc"))
    for sig, name in k.fetchall():
        do("%s('ws_sample')" % name, "SELECT %s('ws_sample')" % name)
    k.execute("""SELECT c.oid::regclass::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname LIKE 'ws\\_%' AND c.relkind IN ('v', 'm') ORDER BY 1""")
    for (v,) in k.fetchall():
        do("SELECT * FROM %s" % v, "SELECT * FROM %s" % v)
    cn.close()
    return out


def psql(db, args, stdin=None):
    p = subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-P", "pager=off", "-d", db] + args,
                       input=stdin, capture_output=True, text=True, cwd=ROOT)
    return p.returncode, p.stdout, p.stderr


def main_job(db):
    """sample/main.sql, the main job (its workspace bentzen2020 made afresh)."""
    hlib.admin_sql("DROP SCHEMA IF EXISTS bentzen2020 CASCADE", db)
    return psql(db, ["-f", "sample/main.sql"])


def readme_blocks():
    text = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    # blocks marked for the roles suite run there, as the roles they name
    # (they create roles and databases, which a superuser's run here repeats)
    text = re.sub(r"<!-- test: roles/[^>]*-->\s*```sql\n.*?^```", "", text, flags=re.S | re.M)
    return re.findall(r"^```sql\n(.*?)^```", text, re.S | re.M)


# the tables the README's examples read, named and typed as the README uses them
README_FIXTURES = """
CREATE TABLE public.my_activities (municipality text, level level, weight float8);
INSERT INTO public.my_activities VALUES
  ('Hedensted', 'policymaking', 2), ('Hedensted', 'problem_solving', 3), ('Hedensted', 'service_production', 1),
  ('Steinkjer', 'problem_solving', 3), ('Steinkjer', 'none', 1), ('Steinkjer', 'service_production', 2);
CREATE TABLE public.my_codings (municipality text, code text);
INSERT INTO public.my_codings
  SELECT case_name, code FROM cocreation_sample_factors();
CREATE TABLE public.my_coded_factors (municipality text, kind factor_kind, strength float8);
INSERT INTO public.my_coded_factors VALUES ('Hedensted', 'driver.cultural.adoption', 1),
  ('Hedensted', 'barrier.practical.implementation', 2), ('Steinkjer', 'barrier.institutional.adoption', 1);
CREATE TABLE public.my_tallies (region text, t tally);
INSERT INTO public.my_tallies SELECT 'north', tally_agg(level, weight) FROM public.my_activities GROUP BY municipality;
CREATE TABLE public.my_scores (unit text, score float8);
INSERT INTO public.my_scores VALUES ('a', 1), ('a', 1), ('b', 2), ('b', 3), ('c', 0), ('c', 0), ('d', 3), ('d', 2);
"""


def readme(db):
    """Every ```sql block of the README, in order, in one database:
    [(block number, rc, stdout, stderr)]."""
    hlib.admin_sql("DROP SCHEMA IF EXISTS bentzen2020, wave2 CASCADE", db)
    rc, o, e = psql(db, [], README_FIXTURES)
    out = [("fixtures", rc, o, e)]
    for i, b in enumerate(readme_blocks()):
        rc, o, e = psql(db, [], b)
        out.append((i + 1, rc, o, e))
    rc, o, e = psql(db, [], "DROP OWNED BY analyst_hedensted CASCADE" if "analyst_hedensted" in "".join(readme_blocks()) else "SELECT 1")
    hlib.admin_sql("DROP ROLE IF EXISTS analyst_hedensted")
    return out


def plants_that_ran(db, what):
    cn = hlib.connect(db)
    k = cn.cursor()
    got, ran = hits(k), calls(k)
    k.execute("TRUNCATE planted_log.calls; SELECT setval('planted_log.hits', 1, false)")
    cn.close()
    for sig, n, sup in ran:
        print("#   %s ran planted %s %d times%s" % (what, sig, n, " as a superuser" if sup else ""))
    return got, ran


def poly_capture(sig):
    """A planted overload that differs from one of the extension's only where
    the extension's parameter is polymorphic (a more specific overload of a
    polymorphic function: no argument type the caller writes avoids it)."""
    for k in planted:
        if "%s(%s)" % (k[0], ", ".join(k[1])) != sig:
            continue
        for f in funcs:
            ours = list(f[3])
            if f[1] == k[0] and len(ours) == len(k[1]) and any(t in POLY for t in ours) and all(
                    a == b or a in POLY for a, b in zip(ours, k[1])):
                return True
    return False


ref_b = builders(REF)
got_b = builders(DB)
h, ran = plants_that_ran(DB, "the builders and views")
c.ok(h == 0, "no plant ran while a superuser ran every builder and read every view (%d calls of plants)" % h)
for what in ref_b:
    r, g = ref_b[what], got_b.get(what)
    if isinstance(r, str) and r.startswith("ERROR") and what not in ("drop the views of ws_sample",):
        print("#   %s fails without plants too: %s" % (what, r))
    c.ok(not (isinstance(g, str) and g.startswith("ERROR")) or g == r, "%s does not fail among the plants%s"
         % (what, "" if not isinstance(g, str) else ": " + g))
    c.ok(g == r, "%s gives the same result as without plants" % what)
n_checked = len(got_b)

# nothing in a workspace depends on a plant (the views bind to the extension's own functions)
cn = hlib.connect(DB)
k = cn.cursor()
k.execute("""SELECT DISTINCT d.classid::regclass::text || ' ' || d.objid || ' -> ' || d.refobjid::regprocedure::text
             FROM pg_depend d
             WHERE d.refclassid = 'pg_proc'::regclass AND d.deptype = 'n'
               AND d.refobjid IN (SELECT p.oid FROM pg_proc p
                                  WHERE p.pronamespace = %s::regnamespace AND p.proowner = %s::regrole)
               AND d.classid <> 'pg_proc'::regclass""", (XNAME, OWNER))
dep = [r[0] for r in k.fetchall()]
k.execute("SELECT count(*) FROM pg_rewrite WHERE ev_class IN (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname LIKE 'ws\\_%')")
n_rules = k.fetchone()[0]
cn.close()
for d in dep[:10]:
    print("#   depends on a plant: %s" % d)
c.ok(not dep, "no object depends on a planted function or aggregate (%d dependencies)" % len(dep))

# sample/main.sql, the main job
ref_m = main_job(REF)
got_m = main_job(DB)
h, ran = plants_that_ran(DB, "sample/main.sql")
poly = [s for s, _, _ in ran if poly_capture(s)]
other = [s for s, _, _ in ran if not poly_capture(s)]
c.ok(not other, "no plant ran in sample/main.sql but through a polymorphic parameter (%s)" % (", ".join(other) or "none"))
if poly:
    print("#   limit: sample/main.sql calls a polymorphic aggregate; planted concrete overloads ran: %s" % ", ".join(poly))
c.ok(ref_m[0] == 0, "sample/main.sql runs without plants (rc %d)%s" % (ref_m[0], ref_m[2][-300:]))
c.ok(got_m[0] == 0, "sample/main.sql does not fail among the plants (rc %d) %s" % (got_m[0], got_m[2][-400:]))
c.ok(got_m[1] == ref_m[1] or poly, "sample/main.sql prints the same as without plants")
n_checked += len(re.findall(r";\s*$", open(os.path.join(ROOT, "sample/main.sql")).read(), re.M))

# the README's examples
ref_r = readme(REF)
got_r = readme(DB)
h, ran = plants_that_ran(DB, "the README's examples")
poly = [s for s, _, _ in ran if poly_capture(s)]
other = [s for s, _, _ in ran if not poly_capture(s)]
c.ok(not other, "no plant ran in the README's examples but through a polymorphic parameter (%s)" % (", ".join(other) or "none"))
if poly:
    print("#   limit: the README calls a polymorphic aggregate; planted concrete overloads ran: %s" % ", ".join(poly))
c.ok(len(ref_r) > 3, "the README's ```sql blocks found (%d)" % (len(ref_r) - 1))
for (i, rrc, ro, re_), (_, grc, go, ge) in zip(ref_r, got_r):
    c.ok(rrc == 0, "README block %s runs without plants%s" % (i, "" if rrc == 0 else ": " + re_.strip()[-300:]))
    c.ok(grc == 0, "README block %s does not fail among the plants%s" % (i, "" if grc == 0 else ": " + ge.strip()[-300:]))
    # a block whose output a polymorphic capture changed: the limit above
    waived = i != "fixtures" and any(sg.split("(")[0] + "(" in readme_blocks()[i - 1] for sg in poly)
    c.ok(go == ro or waived, "README block %s prints the same as without plants%s"
         % (i, " (or calls a polymorphic aggregate)" if waived else ""))
n_checked += sum(b.count(";") for b in readme_blocks())

# DROP ... CASCADE of every plant, as owner1: no workspace object goes with it
own = hlib.connect(DB, user=OWNER, password=PW)
ocur = own.cursor()
ocur.execute("""SELECT c.oid::regclass::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'planted_log')
                  AND n.nspname NOT LIKE 'pg\\_%' ORDER BY 1""")
before = [r[0] for r in ocur.fetchall()]
ocur.execute("""SELECT p.oid::regprocedure::text, p.prokind FROM pg_proc p
                WHERE p.pronamespace = %s::regnamespace AND p.proowner = %s::regrole""", (XNAME, OWNER))
mine = ocur.fetchall()
ocur.execute("SELECT oid::regoperator::text FROM pg_operator WHERE oprnamespace = %s::regnamespace AND oprowner = %s::regrole",
             (XNAME, OWNER))
my_ops = [r[0] for r in ocur.fetchall()]
for sig, kind in mine:
    ocur.execute("DROP %s IF EXISTS %s CASCADE" % ("AGGREGATE" if kind == "a" else "FUNCTION", sig))
for o in my_ops:
    ocur.execute("DROP OPERATOR IF EXISTS %s CASCADE" % o)
ocur.execute("""SELECT c.oid::regclass::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'planted_log')
                  AND n.nspname NOT LIKE 'pg\\_%' ORDER BY 1""")
after = [r[0] for r in ocur.fetchall()]
c.ok(len(mine) == len(planted) and before == after and len(before) >= 20,
     "DROP ... CASCADE of the %d planted functions and %d operators drops none of the %d tables and views of the workspaces and the README's examples (%s)"
     % (len(mine), len(my_ops), len(before), ", ".join(sorted(set(before) - set(after))) or "none lost"))
own.close()

# ---- the limits, measured ---------------------------------------------------
# a planted overload with one more, defaulted, argument: every call of the
# name is ambiguous; it fails, and nothing planted runs
own = hlib.connect(DB, user=OWNER, password=PW)
ocur = own.cursor()
ocur.execute("SET search_path = pg_catalog")
extra = {}
for oid, name, kind, args, ndef, variadic, ret, retset, outs in funcs:
    if kind == "f" and name in ("notation", "net_index") and "internal" not in args:
        plant(name, list(args) + ["integer DEFAULT 0"], ret, retset, outs, False, "one more, defaulted, argument", into=extra)
own.close()
su = hlib.connect(DB)
scur = su.cursor()
try:
    scur.execute("SELECT public.notation('(1, 3, 0)'::public.profile)")
    c.ok(False, "limit: a planted notation(profile, integer DEFAULT 0) makes notation(profile) ambiguous")
except psycopg2.Error as e:
    c.ok(e.pgcode == "42725", "limit: a planted notation(profile, integer DEFAULT 0) makes notation(profile) "
         "ambiguous: it fails (%s), it does not run the plant" % e.pgcode)
h, ran = plants_that_ran(DB, "the ambiguous call")
c.ok(h == 0 and extra, "limit: the ambiguous call ran no plant (%d planted with one more argument)" % len(extra))
su.close()

# ---- plants made before CREATE EXTENSION ----------------------------------------
# The bodies of SQL-standard functions bind when CREATE EXTENSION runs; an
# operator or function of a pg_catalog name that the database owner put in
# public beforehand, with an exact match where pg_catalog's needs a coercion
# (*(integer, numeric)), would be bound into them for good.  Planted here:
# for every operator and function the extension's bodies use (found in the
# reference database's pg_depend), the same name on every pair (operators)
# or every run of one type (functions) of common types.
PRE = "hard_planted_pre"
COMMON = ["smallint", "integer", "bigint", "real", "double precision", "numeric", "text"]
RANK = {t: i for i, t in enumerate(COMMON)}
cn = hlib.connect(REF)
k = cn.cursor()
# (pg_catalog's objects are pinned: pg_depend does not list them, so the
# names are read from the bodies as PostgreSQL prints them)
k.execute("SELECT pg_get_functiondef(oid) FROM pg_proc WHERE oid IN (%s) AND prosqlbody IS NOT NULL"
          % (hlib.EXT_OBJECTS % "pg_catalog.pg_proc"))
bodies = "\n".join(r[0].split("BEGIN ATOMIC", 1)[-1] for r in k.fetchall())
bodies = re.sub(r"'(?:[^']|'')*'", "''", bodies)       # no words from inside literals
ops = set(re.findall(r"(?<![-+*/<>=~!@#%^&|`?])([-+*/<>=~!@#%^&|`?]+)(?![-+*/<>=~!@#%^&|`?])", bodies))
fns = set(re.findall(r"\b([a-z_][a-z0-9_]*)\(", bodies))
k.execute("SELECT DISTINCT 'o', oprname FROM pg_operator WHERE oprnamespace = 'pg_catalog'::regnamespace AND oprname = ANY(%s) "
          "UNION SELECT DISTINCT 'f', proname FROM pg_proc WHERE pronamespace = 'pg_catalog'::regnamespace AND proname = ANY(%s) "
          "ORDER BY 1, 2", (sorted(ops), sorted(fns)))
used = k.fetchall()
k.execute("SELECT count(*) FROM pg_proc WHERE oid IN (%s) AND prosqlbody IS NOT NULL" % (hlib.EXT_OBJECTS % "pg_catalog.pg_proc"))
n_atomic = k.fetchone()[0]
cn.close()
c.ok(n_atomic > 0 and used, "the extension's %d SQL-standard bodies use %d pg_catalog operators and functions (%s)"
     % (n_atomic, len(used), ", ".join(n for _, n in used)))
hlib.admin_sql('DROP DATABASE IF EXISTS "%s" WITH (FORCE)' % PRE)
hlib.admin_sql('CREATE DATABASE "%s" OWNER %s' % (PRE, OWNER))
own = hlib.connect(PRE, user=OWNER, password=PW)
ocur = own.cursor()
ocur.execute("""CREATE SCHEMA planted_log; CREATE SEQUENCE planted_log.hits;
                CREATE TABLE planted_log.calls (sig text, caller text, superuser bool);
                GRANT USAGE ON SCHEMA planted_log TO PUBLIC;
                GRANT USAGE, UPDATE ON SEQUENCE planted_log.hits TO PUBLIC;
                GRANT INSERT ON planted_log.calls TO PUBLIC""")
n_pre = 0
for kind, name in used:
    if kind == "o":
        for l in COMMON:
            for r in COMMON:
                ocur.execute("SELECT 1 FROM pg_operator WHERE oprname = %s AND oprleft = %s::regtype AND oprright = %s::regtype",
                             (name, l, r))
                if ocur.fetchone():
                    continue
                res = "boolean" if name in ("=", "<>", "<", ">", "<=", ">=") else max(l, r, key=RANK.get)
                sig = "operator %s(%s, %s)" % (name, l, r)
                n_pre += 1
                try:
                    ocur.execute("CREATE FUNCTION planted_log.pre_%d(%s, %s) RETURNS %s LANGUAGE plpgsql AS %s"
                                 % (n_pre, l, r, res, hlib.quote(body(sig, "RETURN NULL;"))))
                    ocur.execute("CREATE OPERATOR public.%s (LEFTARG = %s, RIGHTARG = %s, FUNCTION = planted_log.pre_%d)"
                                 % (name, l, r, n_pre))
                except psycopg2.Error as e:
                    n_pre -= 1
    else:
        ocur.execute("SELECT pg_catalog.format_type(prorettype, NULL), proretset FROM pg_proc "
                     "WHERE proname = %s AND pronamespace = 'pg_catalog'::regnamespace LIMIT 1", (name,))
        ret, retset = ocur.fetchone()
        for t in COMMON:
            for a in range(1, 7):
                for args in ([t] * a, ["text"] + [t] * (a - 1)):
                    r = ret if ret not in POLY and ret not in ("internal", "record") else t
                    sig = "%s(%s)" % (name, ", ".join(args))
                    try:
                        ocur.execute("CREATE FUNCTION public.%s(%s) RETURNS %s%s LANGUAGE plpgsql AS %s" % (
                            quote_ident(name), ", ".join(args), "SETOF " if retset else "", r,
                            hlib.quote(body(sig, "RETURN;" if retset else "RETURN NULL;"))))
                        n_pre += 1
                    except psycopg2.Error:
                        pass
ocur.execute("SHOW search_path")
path_before = ocur.fetchone()[0]
try:
    ocur.execute("CREATE EXTENSION cocreation")
    c.ok(True, "%s creates the extension over %d planted operators and functions of pg_catalog names in public"
         % (OWNER, n_pre))
except psycopg2.Error as e:
    c.ok(False, "%s creates the extension over plants of pg_catalog names: %s" % (OWNER, e))
ocur.execute("SHOW search_path")
path_after = ocur.fetchone()[0]
c.ok(path_before == path_after, "CREATE EXTENSION leaves the caller's search_path as it was (%s)" % path_after)
# what the bodies bound to: pg_catalog's and the extension's objects only
ocur.execute("""SELECT DISTINCT d.objid::regprocedure::text || ' uses ' || pg_describe_object(d.refclassid, d.refobjid, 0)
                FROM pg_depend d
                LEFT JOIN pg_operator o ON d.refclassid = 'pg_operator'::regclass AND o.oid = d.refobjid
                LEFT JOIN pg_proc p ON d.refclassid = 'pg_proc'::regclass AND p.oid = d.refobjid
                WHERE d.classid = 'pg_proc'::regclass AND d.objid IN (%s)
                  AND COALESCE(o.oprowner, p.proowner) = %%s::regrole""" % (hlib.EXT_OBJECTS % "pg_catalog.pg_proc"),
             (OWNER,))
bad = [r[0] for r in ocur.fetchall()]
for b_ in bad:
    print("#   bound to a plant: %s" % b_)
c.ok(not bad, "no function of the extension is bound to an operator or function the database owner planted (%d)" % len(bad))
own.close()
su = hlib.connect(PRE)
scur = su.cursor()
seeds = hlib.seed_literals()
scur.execute("""SELECT p.oid::regproc::text, ARRAY(SELECT pg_catalog.format_type(a, NULL)
                       FROM unnest(p.proargtypes::oid[]) WITH ORDINALITY u(a, i) ORDER BY i), p.proretset
                FROM pg_proc p WHERE p.oid IN (%s) AND p.prosqlbody IS NOT NULL ORDER BY 1"""
             % (hlib.EXT_OBJECTS % "pg_catalog.pg_proc"))
n_pre_calls = 0
for fn, args, retset in scur.fetchall():
    vals = []
    for t in args:
        lit = seeds.get(t, ["x"])
        vals.append(["%s::%s" % (hlib.quote(l), t) for l in lit[:4]])
    # the seeds are generic: a function may reject some as invalid input
    # (class 22, e.g. text[] words that are not its conditions), as long as
    # another combination runs its body
    ran, rejected = 0, []
    for i in range(max([len(v) for v in vals] + [1])):
        sql = "SELECT %s%s(%s)" % ("* FROM " if retset else "", fn, ", ".join(v[i % len(v)] for v in vals))
        try:
            scur.execute(sql)
            scur.fetchall()
            ran += 1
        except psycopg2.Error as e:
            if (e.pgcode or "").startswith("22"):
                rejected.append("%s: %s" % (sql, e))
            else:
                c.ok(False, "%s: %s" % (sql, e))
        n_pre_calls += 1
    if rejected and not ran:
        c.ok(False, "%s rejected every seed: %s" % (fn, rejected[0]))
for what, sql in (("load_sample", "SELECT cocreation_load_sample('ws_pre')"),
                  ("views", "SELECT svg(p.profile, p.case_name, p.profile), svg(b.balance, b.case_name), f.* "
                            "FROM ws_pre.case_profiles p JOIN ws_pre.case_balance b USING (case_name) "
                            "JOIN ws_pre.factor_matrix f USING (case_name)")):
    try:
        scur.execute(sql)
        scur.fetchall()
    except psycopg2.Error as e:
        c.ok(False, "%s among plants of pg_catalog names: %s" % (what, e))
    n_pre_calls += 1
su.close()
h, ran = plants_that_ran(PRE, "the SQL-standard functions")
c.ok(h == 0, "no plant of a pg_catalog name ran in %d calls of the extension's SQL-standard functions, "
     "the sample workspace and its views (%d calls of plants)" % (n_pre_calls, h))
hlib.admin_sql('DROP DATABASE IF EXISTS "%s" WITH (FORCE)' % PRE)
n_checked += n_pre_calls

print("# %d plants (%d functions and aggregates, %d operators); %d plants of pg_catalog names made before CREATE EXTENSION; %d statements checked as a superuser"
      % (len(planted) + len(planted_ops), len(planted), len(planted_ops), n_pre, n_checked))
for db in (DB, REF):
    hlib.admin_sql('DROP DATABASE IF EXISTS "%s" WITH (FORCE)' % db)
hlib.admin_sql("DROP ROLE IF EXISTS %s" % OWNER)
c.finish()
