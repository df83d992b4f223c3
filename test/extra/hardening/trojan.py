"""trojan: CREATE EXTENSION and every function, aggregate and view of the
extension under a hostile search_path (SET search_path = trojan, pg_catalog,
public) with trojan functions and operators of common names planted ahead of
pg_catalog. A trojan that runs bumps a sequence (not transactional, so even
calls in failed statements count) and never goes unseen."""
import random

import psycopg2

import hlib

DB = "hard_trojan"
c = hlib.Counter("trojan")
hlib.fresh_db(DB, extension=False)
conn = hlib.connect(DB)
cur = conn.cursor()
cur.execute("CREATE SCHEMA trojan; CREATE SEQUENCE trojan.hits; CREATE TABLE trojan.calls (fn text)")
cur.execute("GRANT USAGE ON SCHEMA trojan TO PUBLIC; GRANT ALL ON trojan.hits, trojan.calls TO PUBLIC")

FUNCS = [  # name, arguments, result
    ("lower", "text", "text"), ("upper", "text", "text"), ("lower", "varchar", "text"),
    ("lower", "anyelement", "text"), ("btrim", "text", "text"), ("length", "text", "int4"),
    ("array_length", "anyarray, int4", "int4"), ("array_length", "text[], int4", "int4"),
    ("array_length", "text[], int8", "int4"), ("cardinality", "anyarray", "int4"),
    ("array_upper", "anyarray, int4", "int4"), ("array_lower", "anyarray, int4", "int4"),
    ("array_position", "anyarray, anyelement", "int4"), ("array_append", "anyarray, anyelement", "anyarray"),
    ("unnest", "text[]", "text"), ("string_to_array", "text, text", "text[]"),
    ("format", "text", "text"), ("format", "text, text", "text"), ("format", "text, anyelement", "text"),
    ("concat", "text, text", "text"), ("concat_ws", "text, text, text", "text"),
    ("replace", "text, text, text", "text"), ("regexp_replace", "text, text, text", "text"),
    ("substr", "text, int4", "text"), ("substr", "text, int4, int4", "text"),
    ("left", "text, int4", "text"), ("right", "text, int4", "text"), ("split_part", "text, text, int4", "text"),
    ("position", "text, text", "int4"), ("strpos", "text, text", "int4"), ("md5", "text", "text"),
    ("int4", "text", "int4"), ("int4", "numeric", "int4"), ("int4", "int8", "int4"),
    ("int4", "float8", "int4"), ("int8", "int4", "int8"), ("numeric", "int4", "numeric"),
    ("numeric", "text", "numeric"), ("float8", "numeric", "float8"), ("text", "anyelement", "text"),
    ("round", "numeric, int4", "numeric"), ("round", "float8", "float8"), ("abs", "int4", "int4"),
    ("abs", "numeric", "numeric"), ("sqrt", "float8", "float8"), ("div", "numeric, numeric", "numeric"),
    ("to_jsonb", "anyelement", "jsonb"), ("jsonb_build_object", "text, text", "jsonb"),
    ("now", "", "timestamptz"), ("random", "", "float8"), ("current_setting", "text", "text"),
    ("set_config", "text, text, bool", "text"), ("generate_series", "int4, int4", "int4"),
    ("quote_ident", "text", "text"), ("quote_literal", "text", "text"),
    ("nullif_", "text, text", "text"), ("coalesce_", "text, text", "text"),
    ("isnull", "anyelement", "bool"), ("nvl", "text, text", "text"), ("ifnull", "text, text", "text"),
    ("greatest_", "int4, int4", "int4"), ("to_char", "numeric, text", "text"),
    ("pg_typeof", "anyelement", "regtype"), ("has_function_privilege", "text, text", "bool"),
    ("version", "", "text"), ("row_to_json", "record", "json"),
]
OPS = [  # operator, left, right
    ("=", "text", "text"), ("=", "int4", "int4"), ("=", "int8", "int8"), ("=", "name", "name"),
    ("=", "oid", "oid"), ("=", "bool", "bool"), ("=", "anyelement", "anyelement"),
    ("=", "varchar", "varchar"), ("=", "numeric", "numeric"), ("=", "float8", "float8"),
    ("<>", "text", "text"), ("<>", "int4", "int4"), ("<>", "anyelement", "anyelement"),
    ("||", "text", "text"), ("||", "anyarray", "anyarray"), ("||", "text[]", "text"),
    ("+", "int4", "int4"), ("-", "int4", "int4"), ("*", "numeric", "numeric"), ("/", "numeric", "numeric"),
    ("/", "float8", "float8"), ("<", "int4", "int4"), ("<", "numeric", "numeric"), (">", "int4", "int4"),
    ("<=", "int4", "int4"), (">=", "int4", "int4"), ("~~", "text", "text"), ("~", "text", "text"),
    ("@>", "anyarray", "anyarray"), ("&&", "anyarray", "anyarray"), ("->>", "jsonb", "text"),
]
n = 0
for name, args, ret in FUNCS:
    body = "BEGIN PERFORM pg_catalog.nextval('trojan.hits'); INSERT INTO trojan.calls VALUES ('%s(%s)'); RETURN NULL; END" % (name, args)
    setof = "SETOF " if name in ("unnest", "generate_series") else ""
    if setof:
        body = body.replace("RETURN NULL", "RETURN")
    if "anyelement" in ret and "anyelement" not in args:
        continue
    cur.execute("CREATE FUNCTION trojan.%s(%s) RETURNS %s%s LANGUAGE plpgsql AS $t$%s$t$" % (
        name, args, setof, ret, body))
    n += 1
