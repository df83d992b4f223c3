"""drivers: the extension's types and the workspace views through real
client drivers, as a BI tool or a script would use them.

- psycopg2 (libpq): every type written as text (a query parameter) and read
  back as text; read in binary by a binary COPY TO STDOUT whose stream is
  parsed here (psycopg2 has no binary result mode, and COPY BINARY carries
  exactly the bytes of the type's send function), and written in binary by
  a binary COPY FROM STDIN built here (the type's recv function).
- pgJDBC: test/extra/drivers/DriverCheck.java, compiled with javac into a
  temporary directory at test time; setString (stringtype=unspecified) and
  setObject(Types.OTHER) writes, binary COPY writes through CopyManager,
  getString reads and the send bytes as bytea, once with
  binaryTransfer=false and once with binaryTransfer=true and
  prepareThreshold=-1 (server-prepared from the first execution, binary for
  every type pgjdbc knows; it asks for text for types it does not know, so
  getString gives the type's text form); and the filters below, on
  connections of its own.
- psqlODBC through pyodbc, with a DSN-less connection string naming the
  driver's .so: every type written as a text parameter and read back;
  psqlODBC always uses the text protocol, so no binary here.
Values: the literals of types.tsv and variants of them the server accepts;
"equal" means the server's canonical text and send bytes.

Filters with bind parameters (when cocreation_load_sample exists): a
workspace view filtered by a level (`WHERE reach = ?`, `>=`, a table's
level column) and by a profile (`WHERE profile = ?`, `ORDER BY profile <->
?`), on connections with nothing set (no stringtype, no search_path), must
give what the server gives for the same query with a typed literal:
psycopg2 and psqlODBC with the parameter as a string; pgJDBC with
setObject(Types.OTHER) and with setString into CAST(? AS type), while plain
setString (sent as varchar) is refused with 42883 unless the connection
sets stringtype=unspecified, as the README says.

Workspace views (when cocreation_load_sample exists): every column of every
view of the sample workspace must be reported by each driver as a plain SQL
type (numeric, integer, bigint, text/varchar, boolean, double). A column of
an extension type is accepted only when the same view has plain companion
columns carrying its content (COMPANIONS); others are listed as gaps
(KNOWN_GAPS, printed, not failed) or fail."""
import decimal
import io
import os
import shutil
import struct
import subprocess
import tempfile

import psycopg2

import hlib

DB = "hard_drivers"
WS = "sample"
HERE = os.path.dirname(os.path.abspath(__file__))
JAVA_SRC = os.path.join(HERE, "..", "drivers", "DriverCheck.java")
JDBC_JAR = "/usr/share/java/postgresql.jar"
ODBC_SO = "/usr/lib/x86_64-linux-gnu/odbc/psqlodbcw.so"
VARIANTS = hlib.size(20, 200)       # random accepted variants per type, besides types.tsv

# plain columns that carry the content of an extension-typed view column
COMPANIONS = {
    "profile": ("service_production", "problem_solving", "policymaking", "notation"),
    "balance": ("drivers", "adoption_barriers", "implementation_problems", "net_index"),
    "tally": ("evidence_service_production", "evidence_problem_solving",
                         "evidence_policymaking", "not_cocreation"),
    "level": ("reach_rank",),
}
# extension-typed view columns without plain companions, known and reported:
# printed as "# gap", not failed (none left)
KNOWN_GAPS = {}
JDBC_PLAIN = {2: "NUMERIC", 3: "DECIMAL", 4: "INTEGER", -5: "BIGINT", 5: "SMALLINT", 12: "VARCHAR",
              -7: "BIT (boolean)", 16: "BOOLEAN", 8: "DOUBLE", 7: "REAL", 6: "FLOAT"}
ODBC_PLAIN = {2: "SQL_NUMERIC", 3: "SQL_DECIMAL", 4: "SQL_INTEGER", -5: "SQL_BIGINT", 5: "SQL_SMALLINT",
              12: "SQL_VARCHAR", -9: "SQL_WVARCHAR", -1: "SQL_LONGVARCHAR", -10: "SQL_WLONGVARCHAR",
              -7: "SQL_BIT", 8: "SQL_DOUBLE", 6: "SQL_FLOAT", 7: "SQL_REAL"}
PY_PLAIN = (int, float, decimal.Decimal, str, bool, type(None))

