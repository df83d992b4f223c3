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
[ -n "${KEEP:-}" ] || bench_sql "DROP TABLE bench_codings, bench_codings_shuffled"