for op, l, r in OPS:
    fn = "op_%d" % n
    ret = "bool" if op in ("=", "<>", "<", ">", "<=", ">=", "~~", "~", "@>", "&&") else (
        "anyarray" if l == "anyarray" else ("text[]" if l == "text[]" else l if l != "jsonb" else "text"))
    cur.execute("""CREATE FUNCTION trojan.%s(%s, %s) RETURNS %s LANGUAGE plpgsql AS
                   $t$BEGIN PERFORM pg_catalog.nextval('trojan.hits');
                   INSERT INTO trojan.calls VALUES ('operator %s(%s, %s)'); RETURN NULL; END$t$""" % (
        fn, l, r, ret, op, l, r))
    cur.execute("CREATE OPERATOR trojan.%s (LEFTARG = %s, RIGHTARG = %s, FUNCTION = trojan.%s)" % (op, l, r, fn))
    n += 1
print("# setup: %d trojan functions and operators planted in schema trojan" % n)

# the hostile session: install and exercise everything
cur.execute("SET search_path = trojan, pg_catalog, public")
if not c.lives(cur, "CREATE EXTENSION cocreation",
               "CREATE EXTENSION cocreation under search_path trojan, pg_catalog, public"):
    c.finish()
seeds = hlib.seed_literals()
rng = random.Random(8)
calls = errors = 0
cur.execute("SET search_path = pg_catalog")
funcs = hlib.ext_functions(cur)
cur.execute("SET search_path = trojan, pg_catalog, public")
for oid, sig, fn, kind, argtypes, variadic, retset, aggkind in funcs:
    if any(t in ("internal",) for t in argtypes):
        continue
    lists = []
    for t in argtypes:
        ev = [e for e in hlib.edge_values(t, seeds, big=False) if not e.startswith("NULL")]
        lists.append(ev or ["NULL::%s" % t])
    for args in hlib.combos(rng, lists, 40):
        sql = hlib.call_sql(fn, args, kind, aggkind, variadic)
        try:
            cur.execute(sql)
            cur.fetchall()
        except psycopg2.Error as e:
            errors += 1
            if e.pgcode is None:
                c.ok(False, "connection lost: %s" % sql[:200])
                conn = hlib.connect(DB)
                cur = conn.cursor()
                cur.execute("SET search_path = trojan, pg_catalog, public")
        calls += 1
cur.execute("SET search_path = pg_catalog")
has_sample = hlib.has_function(cur, "cocreation_load_sample")
cur.execute("SET search_path = trojan, pg_catalog, public")
if has_sample:
    try:
        cur.execute("SELECT cocreation_load_sample('trojan_sample')")
    except psycopg2.Error as e:
        c.ok(False, "load_sample under a hostile search_path: %s" % e)
cur.execute("SET search_path = pg_catalog")
all_views = hlib.views(cur)
cur.execute("SET search_path = trojan, pg_catalog, public")
for v in all_views:
    if v.startswith("trojan."):
        continue
    try:
        cur.execute("SELECT * FROM %s" % v)
        cur.fetchall()
    except psycopg2.Error as e:
        c.ok(False, "view %s under a hostile search_path: %s" % (v, e))
    calls += 1
hlib.require(calls > 0, "%d calls of the extension's functions, aggregates and views made (%d errors, fine here)" % (calls, errors))
cur.execute("SET search_path = pg_catalog")
cur.execute("SELECT is_called, last_value FROM trojan.hits")
called, hits = cur.fetchone()
cur.execute("SELECT fn, count(*) FROM trojan.calls GROUP BY 1 ORDER BY 2 DESC LIMIT 10")
for fn, k in cur.fetchall():
    print("#   trojan called: %s (%d times)" % (fn, k))
c.ok(not called, "no trojan was ever called (%d calls)" % (hits if called else 0))
# the probe works: an unqualified call in this session does reach a trojan
cur.execute("SET search_path = trojan, pg_catalog, public")
cur.execute("SELECT lower('X'::text)")
cur.execute("SET search_path = pg_catalog")
cur.execute("SELECT is_called FROM trojan.hits")
hlib.require(cur.fetchone()[0], "the probe works: an unqualified lower(text) does reach the trojan")
c.finish()
