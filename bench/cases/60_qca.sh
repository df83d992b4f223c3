# QCA: qca_fit() and qca_truth_table() against the floor (count() of the same
# columns: reading the rows) and the plain SQL an analyst would write
# (sum(least(...)) for the fit; GROUP BY the corner for the truth table,
# which for crisp memberships gives the same numbers).  8 conditions.

bench_sql "
DROP TABLE IF EXISTS bench_qca;
SELECT setseed(0.2008);
CREATE UNLOGGED TABLE bench_qca AS
SELECT random() AS x, random() AS y,
       ARRAY[round(random()), round(random()), round(random()), round(random()),
             round(random()), round(random()), round(random()), round(random())]::float8[] AS c,
       round(random()) AS o,
       ARRAY[random(), random(), random(), random(), random(), random(), random(), random()]::float8[] AS f
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
bench_sql "DROP TABLE bench_qca"
