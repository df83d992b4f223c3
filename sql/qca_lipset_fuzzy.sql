-- QCA validated on published data: Lipset's indicators for the survival of
-- democracy in 18 European countries between the wars, fuzzy version (LF),
-- as analysed by Ragin (2009), "Qualitative Comparative Analysis Using Fuzzy
-- Sets (fsQCA)", in Rihoux & Ragin (eds.), Configurational Comparative
-- Methods, ch. 5 (data p. 95), and by the documentation of R's QCA package
-- (Dusa), whose data set LF it is.
--
-- How the data were obtained.  R's QCA ships LF only as binary R data
-- (data/LF.rda), which could not be read.  The 18 x 6 memberships below were
-- read (with the search tool's read_file), not typed from memory, from the
-- help page of R's QCApro package (Thiem), repository cran/QCApro, file
-- man/superSubset.Rd, commit 679d5a6e16d80cf1a66733fa534f7237122ba006: its
-- example builds "LIP", "data from Ragin (2009, 95)", columns D U L I G S
-- (G government stability = STB, S survival = SURV) for AT BE CZ EE FI FR DE
-- GR HU IE IT NL PL PT RO ES SE UK.  Austria is written AU below, as R's QCA
-- names it in all the output checked here.  That this is R's LF is checked
-- first, against two printed extracts of LF itself (see the first queries):
-- head(LF), the first six countries, and the 18 memberships of
-- DEV*URB + LIT*~IND computed from LF, both printed in J. M. Sallan's blog
-- (repository jmsallan/blog, content/blog/2021-10-05-fuzzy-sets-for-
-- qualitative-comparative-analysis-qca-using-r/index.html, commit
-- 2cd0f88b2e4853d3da6142a42dd0f1ace58875f2, R 4.1.1, QCA 3.12).
--
-- Published output checked, each query citing its source:
--  [M] cran/QCA, inst/staticdocs/minimize.html (QCA 3.15), commit
--      00df4c35111514c060b5854bf4d2551bdf469884: examples "Lipset fuzzy sets
--      data (Ragin 2009, p.112)", truthTable(LF, "SURV", incl.cut = 0.8):
--      conservative, parsimonious and intermediate solutions with inclS,
--      PRI, covS, covU;
--  [T] jmsallan/blog, content/blog/2021-10-18-obtaining-sufficient-
--      conditions-in-qca-minimizing-the-truth-table-using-r-index-rmd/
--      index.html, commit 2cd0f88b2e4853d3da6142a42dd0f1ace58875f2 (QCA
--      3.12): the complete truth tables of SURV and ~SURV at incl.cut = 0.8
--      (n, incl, PRI, OUT, cases per row), incl.cut = c(0.8, 0.6), pof() of
--      row 24, the conservative solution of ~SURV;
--  [I] jmsallan/blog, content/blog/2021-10-26-intermediate-solutions-in-
--      qca-analysis-using-r/index.html, commit
--      17db9de63fe6236fa4833c5ee90637883e2ed994 (QCA 3.12): simplifying
--      assumptions of both parsimonious solutions, the parsimonious solution
--      of ~SURV, findRows(type = 2), the enhanced parsimonious solution,
--      necessity of the negated conditions;
--  [N] jmsallan/blog, content/blog/2021-10-11-necessary-and-sufficient-
--      conditions-in-qca-using-r/index.html, commit
--      2cd0f88b2e4853d3da6142a42dd0f1ace58875f2 (QCA 3.12): necessity
--      (inclN, RoN, covN) of the conditions, two expressions and the two
--      superSubset() results;
--  [R] cran/QCA3 (Huang), tests/textBook.Rout, commit
--      ef94710ed03b60ea92a2d0ce95f695635fd8f119: the four solutions of
--      Ragin (2009) formulas 1, 2, 5 and 6 (pp. 112-117) at consistency 0.7.
-- Every figure is compared to the digits printed (three for fit, two for
-- memberships).  All agree; nothing was adjusted.  Not checked, because the
-- extension has no such feature: the contradiction code C of a two-valued
-- incl.cut (the published coding is reproduced from our consistencies by a
-- query instead), conjunctural directional expectations (dir.exp =
-- "DEV, STB, ~LIT*IND" in [M]), and the search of superSubset() itself
-- (only the fit of the two expressions it prints is checked).
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS cocreation;
RESET client_min_messages;
SET search_path = public, cocreation;

CREATE TEMP TABLE lf (ord int, country text, dev float8, urb float8, lit float8, ind float8, stb float8, surv float8);
INSERT INTO lf VALUES
  ( 1, 'AU', 0.81, 0.12, 0.99, 0.73, 0.43, 0.05), ( 2, 'BE', 0.99, 0.89, 0.98, 1.00, 0.98, 0.95),
  ( 3, 'CZ', 0.58, 0.98, 0.98, 0.90, 0.91, 0.89), ( 4, 'EE', 0.16, 0.07, 0.98, 0.01, 0.91, 0.12),
  ( 5, 'FI', 0.58, 0.03, 0.99, 0.08, 0.58, 0.77), ( 6, 'FR', 0.98, 0.03, 0.99, 0.81, 0.95, 0.95),
  ( 7, 'DE', 0.89, 0.79, 0.99, 0.96, 0.31, 0.05), ( 8, 'GR', 0.04, 0.09, 0.13, 0.36, 0.43, 0.06),
  ( 9, 'HU', 0.07, 0.16, 0.88, 0.07, 0.13, 0.42), (10, 'IE', 0.72, 0.05, 0.98, 0.01, 0.95, 0.92),
  (11, 'IT', 0.34, 0.10, 0.41, 0.47, 0.58, 0.05), (12, 'NL', 0.98, 1.00, 0.99, 0.94, 0.99, 0.95),
  (13, 'PL', 0.02, 0.17, 0.59, 0.00, 0.00, 0.12), (14, 'PT', 0.01, 0.02, 0.01, 0.11, 0.01, 0.05),
  (15, 'RO', 0.01, 0.03, 0.17, 0.00, 0.84, 0.21), (16, 'ES', 0.03, 0.30, 0.09, 0.21, 0.20, 0.06),
  (17, 'SE', 0.95, 0.13, 0.99, 0.67, 0.91, 0.95), (18, 'UK', 0.98, 0.99, 0.99, 1.00, 0.98, 0.95);

-- the data are R's LF: head(LF) as printed in Sallan's blog (2021-10-05);
-- any difference is listed (none expected), then the count of values compared
CREATE TEMP TABLE lf_head (country text, dev float8, urb float8, lit float8, ind float8, stb float8, surv float8);
INSERT INTO lf_head VALUES
  ('AU', 0.81, 0.12, 0.99, 0.73, 0.43, 0.05), ('BE', 0.99, 0.89, 0.98, 1.00, 0.98, 0.95),
  ('CZ', 0.58, 0.98, 0.98, 0.90, 0.91, 0.89), ('EE', 0.16, 0.07, 0.98, 0.01, 0.91, 0.12),
  ('FI', 0.58, 0.03, 0.99, 0.08, 0.58, 0.77), ('FR', 0.98, 0.03, 0.99, 0.81, 0.95, 0.95);
SELECT h.*, l.* FROM lf_head h LEFT JOIN lf l USING (country)
WHERE (h.dev, h.urb, h.lit, h.ind, h.stb, h.surv) IS DISTINCT FROM (l.dev, l.urb, l.lit, l.ind, l.stb, l.surv);
SELECT count(*) * 6 AS memberships_compared FROM lf_head JOIN lf USING (country);

-- admisc::compute("DEV*URB + LIT*~IND", data = LF), printed for all 18
-- countries in the same post, in data order
SELECT l.country, p.published, round(qca_or(qca_and(l.dev, l.urb), qca_and(l.lit, qca_not(l.ind)))::numeric, 2) AS computed
FROM unnest(ARRAY[0.27, 0.89, 0.58, 0.98, 0.92, 0.19, 0.79, 0.13, 0.88, 0.98, 0.41, 0.98, 0.59, 0.01,
                  0.17, 0.09, 0.33, 0.98]::numeric[]) WITH ORDINALITY AS p(published, ord)
JOIN lf l USING (ord)
WHERE p.published <> round(qca_or(qca_and(l.dev, l.urb), qca_and(l.lit, qca_not(l.ind)))::numeric, 2);

-- LF is a direct calibration of the raw data LR: head(LR) is printed in the
-- same post (GDP per capita, % urban, % literate, % industrial labour,
-- cabinets, survival score).  With anchors 400/550/900 for DEV (those of
-- QCA3's vignette, cran/QCA3 inst/doc/QCA3.Rnw, commit
-- f5ae72c5e24498343c445254966f8ec3ae9e1285), 25/50/65 URB, 50/75/90 LIT,
-- 20/30/40 IND, 15/9.5/5 cabinets for STB (decreasing) and -9/0/10 SURV (a
-- QCA workshop script by Badham and Craige, Durham University, found by the
-- search tool in its code corpus; its repository was not identified), and
-- Ragin's scale (log odds 3), all 36 memberships of head(LF) come out to the
-- two decimals printed.  With R's own scale (log odds ln 19) eight of the 36
-- differ: LF was made with Ragin's.
CREATE TEMP TABLE lr_head (country text, dev float8, urb float8, lit float8, ind float8, stb float8, surv float8);
INSERT INTO lr_head VALUES
  ('AU', 720, 33.4, 98.0, 33.4, 10, -9), ('BE', 1098, 60.5, 94.4, 48.9, 4, 10),
  ('CZ', 586, 69.0, 95.9, 37.4, 6, 7), ('EE', 468, 28.5, 95.0, 14.0, 6, -6),
  ('FI', 590, 22.0, 99.1, 22.0, 9, 4), ('FR', 983, 21.2, 96.2, 34.8, 5, 10);
SELECT s.scale, count(*) FILTER (WHERE c.value <> round(qca_calibrate(c.raw, c.e, c.c, c.i, s.scale)::numeric, 2)) AS differing,
       count(*) AS compared
FROM (VALUES ('fsqca'::text), ('qca'::text)) AS s(scale),
     lr_head r JOIN lf_head h USING (country),
     LATERAL (VALUES (r.dev, 400::float8, 550::float8, 900::float8, h.dev::numeric),
                     (r.urb, 25, 50, 65, h.urb::numeric), (r.lit, 50, 75, 90, h.lit::numeric),
                     (r.ind, 20, 30, 40, h.ind::numeric), (r.stb, 15, 9.5, 5, h.stb::numeric),
                     (r.surv, -9, 0, 10, h.surv::numeric)) AS c(raw, e, c, i, value)
GROUP BY s.scale ORDER BY s.scale;

CREATE TEMP TABLE lf_tt AS
SELECT qca_truth_table(ARRAY[dev, urb, lit, ind, stb], surv, ARRAY['DEV', 'URB', 'LIT', 'IND', 'STB']::text[]) AS t,
       qca_truth_table(ARRAY[dev, urb, lit, ind, stb], 1 - surv, ARRAY['DEV', 'URB', 'LIT', 'IND', 'STB']::text[]) AS tn
FROM lf;
-- each case's corner (memberships above 0.5), for the case lists
CREATE TEMP VIEW lf_corner AS
SELECT ord, country, concat((dev > 0.5)::int, (urb > 0.5)::int, (lit > 0.5)::int, (ind > 0.5)::int, (stb > 0.5)::int) AS configuration
FROM lf;

-- [T] truthTable(LF, outcome = "SURV", incl.cut = 0.8, complete = TRUE,
-- show.cases = TRUE) and the same for "~SURV": every observed row, with
-- n, incl, PRI, OUT and cases; the 23 other rows are remainders (?).
-- Listed: any row where ours differs (none expected).
CREATE TEMP TABLE lf_published (outcome text, row int, configuration text, n int8, incl numeric, pri numeric, out text, cases text);
INSERT INTO lf_published VALUES
  ('SURV',  1, '00000', 3, 0.216, 0.000, '0', 'GR,PT,ES'), ('SURV',  2, '00001', 2, 0.278, 0.000, '0', 'IT,RO'),
  ('SURV',  5, '00100', 2, 0.521, 0.113, '0', 'HU,PL'),    ('SURV',  6, '00101', 1, 0.529, 0.228, '0', 'EE'),
  ('SURV', 22, '10101', 2, 0.804, 0.719, '1', 'FI,IE'),    ('SURV', 23, '10110', 1, 0.378, 0.040, '0', 'AU'),
  ('SURV', 24, '10111', 2, 0.709, 0.634, '0', 'FR,SE'),    ('SURV', 31, '11110', 1, 0.445, 0.050, '0', 'DE'),
  ('SURV', 32, '11111', 4, 0.904, 0.886, '1', 'BE,CZ,NL,UK'),
  ('~SURV',  1, '00000', 3, 1.000, 1.000, '1', 'GR,PT,ES'), ('~SURV',  2, '00001', 2, 0.982, 0.975, '1', 'IT,RO'),
  ('~SURV',  5, '00100', 2, 0.855, 0.732, '1', 'HU,PL'),    ('~SURV',  6, '00101', 1, 0.861, 0.772, '1', 'EE'),
  ('~SURV', 22, '10101', 2, 0.498, 0.281, '0', 'FI,IE'),    ('~SURV', 23, '10110', 1, 0.974, 0.960, '1', 'AU'),
  ('~SURV', 24, '10111', 2, 0.495, 0.366, '0', 'FR,SE'),    ('~SURV', 31, '11110', 1, 0.971, 0.950, '1', 'DE'),
  ('~SURV', 32, '11111', 4, 0.250, 0.106, '0', 'BE,CZ,NL,UK');
CREATE TEMP VIEW lf_computed AS
SELECT o.outcome, r.row, r.configuration, r.n, round(r.consistency::numeric, 3) AS incl,
       round(r.pri::numeric, 3) AS pri, r.outcome AS out,
       (SELECT string_agg(c.country, ',' ORDER BY c.ord) FROM lf_corner c WHERE c.configuration = r.configuration) AS cases
FROM (VALUES ('SURV', (SELECT t FROM lf_tt)), ('~SURV', (SELECT tn FROM lf_tt))) AS o(outcome, tt),
     LATERAL qca_truth_table_rows(o.tt, 0.8::float8, 1::int8, 0::float8) AS r;
SELECT * FROM lf_published p
FULL JOIN (SELECT * FROM lf_computed WHERE out <> '?') c USING (outcome, row)
WHERE (p.configuration, p.n, p.incl, p.pri, p.out, p.cases) IS DISTINCT FROM
      (c.configuration, c.n, c.incl, c.pri, c.out, c.cases);
SELECT outcome, count(*) FILTER (WHERE out = '?') AS remainders, count(*) FILTER (WHERE out <> '?') AS observed,
       sum(n) FILTER (WHERE out = '1') AS cases_out_1, sum(n) FILTER (WHERE out = '0') AS cases_out_0
FROM lf_computed GROUP BY outcome ORDER BY outcome;
-- [M] prints "n OUT = 1/0/C: 6/12/0", which the last two columns of SURV
-- give.  [T] truthTable(..., incl.cut = c(0.8, 0.6)) codes row 24 C (a
-- contradiction: consistency at least 0.6, below 0.8) and every other row as
-- above.  The extension has no C code; the published coding follows from our
-- consistencies:
SELECT row, configuration, CASE WHEN incl >= 0.8 THEN '1' WHEN incl >= 0.6 THEN 'C' ELSE '0' END AS out_08_06
FROM lf_computed WHERE outcome = 'SURV' AND out <> '?' AND incl >= 0.6 ORDER BY row;

-- [M] the conservative solution DEV*URB*LIT*IND*STB + DEV*~URB*LIT*~IND*STB,
-- the parsimonious DEV*~IND + URB*STB and, every condition expected
-- present (dir.exp = "DEV, URB, LIT, IND, STB"), the intermediate
-- DEV*URB*LIT*STB + DEV*LIT*~IND*STB
SELECT * FROM qca_minimize((SELECT t FROM lf_tt), 0.8::float8, 1::int8, 0::float8,
                           ARRAY['DEV', 'URB', 'LIT', 'IND', 'STB']::text[]);
-- [T] the conservative solution of ~SURV: ~DEV*~URB*~IND + DEV*LIT*IND*~STB;
-- [I] the parsimonious: ~DEV + ~STB
SELECT * FROM qca_minimize((SELECT tn FROM lf_tt), 0.8::float8, 1::int8, 0::float8);

-- [R] Ragin (2009) at consistency 0.7 (QCA3's reduce(..., consistency =
-- 0.7)): formula 1 DEVELOPED*urban*LITERATE*STABLE +
-- DEVELOPED*LITERATE*INDUSTRIAL*STABLE, formula 2 DEVELOPED*STABLE;
-- negated outcome formula 5 developed*urban*industrial +
-- DEVELOPED*LITERATE*INDUSTRIAL*stable, formula 6 developed + stable
SELECT 'SURV' AS outcome, * FROM qca_minimize((SELECT t FROM lf_tt), 0.7::float8, 1::int8, 0::float8)
UNION ALL
SELECT '~SURV', * FROM qca_minimize((SELECT tn FROM lf_tt), 0.7::float8, 1::int8, 0::float8);

