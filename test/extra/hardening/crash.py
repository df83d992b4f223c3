"""crash: a backend killed with SIGKILL in the middle of an aggregate of the
extension and in the middle of a big insert into a table with the
extension's types: the server restarts and recovers, every committed row is
there, none of the killed insert is."""
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
cur.execute("SELECT count(*), md5(string_agg(acts::text, ',' ORDER BY id)) FROM acts")
before = cur.fetchone()
start = hlib.server_alive_since(cur)
cur.execute("SELECT p.oid::regproc::text, p.proargtypes[0]::regtype::text FROM pg_proc p JOIN pg_aggregate a ON a.aggfnoid = p.oid "
            "WHERE p.oid IN (SELECT d.objid FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid WHERE e.extname = 'cocreation' AND d.deptype = 'e' AND d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass) AND p.pronargs = 1 "
            "AND p.proargtypes[0] = ANY(%s::regtype[]) LIMIT 1", (types,))
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
    cur.execute("SELECT count(*), md5(string_agg(acts::text, ',' ORDER BY id)) FROM acts")
    after = cur.fetchone()
    c.ok(after == before, "after the crash: all %d committed rows there, unchanged, nothing of the killed insert" % before[0])
    c.ok(hlib.server_alive_since(cur) != start, "the server did restart its processes (crash recovery ran)")
    start = hlib.server_alive_since(cur)
c.finish()
