"""qca_oracle: the extension's QCA against an independent oracle, on random data.

R's QCA package (Dusa 2019), the reference the extension cites, is not in
Debian and cannot be built here, so this file is the next best thing: QCA
computed again from the method's definitions (Ragin 2008, ch. 3, 5, 7 and 9;
Ragin & Sonnett 2005; the rules doc/qca.md states), in exact rational
arithmetic (fractions.Fraction), with none of the extension's code or
algorithms, and compared with the extension on random data sets made from a
fixed list of seeds (printed with every failure, so that one is reproduced
with QCA_ORACLE_SEEDS=17 test/extra/qca_oracle.sh).

The data sets: crisp and fuzzy, k = 2..7 conditions, 5 to 60 cases drawn
around a few typical corners (limited diversity, so that remainders exist)
with an outcome made by a random planted formula plus noise (contradictory
rows); memberships at exactly 0.5, at the doubles next to 0.5, at 0 and 1,
on a 0.01 grid and at full precision; some cases with a NULL (a missing
observation, skipped); cut-offs sometimes equal to a row's own consistency
or PRI (the >= boundary), frequency cut-offs 0 to 3.  The suite also asserts
that the data sets as a whole contain each of these situations.

What is compared, for every data set:

- the truth table (qca_truth_table): the cases, the cases at the crossover,
  and per corner n (cases with membership > 0.5), raw consistency and PRI
  summed over ALL cases; the outcome codes of qca_truth_table_rows;
- the complex and parsimonious solutions (qca_minimize, 4 arguments) and the
  intermediate one (5 arguments, random directional expectations, given one
  code per condition or as names, ~ for absent): the exact list of models,
  in order, and the exact text of every term;
- qca_model_fit of every model: consistency, PRI and coverage of the model,
  and per term consistency, PRI, raw and unique coverage;
- qca_fit(x_j, y) of every condition: consistency, coverage, PRI, necessity
  consistency and relevance;
- the truth tables and model fits again grouped by data set, with partial
  states combined (partition-wise aggregation) and with partial states
  serialized by parallel workers (forced parallel plans), each checked in
  its plan: the same jsonb.
- the oracle itself, first, on results known by hand (self_test).

The numbers.  The extension promises exact sums (doc/qca.md, "Exact sums"):
each statistic is the ratio of two correctly rounded exact sums.  A
negated membership, 1 - x, is a float8 in the extension (as qca_not's), so
it is the double nearest 1 - x, which is not 1 - x for most x below 0.5.
Every number is therefore checked twice:
  exact   equal, bit for bit, to float(A) / float(B), A and B the exact sums
          of the memberships as doubles (negations rounded to the nearest
          double), float() correctly rounded (Python's int / int);
  close   within 1e-12, relative, of the exact ratio of the exact sums with
          exact negations (the definition itself).
A statistic whose denominator is 0 must be null in both.

n counts the cases whose exact membership in the corner is above 0.5
(Ragin 2008, ch. 7); a case with a condition at exactly 0.5 is in no
corner and is one of cases_at_crossover.

The oracle's own choices, where the definitions leave room (each is the
extension's documented rule, checked, not taken from its code):

- the cut-offs: a row is a remainder ('?') when n < max(frequency cut, 1);
  otherwise positive ('1') when its consistency and its PRI, as the truth
  table reports them (float8), are >= the cut-offs; else '0'.  Where the
  exact ratio and that float8 fall on different sides of a cut-off (a crisp
  4/5 against a cut of 0.8, whose double is above 4/5), the float8 decides;
  such boundary rows are counted and printed, not hidden.
- minimality: the models are all the sums of prime implicants covering every
  positive row with the FEWEST prime implicants; among those no further
  criterion (no fewest-literals tie-break).  This is the extension's
  documented rule ("every cover of the positive rows with the fewest prime
  implicants") and R QCA's default (solveChart: minimal disjunctivity).
- the order: terms by their number of literals, then condition by condition
  present before absent before free; the models by their terms in that
  order (doc/qca.md; src/minimize.c's header states the same).
- the intermediate solution, the rule as doc/qca.md states it: for every
  pair (complex model C, parsimonious model P), in order, the easy
  counterfactuals are the remainders inside some complex term c opened
  within a parsimonious term p that contains c (the literals of c not in p
  whose value contradicts the condition's expectation dropped); the
  positive rows minimized with them as the only don't cares; all models of
  all pairs in order, each once.

How the oracle computes (independent algorithms): the prime implicants by
enumerating all 3^k terms and their corner sets, an implicant being a term
whose corners are all positive or don't-care and that covers a positive
corner, a prime one that no strictly larger implicant contains; the minimal
covers by Petrick's method (the product of the sums of primes covering each
positive corner, expanded into sets, bounded by a greedy cover's size).
"""
import itertools
import json
import os
import random
import re
import sys
from fractions import Fraction as F

