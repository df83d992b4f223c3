-- QCA validated on published data: Lipset's indicators for the survival of
-- democracy in 18 European countries between the wars, crisp version (LC),
-- as analysed by Rihoux & De Meur (2009), in Rihoux & Ragin (eds.),
-- Configurational Comparative Methods, ch. 3 (conservative solution p. 57),
-- and by the documentation of R's QCA package (Dusa).
--
-- Source read: the QCA package's rendered help pages, repository cran/QCA
-- (GitHub mirror of CRAN), inst/staticdocs/truthTable.html (the truth table
-- of LC with its cases: print(ttLC, show.cases = TRUE)) and
-- inst/staticdocs/minimize.html (solutions with inclusion and coverage).
-- The data set itself ships there only as binary R data (data/LC.rda), which
-- could not be read; the 18 cases below are rebuilt from the published
-- truth table, which lists every observed configuration with its cases and
-- an inclusion of 1 or 0, so each case's crisp memberships and outcome are
-- determined by it.  Nothing was typed from memory.  The published figures
-- checked: the truth table (row, n, incl, PRI, OUT), the complex and
-- parsimonious solutions of SURV and ~SURV, the simplifying assumptions,
-- and the terms' inclusion, raw and unique coverage, to the three digits
-- printed.
--
-- The fuzzy version (LF, Ragin 2009) is tested in qca_lipset_fuzzy.sql.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS cocreation;
RESET client_min_messages;
SET search_path = public, cocreation;

CREATE TEMP TABLE lc (country text, dev float8, urb float8, lit float8, ind float8, stb float8, surv float8);
INSERT INTO lc VALUES
  ('GR', 0, 0, 0, 0, 0, 0), ('PT', 0, 0, 0, 0, 0, 0), ('ES', 0, 0, 0, 0, 0, 0),
  ('IT', 0, 0, 0, 0, 1, 0), ('RO', 0, 0, 0, 0, 1, 0),
  ('HU', 0, 0, 1, 0, 0, 0), ('PL', 0, 0, 1, 0, 0, 0),
  ('EE', 0, 0, 1, 0, 1, 0),
  ('FI', 1, 0, 1, 0, 1, 1), ('IE', 1, 0, 1, 0, 1, 1),
  ('AU', 1, 0, 1, 1, 0, 0),
  ('FR', 1, 0, 1, 1, 1, 1), ('SE', 1, 0, 1, 1, 1, 1),
  ('DE', 1, 1, 1, 1, 0, 0),
  ('BE', 1, 1, 1, 1, 1, 1), ('CZ', 1, 1, 1, 1, 1, 1), ('NL', 1, 1, 1, 1, 1, 1), ('UK', 1, 1, 1, 1, 1, 1);

CREATE TEMP TABLE lc_tt AS
SELECT qca_truth_table(ARRAY[dev, urb, lit, ind, stb], surv, ARRAY['DEV', 'URB', 'LIT', 'IND', 'STB']::text[]) AS t,
       qca_truth_table(ARRAY[dev, urb, lit, ind, stb], 1 - surv, ARRAY['DEV', 'URB', 'LIT', 'IND', 'STB']::text[]) AS tn
FROM lc;

