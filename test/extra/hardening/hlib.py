"""Shared helpers of the hardening suites (test/extra/*.sh).

Everything is discovered from the catalog (objects that depend on the
extension with deptype 'e'), so objects added later are covered without
edits; per-type knowledge is types.tsv only.
"""
import os
import random
import sys
import time

import psycopg2
import psycopg2.extensions

HERE = os.path.dirname(os.path.abspath(__file__))
STRESS = os.environ.get("STRESS", "") not in ("", "0")
EXT = "cocreation"


def size(ci, stress):
    return stress if STRESS else ci


def connect(dbname, autocommit=True, **kw):
    conn = psycopg2.connect(dbname=dbname, **kw)
    conn.autocommit = autocommit
    return conn


def admin_sql(sql, dbname="postgres"):
    conn = connect(dbname)
    try:
        conn.cursor().execute(sql)
    finally:
        conn.close()


def fresh_db(name, extension=True, sample=True):
    """Drop and create database NAME with the extension (and the sample
    study, when cocreation_load_sample exists)."""
    admin_sql('DROP DATABASE IF EXISTS "%s" WITH (FORCE)' % name)
    admin_sql('CREATE DATABASE "%s"' % name)
    if extension:
        conn = connect(name)
        cur = conn.cursor()
        cur.execute("CREATE EXTENSION %s" % EXT)
        if sample and has_function(cur, "cocreation_load_sample"):
            cur.execute("SELECT cocreation_load_sample('sample')")
        conn.close()


def has_function(cur, name):
    cur.execute("""SELECT count(*) FROM pg_proc
                   WHERE oid IN (SELECT d.objid FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid WHERE e.extname = 'cocreation' AND d.deptype = 'e' AND d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass) AND proname = %s""", (name,))
    return cur.fetchone()[0] > 0


def has_table(cur, qualname):
    cur.execute("SELECT to_regclass(%s) IS NOT NULL", (qualname,))
    return cur.fetchone()[0]


EXT_OBJECTS = """
  SELECT d.objid FROM pg_catalog.pg_depend d
  JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = '%s'
  WHERE d.deptype = 'e' AND d.classid = '%%s'::regclass
""" % EXT


def ext_types(cur):
    """Base and enum types of the extension (not arrays, not row types):
    [(oid, qualified name, typname)]."""
    cur.execute("""
      SELECT t.oid, t.oid::regtype::text, t.typname FROM pg_catalog.pg_type t
      WHERE t.oid IN (%s) AND t.typtype IN ('b', 'e', 'd') AND t.typrelid = 0
        AND NOT (t.typelem <> 0 AND t.typlen = -1)
      ORDER BY 2""" % (EXT_OBJECTS % "pg_catalog.pg_type"))
    return cur.fetchall()


def ext_functions(cur):
    """Functions and aggregates of the extension: rows (oid, signature, name,
    prokind, argtypes as regtype text list, provariadic, proretset)."""
    cur.execute("""
      SELECT p.oid, p.oid::regprocedure::text, p.oid::regproc::text, p.prokind,
             ARRAY(SELECT a::regtype::text FROM unnest(p.proargtypes::oid[]) WITH ORDINALITY AS u(a, i) ORDER BY i),
             p.provariadic <> 0, p.proretset,
             coalesce((SELECT aggkind FROM pg_aggregate WHERE aggfnoid = p.oid), 'n')
      FROM pg_catalog.pg_proc p WHERE p.oid IN (%s) ORDER BY 2""" % (EXT_OBJECTS % "pg_catalog.pg_proc"))
    return cur.fetchall()


def unescape(s):
    return s.replace("\\t", "\t").replace("\\n", "\n")


