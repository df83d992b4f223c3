# balance_agg(): one million factor codings (N / 10, so that the default
# N = 10M gives the size) over 450 municipalities, grouped by
# municipality, against the count(*) GROUP BY floor and two plain-SQL
# formulations of the sums a user needs for net indices and implementation
# shares:
# - GROUP BY: what an analyst writes, one row per municipality and cell
#   (GROUP BY municipality, polarity, dimension, stage) with sum(strength),
#   the long form; the fair baseline;
# - FILTER: one sum(strength) FILTER per polarity x dimension x stage cell,
#   20 columns in one row per municipality, the wide form balance_agg()
#   gives; each row is tested against 20 conditions (60 text comparisons),
#   which makes it the slower formulation.

M=$(( N / 10 ))

bench_sql "
DROP TABLE IF EXISTS bench_codings;
SELECT setseed(0.2020);
CREATE UNLOGGED TABLE bench_codings AS
SELECT i AS id,
       1 + floor(random() * 450)::int AS municipality,
       (ARRAY['driver', 'barrier'])[1 + floor(random() * 2)::int] AS polarity,
       (ARRAY['discursive', 'cultural', 'institutional', 'practical',
              'contextual'])[1 + floor(random() * 5)::int] AS dimension,
       (1 + floor(random() * 3))::float8 AS strength,
       (ARRAY['adoption', 'adoption', 'implementation'])[1 + floor(random() * 3)::int] AS stage
FROM generate_series(1, $M) i;
VACUUM ANALYZE bench_codings;"

