-- level: input, output, order, operator classes, casts, binary I/O
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS cocreation;
RESET client_min_messages;
-- as the README advises, the extension's schema is on the search_path,
-- so that its operators are found
SET search_path = public, cocreation;

-- canonical names, aliases, digits, case and surrounding white space
SELECT w AS input, w::level AS level
FROM unnest(ARRAY['none', 'service_production', 'problem_solving', 'policymaking',
                  'service', 'problem', 'administrative', 'policy', 'political',
                  '0', '1', '2', '3', 'NONE', 'Service_Production', 'POLICYMAKING',
                  '  policy  ', E'\tproblem\n', 'service production',
                  'problem-solving']) AS w;

-- bad literals: 22P02 with the valid values in the hint
SELECT 'services'::level;
SELECT ''::level;
SELECT left(w, 12) AS input, regress_error_of(format('SELECT %L::level', w)) AS error
FROM unnest(ARRAY['4', '-1', '01', 'nonee', 'policy making', 'policymaking!',
                  'poli', ' ', 'x', 'NaN', 'schön', repeat('policy', 100)]) AS w;

-- order: none < service_production < problem_solving < policymaking
CREATE TEMP TABLE lv (l level);
INSERT INTO lv SELECT (i % 4)::level FROM generate_series(1, 1000) i;
INSERT INTO lv VALUES (NULL);
SELECT l, count(*) FROM lv GROUP BY l ORDER BY l;
SELECT l FROM lv ORDER BY l DESC NULLS LAST LIMIT 3;
SELECT DISTINCT l FROM lv ORDER BY 1;
SELECT max(l), min(l) FROM lv;
SELECT max(l), min(l) FROM lv WHERE l <> 'policy';
SELECT max(l) FROM lv WHERE false;

-- every operator, on every pair
SELECT a, b, a < b AS lt, a <= b AS le, a = b AS eq, a <> b AS ne, a >= b AS ge,
       a > b AS gt, level_cmp(a, b) AS cmp
FROM (VALUES ('none'::level), ('service'), ('problem'), ('policy')) x(a),
     (VALUES ('none'::level), ('service'), ('problem'), ('policy')) y(b)
ORDER BY a, b;

-- btree: an index answers range queries and ORDER BY
CREATE INDEX lv_l ON lv (l);
ANALYZE lv;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM lv WHERE l >= 'problem_solving';
SELECT count(*) FROM lv WHERE l >= 'problem_solving';
SELECT count(*) FROM lv WHERE l BETWEEN 'service' AND 'problem';
RESET enable_seqscan;

-- hash: hash aggregation and hash joins; merge joins through the btree class
CREATE TEMP TABLE names (l level, label text);
INSERT INTO names VALUES ('none', 'not co-creation'), ('service', 'service'),
  ('problem', 'administrative'), ('policy', 'political');
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT l, count(*) FROM lv GROUP BY l;
RESET enable_sort;
SET enable_mergejoin = off; SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT n.label, count(*) FROM lv JOIN names n USING (l) GROUP BY n.label;
SELECT n.label, count(*) FROM lv JOIN names n USING (l) GROUP BY n.label ORDER BY 1;
SET enable_hashjoin = off; SET enable_mergejoin = on;
EXPLAIN (COSTS OFF) SELECT count(*) FROM lv JOIN names n USING (l);
SELECT count(*) FROM lv JOIN names n USING (l);
RESET enable_hashjoin; RESET enable_mergejoin; RESET enable_nestloop;
-- equal values hash equally, and the seeded hash depends on the seed; the
-- hashes are PostgreSQL's of the code as an int4, so hash indexes and hash
-- partitions keep their values
SELECT l, level_hash(l) = level_hash(l::text::level) AS same_hash,
       level_hash_extended(l, 0) <> level_hash_extended(l, 1) AS seeded,
       level_hash(l) = hashint4(l::int4) AS int4_hash,
       level_hash_extended(l, 7) = hashint4extended(l::int4, 7) AS int4_extended
FROM names ORDER BY l;

-- casts to and from integer and text
SELECT l, l::int AS rank, l::int::level AS back, l::text AS txt,
       l::text::level AS back_txt, to_jsonb(l) AS json
FROM names ORDER BY l;
SELECT 4::level;
SELECT regress_error_of('SELECT (-1)::level');
SELECT regress_error_of('SELECT 2147483647::level');
SELECT 'problem'::text::level;
CREATE TEMP TABLE txt (t text);
INSERT INTO txt VALUES ('policy'::level);  -- assignment cast to text
SELECT t FROM txt;

-- binary COPY round trip, and recv validating like input
COPY (SELECT l FROM lv) TO '/tmp/cocreation_regress_level.bin' WITH (FORMAT binary);
CREATE TEMP TABLE lv2 (l level);
COPY lv2 FROM '/tmp/cocreation_regress_level.bin' WITH (FORMAT binary);
SELECT (SELECT count(*) FROM lv) AS rows_out, (SELECT count(*) FROM lv2) AS rows_in,
       (SELECT count(*) FROM (SELECT l, count(*) FROM lv GROUP BY l
                              EXCEPT SELECT l, count(*) FROM lv2 GROUP BY l) d) AS differences;
SELECT level_send('policymaking'), level_send('none');
-- a byte 7 where a level belongs: one "char" column has the same wire size
COPY (SELECT E'\\007'::"char") TO '/tmp/cocreation_regress_badlevel.bin' WITH (FORMAT binary);
COPY lv2 FROM '/tmp/cocreation_regress_badlevel.bin' WITH (FORMAT binary);
-- two bytes where one belongs
COPY (SELECT 1::int2) TO '/tmp/cocreation_regress_badlevel.bin' WITH (FORMAT binary);
COPY lv2 FROM '/tmp/cocreation_regress_badlevel.bin' WITH (FORMAT binary);
SELECT count(*) FROM lv2;

-- a byte that no input makes (as read from a damaged page) is an error
-- wherever a level indexes something, never a read or write outside it:
-- made here by a cast without function
CREATE CAST ("char" AS level) WITHOUT FUNCTION;
SELECT q, regress_error_of(q) FROM unnest(ARRAY[
  $$SELECT (E'\\007'::"char")::level::text$$,
  $$SELECT (E'\\377'::"char")::level::text$$,
  $$SELECT tally_agg((E'\\310'::"char")::level, 1)::text$$,
  $$SELECT tally_agg((E'\\004'::"char")::level)::text$$,
  $$SELECT score('(1, 2, 3)', (E'\\004'::"char")::level)$$,
  $$SELECT tally_agg((E'\\003'::"char")::level)::text$$]) AS q;
DROP CAST ("char" AS level);
