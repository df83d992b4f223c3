# Agreement aggregates as one unit grows: 10k, 100k and 1M ratings in ONE
# unit (every value rated twice, so half as many distinct values as ratings:
# the case where finding a unit's cell by walking its list made the time
# grow with the square of the ratings), and the same ratings spread over
# many units of five.  Time should grow linearly in both: about 10x per
# row of the table.  The ratio metric is left out: it pairs the distinct
# values of each unit, O(values^2) by its definition.  The sizes do not
# depend on N; AG_SCALE_SIZES overrides them.

AG_SCALE_SIZES=${AG_SCALE_SIZES:-"10000 100000 1000000"}
saved_pgoptions=${PGOPTIONS:-}
export PGOPTIONS="$saved_pgoptions -c search_path=public,cocreation"

# the plain-SQL baseline of percent_agreement_units: cells by GROUP BY
PA_SQL="WITH cells AS (SELECT unit, count(*)::float8 AS c FROM TABLE GROUP BY unit, value),
units AS (SELECT sum(c) AS m, sum(c * (c - 1)) AS agree FROM cells GROUP BY unit HAVING sum(c) >= 2)
SELECT sum(agree) / sum(m * (m - 1)) FROM units"

for n in $AG_SCALE_SIZES; do
  bench_sql "
DROP TABLE IF EXISTS bench_one_unit, bench_many_units;
CREATE UNLOGGED TABLE bench_one_unit AS
  SELECT 1 AS unit, (i % ($n / 2))::float8 AS value FROM generate_series(1, $n) i;
CREATE UNLOGGED TABLE bench_many_units AS
  SELECT i / 5 AS unit, ((i * 7) % 5)::float8 AS value FROM generate_series(0, $n - 1) i;
VACUUM ANALYZE bench_one_unit; VACUUM ANALYZE bench_many_units;"
  echo "  $n ratings: one unit of $((n / 2)) distinct values, twice each; $((n / 5)) units of five"
  bench_time \
    "$n one unit: krippendorff_alpha nominal" "SELECT krippendorff_alpha(unit, value) FROM bench_one_unit" \
    "$n one unit: krippendorff_alpha interval" "SELECT krippendorff_alpha(unit, value, 'interval') FROM bench_one_unit" \
    "$n one unit: fleiss_kappa" "SELECT fleiss_kappa(unit, value) FROM bench_one_unit" \
    "$n one unit: percent_agreement_units" "SELECT percent_agreement_units(unit, value) FROM bench_one_unit" \
    "$n many units: krippendorff_alpha nominal" "SELECT krippendorff_alpha(unit, value) FROM bench_many_units" \
    "$n many units: krippendorff_alpha interval" "SELECT krippendorff_alpha(unit, value, 'interval') FROM bench_many_units" \
    "$n many units: fleiss_kappa" "SELECT fleiss_kappa(unit, value) FROM bench_many_units" \
    "$n many units: percent_agreement_units" "SELECT percent_agreement_units(unit, value) FROM bench_many_units" \
    "$n one unit: plain SQL percent agreement in units" "${PA_SQL//TABLE/bench_one_unit}" \
    "$n many units: plain SQL percent agreement in units" "${PA_SQL//TABLE/bench_many_units}" \
    "$n floor: count(*) one unit" "SELECT count(*) FROM bench_one_unit"
  bench_ratio "$n one unit: plain SQL percent agreement in units" "$n one unit: percent_agreement_units"
  bench_ratio "$n many units: plain SQL percent agreement in units" "$n many units: percent_agreement_units"
done
prev=""
for n in $AG_SCALE_SIZES; do
  if [ -n "$prev" ]; then
    for what in "one unit: krippendorff_alpha nominal" "one unit: fleiss_kappa" \
                "many units: krippendorff_alpha nominal" "many units: fleiss_kappa"; do
      awk -v a="${BENCH_MS[$n $what]}" -v b="${BENCH_MS[$prev $what]}" -v l="$what" -v n="$n" -v p="$prev" \
        'BEGIN { printf "  growth %-44s %7s -> %-7s rows: %6.1fx time\n", l, p, n, a / b }'
    done
  fi
  prev=$n
done
[ -n "${KEEP:-}" ] || bench_sql "DROP TABLE bench_one_unit, bench_many_units"
export PGOPTIONS="$saved_pgoptions"