import psycopg2

STRESS = os.environ.get("STRESS", "") not in ("", "0")
DB = "qca_oracle"
HALF = F(1, 2)
ONE = F(1)
REL = F(1, 10**12)
BELOW = 0.5 - 2.0 ** -54        # the largest double below 0.5: 1 - it rounds to 0.5
ABOVE = 0.5 + 2.0 ** -53        # the smallest double above 0.5
NAMESETS = [list("ABCDEFG"), ["DEV", "URB", "LIT", "IND", "STB", "GOV", "x_7"],
            ["c1", "c2", "c3", "c4", "c5", "c6", "c7"]]


def seeds():
    env = os.environ.get("QCA_ORACLE_SEEDS", "")
    if env:
        return [int(s) for s in env.replace(",", " ").split()]
    return list(range(1, (1801 if STRESS else 301)))


# ---- random data sets --------------------------------------------------------

def bit(c, j, k):
    """condition j (0 = first, the most significant bit) of corner c"""
    return (c >> (k - 1 - j)) & 1


def rule_membership(rule, x, k):
    """a planted formula (list of {j: value}) at memberships x, exact"""
    best = F(0)
    for term in rule:
        t = ONE
        for j, v in term.items():
            t = min(t, F(x[j]) if v else ONE - F(x[j]))
        best = max(best, t)
    return best


def fuzzy_value(rng, present):
    r = rng.random()
    if r < 0.07:
        return 0.5
    if r < 0.09:
        return ABOVE if present else BELOW
    if r < 0.17:
        return 1.0 if present else 0.0
    if r < 0.22:                       # on the wrong side: cases off their corner
        present = not present
    if rng.random() < 0.5:
        v = rng.randint(51, 100) / 100 if present else rng.randint(0, 49) / 100
    else:
        v = 0.5 + rng.random() / 2 if present else rng.random() / 2
    return v


