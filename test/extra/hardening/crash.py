"""crash: a backend killed with SIGKILL in the middle of an aggregate of the
extension, of a big insert into a table of the extension's types and of a
big insert into a workspace (its level a generated column computed by
classify()): the server restarts, and the extension's state is exactly as
committed: every table of the extension (the factor catalogue), every
table and view of the sample workspace (a user's own factor code among
them), and the table of the
extension's types read back through their output functions.

What this tests is PostgreSQL's crash recovery applied to the extension's
objects.  The extension keeps no state outside PostgreSQL's tables and WAL
(no files, no shared memory), so recovery is PostgreSQL's work, not the
extension's; the checks would catch an extension that did keep such state,
or a recovered value that its own output functions, views or generated
columns could no longer read."""
import os
import signal
import threading
import time

import psycopg2

import hlib

ROWS = hlib.size(200000, 2000000)
DB = "hard_crash"
c = hlib.Counter("crash")
hlib.fresh_db(DB)
conn = hlib.connect(DB)
cur = conn.cursor()
seeds = hlib.seed_literals()
types = [t for _, t, _ in hlib.ext_types(cur) if seeds.get(t)]
cur.execute("CREATE TABLE acts (id bigint, %s)" % ", ".join("c%d %s" % (i, t) for i, t in enumerate(types)))
lits = ["ARRAY[%s]::%s[]" % (", ".join(hlib.quote(l) for l in seeds[t]), t) for t in types]
fill = "INSERT INTO acts SELECT i, %s FROM generate_series(%%d, %%d) i" % ", ".join(
    "(%s)[1 + mod(i, %d)]" % (l, len(seeds[t])) for l, t in zip(lits, types))
cur.execute(fill % (1, ROWS))
cur.execute("CHECKPOINT")
cur.execute(fill % (ROWS + 1, ROWS + 1000))       # committed after the checkpoint: WAL replay
# every table of the extension (the factor catalogue, read-only reference
# data), and every table and view of the workspace the sample study fills,
# with the user's own factor code in it
ext_tables = []
cur.execute("""SELECT c.oid::regclass::text FROM pg_class c
               JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'
               JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = %s
               WHERE c.relkind IN ('r', 'v') ORDER BY 1""", (hlib.EXT,))
ext_tables = [r[0] for r in cur.fetchall()]
catalogue = next((t for t in ext_tables if t.endswith("factor_catalogue")), None)
if hlib.has_table(cur, "sample.factor_codes"):
    cur.execute("""INSERT INTO sample.factor_codes (code, label, polarity, dimension, usual_stage, description, source)
                   VALUES ('user_crash_factor', 'crash factor', 'barrier', 'practical', 'implementation',
                           'a user row committed before the crash', 'crash suite')""")
workspace = []
if hlib.has_table(cur, "sample.activities"):
    cur.execute("""SELECT c.oid::regclass::text FROM pg_class c WHERE c.relnamespace = 'sample'::regnamespace
                   AND c.relkind IN ('r', 'v') ORDER BY 1""")
    workspace = [r[0] for r in cur.fetchall()]
    # committed after the checkpoint too: its classify()-generated level is replayed from WAL
    cur.execute("""INSERT INTO sample.activities (case_name, name, actors, object, scope, citation)
                   VALUES ('Hedensted', 'committed before the crash', '{politician,citizen}', 'policy',
                           'project', 'crash suite')""")


def state(cur):
    """Every relation's rows, as text through the types' output functions."""
    out = {}
    for rel in ["acts"] + ext_tables + workspace:
        cur.execute("SELECT count(*), md5(string_agg(t::text, E'\\n' ORDER BY t::text)) FROM %s t" % rel)
        out[rel] = cur.fetchone()
    return out


before = state(cur)
hlib.require(len(before) > 1 + (1 if catalogue else 0), "the state to compare: %s" % ", ".join(
    "%s (%d rows)" % (k, v[0]) for k, v in sorted(before.items())))
start = hlib.server_alive_since(cur)
cur.execute("SELECT p.oid::regproc::text, p.proargtypes[0]::regtype::text FROM pg_proc p JOIN pg_aggregate a ON a.aggfnoid = p.oid "
            "WHERE p.oid IN (" + (hlib.EXT_OBJECTS % "pg_catalog.pg_proc") + ") AND p.pronargs = 1 "
            "AND p.proargtypes[0] = ANY(%s::regtype[]) ORDER BY 1 LIMIT 1", (types,))
agg = cur.fetchone()


def victim(sql, box):
    try:
        v = hlib.connect(DB)
        k = v.cursor()
        k.execute("SELECT pg_backend_pid()")
        box["pid"] = k.fetchone()[0]
        k.execute(sql)
        box["done"] = True
    except psycopg2.Error as e:
        box["error"] = str(e).strip().splitlines()[0]


def wait_up():
    for _ in range(120):
        try:
            k = hlib.connect(DB).cursor()
            k.execute("SELECT 1")
            return k
        except psycopg2.Error:
            time.sleep(0.5)
    return None


jobs = []
if agg:
    col = "c%d" % types.index(agg[1])
    jobs.append(("an aggregate (%s)" % agg[0],
                 "SELECT %s(%s) FROM acts, generate_series(1, 1000)" % (agg[0], col)))
jobs.append(("an uncommitted insert",
             "BEGIN; " + (fill % (10 ** 9, 10 ** 9 + 50 * ROWS)) + "; COMMIT"))
if workspace:
    jobs.append(("an uncommitted insert into the workspace (classify() per row)",
                 """BEGIN; INSERT INTO sample.activities (case_name, name, actors, object, scope, citation)
                    SELECT 'Hedensted', 'crash ' || i, '{manager,citizen}', 'service', 'project', 'x'
                    FROM generate_series(1, %d) i; COMMIT""" % (50 * ROWS)))
for what, sql in jobs:
    box = {}
    t = threading.Thread(target=victim, args=(sql, box))
    t.start()
    time.sleep(1.5)
    pid = box.get("pid")
    if pid and not box.get("done"):
        os.kill(pid, signal.SIGKILL)
    t.join()
    cur = wait_up()
    c.ok(cur is not None, "SIGKILL in the middle of %s: the server recovers (victim: %s)" % (
        what, box.get("error", "finished first" if box.get("done") else "?")))
    if cur is None:
        break
    hlib.require(hlib.server_alive_since(cur) != start,
                 "the server did restart its processes (crash recovery ran)")
    after = state(cur)
    differ = sorted(k for k in before if after.get(k) != before[k])
    c.ok(not differ, "after the crash: %d relations (the types' table, the extension's tables, the workspace's "
         "tables and views) exactly as committed%s" % (len(before), (": %s differ" % differ) if differ else ""))
    start = hlib.server_alive_since(cur)
c.finish()