# The FILTER formulation: 20 sums, one per cell, named polarity_dimension_stage.
# $1 is the condition that picks a cell, with @P, @D and @S for its words.
cell_filters() {
  local list="" cond p d s
  for p in driver barrier; do
    for d in discursive cultural institutional practical contextual; do
      for s in adoption implementation; do
        cond=${1//@P/$p}; cond=${cond//@D/$d}; cond=${cond//@S/$s}
        list+="${list:+, }sum(strength) FILTER (WHERE $cond) AS ${p}_${d}_${s}"
      done
    done
  done
  echo "$list"
}
BALANCE_FILTER=$(cell_filters "polarity = '@P' AND dimension = '@D' AND stage = '@S'")

# both formulations must agree before either is timed: the net index and the
# implementation share of every municipality, from the balance and from the sums
bench_sql "DO \$\$ BEGIN
  IF EXISTS (
    WITH b AS (SELECT municipality, balance_agg(polarity, dimension, strength, stage) AS b
               FROM bench_codings GROUP BY municipality),
         f AS (SELECT municipality, $BALANCE_FILTER FROM bench_codings GROUP BY municipality),
         t AS (SELECT municipality,
                 coalesce(driver_discursive_adoption, 0) + coalesce(driver_discursive_implementation, 0)
                 + coalesce(driver_cultural_adoption, 0) + coalesce(driver_cultural_implementation, 0)
                 + coalesce(driver_institutional_adoption, 0) + coalesce(driver_institutional_implementation, 0)
                 + coalesce(driver_practical_adoption, 0) + coalesce(driver_practical_implementation, 0)
                 + coalesce(driver_contextual_adoption, 0) + coalesce(driver_contextual_implementation, 0) AS d,
                 coalesce(barrier_discursive_adoption, 0) + coalesce(barrier_cultural_adoption, 0)
                 + coalesce(barrier_institutional_adoption, 0) + coalesce(barrier_practical_adoption, 0)
                 + coalesce(barrier_contextual_adoption, 0) AS ba,
                 coalesce(barrier_discursive_implementation, 0) + coalesce(barrier_cultural_implementation, 0)
                 + coalesce(barrier_institutional_implementation, 0) + coalesce(barrier_practical_implementation, 0)
                 + coalesce(barrier_contextual_implementation, 0) AS bi
               FROM f)
    SELECT 1 FROM b JOIN t USING (municipality)
    WHERE abs(net_index(b.b) - (t.d - t.ba) / (t.d + t.ba)) > 1e-12
       OR abs(implementation_share(b.b) - t.bi / (t.ba + t.bi)) > 1e-12
       OR barriers(b.b, 'practical', 'implementation') <> (SELECT sum(strength) FROM bench_codings c
            WHERE c.municipality = t.municipality AND polarity = 'barrier'
              AND dimension = 'practical' AND stage = 'implementation'))
  THEN
    RAISE EXCEPTION 'balance_agg() and the FILTER sums disagree';
  END IF; END \$\$"
# ... and the GROUP BY form, cell by cell (strengths are whole numbers, so
# every sum is exact whatever its order)
bench_sql "DO \$\$ BEGIN
  IF EXISTS (
    WITH b AS (SELECT municipality, balance_agg(polarity, dimension, strength, stage) AS b
               FROM bench_codings GROUP BY municipality),
         g AS (SELECT municipality, polarity, dimension, stage, sum(strength) AS s
               FROM bench_codings GROUP BY municipality, polarity, dimension, stage)
    SELECT 1 FROM g JOIN b USING (municipality)
    WHERE polarity = 'barrier' AND barriers(b.b, dimension, stage) <> g.s
    UNION ALL
    SELECT 1 FROM (SELECT municipality, dimension, sum(s) AS s FROM g WHERE polarity = 'driver'
                   GROUP BY 1, 2) d JOIN b USING (municipality)
    WHERE drivers(b.b, dimension) <> d.s
    UNION ALL
    SELECT 1 FROM b WHERE drivers(b.b) + barriers(b.b)
                          <> (SELECT sum(s) FROM g WHERE g.municipality = b.municipality))
  THEN
    RAISE EXCEPTION 'balance_agg() and the GROUP BY sums disagree';
  END IF; END \$\$"

# time_balance TAG TABLE ARGS LAST_COLUMN FILTER_SUMS GROUP_COLUMNS: on one
# table, the floor, the floor reading every column balance_agg(ARGS) reads
# (count of the last one), balance_agg(ARGS), the GROUP BY form (municipality
# and GROUP_COLUMNS) and the FILTER form, then their ratios; TAG
# starts each label.  These queries take about 0.1 s, where a machine's noise
# is a few percent of a run: nine rounds instead of three cost a few seconds
# and steady the ratios.
time_balance() {
  local tag=$1 t=$2 args=$3 last=$4 filter=$5 cells=$6
  BENCH_RUNS=9 bench_time "$tag: floor, count(*) GROUP BY" \
    "SELECT municipality, count(*) FROM $t GROUP BY municipality" \
    "$tag: floor reading all columns, count($last)" \
    "SELECT municipality, count($last) FROM $t GROUP BY municipality" \
    "$tag: balance_agg($args) GROUP BY" \
    "SELECT municipality, balance_agg($args) FROM $t GROUP BY municipality" \
    "$tag: SQL GROUP BY municipality, $cells" \
    "SELECT municipality, $cells, sum(strength), count(*) FROM $t GROUP BY municipality, $cells" \
    "$tag: SQL, 20 sum() FILTER GROUP BY" \
    "SELECT municipality, $filter FROM $t GROUP BY municipality"
  bench_ratio "$tag: balance_agg($args) GROUP BY" "$tag: floor, count(*) GROUP BY"
  bench_ratio "$tag: balance_agg($args) GROUP BY" "$tag: floor reading all columns, count($last)"
  bench_ratio "$tag: SQL GROUP BY municipality, $cells" "$tag: balance_agg($args) GROUP BY"
  bench_ratio "$tag: SQL, 20 sum() FILTER GROUP BY" "$tag: balance_agg($args) GROUP BY"
}

echo "  $M codings over 450 municipalities, as words"
# stage is the last column balance_agg() reads
time_balance words bench_codings "polarity, dimension, strength, stage" stage "$BALANCE_FILTER" \
  "polarity, dimension, stage"

# The same codings stored as one factor_kind column (1 byte) in
# place of three words: the compact form for large studies.  Its floors are
# measured on its own table; its FILTER form is one sum per kind.
bench_sql "
DROP TABLE IF EXISTS bench_codings_kind;
CREATE UNLOGGED TABLE bench_codings_kind AS
SELECT id, municipality, factor_kind(polarity, dimension, stage) AS kind, strength
FROM bench_codings;
VACUUM ANALYZE bench_codings_kind;"
KIND_FILTER=$(cell_filters "kind OPERATOR(=) '@P.@D.@S'")
# the kind form must give the very balance of the words, municipality by
# municipality, and its FILTER sums the same cells
bench_sql "DO \$\$ BEGIN
  IF EXISTS (
    WITH w AS (SELECT municipality, balance_agg(polarity, dimension, strength, stage) AS b
               FROM bench_codings GROUP BY municipality),
         k AS (SELECT municipality, balance_agg(kind, strength) AS b
               FROM bench_codings_kind GROUP BY municipality),
         f AS (SELECT municipality, $KIND_FILTER FROM bench_codings_kind GROUP BY municipality)
    SELECT 1 FROM w FULL JOIN k USING (municipality) FULL JOIN f USING (municipality)
    WHERE w.b::text IS DISTINCT FROM k.b::text
       OR barriers(k.b, 'practical', 'implementation')
          IS DISTINCT FROM coalesce(f.barrier_practical_implementation, 0)
       OR drivers(k.b, 'cultural')
          IS DISTINCT FROM coalesce(f.driver_cultural_adoption, 0) + coalesce(f.driver_cultural_implementation, 0))
  THEN
    RAISE EXCEPTION 'balance_agg(kind, strength) disagrees with the words or the FILTER sums';
  END IF; END \$\$"

echo "  the same codings as one factor_kind column"
time_balance kind bench_codings_kind "kind, strength" strength "$KIND_FILTER" kind
bench_ratio "kind: balance_agg(kind, strength) GROUP BY" "words: floor, count(*) GROUP BY"
[ -n "${KEEP:-}" ] || bench_sql "DROP TABLE bench_codings, bench_codings_kind"