-- [I] the simplifying assumptions (par_surv$SA$M1, par_not_surv$SA$M1): the
-- remainders inside the parsimonious models, DEV*~IND + URB*STB and
-- ~DEV + ~STB, and [I] findRows(type = 2), the contradictory ones, used by
-- both: 10 12 14 16 17 21 25 29
CREATE TEMP VIEW lf_sa AS
SELECT 'SURV' AS outcome, array_agg(row ORDER BY row) AS rows FROM lf_computed
WHERE outcome = 'SURV' AND out = '?' AND (configuration LIKE '1__0_' OR configuration LIKE '_1__1')
UNION ALL
SELECT '~SURV', array_agg(row ORDER BY row) FROM lf_computed
WHERE outcome = '~SURV' AND out = '?' AND (configuration LIKE '0____' OR configuration LIKE '____0');
SELECT outcome, rows,
       rows = CASE outcome WHEN 'SURV' THEN ARRAY[10, 12, 14, 16, 17, 18, 21, 25, 26, 28, 29, 30]
                           ELSE ARRAY[3, 4, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 21, 25, 27, 29] END AS as_published
FROM lf_sa ORDER BY outcome;
SELECT ARRAY(SELECT unnest(a.rows) INTERSECT SELECT unnest(b.rows) ORDER BY 1) AS contradictory
FROM lf_sa a, lf_sa b WHERE a.outcome = 'SURV' AND b.outcome = '~SURV';