-- the published truth table (observed rows; R's row numbers are ours):
-- row n incl PRI OUT
CREATE TEMP TABLE lc_published (row int, configuration text, n int8, incl numeric, pri numeric, outcome text);
INSERT INTO lc_published VALUES
  (1, '00000', 3, 0, 0, '0'), (2, '00001', 2, 0, 0, '0'), (5, '00100', 2, 0, 0, '0'),
  (6, '00101', 1, 0, 0, '0'), (22, '10101', 2, 1, 1, '1'), (23, '10110', 1, 0, 0, '0'),
  (24, '10111', 2, 1, 1, '1'), (31, '11110', 1, 0, 0, '0'), (32, '11111', 4, 1, 1, '1');
-- R's default cut-off (incl.cut = 1, n.cut = 1): every row as published,
-- and the 23 other rows remainders
SELECT p.row, p.configuration, p.n, r.n AS computed_n, p.incl, round(r.consistency::numeric, 3) AS computed_incl,
       p.pri, round(r.pri::numeric, 3) AS computed_pri, p.outcome, r.outcome AS computed_outcome
FROM lc_published p
FULL JOIN (SELECT * FROM qca_truth_table_rows((SELECT t FROM lc_tt), 1::float8, 1::int8, 0::float8)
           WHERE outcome <> '?') r USING (row)
WHERE p.configuration IS DISTINCT FROM r.configuration OR p.n IS DISTINCT FROM r.n
   OR p.incl IS DISTINCT FROM round(r.consistency::numeric, 3) OR p.pri IS DISTINCT FROM round(r.pri::numeric, 3)
   OR p.outcome IS DISTINCT FROM r.outcome;
SELECT count(*) FILTER (WHERE outcome = '?') AS remainders, count(*) FILTER (WHERE outcome <> '?') AS observed
FROM qca_truth_table_rows((SELECT t FROM lc_tt), 1::float8, 1::int8, 0::float8);

-- the solutions of SURV: complex DEV*~URB*LIT*STB + DEV*LIT*IND*STB
-- (Rihoux & De Meur 2009, p. 57), parsimonious DEV*STB.  The intermediate
-- solution is not published for LC; by hand (every condition expected
-- present): DEV*~URB*LIT*STB inside DEV*STB opens ~URB, so the remainder
-- 11101 is an easy counterfactual; DEV*LIT*IND*STB opens nothing; with
-- 11101 the positive rows 10101, 10111, 11111 make DEV*LIT*STB.
SELECT * FROM qca_minimize((SELECT t FROM lc_tt), 1::float8, 1::int8, 0::float8,
                           ARRAY['1', '1', '1', '1', '1']::text[]);
-- the simplifying assumptions of the parsimonious solution, published as
-- rows 18, 20, 26, 28, 30: the remainders inside DEV*STB
SELECT array_agg(row ORDER BY row) AS simplifying_assumptions
FROM qca_truth_table_rows((SELECT t FROM lc_tt), 1::float8, 1::int8, 0::float8)
WHERE outcome = '?' AND configuration LIKE '1___1';
-- the solutions of ~SURV: complex ~DEV*~URB*~IND + DEV*LIT*IND*~STB,
-- parsimonious ~DEV + ~STB
SELECT * FROM qca_minimize((SELECT tn FROM lc_tt), 1::float8, 1::int8, 0::float8);

-- the fit of the published models, to the three digits printed:
-- DEV*~URB*LIT*STB  inclS 1.000 PRI 1.000 covS 0.500 covU 0.250
-- DEV*LIT*IND*STB   inclS 1.000 PRI 1.000 covS 0.750 covU 0.500
-- M1                inclS 1.000 PRI 1.000 covS 1.000
-- and, for ~SURV, ~DEV covS 0.800 covU 0.300, ~STB covS 0.700 covU 0.200,
-- M1 inclS 1.000 covS 1.000
CREATE TEMP TABLE lc_fit AS
SELECT qca_model_fit(ARRAY[dev, urb, lit, ind, stb], surv, ARRAY['DEV', 'URB', 'LIT', 'IND', 'STB']::text[],
                     'DEV*~URB*LIT*STB + DEV*LIT*IND*STB'::text) AS j,
       qca_model_fit(ARRAY[dev, urb, lit, ind, stb], 1 - surv, ARRAY['DEV', 'URB', 'LIT', 'IND', 'STB']::text[],
                     '~DEV + ~STB'::text) AS jn
FROM lc;
SELECT m ->> 'model' AS model, round((m ->> 'consistency')::numeric, 3) AS incl,
       round((m ->> 'pri')::numeric, 3) AS pri, round((m ->> 'coverage')::numeric, 3) AS cov
FROM lc_fit, LATERAL (VALUES (j), (jn)) AS v(m);
SELECT t ->> 'term' AS term, round((t ->> 'consistency')::numeric, 3) AS incl,
       round((t ->> 'pri')::numeric, 3) AS pri, round((t ->> 'raw_coverage')::numeric, 3) AS cov,
       round((t ->> 'unique_coverage')::numeric, 3) AS cov_unique
FROM lc_fit, LATERAL (VALUES (1, j), (2, jn)) AS v(o, m), jsonb_array_elements(m -> 'terms') WITH ORDINALITY AS e(t, n)
ORDER BY o, n;