c = hlib.Counter("drivers")
hlib.fresh_db(DB)
conn = hlib.connect(DB)
cur = conn.cursor()
has_ws = hlib.has_function(cur, "cocreation_load_sample")
if has_ws and hlib.has_table(cur, WS + ".waves"):
    # an invented second wave (not data): the views of change have rows only
    # with two; one activity ends, one factor disappears, the rest continue
    cur.execute("""
      INSERT INTO sample.waves (wave, ordinal, note) VALUES ('wave 2', 2, 'invented for the test');
      INSERT INTO sample.activities (case_name, name, actors, object, decision, scope, citation, wave)
      SELECT case_name, name, actors, object, decision, scope, citation, 'wave 2' FROM sample.activities
      WHERE activity_id > (SELECT min(activity_id) FROM sample.activities);
      INSERT INTO sample.factors (case_name, code, polarity, dimension, stage, strength, citation, wave)
      SELECT case_name, code, polarity, dimension, stage, strength, citation, 'wave 2' FROM sample.factors
      WHERE factor_id > (SELECT min(factor_id) FROM sample.factors WHERE code IS NOT NULL);
      INSERT INTO sample.expert_scores (case_name, rater, level, score, wave)
      SELECT case_name, rater, level, score, 'wave 2' FROM sample.expert_scores""")
    conn.commit()
seeds = hlib.seed_literals()
import random
rng = random.Random(7)

# ---- reference values: (type, literal, canonical text, send hex, send fn) ----
values = {}
types = hlib.ext_types(cur)
for oid, typ, _ in types:
    cur.execute("SELECT typsend::regproc::text FROM pg_type WHERE oid = %s", (oid,))
    sendfn = cur.fetchone()[0]
    lits = list(seeds.get(typ, []))
    c.ok(lits, "%s has valid literals in types.tsv" % typ)
    cands = lits + [hlib.soft_mutate(rng, rng.choice(lits)) for _ in range(VARIANTS * 3)] if lits else []
    vs, seen = [], set()
    for lit in cands:
        if "\x00" in lit or len(vs) >= len(lits) + VARIANTS:
            continue
        try:
            cur.execute("SELECT (%%s::%s)::text, encode(%s(%%s::%s), 'hex')" % (typ, sendfn, typ), (lit, lit))
        except psycopg2.DataError:
            continue
        canon, send = cur.fetchone()
        if lit in seen:
            continue
        seen.add(lit)
        vs.append((lit, canon, send, sendfn))
    values[typ] = vs


def parse_copy_binary(data):
    """Rows (lists of bytes or None) of a binary COPY stream."""
    assert data[:11] == b"PGCOPY\n\xff\r\n\x00", "bad COPY BINARY signature"
    flags, extlen = struct.unpack("!ii", data[11:19])
    pos = 19 + extlen
    rows = []
    while True:
        (n,) = struct.unpack("!h", data[pos:pos + 2])
        pos += 2
        if n == -1:
            return rows
        row = []
        for _ in range(n):
            (ln,) = struct.unpack("!i", data[pos:pos + 4])
            pos += 4
            if ln == -1:
                row.append(None)
            else:
                row.append(data[pos:pos + ln])
                pos += ln
        rows.append(row)


def copy_binary(rows):
    """A binary COPY stream of one-field rows holding the byte strings ROWS."""
    out = b"PGCOPY\n\xff\r\n\x00" + struct.pack("!ii", 0, 0)
    for payload in rows:
        out += struct.pack("!hi", 1, len(payload)) + payload
    return out + struct.pack("!h", -1)


# ---- psycopg2 ---------------------------------------------------------------
for typ, vs in values.items():
    if not vs:
        continue
    cur.execute("DROP TABLE IF EXISTS psy_v, psy_b")
    cur.execute("CREATE TABLE psy_v (id serial, v %s)" % typ)
    cur.executemany("INSERT INTO psy_v (v) VALUES (%s)", [(lit,) for lit, _, _, _ in vs])
    cur.execute("SELECT v FROM psy_v ORDER BY id")
    got = [r[0] for r in cur.fetchall()]
    want = [canon for _, canon, _, _ in vs]
    bad = [(w, g) for w, g in zip(want, got) if w != g or not isinstance(g, str)]
    c.ok(len(got) == len(want) and not bad,
         "psycopg2 text: %s: %d values written as query parameters and read back equal%s" % (
             typ, len(vs), "" if not bad else " (differ: %r)" % bad[:3]))
    out = io.BytesIO()
    cur.copy_expert("COPY (SELECT v FROM psy_v ORDER BY id) TO STDOUT (FORMAT binary)", out)
    rows = parse_copy_binary(out.getvalue())
    got = [r[0].hex() for r in rows]
    want = [send for _, _, send, _ in vs]
    bad = [(w, g) for w, g in zip(want, got) if w != g]
    c.ok(len(got) == len(want) and not bad,
         "psycopg2 binary read (COPY BINARY parsed): %s: %d values, bytes equal to %s()%s" % (
             typ, len(vs), vs[0][3], "" if not bad else " (differ: %r)" % bad[:3]))
    cur.execute("CREATE TABLE psy_b (id serial, v %s)" % typ)
    cur.copy_expert("COPY psy_b (v) FROM STDIN (FORMAT binary)",
                    io.BytesIO(copy_binary([bytes.fromhex(s) for _, _, s, _ in vs])))
    cur.execute("SELECT v FROM psy_b ORDER BY id")
    got = [r[0] for r in cur.fetchall()]
    want = [canon for _, canon, _, _ in vs]
    bad = [(w, g) for w, g in zip(want, got) if w != g]
    c.ok(len(got) == len(want) and not bad,
         "psycopg2 binary write (COPY BINARY built here, recv): %s: %d values read back equal%s" % (
             typ, len(vs), "" if not bad else " (differ: %r)" % bad[:3]))