-- [I] the enhanced parsimonious solution, minimize(..., include = "?",
-- exclude = findRows(type = 2)): DEV*URB*STB + DEV*~IND*STB, with the
-- simplifying assumptions 18 26 28 30 (inside its terms, not excluded); and
-- the intermediate solution with the same exclusion, as in [M]
CREATE TEMP VIEW lf_esa AS
SELECT ARRAY['DEV', 'URB', 'LIT', 'IND', 'STB']::text[] AS names,
       ARRAY(SELECT row - 1 FROM lf_computed WHERE outcome = 'SURV' AND out = '1' ORDER BY row) AS positive,
       ARRAY(SELECT row - 1 FROM lf_computed WHERE outcome = 'SURV' AND out = '?'
               AND row <> ALL (ARRAY[10, 12, 14, 16, 17, 21, 25, 29]) ORDER BY row) AS remainders;
SELECT qca_minimize_corners(names, positive, remainders) AS enhanced_parsimonious,
       qca_minimize_intermediate(names, positive, remainders, ARRAY['1', '1', '1', '1', '1']::text[]) AS intermediate,
       ARRAY(SELECT r + 1 FROM unnest(remainders) AS r
              WHERE (r + 1) IN (SELECT row FROM lf_computed WHERE outcome = 'SURV'
                                  AND (configuration LIKE '11__1' OR configuration LIKE '1__01'))
              ORDER BY r) AS simplifying_assumptions
