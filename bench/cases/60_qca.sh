# QCA: qca_fit() and qca_truth_table() against the floor (count() of the same
# columns: reading the rows) and the plain SQL an analyst would write
# (sum(least(...)) for the fit; GROUP BY the corner for the truth table,
# which for crisp memberships gives the same numbers).  8 and 12 crisp
# conditions, 8 fuzzy; the same with 2 parallel workers; then the
# minimization's time as the conditions grow.

bench_sql "DROP TABLE IF EXISTS bench_qca"
bench_sql "
SELECT setseed(0.2008);
CREATE UNLOGGED TABLE bench_qca AS
SELECT random() AS x, random() AS y,
       ARRAY[round(random()), round(random()), round(random()), round(random()),
             round(random()), round(random()), round(random()), round(random())]::float8[] AS c,
       round(random()) AS o,
       ARRAY[random(), random(), random(), random(), random(), random(), random(), random()]::float8[] AS f,
       ARRAY[round(random()), round(random()), round(random()), round(random()), round(random()), round(random()),
             round(random()), round(random()), round(random()), round(random()), round(random()), round(random())]::float8[] AS c12
FROM generate_series(1, $N) i;
VACUUM ANALYZE bench_qca;"

QCA_NAMES="ARRAY['A','B','C','D','E','F','G','H']::text[]"
QCA_CORNER="(c[1] > 0.5)::int * 128 + (c[2] > 0.5)::int * 64 + (c[3] > 0.5)::int * 32 + (c[4] > 0.5)::int * 16
  + (c[5] > 0.5)::int * 8 + (c[6] > 0.5)::int * 4 + (c[7] > 0.5)::int * 2 + (c[8] > 0.5)::int"
QCA_PLAIN_TT="SELECT $QCA_CORNER AS corner, count(*), sum(least(o, 1.0::float8)) / count(*) AS consistency,
  sum(least(o, 1 - o)) AS pri_part FROM bench_qca GROUP BY 1"

# both truth tables must agree (crisp: the consistency of a corner is the
# share of its cases with the outcome) before either is timed
bench_sql "DO \$\$ BEGIN
  IF EXISTS (SELECT 1 FROM jsonb_array_elements((SELECT qca_truth_table(c, o, $QCA_NAMES) FROM bench_qca) -> 'rows') r
             JOIN ($QCA_PLAIN_TT) p ON p.corner = (r ->> 'row')::int - 1
             WHERE (r ->> 'n')::bigint <> p.count
                OR abs((r ->> 'consistency')::float8 - p.consistency) > 1e-12) THEN
    RAISE EXCEPTION 'qca_truth_table() and the GROUP BY form disagree';
  END IF; END \$\$"

bench_time "floor: count(x), count(y)" \
  "SELECT count(x), count(y) FROM bench_qca" \
  "qca_fit(x, y) and its statistics" \
  "SELECT qca_consistency(f), qca_coverage(f), qca_pri(f), qca_relevance(f) FROM (SELECT qca_fit(x, y) AS f FROM bench_qca) s" \
  "plain SQL: sum(least(x, y)) / sum(x) ..." \
  "SELECT sum(least(x, y)) / sum(x), sum(least(x, y)) / sum(y),
          (sum(least(x, y)) - sum(least(x, y, 1 - y))) / (sum(x) - sum(least(x, y, 1 - y))),
          sum(1 - x) / sum(1 - least(x, y)) FROM bench_qca"
bench_ratio "qca_fit(x, y) and its statistics" "floor: count(x), count(y)"
bench_ratio "plain SQL: sum(least(x, y)) / sum(x) ..." "qca_fit(x, y) and its statistics"

bench_time "floor: count(c), count(o)" \
  "SELECT count(c), count(o) FROM bench_qca" \
  "qca_truth_table(c, o), 8 crisp conditions" \
  "SELECT qca_truth_table(c, o, $QCA_NAMES) FROM bench_qca" \
  "plain SQL: GROUP BY corner" "$QCA_PLAIN_TT"
bench_ratio "qca_truth_table(c, o), 8 crisp conditions" "floor: count(c), count(o)"
bench_ratio "plain SQL: GROUP BY corner" "qca_truth_table(c, o), 8 crisp conditions"

# fuzzy: every case is in all 256 corners to some degree (the method's
# consistency sums over all cases); no plain-SQL form short of a join with
# the 256 corners
BENCH_RUNS=1 bench_time "floor: count(f), count(y)" \
  "SELECT count(f), count(y) FROM bench_qca" \
  "qca_truth_table(f, y), 8 fuzzy conditions" \
  "SELECT qca_truth_table(f, y, $QCA_NAMES) FROM bench_qca"