cur.execute("DROP TABLE IF EXISTS psy_v, psy_b")

# ---- the workspace views, as the catalog has them ----------------------------
view_cols = {}          # view -> [(column, type)]
if has_ws:
    cur.execute("""SELECT c.relname, a.attname, a.atttypid::regtype::text,
                          t.typnamespace = 'pg_catalog'::regnamespace
                   FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0
                   JOIN pg_type t ON t.oid = a.atttypid
                   WHERE c.relnamespace = %s::regnamespace AND c.relkind = 'v'
                   ORDER BY c.relname, a.attnum""", (WS,))
    for view, col, typ, plain in cur.fetchall():
        view_cols.setdefault(view, []).append((col, typ, plain))
    print("# workspace %s: views %s" % (WS, ", ".join(sorted(view_cols))))
    for view, cols in sorted(view_cols.items()):
        plain = {col for col, _, p in cols if p}
        for col, typ, p in cols:
            if p:
                continue
            comp = COMPANIONS.get(typ)
            if comp and all(x in plain for x in comp):
                c.ok(True, "view %s: %s (%s) has plain companions %s" % (view, col, typ, ", ".join(comp)))
            elif (view, col) in KNOWN_GAPS:
                print("# gap: view %s column %s is %s without a plain companion: %s" % (
                    view, col, typ, KNOWN_GAPS[(view, col)]))
            else:
                c.ok(False, "view %s: %s (%s) has no plain companion column" % (view, col, typ))
    # psycopg2: type OIDs of the result and Python types of the values
    for view, cols in sorted(view_cols.items()):
        cur.execute('SELECT * FROM "%s"."%s"' % (WS, view))
        rows = cur.fetchall()
        desc = cur.description
        wrong = []
        for i, (col, typ, p) in enumerate(cols):
            cur.execute("SELECT %s::regtype::text", (desc[i].type_code,))
            if cur.fetchone()[0] != typ:
                wrong.append(col)
            if p and not all(isinstance(r[i], PY_PLAIN) for r in rows):
                wrong.append(col)
        c.ok(rows and not wrong, "psycopg2: view %s: %d rows, %d columns, plain columns give plain Python values%s" % (
            view, len(rows), len(cols), "" if not wrong else " (wrong: %s)" % wrong))
else:
    print("# skipped: no load_sample (workspace view checks)")

# ---- filters with bind parameters -------------------------------------------
# (label, SQL with {p} for the parameter, the parameter, its type)
FILTERS = [
    ("level: case_profiles WHERE reach = ?",
     "SELECT case_name FROM sample.case_profiles WHERE reach = {p} ORDER BY case_name",
     "policymaking", "level"),
    ("level: case_profiles WHERE reach >= ?",
     "SELECT case_name FROM sample.case_profiles WHERE reach >= {p} ORDER BY case_name",
     "problem_solving", "level"),
    ("level: activities WHERE level = ?",
     "SELECT count(*) FROM sample.activities WHERE level = {p}", "policymaking", "level"),
    ("profile: case_profiles WHERE profile = ?",
     "SELECT case_name FROM sample.case_profiles WHERE profile = {p} ORDER BY case_name",
     "x(x) | xx | xx", "profile"),
    ("profile: case_profiles ORDER BY profile <-> ?",
     "SELECT case_name FROM sample.case_profiles ORDER BY profile <-> {p}, case_name",
     "x | xxx | -", "profile"),
]
filter_want = {}


