"""roundtrip: N random values per type of the extension (CI 10,000, stress
100,000), made by varying the valid literals of types.tsv (numbers replaced
by random ones, case and white space changed; kept when the type accepts
them), go through text I/O (out, then in) and binary I/O (binary COPY out
and in, that is send and recv) and come back equal: same text, same send
bytes and, when the type has =, equal. Equal values hash equally (hash
operator class, plain and extended)."""
import io

import hlib

DB = "hard_roundtrip"
N, c, conn, cur, seeds, rng = hlib.suite("roundtrip", DB, 4, 10000, 100000)


def one(sql):
    cur.execute(sql)
    return cur.fetchone()[0]


for oid, typ, typname in hlib.ext_types(cur):
    lits = seeds.get(typ, [])
    if not c.ok(lits, "%s has valid literals in types.tsv" % typ):
        continue
    sendfn = one("SELECT typsend::regproc::text FROM pg_type WHERE oid = %d" % oid)
    cur.execute("DROP TABLE IF EXISTS cand, vals, vals2")
    cur.execute("CREATE TABLE cand (id int, s text)")
    buf = io.StringIO()
    for i in range(N):
        s = rng.choice(lits)
        if rng.random() < 0.9:
            s = hlib.soft_mutate(rng, s)
        buf.write("%d\t%s\n" % (i, s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")))
    buf.seek(0)
    cur.copy_from(buf, "cand", columns=("id", "s"))
    cur.execute("""CREATE FUNCTION pg_temp.try_in(s text) RETURNS %s LANGUAGE plpgsql AS
                   $f$BEGIN RETURN s::%s; EXCEPTION WHEN data_exception THEN RETURN NULL; END$f$""" % (typ, typ))
    cur.execute("CREATE TABLE vals AS SELECT id, pg_temp.try_in(s) AS v FROM cand")
    cur.execute("DELETE FROM vals WHERE v IS NULL")
    cur.execute("DROP FUNCTION pg_temp.try_in(text)")
    n = one("SELECT count(*) FROM vals")
    distinct = one("SELECT count(DISTINCT v::text) FROM vals")
    c.ok(n > 0, "%s: %d of %d random literals valid, %d distinct values" % (typ, n, N, distinct))
    has_eq = one("""SELECT count(*) FROM pg_operator WHERE oprname = '=' AND oprleft = %d
                    AND oprright = %d""" % (oid, oid)) > 0
    eq = " OR NOT (a.v OPERATOR(%s.=) b.v)" % typ.split(".")[0] if has_eq and "." in typ else ""
    # text
    bad = one("""SELECT count(*) FROM (SELECT v AS a_v, (v::text)::%s AS b_v FROM vals) x,
                 LATERAL (SELECT x.a_v AS v) a, LATERAL (SELECT x.b_v AS v) b
                 WHERE a.v::text IS DISTINCT FROM b.v::text
                    OR %s(a.v) IS DISTINCT FROM %s(b.v)%s""" % (typ, sendfn, sendfn, eq))
    c.ok(bad == 0, "%s: %d values through text I/O come back equal (%d differ)" % (typ, n, bad))
    # binary: COPY out and in
    out = io.BytesIO()
    cur.copy_expert("COPY (SELECT id, v FROM vals ORDER BY id) TO STDOUT (FORMAT binary)", out)
    out.seek(0)
    cur.execute("CREATE TABLE vals2 (id int, v %s)" % typ)
    cur.copy_expert("COPY vals2 FROM STDIN (FORMAT binary)", out)
    bad = one("""SELECT count(*) FROM vals a FULL JOIN vals2 b USING (id)
                 WHERE a.v::text IS DISTINCT FROM b.v::text
                    OR %s(a.v) IS DISTINCT FROM %s(b.v)%s""" % (sendfn, sendfn, eq))
    c.ok(bad == 0, "%s: %d values through binary I/O come back equal (%d differ)" % (typ, n, bad))
    # hashing
    cur.execute("""SELECT p1.amproc::regproc::text, coalesce(p2.amproc::regproc::text, '')
                   FROM pg_opclass oc JOIN pg_am am ON am.oid = oc.opcmethod AND am.amname = 'hash'
                   JOIN pg_amproc p1 ON p1.amprocfamily = oc.opcfamily AND p1.amprocnum = 1
                     AND p1.amproclefttype = %d
                   LEFT JOIN pg_amproc p2 ON p2.amprocfamily = oc.opcfamily AND p2.amprocnum = 2
                     AND p2.amproclefttype = %d
                   WHERE oc.opcintype = %d AND oc.opcdefault""" % (oid, oid, oid))
    row = cur.fetchone()
    if row is None:
        print("# %s has no hash operator class: hash checks skipped" % typ)
        continue
    h, hx = row
    hx_expr = ", %s(v, 42)" % hx if hx else ""
    sortable = one("""SELECT count(*) FROM pg_opclass c JOIN pg_am a ON a.oid = c.opcmethod
                      WHERE c.opcintype = '%s'::regtype AND a.amname = 'btree' AND c.opcdefault""" % typ)
    if sortable:
        # group by = (sorted), then every group must have one hash
        cur.execute("SET enable_hashagg = off")
        bad = one("""SELECT count(*) FROM (SELECT v FROM (SELECT v FROM vals UNION ALL SELECT v FROM vals2) u
                     GROUP BY v HAVING count(DISTINCT (%s(v)%s)) > 1) g""" % (h, hx_expr))
        cur.execute("RESET enable_hashagg")
    else:
        # no order to group by without hashing: compare pairs with = in a
        # nested loop, on a sample, and every equal pair must hash alike
        cur.execute("SET enable_hashjoin = off")
        cur.execute("SET enable_mergejoin = off")
        hx_cmp = " OR %s(a.v, 42) <> %s(b.v, 42)" % (hx, hx) if hx else ""
        bad = one("""SELECT count(*) FROM (SELECT v FROM vals LIMIT 2000) a
                     JOIN (SELECT v FROM vals2 LIMIT 2000) b ON a.v OPERATOR(=) b.v
                     WHERE %s(a.v) <> %s(b.v)%s""" % (h, h, hx_cmp))
        cur.execute("RESET enable_hashjoin")
        cur.execute("RESET enable_mergejoin")
    groups = one("SELECT count(*) FROM (SELECT v FROM vals GROUP BY v) g")
    c.ok(bad == 0, "%s: equal values hash equally (%d groups of equal values, %d with two hashes)" % (
        typ, groups, bad))
c.finish()