FROM lf_esa;

-- the fit of every published model, term by term, to the three digits
-- printed: inclS, PRI, covS, covU ([M], [T], [I]); each row shows the
-- published and our figures and whether they agree
CREATE TEMP TABLE lf_fit_published (source text, outcome text, model text, term text,
                                    incl numeric, pri numeric, cov numeric, cov_u numeric);
INSERT INTO lf_fit_published VALUES
  ('M', 'SURV', 'DEV*URB*LIT*IND*STB + DEV*~URB*LIT*~IND*STB', 'DEV*URB*LIT*IND*STB', 0.904, 0.886, 0.454, 0.393),
  ('M', 'SURV', 'DEV*URB*LIT*IND*STB + DEV*~URB*LIT*~IND*STB', 'DEV*~URB*LIT*~IND*STB', 0.804, 0.719, 0.265, 0.204),
  ('M', 'SURV', 'DEV*URB*LIT*IND*STB + DEV*~URB*LIT*~IND*STB', 'M1', 0.870, 0.843, 0.658, NULL),
  ('M', 'SURV', 'DEV*~IND + URB*STB', 'DEV*~IND', 0.815, 0.721, 0.284, 0.194),
  ('M', 'SURV', 'DEV*~IND + URB*STB', 'URB*STB', 0.874, 0.845, 0.520, 0.430),
  ('M', 'SURV', 'DEV*~IND + URB*STB', 'M1', 0.850, 0.819, 0.714, NULL),
  ('M', 'SURV', 'DEV*URB*LIT*STB + DEV*LIT*~IND*STB', 'DEV*URB*LIT*STB', 0.901, 0.879, 0.468, 0.378),
  ('M', 'SURV', 'DEV*URB*LIT*STB + DEV*LIT*~IND*STB', 'DEV*LIT*~IND*STB', 0.814, 0.721, 0.282, 0.191),
  ('M', 'SURV', 'DEV*URB*LIT*STB + DEV*LIT*~IND*STB', 'M1', 0.866, 0.839, 0.660, NULL),
  ('I', 'SURV', 'DEV*URB*STB + DEV*~IND*STB', 'DEV*URB*STB', 0.901, 0.879, 0.468, 0.378),
  ('I', 'SURV', 'DEV*URB*STB + DEV*~IND*STB', 'DEV*~IND*STB', 0.814, 0.721, 0.282, 0.191),
  ('I', 'SURV', 'DEV*URB*STB + DEV*~IND*STB', 'M1', 0.866, 0.839, 0.660, NULL),
  ('T', '~SURV', '~DEV*~URB*~IND + DEV*LIT*IND*~STB', '~DEV*~URB*~IND', 0.886, 0.854, 0.678, 0.582),
  ('T', '~SURV', '~DEV*~URB*~IND + DEV*LIT*IND*~STB', 'DEV*LIT*IND*~STB', 0.981, 0.973, 0.220, 0.124),
  ('T', '~SURV', '~DEV*~URB*~IND + DEV*LIT*IND*~STB', 'M1', 0.897, 0.871, 0.803, NULL),
  ('I', '~SURV', '~DEV + ~STB', '~DEV', 0.837, 0.798, 0.783, 0.231),
  ('I', '~SURV', '~DEV + ~STB', '~STB', 0.902, 0.871, 0.657, 0.105),
  ('I', '~SURV', '~DEV + ~STB', 'M1', 0.849, 0.816, 0.888, NULL),
  -- pof("DEV*~URB*LIT*IND*STB", ...), row 24, for both outcomes
  ('T', 'SURV', 'DEV*~URB*LIT*IND*STB', 'M1', 0.709, 0.634, 0.237, NULL),
  ('T', '~SURV', 'DEV*~URB*LIT*IND*STB', 'M1', 0.495, 0.366, 0.149, NULL);
