"""concurrency: pgbench with custom scripts against the sample workspace,
8 clients for 60 s (CI) or 600 s (STRESS=1): analysts refresh a dashboard
(every row of the four workspace views in one transaction) while others
insert activities (classified by the generated level column) and drivers
and barriers. Zero failed transactions, no client aborted, no server
restart (a backend crash makes the postmaster restart every process), and
every committed insert is there afterwards (rows counted against pgbench's
per-transaction log). Prints throughput (tps) and latency (average and
95th percentile, per script, from the log)."""
import glob
import os
import re
import shutil
import subprocess
import tempfile

import hlib

DB = "hard_concurrency"
WS = "sample"
SECONDS = int(os.environ.get("CONCURRENCY_SECONDS", 0)) or hlib.size(60, 600)
CLIENTS = 8
c = hlib.Counter("concurrency")
hlib.fresh_db(DB)
conn = hlib.connect(DB)
cur = conn.cursor()
if not hlib.has_function(cur, "cocreation_load_sample"):
    print("# skipped: no load_sample (no workspace to read and write)")
    c.finish()
cur.execute("SELECT count(*) FROM %s.activities" % WS)
acts0 = cur.fetchone()[0]
cur.execute("SELECT count(*) FROM %s.factors" % WS)
facs0 = cur.fetchone()[0]
cur.execute("SELECT string_agg(quote_literal(case_name), ', ' ORDER BY case_name) FROM %s.cases" % WS)
cases = "ARRAY[%s]" % cur.fetchone()[0]
cur.execute("SELECT count(*) FROM %s.cases" % WS)
ncases = cur.fetchone()[0]
cur.execute("CREATE SEQUENCE public.bench_names")

SCRIPTS = {
    # an analyst's dashboard: every view, one snapshot
    "read_views": """
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT * FROM {ws}.case_profiles;
SELECT * FROM {ws}.case_balance;
SELECT * FROM {ws}.cross_case;
SELECT * FROM {ws}.factor_matrix;
END;
""",
    "insert_activity": """
\\set c random(1, {ncases})
\\set k random(1, 3)
\\set s random(1, 3)
INSERT INTO {ws}.activities (case_name, name, actors, object, decision, scope, citation)
VALUES (({cases})[:c], 'pgbench activity ' || nextval('public.bench_names'),
        (ARRAY['{{manager,citizen}}', '{{politician,citizen,civil_society}}', '{{frontline,user}}'])[:k]::text[],
        (ARRAY['service', 'problem', 'policy'])[:k], (ARRAY['joint', 'advisory', 'joint'])[:s],
        (ARRAY['project', 'programme', 'institutionalised'])[:s], 'pgbench (concurrency suite)');
""",
    "insert_factor": """
\\set c random(1, {ncases})
\\set p random(1, 2)
\\set d random(1, 5)
\\set g random(1, 2)
\\set st random(1, 6)
INSERT INTO {ws}.factors (case_name, polarity, dimension, stage, strength, citation)
VALUES (({cases})[:c], (ARRAY['driver', 'barrier'])[:p],
        (ARRAY['discursive', 'cultural', 'institutional', 'practical', 'contextual'])[:d],
        CASE WHEN :p = 2 AND :g = 2 THEN 'implementation' ELSE 'adoption' END,
        :st / 2.0, 'pgbench (concurrency suite)');
""",
}
WEIGHTS = {"read_views": 2, "insert_activity": 1, "insert_factor": 1}
ORDER = ["read_views", "insert_activity", "insert_factor"]

