"""dump: pg_dump and pg_restore (plain and custom format) of a database with
the sample workspace (when cocreation_load_sample exists), user rows in
cocreation_factor_catalogue (when it exists) and a user table with a column
of every type of the extension: the restore (psql ON_ERROR_STOP / pg_restore
--exit-on-error) succeeds, every view and table returns the same rows, and a
dump of the restored database equals the first dump."""
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
if hlib.has_table(cur, "cocreation_factor_catalogue"):
    # a researcher's own factors, as the README tells users to add them
    try:
        cur.execute("""INSERT INTO cocreation_factor_catalogue
                         (code, label, polarity, dimension, usual_stage, description, source)
                       VALUES ('user_budget_pressure', 'budget pressure', 'driver', 'contextual',
                               'adoption', 'cuts push councils towards co-creation', 'own coding, wave 2'),
                              ('user_meeting_fatigue', 'meeting fatigue', 'barrier', 'practical',
                               'implementation', 'citizens tire of long processes', 'own coding, wave 2')""")
    except psycopg2.Error as e:
        c.ok(False, "the README's way of adding user rows to cocreation_factor_catalogue: %s" % e)


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
rows = sum(v[0] for v in snap.values())
hlib.require(len(snap) > 0, "%d relations, %d rows before the dump (%s)" % (len(snap), rows, ", ".join(sorted(snap))))
first = run(["pg_dump", "-Fp", DB]).stdout
open("/tmp/cocreation-dump-first.sql", "wb").write(first)
for fmt in ("plain", "custom"):
    tgt = "hard_dump_" + fmt
    hlib.admin_sql('DROP DATABASE IF EXISTS "%s"' % tgt)
    hlib.admin_sql('CREATE DATABASE "%s"' % tgt)
    if fmt == "plain":
        p = run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "--single-transaction", "-d", tgt], input=first)
    else:
        dumpfile = "/tmp/cocreation-dump.custom"
        run(["pg_dump", "-Fc", "-f", dumpfile, DB])
        p = run(["pg_restore", "--exit-on-error", "-d", tgt, dumpfile])
    c.ok(p.returncode == 0, "%s dump restores without error" % fmt)
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