def seed_literals():
    """{type name: [literal, ...]} from types.tsv."""
    seeds = {}
    with open(os.path.join(HERE, "types.tsv"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#") or "\t" not in line:
                continue
            typ, lit = line.split("\t", 1)
            seeds.setdefault(typ, []).append(unescape(lit))
    return seeds


def quote(s):
    """A SQL string literal (E'' form when needed)."""
    if s is None:
        return "NULL"
    s = s.replace("\x00", "")
    if "\\" in s:
        return "E'" + s.replace("\\", "\\\\").replace("'", "''") + "'"
    return "'" + s.replace("'", "''") + "'"


# ---- mutation of literals ---------------------------------------------------
HUGE = ["99999999999999999999999999", "-99999999999999999999", "1e308", "1e999",
        "NaN", "Infinity", "-Infinity", "-0", "0x10", "2147483648", "-2147483649",
        "9223372036854775808", "1.0000000000000000000001", "0.5", ""]
STRAY = ["\x01", "\x7f", "\t", "\n", "\r", "\\", "'", '"', ",", "(", ")", "{", "}", "[", "]",
         ":", ";", "=", "\u00e6\u00f8\u00e5", "\u4e2d\u6587", "\U0001F600", "\ufffd", "\u200b",
         "\u0301", " ", "%", "%s", "NULL", "null"]


def mutate(rng, lit, others):
    """One mutation of literal LIT (OTHERS: other valid literals of the type)."""
    op = rng.randrange(12)
    n = len(lit)
    if op == 0 and n:                       # truncated
        return lit[:rng.randrange(n)]
    if op == 1 and n:                       # a duplicated piece (fields, separators)
        i, j = sorted(rng.randrange(n + 1) for _ in range(2))
        return lit[:j] + lit[i:j] + lit[j:]
    if op == 2:                             # a number replaced by a huge or odd one
        import re
        nums = list(re.finditer(r"-?\d+(\.\d+)?([eE][-+]?\d+)?", lit))
        if nums:
            m = rng.choice(nums)
            return lit[:m.start()] + rng.choice(HUGE) + lit[m.end():]
        return lit + rng.choice(HUGE)
    if op == 3:                             # stray bytes or multibyte text inserted
        i = rng.randrange(n + 1)
        return lit[:i] + rng.choice(STRAY) * rng.randint(1, 3) + lit[i:]
    if op == 4 and n:                       # a character deleted
        i = rng.randrange(n)
        return lit[:i] + lit[i + 1:]
    if op == 5:                             # two valid literals glued
        return lit + rng.choice(["", ",", " ", ";"]) + rng.choice(others)
    if op == 6:                             # repeated many times
        return lit * rng.choice([2, 10, 1000])
    if op == 7 and n:                       # case flipped
        return "".join(c.swapcase() if rng.random() < 0.5 else c for c in lit)
    if op == 8:                             # only stray text
        return "".join(rng.choice(STRAY) for _ in range(rng.randint(0, 8)))
    if op == 9:                             # a huge number alone
        return rng.choice(HUGE)
    if op == 10 and n:                      # a character replaced
        i = rng.randrange(n)
        return lit[:i] + rng.choice(STRAY + list("0123456789-.eE")) + lit[i + 1:]
    return lit


def soft_mutate(rng, lit):
    """A mutation that often keeps the literal valid: numbers replaced by
    random numbers of a similar size, case and white space changed."""
    import re

    def num(m):
        s = m.group(0)
        if "." in s or "e" in s.lower():
            return repr(round(rng.uniform(-1, 1) * 10 ** rng.randint(0, 3), rng.randint(0, 6)))
        v = int(s)
        return str(rng.randint(0, max(1, abs(v) * 3)))
    out = re.sub(r"-?\d+(\.\d+)?([eE][-+]?\d+)?", num, lit) if rng.random() < 0.8 else lit
    if rng.random() < 0.2:
        out = out.upper() if rng.random() < 0.5 else out.lower()
    if rng.random() < 0.1:
        out = " " + out + " "
    return out


class Counter:
    def __init__(self, name):
        self.name, self.passed, self.failed = name, 0, 0
        self.t0 = time.time()

    def ok(self, cond, what):
        if cond:
            self.passed += 1
            print("ok - %s" % what)
        else:
            self.failed += 1
            print("not ok - %s" % what)
        sys.stdout.flush()
        return cond

    def lives(self, cur, sql, what):
        """A check that SQL runs without error (the error is printed)."""
        try:
            cur.execute(sql)
            return self.ok(True, what)
        except psycopg2.Error as e:
            return self.ok(False, "%s: %s" % (what, str(e).strip().splitlines()[0]))

    def finish(self):
        print("# %s took %.1f s (STRESS=%s)" % (self.name, time.time() - self.t0, int(STRESS)))
        print("%s: %d passed, %d failed" % (self.name, self.passed, self.failed))
        sys.exit(1 if self.failed else 0)


def require(cond, what):
    """Setup, not a test: a step the checks rely on.  When it does not hold
    the suite stops with an error (and fails); when it does, nothing is
    counted, so setup never passes for a test."""
    if not cond:
        print("setup failed: %s" % what)
        sys.stdout.flush()
        sys.exit(2)
    print("# setup: %s" % what)


def server_alive_since(cur):
    """When the server's children last started: a backend crash makes the
    postmaster restart them all (pg_postmaster_start_time() stays put)."""
    cur.execute("SELECT min(backend_start) FROM pg_catalog.pg_stat_activity WHERE backend_type = 'checkpointer'")
    return cur.fetchone()[0]


def copy_binary_one_field(payload):
    """A binary COPY stream with one row of one field holding PAYLOAD
    (None: a NULL field)."""
    import struct
    out = b"PGCOPY\n\xff\r\n\x00" + struct.pack("!ii", 0, 0)
    out += struct.pack("!h", 1)
    if payload is None:
        out += struct.pack("!i", -1)
    else:
        out += struct.pack("!i", len(payload)) + payload
    return out + struct.pack("!h", -1)


# ---- edge values of argument types ------------------------------------------
INTS = {"smallint": ("32767", "-32768"), "integer": ("2147483647", "-2147483648"),
        "bigint": ("9223372036854775807", "-9223372036854775808")}
FLOATS = ("real", "double precision")
TEXTS = ("text", "character varying", "cstring", "name", "character", '"char"')
MB = "repeat('x', 1048576)"


def edge_values(typ, seeds, big=True):
    """SQL expressions of the edge values of type TYP (regtype text form):
    NULL, zero, negative, huge, NaN, infinity, empty string, a 1 MB string,
    empty arrays, arrays with NULLs, and every seed literal of types.tsv."""
    v = ["NULL::%s" % typ]
    if typ in INTS:
        v += ["0", "-1", "1", INTS[typ][0], INTS[typ][1]]
    elif typ in FLOATS:
        v += ["0", "-1", "0.5", "'NaN'", "'Infinity'", "'-Infinity'", "1e308" if typ != "real" else "3e38"]
    elif typ == "numeric":
        v += ["0", "-1", "0.5", "'NaN'", "'Infinity'", "'-Infinity'", "1e1000", "1e-1000"]
    elif typ in TEXTS:
        v += ["''", "'x'", "'\u00e6\u00f8\u00e5 \u4e2d\u6587 \U0001F600'"]
        if big:
            v.append(MB)
            v.append("(SELECT t FROM public.garden_toasted)")
    elif typ == "boolean":
        v += ["true", "false"]
    elif typ in ("json", "jsonb"):
        v += ["'{}'", "'[]'", "'null'", "'{\"a\": 1}'", "'\"x\"'", "'[1e400]'"]
    elif typ.endswith("[]"):
        elem = typ[:-2]
        ev = [e for e in edge_values(elem, seeds, big=False)[1:] if "repeat(" not in e][:6]
        v += ["'{}'", "ARRAY[NULL]::%s" % typ]
        if ev:
            ev = ["(%s)::%s" % (e, elem) for e in ev]
            v += ["ARRAY[%s]" % ", ".join(ev), "ARRAY[%s, NULL]" % ev[0],
                  "ARRAY[[%s], [%s]]" % (ev[0], ev[-1])]
            if big:
                v.append("pg_catalog.array_fill((%s)::%s, ARRAY[100000])" % (ev[0], elem))
        if elem in TEXTS and big:
            v.append("ARRAY[%s]" % MB)
            # stored out of line: a TOAST pointer, not an in-memory array
            v.append("(SELECT ta FROM public.garden_toasted)")
    elif typ in ("anyelement", "anyarray", "anynonarray", "anycompatible", '"any"'):
        v += ["1", "'x'::text", "ARRAY[1, NULL]"] if typ != "anyarray" else ["ARRAY[1, NULL]", "'{}'::text[]"]
    if typ in ("anyelement", "anynonarray", "anycompatible", "anycompatiblenonarray", '"any"'):
        for t, lits in sorted(seeds.items()):
            v += ["%s::%s" % (quote(l), t) for l in lits[:3]]
    out = []
    for e in v:
        out.append(e if e.startswith("NULL::") or typ.startswith("any") or typ == '"any"'
                   else "(%s)::%s" % (e, typ))
    for lit in seeds.get(typ, []):
        out.append("%s::%s" % (quote(lit), typ))
    return out


def combos(rng, lists, cap):
    """Argument combinations over LISTS: every value in every position at
    least once, then random ones up to CAP (all of them if fewer)."""
    total = 1
    for l in lists:
        total *= len(l)
    if total <= cap:
        import itertools
        return [list(c) for c in itertools.product(*lists)]
    out, seen = [], set()
    for i, l in enumerate(lists):
        for x in l:
            c = [rng.choice(m) for m in lists]
            c[i] = x
            out.append(c)
    while len(out) < cap:
        out.append([rng.choice(m) for m in lists])
    return out


def call_sql(fn, args, kind, aggkind, variadic, ndirect=0):
    """A statement that calls function or aggregate FN with argument
    expressions ARGS."""
    a = list(args)
    if variadic and a:
        a[-1] = "VARIADIC " + a[-1]
    if kind == "a":
        cols = ", ".join("c%d" % i for i in range(len(a)))
        sel = ", ".join("%s AS c%d" % (x, i) for i, x in enumerate(args))
        if aggkind in ("o", "h"):
            d, o = cols.split(", ")[:ndirect], cols.split(", ")[ndirect:]
            call = "%s(%s) WITHIN GROUP (ORDER BY %s)" % (fn, ", ".join(d), ", ".join(o))
        else:
            call = "%s(%s)" % (fn, cols)
        return "SELECT %s FROM (SELECT %s FROM pg_catalog.generate_series(1, 3)) s" % (call, sel)
    return "SELECT %s(%s)" % (fn, ", ".join(a))


def views(cur):
    """Every view outside the system schemas (the extension's and the
    workspaces'), as qualified names."""
    cur.execute("""SELECT c.oid::regclass::text FROM pg_class c
                   JOIN pg_namespace n ON n.oid = c.relnamespace
                   WHERE c.relkind IN ('v', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
                     AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%' ORDER BY 1""")
    return [r[0] for r in cur.fetchall()]


def suite(name, db, seed, ci, stress, sample=False):
    """The common start of a suite: its size, counter, fresh database,
    connection, cursor, seed literals and random generator."""
    n = size(ci, stress)
    c = Counter(name)
    fresh_db(db, sample=sample)
    conn = connect(db)
    return n, c, conn, conn.cursor(), seed_literals(), random.Random(seed)


# ---- damaged stored values ----------------------------------------------------
# Bytes that no input or recv makes, as a damaged page holds them, built as a
# superuser from the catalog's description of each type (typlen, typbyval,
# typalign), with no per-type list: a one-byte type through a cast WITHOUT
# FUNCTION from "char", a four-byte one from int4, a fixed-size by-reference
# one through a look-alike type of the same size made of int8 slots (ELEMENT
# int8, as point is made of float8), whose slots are assigned one by one.
DAMAGED = "/*damaged*/"
FLOAT_BITS = ["x'7ff8000000000000'::bit(64)::int8",     # NaN
              "x'7ff0000000000000'::bit(64)::int8",     # Infinity
              "x'fff0000000000000'::bit(64)::int8",     # -Infinity
              "x'8000000000000000'::bit(64)::int8",     # -0 (and the smallest int8)
              "x'bff0000000000000'::bit(64)::int8",     # -1.0
              "x'7fefffffffffffff'::bit(64)::int8",     # the largest double
              "x'0000000000000001'::bit(64)::int8",     # the smallest subnormal
              "-1", "0", "1", "256", "9223372036854775807"]


def damage_kinds(cur):
    """{qualified type name: how its values can be damaged ('char', 'int4',
    ('slots', n) or None)} for the extension's base types."""
    out = {}
    for oid, typ, typname in ext_types(cur):
        cur.execute("SELECT typlen, typbyval, typalign FROM pg_type WHERE oid = %s", (oid,))
        length, byval, align = cur.fetchone()
        if length == 1 and byval and align == "c":
            out[typ] = "char"
        elif length == 4 and byval and align == "i":
            out[typ] = "int4"
        elif length > 0 and not byval and align == "d" and length % 8 == 0:
            out[typ] = ("slots", length // 8)
        else:
            out[typ] = None
    return out


def make_damage_helpers(cur):
    """Create, in the current database, what damaged_values() needs; returns
    damage_kinds(cur)."""
    kinds = damage_kinds(cur)
    for typ, kind in kinds.items():
        name = typ.split(".")[-1].replace('"', "")
        if kind in ("char", "int4"):
            cur.execute('CREATE CAST ("%s" AS %s) WITHOUT FUNCTION' % (kind, typ))
        elif kind is not None:
            # the look-alike's text I/O is the type's own C functions (never
            # called here; a value of the same size either way)
            cur.execute("""SELECT i.probin, i.prosrc, o.prosrc FROM pg_type t
                           JOIN pg_proc i ON i.oid = t.typinput JOIN pg_proc o ON o.oid = t.typoutput
                           WHERE t.oid = %s::regtype""", (typ,))
            lib, insym, outsym = cur.fetchone()
            cur.execute("""
              CREATE TYPE public.hard_raw_{n};
              CREATE FUNCTION public.hard_raw_{n}_in(cstring) RETURNS public.hard_raw_{n}
                IMMUTABLE STRICT LANGUAGE C AS {lib}, {insym};
              CREATE FUNCTION public.hard_raw_{n}_out(public.hard_raw_{n}) RETURNS cstring
                IMMUTABLE STRICT LANGUAGE C AS {lib}, {outsym};
              CREATE TYPE public.hard_raw_{n} (INPUT = public.hard_raw_{n}_in,
                OUTPUT = public.hard_raw_{n}_out, INTERNALLENGTH = {len},
                ALIGNMENT = double, ELEMENT = int8, SUBSCRIPT = raw_array_subscript_handler);
              CREATE CAST ({t} AS public.hard_raw_{n}) WITHOUT FUNCTION;
              CREATE CAST (public.hard_raw_{n} AS {t}) WITHOUT FUNCTION;
              CREATE FUNCTION public.hard_damaged(v {t}, slot int, bits int8) RETURNS {t}
              LANGUAGE plpgsql IMMUTABLE AS $$
              DECLARE r public.hard_raw_{n} := v::public.hard_raw_{n};
              BEGIN r[slot] := bits; RETURN r::{t}; END $$;
            """.format(n=name, t=typ, len=kind[1] * 8, lib=quote(lib), insym=quote(insym),
                       outsym=quote(outsym)))
    return kinds


def damaged_values(rng, typ, kind, seeds, n):
    """N SQL expressions of damaged (mostly; some bytes may happen to be
    valid) values of TYP, each starting with DAMAGED."""
    out = []
    for _ in range(n):
        if kind == "char":
            b = rng.choice([rng.randrange(256), rng.randrange(64), rng.randrange(64) | 64])
            e = "(E'\\\\%03o'::pg_catalog.\"char\")::%s" % (b, typ)
        elif kind == "int4":
            bs = [rng.choice([rng.randrange(8), rng.randrange(256)]) for _ in range(3)]
            bs.append(rng.choice([0, 0, 0, rng.randrange(256)]))
            v = bs[0] | bs[1] << 8 | bs[2] << 16 | bs[3] << 24
            if v >= 1 << 31:
                v -= 1 << 32
            e = "(%d)::pg_catalog.int4::%s" % (v, typ)
        elif kind is not None:
            lit = rng.choice(seeds.get(typ, [""]))
            e = "public.hard_damaged(%s::%s, %d, %s)" % (
                quote(lit), typ, rng.randrange(kind[1]), rng.choice(FLOAT_BITS + [str(rng.getrandbits(63))]))
        else:
            continue
        out.append(DAMAGED + e)
    return out