def make_dataset(seed):
    rng = random.Random(seed)
    k = 2 + seed % 6
    crisp = (seed // 6) % 2 == 0
    n = rng.randint(5, 60)
    names = rng.choice(NAMESETS)[:k]
    ntypical = rng.randint(1, min(2 ** k, max(2, n // 2)))
    typical = rng.sample(range(2 ** k), ntypical)
    rule = []
    for _ in range(rng.randint(1, 3)):
        js = rng.sample(range(k), rng.randint(1, min(3, k)))
        rule.append({j: rng.randint(0, 1) for j in js})
    noise = rng.choice([0.0, 0.1, 0.2, 0.35])
    fuzzy_outcome = not crisp or rng.random() < 0.2
    cases = []
    for _ in range(n):
        c = rng.choice(typical)
        if crisp:
            x = [float(bit(c, j, k)) for j in range(k)]
            if rng.random() < 0.05:         # a case off its typical corner
                j = rng.randrange(k)
                x[j] = 1.0 - x[j]
            if rng.random() < 0.03:
                x[rng.randrange(k)] = 0.5
        else:
            x = [fuzzy_value(rng, bit(c, j, k)) for j in range(k)]
        r = rule_membership(rule, x, k)
        if fuzzy_outcome:
            yv = float(r) + (rng.uniform(-noise, noise) if noise else 0.0)
            yv = min(1.0, max(0.0, yv))
            u = rng.random()
            if u < 0.06:
                yv = 0.5
            elif u < 0.5:
                yv = round(yv, 2)
        else:
            yv = 1.0 if r > HALF else 0.0
            if rng.random() < noise:
                yv = 1.0 - yv
        cases.append((x, yv))
    # a contradiction for sure, sometimes: a case again with the other outcome
    if rng.random() < 0.4:
        x, yv = rng.choice(cases)
        cases.append((list(x), 1.0 - yv))
    # missing observations, skipped by the aggregates
    if rng.random() < 0.25:
        x, yv = rng.choice(cases)
        if rng.random() < 0.5:
            x = list(x)
            x[rng.randrange(k)] = None
        else:
            yv = None
        cases.append((x, yv))
    rng.shuffle(cases)
    expect = [rng.choice("10-") for _ in range(k)]
    if rng.random() < 0.5:
        exp_arg = expect
    else:
        exp_arg = [("~" if e == "0" else "") + names[j] for j, e in enumerate(expect) if e != "-"]
        rng.shuffle(exp_arg)
    return {"seed": seed, "k": k, "crisp": crisp, "names": names, "cases": cases,
            "expect": expect, "exp_arg": exp_arg, "rng": rng}


def choose_cuts(ds, table):
    """cut-offs, some of them a row's own value (the >= boundary)"""
    rng = ds["rng"]
    observed = [r for r in table if r["n"] > 0]
    u = rng.random()
    if observed and u < 0.45:
        cons = rng.choice(observed)["cons"]
    else:
        cons = rng.choice([0.7, 0.75, 0.8, 0.85, 0.9, 1.0])
    u = rng.random()
    if observed and u < 0.3:
        pri = rng.choice(observed)["pri"] or 0.0
    elif u < 0.55:
        pri = 0.0
    else:
        pri = rng.choice([0.5, 0.6, 0.7, 0.75])
    freq = rng.choice([0, 1, 1, 1, 2, 2, 3])
    return cons, freq, pri


# ---- the oracle: truth table -------------------------------------------------

class Sums:
    """Σm, Σmin(m, y), Σmin(m, y, 1 - y) of one corner or term, in both models"""

    def __init__(self):
        self.e = [F(0)] * 3            # exact negations
        self.d = [F(0)] * 3            # negations rounded to doubles

    def add(self, me, md, y):
        for s, m in ((self.e, me), (self.d, md)):
            my = min(m, y)
            s[0] += m
            s[1] += my
            s[2] += min(m, y, ONE - y)


def literal(x, v):
    """membership in a literal: exact and as a double"""
    if v:
        return F(x), F(x)
    return ONE - F(x), F(1.0 - x)


def ratio(num_e, den_e, num_d, den_d):
    """(exact ratio or None, the extension's promised double or None)"""
    if den_e == 0 or den_d == 0:
        return (None if den_e == 0 else num_e / den_e, None if den_d == 0 else float(num_d) / float(den_d))
    return num_e / den_e, float(num_d) / float(den_d)


def pri_of(s):
    return ratio(s.e[1] - s.e[2], s.e[0] - s.e[2], s.d[1] - s.d[2], s.d[0] - s.d[2])


def cons_of(s):
    return ratio(s.e[1], s.e[0], s.d[1], s.d[0])


def valid_cases(ds):
    return [(x, F(y)) for x, y in ds["cases"] if y is not None and None not in x]


def truth_table(ds):
    k = ds["k"]
    cases = valid_cases(ds)
    rows = []
    for c in range(2 ** k):
        s = Sums()
        n = 0
        for x, y in cases:
            lits = [literal(x[j], bit(c, j, k)) for j in range(k)]
            me = min(l[0] for l in lits)
            md = min(l[1] for l in lits)
            n += me > HALF
            s.add(me, md, y)
        cons_e, cons = cons_of(s)
        pri_e, pri = pri_of(s)
        rows.append({"row": c + 1, "configuration": "".join(str(bit(c, j, k)) for j in range(k)),
                     "n": n, "cons": cons, "cons_e": cons_e, "pri": pri, "pri_e": pri_e})
    at_crossover = sum(1 for x, y in cases
                       if all(min(literal(x[j], bit(c, j, k))[0] for j in range(k)) <= HALF
                              for c in range(2 ** k)))
    return {"cases": len(cases), "at_crossover": at_crossover, "rows": rows}


def outcome_codes(table, cons_cut, freq_cut, pri_cut, stats):
    codes = []
    for r in table["rows"]:
        if r["n"] < max(freq_cut, 1):
            codes.append("?")
            continue
        ok_c = r["cons"] >= cons_cut
        ok_p = (r["pri"] if r["pri"] is not None else 0.0) >= pri_cut
        # boundary rows: the exact ratio on the other side of a cut than its double
        if (r["cons_e"] >= F(cons_cut)) != ok_c or \
                (r["pri_e"] is not None and (r["pri_e"] >= F(pri_cut)) != ok_p):
            stats["float_vs_exact_boundary"] += 1
        if r["cons"] == cons_cut:
            stats["consistency_equal_to_cut"] += 1
        if r["pri"] == pri_cut:
            stats["pri_equal_to_cut"] += 1
        codes.append("1" if ok_c and ok_p else "0")
        if not ok_c:
            stats["rows_below_consistency_cut"] += 1
        elif not ok_p:
            stats["rows_below_pri_cut_only"] += 1
    for r in table["rows"]:
        if 0 < r["n"] < freq_cut:
            stats["rows_below_frequency_cut"] += 1
    return codes


# ---- the oracle: minimization ----------------------------------------------

TERMS = {}


def terms_of(k):
    """every term (digits 0 absent, 1 present, 2 free) with its corner set"""
    if k not in TERMS:
        out = []
        for t in itertools.product((0, 1, 2), repeat=k):
            mask = 0
            for c in range(2 ** k):
                if all(d == 2 or d == bit(c, j, k) for j, d in enumerate(t)):
                    mask |= 1 << c
            out.append((t, mask))
        TERMS[k] = (out, dict(out))
    return TERMS[k]


def prime_implicants(k, pos, dc):
    """all implicants by enumeration; prime: no strictly larger implicant.
    Implicants are closed downwards (a term inside an implicant is one), so
    a strictly larger implicant exists iff one with one literal fewer does:
    that is the check, over corner sets."""
    terms, mask_of = terms_of(k)
    pmask = sum(1 << c for c in pos)
    allowed = pmask | sum(1 << c for c in dc)
    primes = []
    for t, m in terms:
        if m & ~allowed or not m & pmask:
            continue
        larger = (t[:j] + (2,) + t[j + 1:] for j in range(k) if t[j] != 2)
        if any(not mask_of[u] & ~allowed for u in larger):
            continue
        primes.append((t, m))
    return primes


def minimal_covers(pos, primes):
    """Petrick's method: every set of primes covering pos of the least size"""
    if not pos:
        return []
    cov = {c: [i for i, (t, m) in enumerate(primes) if m >> c & 1] for c in pos}
    # a greedy cover bounds the size
    left, bound = set(pos), 0
    while left:
        best = max(range(len(primes)), key=lambda i: sum(1 for c in left if primes[i][1] >> c & 1))
        left = {c for c in left if not primes[best][1] >> c & 1}
        bound += 1
    partial = {frozenset()}
    for c in sorted(pos, key=lambda c: len(cov[c])):
        nxt = set()
        for s in partial:
            if any(i in s for i in cov[c]):
                nxt.add(s)
            elif len(s) < bound:
                for i in cov[c]:
                    nxt.add(s | {i})
        partial = nxt
    size = min(len(s) for s in partial)
    return [s for s in partial if len(s) == size]


RANK = {1: 0, 0: 1, 2: 2}


def term_key(t):
    return (sum(1 for d in t if d != 2), tuple(RANK[d] for d in t))


def term_text(t, names):
    lits = [("~" if d == 0 else "") + names[j] for j, d in enumerate(t) if d != 2]
    return "*".join(lits) if lits else "1"


def minimize(k, pos, dc):
    """the models: each a list of terms in order; the models in order"""
    primes = prime_implicants(k, pos, dc)
    models = [sorted((primes[i][0] for i in cover), key=term_key)
              for cover in minimal_covers(pos, primes)]
    models.sort(key=lambda m: [term_key(t) for t in m])
    return models


def model_text(model, names):
    return " + ".join(term_text(t, names) for t in model)


def inside(t, p):
    """term t inside term p: every literal of p is in t"""
    return all(pd == 2 or td == pd for td, pd in zip(t, p))


def intermediate(k, pos, rem, complex_models, pars_models, expect):
    e = [1 if c == "1" else 0 if c == "0" else 2 for c in expect]
    out = []
    for cm in complex_models:
        for pm in pars_models:
            easy = set()
            for c in cm:
                for p in pm:
                    if not inside(c, p):
                        continue
                    region = tuple(2 if (p[j] == 2 and c[j] != 2 and e[j] != 2 and c[j] != e[j])
                                   else c[j] for j in range(k))
                    easy |= {r for r in rem if inside(tuple(bit(r, j, k) for j in range(k)), region)}
            for m in minimize(k, pos, sorted(easy)):
                if m not in out:
                    out.append(m)
    return out


# ---- the oracle: fit ---------------------------------------------------------

def model_fit(ds, model):
    cases = valid_cases(ds)
    nt = len(model)
    ts = [Sums() for _ in model]
    ms = Sums()
    sy = F(0)
    rest_e = [F(0)] * nt               # Σmin(model without term i, y), exact negations
    rest_d = [F(0)] * nt
    for x, y in cases:
        te, td = [], []
        for t in model:
            lits = [literal(x[j], d) for j, d in enumerate(t) if d != 2] or [(ONE, ONE)]
            te.append(min(l[0] for l in lits))
            td.append(min(l[1] for l in lits))
        sy += y
        ms.add(max(te), max(td), y)
        for i in range(nt):
            ts[i].add(te[i], td[i], y)
            others_e = [te[j] for j in range(nt) if j != i] or [F(0)]
            others_d = [td[j] for j in range(nt) if j != i] or [F(0)]
            rest_e[i] += min(max(others_e), y)
            rest_d[i] += min(max(others_d), y)
    out = {"cases": len(cases), "consistency": cons_of(ms), "pri": pri_of(ms),
           "coverage": ratio(ms.e[1], sy, ms.d[1], sy), "terms": []}
    for i, t in enumerate(model):
        s = ts[i]
        out["terms"].append({
            "term": term_text(t, ds["names"]),
            "consistency": cons_of(s), "pri": pri_of(s),
            "raw_coverage": ratio(s.e[1], sy, s.d[1], sy),
            "unique_coverage": ratio(ms.e[1] - rest_e[i], sy, ms.d[1] - rest_d[i], sy)})
    return out


def condition_fit(ds, j):
    """qca_fit(x_j, y) skips a case only when x_j or y is NULL; no negation,
    so one model"""
    cases = [(x, F(y)) for x, y in ds["cases"] if y is not None and x[j] is not None]
    sx = sum((F(x[j]) for x, y in cases), F(0))
    sy = sum((y for x, y in cases), F(0))
    sxy = sum((min(F(x[j]), y) for x, y in cases), F(0))
    sxyn = sum((min(F(x[j]), y, ONE - y) for x, y in cases), F(0))
    n = len(cases)

    def r(a, b):
        return ratio(a, b, a, b)
    return {"consistency": r(sxy, sx), "coverage": r(sxy, sy), "pri": r(sxy - sxyn, sx - sxyn),
            "necessity": r(sxy, sy), "relevance": r(n - sx, n - sxy)}


# ---- comparing ----------------------------------------------------------------

def same_number(got, want):
    """got: the extension's float or None; want: (exact or None, double or None)"""
    exact, dbl = want
    if exact is None or dbl is None:
        return got is None and exact is None and dbl is None
    if got is None or got != dbl:
        return False
    g = F(got)
    return abs(g - exact) <= REL * abs(exact) if exact != 0 else abs(g) <= REL


def show(want):
    exact, dbl = want
    return "%r (exact %s)" % (dbl, "null" if exact is None else "%.17g" % float(exact))


class Suite:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, ok, what, detail=""):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print("FAIL %s%s" % (what, ("\n  " + detail.replace("\n", "\n  ")) if detail else ""))
        return ok


def array_literal(values):
    return "{" + ",".join("NULL" if v is None else repr(v) for v in values) + "}"


def compare_table(suite, tag, got, want):
    bad = []
    if got["cases"] != want["cases"]:
        bad.append("cases %s, oracle %s" % (got["cases"], want["cases"]))
    if got["cases_at_crossover"] != want["at_crossover"]:
        bad.append("cases_at_crossover %s, oracle %s" % (got["cases_at_crossover"], want["at_crossover"]))
    if len(got["rows"]) != len(want["rows"]):
        bad.append("%d rows, oracle %d" % (len(got["rows"]), len(want["rows"])))
    for g, w in zip(got["rows"], want["rows"]):
        if g["row"] != w["row"] or g["configuration"] != w["configuration"] or g["n"] != w["n"]:
            bad.append("row %s %s n %s, oracle row %s %s n %s" % (g["row"], g["configuration"], g["n"],
                                                                  w["row"], w["configuration"], w["n"]))
        for key, wk in (("consistency", "cons"), ("pri", "pri")):
            want_pair = (w[wk + "_e"], w[wk])
            if not same_number(g[key], want_pair):
                bad.append("row %s %s %r, oracle %s" % (w["configuration"], key, g[key], show(want_pair)))
    suite.check(not bad, tag + " truth table", "\n".join(bad[:8]))


def compare_fit(suite, tag, got, want):
    bad = []
    if got["cases"] != want["cases"]:
        bad.append("cases %s, oracle %s" % (got["cases"], want["cases"]))
    for key in ("consistency", "pri", "coverage"):
        if not same_number(got[key], want[key]):
            bad.append("model %s %r, oracle %s" % (key, got[key], show(want[key])))
    if [t["term"] for t in got["terms"]] != [t["term"] for t in want["terms"]]:
        bad.append("terms %s, oracle %s" % ([t["term"] for t in got["terms"]],
                                            [t["term"] for t in want["terms"]]))
    else:
        for g, w in zip(got["terms"], want["terms"]):
            for key in ("consistency", "pri", "raw_coverage", "unique_coverage"):
                if not same_number(g[key], w[key]):
                    bad.append("term %s %s %r, oracle %s" % (w["term"], key, g[key], show(w[key])))
    suite.check(not bad, tag, "\n".join(bad[:8]))


def self_test(suite):
    """the oracle itself on results known without any program: a textbook
    cyclic function (two equally minimal models; e.g. McCluskey 1956's kind
    of example), and the intermediate solutions worked out by hand in
    doc/qca.md (positive 101 and 110, remainders 001 and 111)"""
    abc = ["A", "B", "C"]
    got = [model_text(m, abc) for m in minimize(3, [0, 1, 2, 5, 6, 7], [])]
    suite.check(got == ["A*B + ~A*~C + ~B*C", "A*C + ~A*~B + B*~C"], "oracle self-test: cyclic function", str(got))
    got = [model_text(m, abc) for m in minimize(3, [7], [3, 5, 6])]
    # 111 with 011, 101, 110: each pair of conditions is a prime, each alone a cover
    suite.check(got == ["A*B", "A*C", "B*C"], "oracle self-test: remainders as don't cares", str(got))
    cplx, pars = minimize(3, [5, 6], []), minimize(3, [5, 6], [1, 7])
    got = ([model_text(m, abc) for m in cplx], [model_text(m, abc) for m in pars])
    suite.check(got == (["A*B*~C + A*~B*C"], ["A*B + A*C", "A*B + ~B*C"]),
                "oracle self-test: complex and parsimonious of doc/qca.md's example", str(got))
    for expect, want in (("111", ["A*B + A*C"]), ("000", ["A*B*~C + A*~B*C", "~B*C + A*B*~C"]),
                         ("---", ["A*B*~C + A*~B*C"])):
        got = [model_text(m, abc) for m in intermediate(3, [5, 6], [1, 7], cplx, pars, expect)]
        suite.check(got == want, "oracle self-test: intermediate with expectations %s" % expect, str(got))


def set_parallel(cur, on):
    for stmt in (["SET parallel_setup_cost = 0", "SET parallel_tuple_cost = 0",
                  "SET min_parallel_table_scan_size = 0", "SET max_parallel_workers_per_gather = 2"]
                 if on else ["RESET parallel_setup_cost", "RESET parallel_tuple_cost",
                             "RESET min_parallel_table_scan_size",
                             "RESET max_parallel_workers_per_gather"]):
        cur.execute(stmt)
    cur.execute("SELECT name FROM pg_settings WHERE name IN ('debug_parallel_query', 'force_parallel_mode')")
    name = cur.fetchone()[0]
    cur.execute("SET %s = %s" % (name, "on" if on else "off"))


def main():
    conn = psycopg2.connect(dbname="postgres")
    conn.autocommit = True
    conn.cursor().execute('DROP DATABASE IF EXISTS "%s" WITH (FORCE)' % DB)
    conn.cursor().execute('CREATE DATABASE "%s"' % DB)
    conn.close()
    conn = psycopg2.connect(dbname=DB)
    conn.autocommit = True
    cur = conn.cursor()
    cur.execute("CREATE EXTENSION cocreation")
    cur.execute("CREATE TABLE cases (ds int, i int, m float8[], y float8)")
    cur.execute("CREATE TABLE tables (ds int PRIMARY KEY, t jsonb)")

    suite = Suite()
    fits = []
    self_test(suite)
    stats = {key: 0 for key in (
        "data_sets_crisp", "data_sets_fuzzy", "cases", "cases_missing", "memberships_at_0.5",
        "outcomes_at_0.5", "contradictory_rows", "rows_below_frequency_cut",
        "rows_below_consistency_cut", "rows_below_pri_cut_only", "consistency_equal_to_cut",
        "pri_equal_to_cut", "float_vs_exact_boundary", "remainders", "positive_rows",
        "solutions_with_several_models", "intermediate_between", "models_fitted", "models_1")}
    per_k = {k: [0, 0] for k in range(2, 8)}
    seed_list = seeds()
    print("# seeds: %d..%d (%d data sets); one data set: QCA_ORACLE_SEEDS=N" %
          (min(seed_list), max(seed_list), len(seed_list)) if seed_list == list(range(
              min(seed_list), max(seed_list) + 1)) else "# seeds: %s" % seed_list)
    sets = [make_dataset(s) for s in seed_list]
    for ds in sets:
        rows = [(ds["seed"], i, array_literal(x), None if y is None else repr(y))
                for i, (x, y) in enumerate(ds["cases"])]
        cur.executemany("INSERT INTO cases VALUES (%s, %s, %s::float8[], %s::float8)", rows)
    cur.execute("ANALYZE cases")

    for ds in sets:
        seed, k, names = ds["seed"], ds["k"], ds["names"]
        tag = "seed %d (k=%d, %s, %d cases)" % (seed, k, "crisp" if ds["crisp"] else "fuzzy",
                                                 len(ds["cases"]))
        per_k[k][0 if ds["crisp"] else 1] += 1
        stats["data_sets_crisp" if ds["crisp"] else "data_sets_fuzzy"] += 1
        valid = valid_cases(ds)
        stats["cases"] += len(valid)
        stats["cases_missing"] += len(ds["cases"]) - len(valid)
        stats["memberships_at_0.5"] += sum(1 for x, y in valid for v in x if v == 0.5)
        stats["outcomes_at_0.5"] += sum(1 for x, y in valid if y == HALF)

        # the truth table
        table = truth_table(ds)
        cur.execute("INSERT INTO tables SELECT %s, qca_truth_table(m, y, %s::text[]) FROM cases "
                    "WHERE ds = %s RETURNING t", (seed, names, seed))
        got = cur.fetchone()[0]
        compare_table(suite, tag, got, table)
        for c in range(2 ** k):
            ys = [y for x, y in valid
                  if min(literal(x[j], bit(c, j, k))[0] for j in range(k)) > HALF]
            if any(y > HALF for y in ys) and any(y < HALF for y in ys):
                stats["contradictory_rows"] += 1

        # the outcome codes under the cut-offs
        cons_cut, freq_cut, pri_cut = choose_cuts(ds, table["rows"])
        tag += " cuts %r/%d/%r" % (cons_cut, freq_cut, pri_cut)
        codes = outcome_codes(table, cons_cut, freq_cut, pri_cut, stats)
        cur.execute("SELECT outcome FROM qca_truth_table_rows((SELECT t FROM tables WHERE ds = %s), "
                    "%s::float8, %s::int8, %s::float8) ORDER BY row", (seed, cons_cut, freq_cut, pri_cut))
        got_codes = [r[0] for r in cur.fetchall()]
        suite.check(got_codes == codes, tag + " outcome codes",
                    "extension %s\noracle    %s" % ("".join(got_codes), "".join(codes)))
        pos = [c for c in range(2 ** k) if codes[c] == "1"]
        rem = [c for c in range(2 ** k) if codes[c] == "?"]
        stats["positive_rows"] += len(pos)
        stats["remainders"] += len(rem)

        # the solutions
        cplx = minimize(k, pos, [])
        pars = minimize(k, pos, rem)
        inter = intermediate(k, pos, rem, cplx, pars, ds["expect"])
        want = {"complex": [model_text(m, names) for m in cplx],
                "parsimonious": [model_text(m, names) for m in pars],
                "intermediate": [model_text(m, names) for m in inter]}
        for s in want.values():
            stats["solutions_with_several_models"] += len(s) > 1
        stats["intermediate_between"] += (want["intermediate"] != want["complex"]
                                          and want["intermediate"] != want["parsimonious"])
        for call, args, sols in (
                ("qca_minimize", "", ("complex", "parsimonious")),
                ("qca_minimize with expectations %s" % ds["exp_arg"], ", %s::text[]",
                 ("complex", "intermediate", "parsimonious"))):
            params = [seed, cons_cut, freq_cut, pri_cut] + ([ds["exp_arg"]] if args else [])
            cur.execute("SELECT solution, model, expression FROM qca_minimize("
                        "(SELECT t FROM tables WHERE ds = %s), %s::float8, %s::int8, %s::float8"
                        + args + ")", params)
            got_rows = cur.fetchall()
            want_rows = [(s, i + 1, m) for s in sols for i, m in enumerate(want[s])]
            suite.check(got_rows == want_rows, "%s %s" % (tag, call),
                        "extension %s\noracle    %s\npositive %s remainders %s expectations %s"
                        % (got_rows, want_rows, pos, rem, "".join(ds["expect"])))

        # the fit of every model
        models = []
        for m in cplx + inter + pars:
            if m not in models:
                models.append(m)
        for m in models:
            text = model_text(m, names)
            try:
                cur.execute("SELECT qca_model_fit(m, y, %s::text[], %s::text) FROM cases WHERE ds = %s",
                            (names, text, seed))
            except psycopg2.Error as e:
                suite.check(False, "%s model fit %s" % (tag, text), "error: %s" % str(e).strip())
                continue
            got_fit = cur.fetchone()[0]
            compare_fit(suite, "%s model fit %s" % (tag, text), got_fit, model_fit(ds, m))
            fits.append((seed, text, json.dumps(got_fit)))
            stats["models_fitted"] += 1
            stats["models_1"] += text == "1"

        # the fit of each condition
        bad = []
        for j in range(k):
            cur.execute("SELECT qca_consistency(f), qca_coverage(f), qca_pri(f), "
                        "qca_necessity_consistency(f), qca_relevance(f) "
                        "FROM (SELECT qca_fit(m[%s], y) AS f FROM cases WHERE ds = %s) s", (j + 1, seed))
            got_f = dict(zip(("consistency", "coverage", "pri", "necessity", "relevance"), cur.fetchone()))
            want_f = condition_fit(ds, j)
            for key in got_f:
                if not same_number(got_f[key], want_f[key]):
                    bad.append("%s %s %r, oracle %s" % (names[j], key, got_f[key], show(want_f[key])))
        suite.check(not bad, tag + " qca_fit of each condition", "\n".join(bad[:8]))

    # the same grouped by data set, the partial aggregates combined and
    # passed between processes.  The rows of each data set are spread over
    # three partitions (by case number):
    #   partition-wise  no parallel plan, a partial aggregate per partition,
    #                   the three states of each group combined (the combine
    #                   function), whichever process runs what;
    #   parallel        forced parallel plans, the leader not scanning: every
    #                   partial state comes from a worker, serialized.
    # Asserted from each plan (EXPLAIN ANALYZE of the very run compared).
    cur.execute("CREATE TABLE names (ds int, names text[])")
    cur.executemany("INSERT INTO names VALUES (%s, %s::text[])", [(ds["seed"], ds["names"]) for ds in sets])
    cur.execute("CREATE TABLE pfits (ds int, model text, serial jsonb)")
    cur.executemany("INSERT INTO pfits VALUES (%s, %s, %s::jsonb)", fits)
    for t in ("pcases", "pfitcases"):
        cur.execute("CREATE TABLE %s (part int, ds int, model text, m float8[], y float8, names text[]) "
                    "PARTITION BY LIST (part)" % t)
        for part in range(3):
            cur.execute("CREATE TABLE %s_%d PARTITION OF %s FOR VALUES IN (%d)" % (t, part, t, part))
    cur.execute("INSERT INTO pcases SELECT i % 3, ds, NULL, m, y, names FROM cases JOIN names USING (ds)")
    cur.execute("INSERT INTO pfitcases SELECT c.i % 3, c.ds, f.model, c.m, c.y, n.names "
                "FROM cases c JOIN names n USING (ds) JOIN pfits f USING (ds)")
    cur.execute("ANALYZE pcases; ANALYZE pfitcases")
    for mode in ("partition-wise", "parallel"):
        if mode == "parallel":
            set_parallel(cur, True)
            cur.execute("SET parallel_leader_participation = off")
        else:
            cur.execute("SET enable_partitionwise_aggregate = on")
            cur.execute("SET max_parallel_workers_per_gather = 0")
        for what, grouped, serial in (
                ("truth tables", "SELECT ds, qca_truth_table(m, y, names) FROM pcases GROUP BY ds",
                 "SELECT ds, t FROM tables"),
                ("model fits", "SELECT ds, model, qca_model_fit(m, y, names, model) FROM pfitcases "
                 "GROUP BY ds, model", "SELECT ds, model, serial FROM pfits")):
            cur.execute(serial)
            ser = {r[:-1]: r[-1] for r in cur.fetchall()}
            cur.execute("DROP TABLE IF EXISTS presult")
            cur.execute("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) CREATE TABLE presult AS "
                        + grouped)
            plan = "\n".join(r[0] for r in cur.fetchall())
            # rows per loop: a whole number up to PostgreSQL 17, "300.00" from 18
            states = sum(round(float(r) * int(l)) for r, l in
                         re.findall(r"Partial \w*Aggregate \(actual rows=([\d.]+) loops=(\d+)", plan))
            cur.execute("SELECT * FROM presult")
            par = {r[:-1]: r[-1] for r in cur.fetchall()}
            diffs = sorted(key for key in ser if par.get(key) != ser[key])
            if len(par) != len(ser):
                diffs.append("%d groups, serially %d" % (len(par), len(ser)))
            print("# %s %s: %d partial states for %d groups" % (mode, what, states, len(ser)))
            if mode == "parallel":
                shape = re.search(r"Workers Launched: [1-9]", plan) and states >= len(ser)
            else:
                shape = "Gather" not in plan and states > len(ser)
            suite.check(shape, "the grouped %s, %s: the plan has %d partial states for %d groups%s"
                        % (what, mode, states, len(ser), " from workers" if mode == "parallel" else ""),
                        plan)
            suite.check(ser and not diffs, "%d %s the same %s" % (len(ser), what, mode),
                        "differ: %s" % diffs[:10])
        if mode == "parallel":
            cur.execute("RESET parallel_leader_participation")
            set_parallel(cur, False)
        else:
            cur.execute("RESET enable_partitionwise_aggregate")
            cur.execute("RESET max_parallel_workers_per_gather")

    print("# data sets per k (crisp, fuzzy): %s" % ", ".join("%d: %d+%d" % (k, v[0], v[1])
                                                            for k, v in per_k.items()))
    print("# " + ", ".join("%s %d" % kv for kv in stats.items()))
    # the data must contain what the suite claims to test
    for key in ("data_sets_crisp", "data_sets_fuzzy", "cases_missing", "memberships_at_0.5",
                "outcomes_at_0.5", "contradictory_rows", "rows_below_frequency_cut",
                "rows_below_consistency_cut", "rows_below_pri_cut_only", "consistency_equal_to_cut",
                "pri_equal_to_cut", "remainders", "solutions_with_several_models",
                "intermediate_between", "models_1"):
        if len(seed_list) >= 100:
            suite.check(stats[key] > 0, "the data sets contain %s" % key)
    conn.close()
    print("qca_oracle: %d passed, %d failed" % (suite.passed, suite.failed))
    return 1 if suite.failed else 0


if __name__ == "__main__":
    sys.exit(main())
