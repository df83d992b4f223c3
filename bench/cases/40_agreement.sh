# krippendorff_alpha(): the C aggregate against the plain-SQL formulation an
# analyst would write (a self-join of the codings builds the coincidence
# matrix, then Krippendorff's formula), nominal metric, on M codings: M/5
# units, five coders, stored unit by unit, and again in random order, where
# both are timed on the same shuffled table.  The issue's size is one
# million codings (200,000 units): M = N / 10 with the default N = 10M.

M=$(( N / 10 ))
AG_UNITS=$(( M / 5 ))

bench_sql "
DROP TABLE IF EXISTS bench_codings, bench_codings_shuffled;
SELECT setseed(0.2020);
CREATE UNLOGGED TABLE bench_codings AS
SELECT u AS unit, c AS coder,
       CASE WHEN random() < 0.7 THEN u % 5 ELSE floor(random() * 5)::int END AS value
FROM generate_series(1, $AG_UNITS) u, generate_series(1, 5) c
ORDER BY u, c;
CREATE UNLOGGED TABLE bench_codings_shuffled AS SELECT * FROM bench_codings ORDER BY random();
VACUUM ANALYZE bench_codings;
VACUUM ANALYZE bench_codings_shuffled;"

# Krippendorff (2011): o_ck = sum_u (number of c-k pairs in u) / (m_u - 1),
# n_c = sum_k o_ck, alpha = 1 - (n - 1) sum_{c<>k} o_ck / (n^2 - sum_c n_c^2)
ALPHA_SQL="WITH m AS (SELECT unit, count(*) AS m FROM bench_codings GROUP BY unit HAVING count(*) > 1),
o AS (SELECT a.value AS c, b.value AS k, sum(1.0 / (m.m - 1)) AS o
      FROM bench_codings a
      JOIN bench_codings b ON b.unit = a.unit AND b.coder <> a.coder
      JOIN m ON m.unit = a.unit
      GROUP BY 1, 2),
nc AS (SELECT c, sum(o) AS n_c FROM o GROUP BY c),
t AS (SELECT sum(n_c) AS n, sum(n_c * n_c) AS sq FROM nc)
SELECT 1 - (t.n - 1) * (SELECT sum(o) FROM o WHERE c <> k) / (t.n * t.n - t.sq) FROM t"

# both formulations must agree before either is timed
bench_sql "DO \$\$ DECLARE c_alpha float8; sql_alpha float8; BEGIN
  SELECT krippendorff_alpha(unit, value) INTO c_alpha FROM bench_codings;
  $ALPHA_SQL INTO sql_alpha;
  IF c_alpha IS NULL OR abs(c_alpha - sql_alpha) > 1e-9 THEN
    RAISE EXCEPTION 'krippendorff_alpha % and the SQL formula % disagree', c_alpha, sql_alpha;
  END IF;
  END \$\$"
echo "  $(bench_psql -At -c "SELECT count(*) || ' codings, ' || count(DISTINCT unit) || ' units, nominal alpha '
  || round(krippendorff_alpha(unit, value)::numeric, 6) FROM bench_codings")"

bench_time "floor: count(*)" "SELECT count(*) FROM bench_codings" \
  "krippendorff_alpha() nominal" \
  "SELECT krippendorff_alpha(unit, value) FROM bench_codings" \
  "krippendorff_alpha() ordinal" \
  "SELECT krippendorff_alpha(unit, value, 'ordinal') FROM bench_codings" \
  "fleiss_kappa()" "SELECT fleiss_kappa(unit, value) FROM bench_codings" \
  "krippendorff_alpha(), codings in random order" \
  "SELECT krippendorff_alpha(unit, value) FROM bench_codings_shuffled" \
  "SQL self-join + formula, nominal" "$ALPHA_SQL" \
  "SQL self-join + formula, codings in random order" "${ALPHA_SQL//bench_codings/bench_codings_shuffled}"
bench_ratio "krippendorff_alpha() nominal" "floor: count(*)"
bench_ratio "SQL self-join + formula, nominal" "krippendorff_alpha() nominal"
bench_ratio "SQL self-join + formula, codings in random order" "krippendorff_alpha(), codings in random order"

