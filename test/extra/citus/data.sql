-- test/extra/citus/data.sql: the synthetic rows every aggregate of
-- test/extra/citus.sh reads, the same on one server and on the cluster.
-- Values come from hashes of the row number, not random(): both servers
-- compute the same rows.  Weights and strengths are 0.1-ish doubles whose
-- sums are not exact in double precision, so a sum that depended on the
-- order of the rows would show it in its last bits.  Three ratings a unit,
-- a unit's rows in one case (units do not cross shards); region is a
-- function of the case, so grouping by it combines states across shards.
-- psql variable order: the order the rows are inserted in.
CREATE FUNCTION h(i int, k text) RETURNS float8 LANGUAGE sql IMMUTABLE
  RETURN abs(hashtext(i::text || ':' || k)::float8) / 2147483648.0;
CREATE TABLE obs (
  i int NOT NULL, case_name text NOT NULL, region text NOT NULL,
  lvl level, weight float8 NOT NULL, t tally,
  polarity text, dimension text, stage text NOT NULL, strength float8 NOT NULL,
  kind factor_kind, b balance,
  unit text NOT NULL, coder text NOT NULL, rating float8, rating_level level,
  fa float8, fb float8, la level, lb level, x float8, y float8,
  memberships float8[], outcome float8);
SELECT :'distribute' = 'yes' AS distribute \gset
\if :distribute
SELECT create_distributed_table('obs', 'case_name') \gset
\endif
INSERT INTO obs
SELECT i, case_name, region, lvl, weight, t, polarity, dimension, stage, strength,
       CASE WHEN polarity IS NOT NULL THEN factor_kind(polarity, dimension, kstage) END,
       format('{%s.%s.%s=2:%s}', coalesce(polarity, 'driver'), dimension, kstage, 0.3 + h(i, 'b'))::balance,
       unit, coder, rating, rating::int::text::level, fa, fb, fa::int::text::level, fb::int::text::level,
       x, y, memberships, outcome
FROM (SELECT i, 'case ' || (i / 3 % 37) AS case_name, 'region ' || (i / 3 % 37 % 5) AS region,
             CASE WHEN i % 11 = 0 THEN NULL ELSE (i * 7 % 4)::text::level END AS lvl,
             0.05 + 0.9 * h(i, 'w') AS weight,
             format('(2, %s, %s | 0, 0, 0 | 1, %s, %s | 2)', 1.1 + h(i, 't'), 0.6 + h(i, 't'), h(i, 'u'), h(i, 'u'))::tally AS t,
             CASE WHEN i % 13 = 0 THEN NULL WHEN h(i, 'p') < 0.5 THEN 'driver' ELSE 'barrier' END AS polarity,
             (ARRAY['discursive', 'cultural', 'institutional', 'practical', 'contextual'])[1 + i % 5] AS dimension,
             (ARRAY['adoption', 'implementation'])[1 + i / 5 % 2] AS stage,
             CASE WHEN h(i, 'p') < 0.5 THEN 'adoption'
                  ELSE (ARRAY['adoption', 'implementation'])[1 + i / 5 % 2] END AS kstage,
             2 * h(i, 's') AS strength,
             'unit ' || (i / 3) AS unit, 'coder ' || (i % 3) AS coder,
             (floor(4 * h(i / 3, 'r')) + CASE WHEN h(i, 'd') < 0.3 THEN 1 ELSE 0 END)::int % 4 AS rating,
             floor(4 * h(i, 'a')) AS fa,
             CASE WHEN h(i, 'g') < 0.6 THEN floor(4 * h(i, 'a')) ELSE floor(4 * h(i, 'c')) END AS fb,
             h(i, 'x') AS x, h(i, 'y') AS y, ARRAY[h(i, 'm1'), h(i, 'm2'), h(i, 'm3')] AS memberships,
             h(i, 'o') AS outcome
      FROM generate_series(1, 3000) i) g
ORDER BY CASE WHEN :'order' = 'shuffled' THEN md5(i::text) ELSE lpad(i::text, 8, '0') END;