tmp = tempfile.mkdtemp(prefix="cocreation-pgbench-")
try:
    args = ["pgbench", "-n", "-c", str(CLIENTS), "-j", "2", "-T", str(SECONDS), "-P", str(max(10, SECONDS // 6)),
            "--log", "--log-prefix", os.path.join(tmp, "log"), "--failures-detailed"]
    for name in ORDER:
        path = os.path.join(tmp, name + ".sql")
        with open(path, "w") as f:
            f.write(SCRIPTS[name].format(ws=WS, cases=cases, ncases=ncases))
        args += ["-f", "%s@%d" % (path, WEIGHTS[name])]
    start = hlib.server_alive_since(cur)
    print("# pgbench: %d clients, %d s, scripts %s" % (
        CLIENTS, SECONDS, ", ".join("%s@%d" % (n, WEIGHTS[n]) for n in ORDER)))
    r = subprocess.run(args + [DB], capture_output=True, text=True, timeout=SECONDS * 3 + 300)
    for line in (r.stdout + r.stderr).splitlines():
        if re.match(r"(progress|number of|latency|tps|initial|SQL script|  - |  -|pgbench)", line.strip()) \
           or "error" in line.lower() or "abort" in line.lower():
            print("#   " + line)
    c.ok(r.returncode == 0, "pgbench ran %d s with %d clients, no client aborted (exit %d)" % (
        SECONDS, CLIENTS, r.returncode))
    m = re.search(r"number of transactions actually processed: (\d+)", r.stdout)
    done = int(m.group(1)) if m else 0
    m = re.search(r"number of failed transactions: (\d+)", r.stdout)
    failed = int(m.group(1)) if m else -1
    c.ok(done > 0 and failed == 0, "%d transactions, %d failed" % (done, failed))
    m = re.search(r"tps = ([\d.]+)", r.stdout)
    tps = float(m.group(1)) if m else 0.0
    m = re.search(r"latency average = ([\d.]+) ms", r.stdout)
    lat = float(m.group(1)) if m else 0.0

    # the per-transaction log: client, transaction, latency (us), script, ...
    lat_by = {i: [] for i in range(len(ORDER))}
    bad_lines = 0
    for fn in glob.glob(os.path.join(tmp, "log*")):
        with open(fn) as f:
            for line in f:
                p = line.split()
                if len(p) < 4 or not p[2].isdigit():
                    bad_lines += 1
                    continue
                lat_by[int(p[3])].append(int(p[2]))
    logged = sum(len(v) for v in lat_by.values())
    c.ok(logged == done and bad_lines == 0, "the per-transaction log has every transaction (%d logged, %d failed or skipped)" % (
        logged, bad_lines))

    def p95(v):
        v = sorted(v)
        return v[min(len(v) - 1, int(0.95 * len(v)))] / 1000.0 if v else 0.0

    def avg(v):
        return sum(v) / len(v) / 1000.0 if v else 0.0

    print("# throughput: %.1f tps (%d transactions in %d s, %d clients); latency average %.2f ms" % (
        tps, done, SECONDS, CLIENTS, lat))
    for i, name in enumerate(ORDER):
        print("# %-16s %7d transactions, latency average %7.2f ms, p95 %7.2f ms" % (
            name, len(lat_by[i]), avg(lat_by[i]), p95(lat_by[i])))

    cur = hlib.connect(DB).cursor()
    c.ok(hlib.server_alive_since(cur) == start, "no backend crash: the server never restarted its processes")
    cur.execute("SELECT count(*) FROM %s.activities" % WS)
    acts = cur.fetchone()[0]
    cur.execute("SELECT count(*) FROM %s.factors" % WS)
    facs = cur.fetchone()[0]
    c.ok(acts - acts0 == len(lat_by[1]) and facs - facs0 == len(lat_by[2]),
         "every committed insert is there: %d activities (%d committed by pgbench), %d factors (%d)" % (
             acts - acts0, len(lat_by[1]), facs - facs0, len(lat_by[2])))
    cur.execute("SELECT sum(activities) FROM %s.case_profiles" % WS)
    in_view = cur.fetchone()[0]
    cur.execute("SELECT sum(factors) FROM %s.case_balance" % WS)
    f_view = cur.fetchone()[0]
    cur.execute("SELECT count(*) FROM %s.activities WHERE level IS NULL" % WS)
    unclassified = cur.fetchone()[0]
    c.ok(in_view == acts and f_view == facs and unclassified == 0,
         "the views count every row afterwards (%s activities, %s factors; %d without a level)" % (
             in_view, f_view, unclassified))
    print("# concurrency figures: tps=%.1f avg_ms=%.2f read_p95_ms=%.2f insert_activity_p95_ms=%.2f "
          "insert_factor_p95_ms=%.2f rows_activities=%d rows_factors=%d" % (
              tps, lat, p95(lat_by[0]), p95(lat_by[1]), p95(lat_by[2]), acts, facs))
finally:
    shutil.rmtree(tmp, ignore_errors=True)
c.finish()