CREATE TEMP TABLE lf_fit AS
SELECT m.outcome, m.model,
       qca_model_fit(ARRAY[l.dev, l.urb, l.lit, l.ind, l.stb], CASE m.outcome WHEN 'SURV' THEN l.surv ELSE 1 - l.surv END,
                     ARRAY['DEV', 'URB', 'LIT', 'IND', 'STB']::text[], m.model) AS j
FROM (SELECT DISTINCT outcome, model FROM lf_fit_published) AS m CROSS JOIN lf AS l
GROUP BY m.outcome, m.model;
CREATE TEMP VIEW lf_fit_computed AS
SELECT outcome, model, 'M1' AS term, round((j ->> 'consistency')::numeric, 3) AS incl,
       round((j ->> 'pri')::numeric, 3) AS pri, round((j ->> 'coverage')::numeric, 3) AS cov, NULL::numeric AS cov_u
FROM lf_fit
UNION ALL
SELECT outcome, model, t ->> 'term', round((t ->> 'consistency')::numeric, 3), round((t ->> 'pri')::numeric, 3),
       round((t ->> 'raw_coverage')::numeric, 3),
       CASE WHEN jsonb_array_length(j -> 'terms') > 1 THEN round((t ->> 'unique_coverage')::numeric, 3) END