def joined(rows):
    return ",".join(str(r[0]) for r in rows)


if has_ws:
    for label, sql, param, typ in FILTERS:
        cur.execute(sql.replace("{p}", "%s::%s" % (hlib.quote(param), typ)))
        filter_want[label] = joined(cur.fetchall())
        c.ok(filter_want[label] not in ("", "0"), "filter %s: the server's answer with a typed literal: %s" % (
            label, filter_want[label]))
    # psycopg2, a new connection with nothing set: the parameter is sent as a
    # quoted literal of unknown type, which the operator's other side types
    fconn = hlib.connect(DB)
    fcur = fconn.cursor()
    fcur.execute("SHOW search_path")
    print("# search_path of a new connection: %s" % fcur.fetchone()[0])
    for label, sql, param, typ in FILTERS:
        try:
            fcur.execute(sql.replace("{p}", "%s"), (param,))
            got = joined(fcur.fetchall())
        except psycopg2.Error as e:
            got = "ERROR %s" % e.pgcode
        c.ok(got == filter_want[label], "psycopg2, nothing set: filter %s with %r as a parameter: %s" % (
            label, param, got))
    fconn.close()

# ---- pgJDBC -----------------------------------------------------------------
host = os.environ.get("PGHOST", "localhost")
port = os.environ.get("PGPORT", "5432")
java_in = "".join("%s\t%s\t%s\t%s\t%s\n" % (typ, lit, canon, send, fn)
                  for typ, vs in values.items() for lit, canon, send, fn in vs
                  if "\t" not in lit and "\n" not in lit)
if host.startswith("/"):
    host = "localhost"      # pgjdbc speaks TCP only
tmp = tempfile.mkdtemp(prefix="cocreation-jdbc-")
try:
    cc = subprocess.run(["javac", "-cp", JDBC_JAR, "-d", tmp, JAVA_SRC], capture_output=True, text=True)
    if c.ok(cc.returncode == 0, "DriverCheck.java compiles against %s" % JDBC_JAR):
        url = "jdbc:postgresql://%s:%s/%s" % (host, port, DB)
        ffile = os.path.join(tmp, "filters.tsv")
        with open(ffile, "w", encoding="utf-8") as f:
            f.write("".join("\t".join(x) + "\n" for x in FILTERS))
        r = subprocess.run(["java", "-cp", tmp + ":" + JDBC_JAR, "DriverCheck", url, WS if has_ws else ""]
                           + ([ffile] if has_ws else []),
                           input=java_in, capture_output=True, text=True, timeout=600)
        meta = []
        jfilters = {}
        for line in r.stdout.splitlines():
            if line.startswith("META\t"):
                meta.append(line.split("\t")[1:])
            elif line.startswith("FILTER\t"):
                _, conn_, binding, label, got = line.split("\t")
                jfilters[(conn_, binding, label)] = got
            elif line.startswith("ok - "):
                c.ok(True, line[5:])
            elif line.startswith("not ok - "):
                c.ok(False, line[9:])
            else:
                print("# " + line)
        c.ok(r.returncode == 0, "pgJDBC checks ran (exit %d)%s" % (
            r.returncode, "" if r.returncode == 0 else ": " + r.stderr[-1500:]))
        if has_ws:
            # pgJDBC's setString sends varchar: no operator takes a level or a
            # profile and a varchar, so plain setString needs
            # stringtype=unspecified; the other bindings need nothing
            for conn_ in ("nothing set", "stringtype=unspecified"):
                for binding in ("setString", "setObject(OTHER)", "setString, CAST(? AS type)"):
                    for label, _, param, _ in FILTERS:
                        got = jfilters.get((conn_, binding, label))
                        if conn_ == "nothing set" and binding == "setString":
                            c.ok(got == "ERROR 42883",
                                 "pgJDBC, nothing set: filter %s by setString(%r) is refused, 42883 "
                                 "(a varchar parameter; as the README says): %s" % (label, param, got))
                        else:
                            c.ok(got == filter_want[label], "pgJDBC, %s: filter %s by %s(%r): %s" % (
                                conn_, label, binding, param, got))
            by_view = {}
            for view, col, code, tname in meta:
                by_view.setdefault(view, []).append((col, int(code), tname))
            for view, cols in sorted(view_cols.items()):
                got = dict((col, (code, tname)) for col, code, tname in by_view.get(view, []))
                wrong = ["%s %s" % (col, got.get(col)) for col, typ, p in cols
                         if p and got.get(col, (None,))[0] not in JDBC_PLAIN]
                ext = ["%s=%s/%s" % (col, got.get(col, (None, None))[0], got.get(col, (None, None))[1])
                       for col, typ, p in cols if not p]
                c.ok(len(got) == len(cols) and not wrong,
                     "pgJDBC ResultSetMetaData: view %s: every plain column reported as a plain SQL type (%s)%s%s" % (
                         view, ", ".join(sorted({JDBC_PLAIN.get(code, str(code)) for code, _ in got.values()
                                                 if code in JDBC_PLAIN})),
                         "" if not ext else "; extension-typed columns reported as " + ", ".join(ext),
                         "" if not wrong else "; NOT plain: %s" % wrong))
    else:
        print(cc.stderr)