# memory grows with units, not rows: peak with a tenth of the units and all
tenth=$(bench_peak_kb "SET max_parallel_workers_per_gather = 0; SELECT krippendorff_alpha(unit, value) FROM bench_codings WHERE unit <= $AG_UNITS / 10")
all=$(bench_peak_kb "SET max_parallel_workers_per_gather = 0; SELECT krippendorff_alpha(unit, value) FROM bench_codings")
shuffled=$(bench_peak_kb "SET max_parallel_workers_per_gather = 0; SELECT krippendorff_alpha(unit, value) FROM bench_codings_shuffled")
sqlpeak=$(bench_peak_kb "SET max_parallel_workers_per_gather = 0; $ALPHA_SQL")
echo "  backend private memory, peak: krippendorff_alpha $tenth kB over $((AG_UNITS / 10)) units, $all kB over $AG_UNITS units ($shuffled kB in random order); SQL formulation $sqlpeak kB"

# weighted_kappa() on M pairs of two raters: whole-number ratings 0 to 4,
# and scores with two decimals from 0 to 4 (401 distinct values, sums a
# double does not hold exactly), against the plain-SQL formula: the observed
# weight sum over the pairs, the chance one over the two raters' value
# counts, kappa_w = 1 - N sum w(a, b) / sum n_a(i) n_b(j) w(x_i, x_j)
bench_sql "
DROP TABLE IF EXISTS bench_pairs;
SELECT setseed(0.1968);
CREATE UNLOGGED TABLE bench_pairs AS
SELECT a, CASE WHEN random() < 0.6 THEN a ELSE floor(random() * 5) END AS b,
       fa, CASE WHEN random() < 0.6 THEN fa ELSE round((random() * 4)::numeric, 2)::float8 END AS fb
FROM (SELECT floor(random() * 5)::float8 AS a, round((random() * 4)::numeric, 2)::float8 AS fa
      FROM generate_series(1, $M)) g;
VACUUM ANALYZE bench_pairs;"
KAPPA_SQL="WITH o AS (SELECT count(*)::float8 AS n, sum(abs(fa - fb)) AS w FROM bench_pairs),
ma AS (SELECT fa AS x, count(*) AS c FROM bench_pairs GROUP BY 1),
mb AS (SELECT fb AS x, count(*) AS c FROM bench_pairs GROUP BY 1)
SELECT 1 - o.n * o.w / (SELECT sum(ma.c * mb.c * abs(ma.x - mb.x)) FROM ma, mb) FROM o"
bench_sql "DO \$\$ DECLARE c_kappa float8; sql_kappa float8; BEGIN
  SELECT weighted_kappa(fa, fb) INTO c_kappa FROM bench_pairs;
  $KAPPA_SQL INTO sql_kappa;
  IF c_kappa IS NULL OR abs(c_kappa - sql_kappa) > 1e-9 THEN
    RAISE EXCEPTION 'weighted_kappa % and the SQL formula % disagree', c_kappa, sql_kappa;
  END IF;
  END \$\$"
bench_time "floor: count(fa), count(fb)" "SELECT count(fa), count(fb) FROM bench_pairs" \
  "weighted_kappa() linear, whole numbers" "SELECT weighted_kappa(a, b) FROM bench_pairs" \
  "weighted_kappa() quadratic, whole numbers" "SELECT weighted_kappa(a, b, 'quadratic') FROM bench_pairs" \
  "weighted_kappa() linear, two decimals" "SELECT weighted_kappa(fa, fb) FROM bench_pairs" \
  "weighted_kappa() quadratic, two decimals" "SELECT weighted_kappa(fa, fb, 'quadratic') FROM bench_pairs" \
  "SQL formula, linear, two decimals" "$KAPPA_SQL"
bench_ratio "weighted_kappa() linear, two decimals" "floor: count(fa), count(fb)"
bench_ratio "SQL formula, linear, two decimals" "weighted_kappa() linear, two decimals"
[ -n "${KEEP:-}" ] || bench_sql "DROP TABLE bench_codings, bench_codings_shuffled, bench_pairs"