FROM lf_fit, jsonb_array_elements(j -> 'terms') AS t;
SELECT p.source, p.outcome, p.model, p.term, p.incl, c.incl AS our_incl, p.pri, c.pri AS our_pri,
       p.cov, c.cov AS our_cov, p.cov_u, c.cov_u AS our_cov_u,
       (p.incl, p.pri, p.cov, p.cov_u) IS NOT DISTINCT FROM (c.incl, c.pri, c.cov, c.cov_u) AS agree
FROM lf_fit_published p LEFT JOIN lf_fit_computed c USING (outcome, model, term)
ORDER BY p.outcome DESC, p.model, p.term = 'M1', p.term;

-- necessity, pof(..., relation = "necessity"): inclN, RoN, covN, to three
-- digits ([N] the five conditions, their union, DEV*~LIT, IND*STB and their
-- union, and the two results of superSubset(LF, "SURV", incl.cut = 0.9,
-- ron.cut = 0.7); [I] the five negated conditions and their union)
CREATE TEMP TABLE lf_nec_published (source text, expression text, incl numeric, ron numeric, cov numeric);
INSERT INTO lf_nec_published VALUES
  ('N', 'DEV', 0.831, 0.811, 0.775), ('N', 'URB', 0.539, 0.899, 0.771), ('N', 'LIT', 0.991, 0.509, 0.643),
  ('N', 'IND', 0.669, 0.786, 0.684), ('N', 'STB', 0.920, 0.680, 0.707),
  ('N', 'DEV+URB+LIT+IND+STB', 1.000, 0.357, 0.583),
  ('N', 'DEV*~LIT', 0.045, 0.984, 0.567), ('N', 'IND*STB', 0.664, 0.873, 0.783),
  ('N', 'DEV*~LIT+IND*STB', 0.670, 0.872, 0.784),
  ('N', 'LIT*STB', 0.915, 0.800, 0.793), ('N', 'DEV+URB+IND', 0.903, 0.704, 0.716),
  ('I', '~DEV', 0.285, 0.587, 0.274), ('I', '~URB', 0.568, 0.452, 0.402), ('I', '~LIT', 0.096, 0.764, 0.168),
  ('I', '~IND', 0.417, 0.576, 0.367), ('I', '~STB', 0.218, 0.687, 0.269),
  ('I', '~DEV+~URB+~LIT+~IND+~STB', 0.623, 0.337, 0.387);
