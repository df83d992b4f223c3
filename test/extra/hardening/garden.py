"""garden: every function and aggregate of the extension called with
combinations of edge values of its argument types (hlib.edge_values: NULL,
empty array, arrays with NULLs, zero, negative, huge, NaN, infinity, empty
string, 1 MB string, each type's literals from types.tsv), and for the
extension's own types damaged stored values (hlib.damaged_values: bytes no
input makes, as a damaged page holds them). Every value shows up in every
position at least once; then random combinations up to a cap (CI 150 per
function, stress 3,000). Each statement is written and flushed to the log
before it runs, so a crash names its culprit. Errors of class 22 and the like
are fine; XX001 (data_corrupted) only for a statement with a damaged value; a
lost connection, XX000 or any other XX is not. A result of an extension type
must read back through its type's input as the same text."""
import os
import random
import time

import psycopg2

import hlib

CAP = hlib.size(150, 3000)
DB = "hard_garden"
LOG = os.environ.get("GARDEN_LOG", "/tmp/cocreation-garden-%d.sql" % os.getpid())
c = hlib.Counter("garden")
hlib.fresh_db(DB)
conn = hlib.connect(DB)
cur = conn.cursor()
start = hlib.server_alive_since(cur)
# values stored out of line (TOAST pointers), which functions must detoast
# rather than read in place: the edge values refer to this one-row table
cur.execute("""CREATE TABLE public.garden_toasted (t text, ta text[]);
               ALTER TABLE public.garden_toasted ALTER t SET STORAGE EXTERNAL,
                                                 ALTER ta SET STORAGE EXTERNAL;
               INSERT INTO public.garden_toasted
               SELECT repeat('citizen', 1000),
                      array_fill('citizen'::text, ARRAY[1000]) || ARRAY['manager']""")
seeds = hlib.seed_literals()
rng = random.Random(2)
kinds = hlib.make_damage_helpers(cur)
for typ, kind in sorted(kinds.items()):
    c.ok(kind is not None, "%s: damaged values can be made (%s)" % (typ, kind))
cur.execute("""SELECT p.oid, p.prorettype::regtype::text FROM pg_proc p
               WHERE p.oid IN (%s)""" % (hlib.EXT_OBJECTS % "pg_catalog.pg_proc"))
rettypes = dict(cur.fetchall())
log = open(LOG, "w")
print("# statements logged to %s" % LOG)


def reconnect():
    global conn, cur
    for _ in range(60):
        try:
            conn = hlib.connect(DB)
            cur = conn.cursor()
            cur.execute("SET statement_timeout = '20s'")
            return
        except psycopg2.OperationalError:
            time.sleep(1)


cur.execute("SET statement_timeout = '20s'")
total = 0
for oid, sig, fn, kind, argtypes, variadic, retset, aggkind in hlib.ext_functions(cur):
    if "internal" in argtypes:
        continue            # not callable from SQL (type I/O, aggregate support)
    ndirect = 0
    if aggkind in ("o", "h"):
        cur.execute("SELECT aggnumdirectargs FROM pg_aggregate WHERE aggfnoid = %s", (oid,))
        ndirect = cur.fetchone()[0]
    lists = [hlib.edge_values(t, seeds) + hlib.damaged_values(rng, t, kinds.get(t), seeds, 4)
             if t in kinds else hlib.edge_values(t, seeds) for t in argtypes]
    rettype = rettypes[oid] if rettypes[oid] in kinds and not retset else None
    states, bad = {}, []
    todo = hlib.combos(rng, lists, CAP)
    if kind == "a" and argtypes:
        # the aggregate over all rows of the combinations at once, serial and parallel
        rows = " UNION ALL ".join("SELECT %s" % ", ".join("%s AS c%d" % (x, i) for i, x in enumerate(a))
                                  for a in todo[:50] if "repeat(" not in " ".join(a))
        todo.append(None)
    for args in todo:
        if args is None:
            cols = ", ".join("c%d" % i for i in range(len(argtypes)))
            sql = "SELECT %s(%s) FROM (%s) s" % (fn, cols, rows)
        else:
            sql = hlib.call_sql(fn, args, kind, aggkind, variadic, ndirect)
        log.write(sql + ";\n")
        log.flush()
        os.fsync(log.fileno())
        total += 1
        try:
            cur.execute(sql)
            results = cur.fetchall()
            states["ok"] = states.get("ok", 0) + 1
            for (r,) in (results if rettype else []):
                if r is None:
                    continue
                cur.execute("SELECT (%%s::%s)::text" % rettype, (r,))
                if cur.fetchone()[0] != r:
                    bad.append("output %r does not read back, in: %s" % (r, sql[:300]))
        except psycopg2.Error as e:
            st = e.pgcode
            if st is None:
                bad.append("connection lost (crash?) in: %s" % sql[:300])
                reconnect()
                continue
            states[st] = states.get(st, 0) + 1
            if st == "XX001" and hlib.DAMAGED in sql:
                continue
            if st == "XX000" or st.startswith("58") or st.startswith("XX"):
                bad.append("%s %s in: %s" % (st, e.diag.message_primary, sql[:300]))
    for b in bad[:5]:
        print("#   " + b)
    c.ok(not bad, "%s: %d calls %s" % (sig, len(todo), dict(sorted(states.items()))))
c.ok(hlib.server_alive_since(cur) == start, "the server never restarted (%d statements)" % total)
log.close()
if not c.failed:
    os.unlink(LOG)
c.finish()