bench_ratio "qca_truth_table(f, y), 8 fuzzy conditions" "floor: count(f), count(y)"
# 12 crisp conditions: 4096 corners
QCA_NAMES12="ARRAY['A','B','C','D','E','F','G','H','I','J','K','L']::text[]"
QCA_CORNER12="(c12[1] > 0.5)::int * 2048 + (c12[2] > 0.5)::int * 1024 + (c12[3] > 0.5)::int * 512
  + (c12[4] > 0.5)::int * 256 + (c12[5] > 0.5)::int * 128 + (c12[6] > 0.5)::int * 64 + (c12[7] > 0.5)::int * 32
  + (c12[8] > 0.5)::int * 16 + (c12[9] > 0.5)::int * 8 + (c12[10] > 0.5)::int * 4 + (c12[11] > 0.5)::int * 2
  + (c12[12] > 0.5)::int"
bench_time "floor: count(c12), count(o)" \
  "SELECT count(c12), count(o) FROM bench_qca" \
  "qca_truth_table(c12, o), 12 crisp conditions" \
  "SELECT qca_truth_table(c12, o, $QCA_NAMES12) FROM bench_qca" \
  "plain SQL: GROUP BY corner, 12 conditions" \
  "SELECT $QCA_CORNER12 AS corner, count(*), sum(least(o, 1.0::float8)) / count(*) AS consistency,
     sum(least(o, 1 - o)) AS pri_part FROM bench_qca GROUP BY 1"
bench_ratio "qca_truth_table(c12, o), 12 crisp conditions" "floor: count(c12), count(o)"
bench_ratio "plain SQL: GROUP BY corner, 12 conditions" "qca_truth_table(c12, o), 12 crisp conditions"

# parallel: the same aggregates with 2 workers (the machine's cores), each
# against itself serial
QCA_PAR="SET max_parallel_workers_per_gather = 2; SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0;"
QCA_SER="SET max_parallel_workers_per_gather = 0;"
bench_time "floor: count(x), count(y), serial" "$QCA_SER SELECT count(x), count(y) FROM bench_qca" \
  "floor: count(x), count(y), 2 workers" "$QCA_PAR SELECT count(x), count(y) FROM bench_qca" \
  "qca_fit(x, y), serial" "$QCA_SER SELECT qca_fit(x, y) FROM bench_qca" \
  "qca_fit(x, y), 2 workers" "$QCA_PAR SELECT qca_fit(x, y) FROM bench_qca" \
  "qca_truth_table(c, o), serial" "$QCA_SER SELECT qca_truth_table(c, o, $QCA_NAMES) FROM bench_qca" \
  "qca_truth_table(c, o), 2 workers" "$QCA_PAR SELECT qca_truth_table(c, o, $QCA_NAMES) FROM bench_qca"
bench_ratio "floor: count(x), count(y), serial" "floor: count(x), count(y), 2 workers"
bench_ratio "qca_fit(x, y), serial" "qca_fit(x, y), 2 workers"
bench_ratio "qca_truth_table(c, o), serial" "qca_truth_table(c, o), 2 workers"
bench_sql "DROP TABLE bench_qca"

# minimization as the conditions grow: a planted three-term formula over k
# conditions (A*B + ~C*D + E*~F*G), 60 observed corners (positive where the
# formula holds), every other corner a remainder; complex, parsimonious and
# intermediate (every condition expected present) solutions
for k in 8 10 12 14 16; do
  bench_sql "SELECT setseed(0.14);
    DROP TABLE IF EXISTS bench_qca_corners, bench_qca_names;
    CREATE UNLOGGED TABLE bench_qca_corners AS
    SELECT DISTINCT c FROM (SELECT floor(random() * (1 << $k))::int AS c FROM generate_series(1, 60)) s;
    CREATE UNLOGGED TABLE bench_qca_names AS
    SELECT array_agg('C' || g ORDER BY g) AS names FROM generate_series(1, $k) g;"
  QCA_POS="ARRAY(SELECT c FROM bench_qca_corners WHERE ((c >> ($k - 1)) & 1 = 1 AND (c >> ($k - 2)) & 1 = 1)
    OR ((c >> ($k - 3)) & 1 = 0 AND (c >> ($k - 4)) & 1 = 1)
    OR ((c >> ($k - 5)) & 1 = 1 AND (c >> ($k - 6)) & 1 = 0 AND (c >> ($k - 7)) & 1 = 1))"
  QCA_REM="ARRAY(SELECT g FROM generate_series(0, (1 << $k) - 1) g EXCEPT SELECT c FROM bench_qca_corners)"
  QCA_EXP="array_fill('1'::text, ARRAY[$k])"
  BENCH_RUNS=1 bench_time "minimize $k conditions: complex" \
    "SELECT qca_minimize_corners((SELECT names FROM bench_qca_names), $QCA_POS, ARRAY[]::int4[])" \
    "minimize $k conditions: parsimonious" \
    "SELECT qca_minimize_corners((SELECT names FROM bench_qca_names), $QCA_POS, $QCA_REM)" \
    "minimize $k conditions: intermediate" \
    "SELECT qca_minimize_intermediate((SELECT names FROM bench_qca_names), $QCA_POS, $QCA_REM, $QCA_EXP)"
done
bench_sql "DROP TABLE bench_qca_corners, bench_qca_names"