finally:
    shutil.rmtree(tmp, ignore_errors=True)

# ---- psqlODBC through pyodbc --------------------------------------------------
try:
    import pyodbc
except ImportError as e:
    pyodbc = None
    c.ok(False, "pyodbc imports (%s)" % e)
if pyodbc is not None:
    cs = "Driver=%s;Servername=%s;Port=%s;Database=%s;Uid=%s;Pwd=%s;" % (
        ODBC_SO, os.environ.get("PGHOST", "localhost"), port, DB,
        os.environ.get("PGUSER", "postgres"), os.environ.get("PGPASSWORD", ""))
    oc = pyodbc.connect(cs, autocommit=True)
    ocur = oc.cursor()
    ocur.execute("SELECT version()")
    print("# psqlODBC %s, via pyodbc %s" % (oc.getinfo(pyodbc.SQL_DRIVER_VER), pyodbc.version))
    for typ, vs in values.items():
        if not vs:
            continue
        ocur.execute("DROP TABLE IF EXISTS odbc_v")
        ocur.execute("CREATE TABLE odbc_v (id int, v %s)" % typ)
        ok_plain = True
        for i, (lit, _, _, _) in enumerate(vs):
            ocur.execute("INSERT INTO odbc_v (id, v) VALUES (?, ?)", i, lit)
        ocur.execute("SELECT v FROM odbc_v ORDER BY id")
        got = [r[0] for r in ocur.fetchall()]
        tcode = ocur.description[0][1]
        want = [canon for _, canon, _, _ in vs]
        bad = [(w, g) for w, g in zip(want, got) if w != g]
        c.ok(len(got) == len(want) and not bad,
             "psqlODBC text: %s: %d values written as string parameters and read back equal "
             "(SQLDescribeCol: %s)%s" % (typ, len(vs), tcode.__name__, "" if not bad else " (differ: %r)" % bad[:3]))
    ocur.execute("DROP TABLE IF EXISTS odbc_v")
    if has_ws:
        for view, cols in sorted(view_cols.items()):
            ocur.execute('SELECT * FROM "%s"."%s"' % (WS, view))
            rows = ocur.fetchall()
            desc = ocur.description
            sqlcols = {r.column_name: (r.data_type, r.type_name) for r in ocur.columns(table=view, schema=WS)}
            wrong, ext = [], []
            for i, (col, typ, p) in enumerate(cols):
                dt = sqlcols.get(col, (None, None))
                if p:
                    if desc[i][1] not in PY_PLAIN or dt[0] not in ODBC_PLAIN:
                        wrong.append("%s %s %s" % (col, desc[i][1].__name__, dt))
                else:
                    ext.append("%s=%s/%s" % (col, ODBC_PLAIN.get(dt[0], dt[0]), dt[1]))
            c.ok(rows and len(desc) == len(cols) and not wrong,
                 "psqlODBC: view %s: %d rows; SQLDescribeCol and SQLColumns report plain types (%s)%s%s" % (
                     view, len(rows), ", ".join(sorted({ODBC_PLAIN.get(d[0], str(d[0])) for d in sqlcols.values()})),
                     "" if not ext else "; extension-typed columns reported as " + ", ".join(ext),
                     "" if not wrong else "; NOT plain: %s" % wrong))
        # filters with string parameters, on the same connection (nothing set)
        for label, sql, param, typ in FILTERS:
            try:
                ocur.execute(sql.replace("{p}", "?"), param)
                got = joined(ocur.fetchall())
            except pyodbc.Error as e:
                got = "ERROR %s" % (e.args[0] if e.args else e)
            c.ok(got == filter_want[label], "psqlODBC, nothing set: filter %s with %r as a parameter: %s" % (
                label, param, got))
    oc.close()
conn.close()
c.finish()
