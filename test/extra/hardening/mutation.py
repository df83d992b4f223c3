"""mutation: per type of the extension, N literals mutated from the valid
ones in types.tsv, and N random or damaged byte strings through the type's
binary receive function (binary COPY). Each must succeed (and then round-trip)
or fail with a class-22 SQLSTATE; 'invalid input syntax' errors must name the
type (binary: also 08P01 'insufficient data left in message', PostgreSQL's
own report of a short value). Any other SQLSTATE, an XX000 or a lost connection fails.
Then N damaged stored values per type (hlib.damaged_values: bytes no input
makes, as a damaged page holds them) through output and send: each must fail
with XX001 (data_corrupted), or (when the bytes happen to be valid) read back
through input and recv as the very same bytes."""
import io
import sys

import psycopg2

import hlib

DB = "hard_mutation"
N, c, conn, cur, seeds, rng = hlib.suite("mutation", DB, 7, 1000, 10000)
start = hlib.server_alive_since(cur)
kinds = hlib.make_damage_helpers(cur)


def reconnect():
    global conn, cur
    import time
    for _ in range(60):
        try:
            conn = hlib.connect(DB)
            cur = conn.cursor()
            return
        except psycopg2.OperationalError:
            time.sleep(1)


for oid, typ, typname in hlib.ext_types(cur):
    lits = seeds.get(typ, [])
    if not c.ok(lits, "%s has valid literals in types.tsv" % typ):
        continue
    cur.execute("SELECT typsend::regproc::text, typname FROM pg_type WHERE oid = %s", (oid,))
    sendfn, _ = cur.fetchone()
    bad, accepted, states = [], 0, {}
    valid_bin = []
    for lit in lits:
        cur.execute("SELECT %s(%%s::%s)" % (sendfn, typ), (lit,))
        valid_bin.append(bytes(cur.fetchone()[0]))
    # text input
    for i in range(N):
        lit = rng.choice(lits)
        for _ in range(rng.randint(1, 3)):
            lit = hlib.mutate(rng, lit, lits)
        lit = lit.replace("\x00", "")
        try:
            cur.execute("SELECT (%%s::%s)::text" % typ, (lit,))
            out = cur.fetchone()[0]
            cur.execute("SELECT (%%s::%s)::text" % typ, (out,))
            if cur.fetchone()[0] != out:
                bad.append(("text output does not read back", lit))
            accepted += 1
        except psycopg2.Error as e:
            st = e.pgcode
            if st is None:
                bad.append(("connection lost (crash?)", lit))
                reconnect()
                continue
            states[st] = states.get(st, 0) + 1
            msg = e.diag.message_primary or ""
            if not st.startswith("22") or st == "XX000":
                bad.append(("SQLSTATE %s: %s" % (st, msg), lit))
            elif st == "22P02" and typname not in msg:
                bad.append(("22P02 message does not name the type: %s" % msg, lit))
    for why, lit in bad[:10]:
        print("#   %s <- %r" % (why, lit[:200]))
    c.ok(not bad, "%s: %d mutated literals: %d accepted, errors %s" % (
        typ, N, accepted, dict(sorted(states.items()))))
    # binary input through recv
    cur.execute("DROP TABLE IF EXISTS mut_bin")
    cur.execute("CREATE TABLE mut_bin (v %s)" % typ)
    bad, accepted, states = [], 0, {}
    for i in range(N):
        k = rng.randrange(6)
        v = rng.choice(valid_bin)
        if k == 0:
            p = bytes(rng.randrange(256) for _ in range(rng.randint(0, 64)))
        elif k == 1:
            p = v[:rng.randrange(len(v))] if v else b""
        elif k == 2:
            p = v + bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        elif k == 3 and v:
            b = bytearray(v)
            for _ in range(rng.randint(1, 4)):
                b[rng.randrange(len(b))] = rng.randrange(256)
            p = bytes(b)
        elif k == 4:
            p = b"\xff" * rng.choice([1, 4, 8, 1000])
        else:
            p = v
        try:
            cur.execute("TRUNCATE mut_bin")
            cur.copy_expert("COPY mut_bin FROM STDIN (FORMAT binary)",
                            io.BytesIO(hlib.copy_binary_one_field(p)))
            cur.execute("SELECT v::text, %s(v) FROM mut_bin" % sendfn)
            out, sent = cur.fetchone()
            cur.execute("SELECT %s(%%s::%s)" % (sendfn, typ), (out,))
            if bytes(cur.fetchone()[0]) != bytes(sent):
                bad.append(("accepted value does not round-trip", p))
            accepted += 1
        except psycopg2.Error as e:
            st = e.pgcode
            if st is None:
                bad.append(("connection lost (crash?)", p))
                reconnect()
                continue
            states[st] = states.get(st, 0) + 1
            # 08P01 'no data left / insufficient data left in message' is
            # how PostgreSQL's pq_getmsg* (used by every built-in recv, e.g.
            # int4recv) reports a short value: clean, and accepted here
            short = st == "08P01" and "data left in message" in (e.diag.message_primary or "")
            if not (st.startswith("22") or short):
                bad.append(("SQLSTATE %s: %s" % (st, e.diag.message_primary), p))
    for why, p in bad[:10]:
        print("#   %s <- %r" % (why, p[:80]))
    c.ok(not bad, "%s: %d damaged binary values through recv: %d accepted, errors %s" % (
        typ, N, accepted, dict(sorted(states.items()))))

# damaged stored values through output and send
for oid, typ, typname in hlib.ext_types(cur):
    kind = kinds.get(typ)
    if not c.ok(kind is not None, "%s: damaged values can be made" % typ):
        continue
    cur.execute("SELECT typsend::regproc::text FROM pg_type WHERE oid = %s", (oid,))
    sendfn = cur.fetchone()[0]
    bad, accepted, states = [], 0, {}
    for e in hlib.damaged_values(rng, typ, kind, seeds, N):
        outcome = {}
        for what, sql in (("output", "SELECT (%s)::text" % e), ("send", "SELECT %s(%s)" % (sendfn, e))):
            try:
                cur.execute(sql)
                outcome[what] = cur.fetchone()[0]
            except psycopg2.Error as err:
                st = err.pgcode
                outcome[what] = st
                if st is None:
                    bad.append(("connection lost (crash?)", sql))
                    reconnect()
                    continue
                states[st] = states.get(st, 0) + 1
                if st != "XX001" or typname not in (err.diag.message_primary or ""):
                    bad.append(("%s: SQLSTATE %s: %s" % (what, st, err.diag.message_primary), sql))
        if outcome.get("output") == "XX001" and outcome.get("send") == "XX001":
            continue
        if "XX001" in outcome.values():
            bad.append(("output and send disagree: %r" % (outcome,), e))
            continue
        # the bytes were valid after all: the text reads back as the same bytes
        accepted += 1
        try:
            cur.execute("SELECT %s(%%s::%s) = %s(%s)" % (sendfn, typ, sendfn, e), (outcome["output"],))
            if not cur.fetchone()[0]:
                bad.append(("output does not read back as the same bytes", e))
        except psycopg2.Error as err:
            bad.append(("output does not read back: %s %s" % (err.pgcode, err.diag.message_primary), e))
    for why, sql in bad[:10]:
        print("#   %s <- %s" % (why, sql[:200]))
    c.ok(not bad, "%s: %d damaged stored values through output and send: %d accepted, errors %s" % (
        typ, N, accepted, dict(sorted(states.items()))))

c.ok(hlib.server_alive_since(cur) == start, "the server never restarted")
c.finish()
