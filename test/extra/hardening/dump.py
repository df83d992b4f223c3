"""dump: pg_dump and pg_restore (plain, custom, and directory format restored
in parallel with pg_restore -j 2) of a database with the sample workspace
(when cocreation_load_sample exists), the study's own factor codes in the
workspace's factor_codes with codings that use them (when it exists) and a
user table with a column of every type of the extension: the restore (psql
ON_ERROR_STOP / pg_restore --exit-on-error) succeeds, every constraint is
there (pg_constraint compared), every view and table returns the same rows,
and a dump of the restored database equals the first dump."""
import re
import subprocess

import psycopg2

import hlib

DB = "hard_dump"
c = hlib.Counter("dump")
hlib.fresh_db(DB)
conn = hlib.connect(DB)
cur = conn.cursor()
seeds = hlib.seed_literals()
types = hlib.ext_types(cur)
cols = ", ".join("c%d %s" % (i, t) for i, (_, t, _) in enumerate(types))
cur.execute("CREATE TABLE public.user_rows (id int PRIMARY KEY%s)" % ((", " + cols) if cols else ""))
for r in range(20):
    vals = [hlib.quote(seeds[t][r % len(seeds[t])]) if seeds.get(t) else "NULL" for _, t, _ in types]
    cur.execute("INSERT INTO public.user_rows VALUES (%d%s)" % (r, "".join(", " + v for v in vals)))
cur.execute("INSERT INTO public.user_rows (id) VALUES (100)")
if hlib.has_table(cur, "sample.factor_codes"):
    # a researcher's own factors, in the study's own factor_codes, and codings
    # that use them: the foreign key must come after the rows in any restore
    try:
        cur.execute("""INSERT INTO sample.factor_codes
                         (code, label, polarity, dimension, usual_stage, description, source)
                       VALUES ('user_budget_pressure', 'budget pressure', 'driver', 'contextual',
                               'adoption', 'cuts push councils towards co-creation', 'own coding, wave 2'),
                              ('user_meeting_fatigue', 'meeting fatigue', 'barrier', 'practical',
                               'implementation', 'citizens tire of long processes', 'own coding, wave 2')""")
        n = cur.rowcount
        cur.execute("""INSERT INTO sample.factors (case_name, code, polarity, dimension, stage, citation)
                       VALUES ('Hedensted', 'user_budget_pressure', 'driver', 'contextual', 'adoption', 'wave 2'),
                              ('Hedensted', 'user_meeting_fatigue', 'barrier', 'practical', 'implementation', 'wave 2')""")
        c.ok(n == 2 and cur.rowcount == 2, "own codes in sample.factor_codes, and codings using them (%d, %d)" % (n, cur.rowcount))
    except psycopg2.Error as e:
        c.ok(False, "own codes in sample.factor_codes: %s" % e)


def constraints(db):
    """Every constraint of the user's schemas, as its definition."""
    cn = hlib.connect(db)
    k = cn.cursor()
    k.execute("""SELECT n.nspname, c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid)
                 FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
                 WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_to%'
                   AND c.oid NOT IN (SELECT d.objid FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid
                                     WHERE e.extname = 'cocreation' AND d.deptype = 'e')
                   AND c.conrelid NOT IN (SELECT d.objid FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid
                                          WHERE e.extname = 'cocreation' AND d.deptype = 'e')
                 ORDER BY 1, 2, 3""")
    out = k.fetchall()
    cn.close()
    return out


def snapshot(db):
    """{relation: md5 of its sorted rows} for every view and user table."""
    cn = hlib.connect(db)
    k = cn.cursor()
    k.execute("""SELECT c.oid::regclass::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE c.relkind IN ('r', 'v', 'm', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
                   AND n.nspname NOT LIKE 'pg_to%' ORDER BY 1""")
    out = {}
    for (rel,) in k.fetchall():
        k.execute("SELECT count(*), md5(coalesce(string_agg(x::text, E'\\n' ORDER BY x::text), '')) FROM %s x" % rel)
        out[rel] = k.fetchone()
    cn.close()
    return out


def run(cmd, **kw):
    p = subprocess.run(cmd, capture_output=True, **kw)
    if p.returncode:
        print("#   %s: %s" % (" ".join(cmd), p.stderr.decode()[-2000:]))
    return p


def clean(sql):
    # pg_dump 15.14+ writes \restrict lines with a random key
    return re.sub(rb"(?m)^\\(un)?restrict .*$", b"", sql)


snap = snapshot(DB)
cons = constraints(DB)
c.ok(any(r[2] == "code_is_in_factor_codes" for r in cons),
     "%d constraints before the dump, the foreign key to factor_codes among them" % len(cons))
rows = sum(v[0] for v in snap.values())
hlib.require(len(snap) > 0, "%d relations, %d rows before the dump (%s)" % (len(snap), rows, ", ".join(sorted(snap))))
first = run(["pg_dump", "-Fp", DB]).stdout
open("/tmp/cocreation-dump-first.sql", "wb").write(first)
for fmt in ("plain", "custom", "directory"):
    tgt = "hard_dump_" + fmt
    hlib.admin_sql('DROP DATABASE IF EXISTS "%s"' % tgt)
    hlib.admin_sql('CREATE DATABASE "%s"' % tgt)
    if fmt == "plain":
        p = run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "--single-transaction", "-d", tgt], input=first)
    elif fmt == "custom":
        dumpfile = "/tmp/cocreation-dump.custom"
        run(["pg_dump", "-Fc", "-f", dumpfile, DB])
        p = run(["pg_restore", "--exit-on-error", "-d", tgt, dumpfile])
    else:
        # parallel restore: a foreign key may be created before or after
        # the rows it checks; every one must hold and be there at the end
        dumpdir = "/tmp/cocreation-dump.dir"
        subprocess.run(["rm", "-rf", dumpdir])
        run(["pg_dump", "-Fd", "-j", "2", "-f", dumpdir, DB])
        p = run(["pg_restore", "--exit-on-error", "-j", "2", "-d", tgt, dumpdir])
        subprocess.run(["rm", "-rf", dumpdir])
    c.ok(p.returncode == 0, "%s dump restores without error" % fmt)
    c2 = constraints(tgt)
    missing = sorted(set(cons) - set(c2))
    c.ok(not missing and len(c2) == len(cons),
         "%s: every constraint restored (%d of %d)%s" % (fmt, len(c2), len(cons), (" missing: %s" % missing) if missing else ""))
    s2 = snapshot(tgt)
    diff = sorted(r for r in set(snap) | set(s2) if snap.get(r) != s2.get(r))
    c.ok(not diff, "%s: every view and table returns the same rows%s" % (fmt, (" (differ: %s)" % diff) if diff else ""))
    second = run(["pg_dump", "-Fp", tgt]).stdout
    same = clean(second) == clean(first)
    if not same:
        open("/tmp/cocreation-dump-%s-second.sql" % fmt, "wb").write(second)
        print("#   see diff /tmp/cocreation-dump-first.sql /tmp/cocreation-dump-%s-second.sql" % fmt)
    c.ok(same, "%s: a dump of the restored database equals the first dump" % fmt)
c.finish()