SELECT p.source, p.expression, p.incl, round(qca_necessity_consistency(f)::numeric, 3) AS our_incl,
       p.ron, round(qca_relevance(f)::numeric, 3) AS our_ron, p.cov, round(qca_necessity_coverage(f)::numeric, 3) AS our_cov,
       (p.incl, p.ron, p.cov) = (round(qca_necessity_consistency(f)::numeric, 3), round(qca_relevance(f)::numeric, 3),
                                 round(qca_necessity_coverage(f)::numeric, 3)) AS agree
FROM lf_nec_published p,
     LATERAL (SELECT qca_fit(x, l.surv) AS f
                FROM lf l,
                     LATERAL (SELECT CASE p.expression
                       WHEN 'DEV' THEN l.dev WHEN 'URB' THEN l.urb WHEN 'LIT' THEN l.lit WHEN 'IND' THEN l.ind
                       WHEN 'STB' THEN l.stb
                       WHEN 'DEV+URB+LIT+IND+STB' THEN qca_or(l.dev, l.urb, l.lit, l.ind, l.stb)
                       WHEN 'DEV*~LIT' THEN qca_and(l.dev, qca_not(l.lit))
                       WHEN 'IND*STB' THEN qca_and(l.ind, l.stb)
                       WHEN 'DEV*~LIT+IND*STB' THEN qca_or(qca_and(l.dev, qca_not(l.lit)), qca_and(l.ind, l.stb))
                       WHEN 'LIT*STB' THEN qca_and(l.lit, l.stb)
                       WHEN 'DEV+URB+IND' THEN qca_or(l.dev, l.urb, l.ind)
                       WHEN '~DEV' THEN qca_not(l.dev) WHEN '~URB' THEN qca_not(l.urb) WHEN '~LIT' THEN qca_not(l.lit)
                       WHEN '~IND' THEN qca_not(l.ind) WHEN '~STB' THEN qca_not(l.stb)
                       WHEN '~DEV+~URB+~LIT+~IND+~STB' THEN qca_or(qca_not(l.dev), qca_not(l.urb), qca_not(l.lit),
                                                                   qca_not(l.ind), qca_not(l.stb))
                     END AS x) AS e) AS s
ORDER BY p.source DESC, p.expression;
