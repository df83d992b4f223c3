/*
 * minimize.c: exact Boolean minimization of a truth table (Quine-McCluskey
 * prime implicants, then every cover with the fewest prime implicants),
 * qca_minimize_corners(names, positive, remainders).
 *
 * Terms are ternary words, one digit per condition: 0 absent, 1 present,
 * 2 free.  ok[t] says that every corner of term t is positive or a remainder
 * (a "don't care"); it is computed for all 3^k terms in increasing order,
 * a term with a free digit j being ok when its two halves (digit j 0 and 1,
 * both smaller numbers) are.  A prime implicant is an ok term covering a
 * positive corner that no term with one more free digit contains.
 *
 * The covers: a branch and bound that takes the positive corner with the
 * fewest prime implicants still uncovered and tries each of them, keeping
 * every cover of the smallest size found.  The search is exponential in the
 * worst case: it is bounded (CC_MIN_NODES) and answers to cancellation.
 * Models come out in a fixed order: terms by number of literals, then by
 * their digits (present before absent before free, condition by condition);
 * models by their terms in that order.
 *
 * The intermediate solution (qca_minimize_intermediate) is built on the same
 * minimization; the rule it follows is described above its function.
 */
#include "postgres.h"

#include <limits.h>

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"

#include "qca.h"
#include "util.h"

#define CC_MIN_NODES	50000000L	/* search nodes before giving up */

/*
 * The most conditions minimized over corner numbers: more than a truth
 * table takes (CC_QCA_MAX_CONDITIONS), for tables built elsewhere; the
 * prime implicants are sought over all 3^16 = 43 million terms, a byte each.
 */
#define CC_MIN_MAX_CONDITIONS	16
#define CC_MIN_MODELS	10000		/* equally minimal models at most */
#define CC_MIN_PAIRS	1000		/* complex x parsimonious models, intermediate */

typedef struct Prime
{
	int			term;			/* ternary word */
	int			literals;
	char		digit[CC_MIN_MAX_CONDITIONS];
} Prime;

typedef struct Search
{
	int			nprimes;
	int			npos;
	int		  **covers;			/* per positive corner, primes covering it, -1 ended */
	int		   *ncovers;		/* their number */
	bool	   *covered_by;		/* npos x nprimes */
	int		   *chosen;
	int			best;
	int		  **models;			/* sorted prime lists of size best */
	int			nmodels;
	int			cap;
	long		nodes;
} Search;

static int	pow3[CC_MIN_MAX_CONDITIONS + 1];

static int
prime_cmp(const void *a, const void *b)
{
	const Prime *p = a;
	const Prime *q = b;
	int			j;

	if (p->literals != q->literals)
		return p->literals - q->literals;
	for (j = 0; j < CC_MIN_MAX_CONDITIONS; j++)
	{
		/* present (1) before absent (0) before free (2) */
		static const int rank[3] = {1, 0, 2};

		if (p->digit[j] != q->digit[j])
			return rank[(int) p->digit[j]] - rank[(int) q->digit[j]];
	}
	return 0;
}

static int
int_cmp(const void *a, const void *b)
{
	return *(const int *) a - *(const int *) b;
}

/* record the chosen primes as a model, if new; a smaller size clears the others */
static void
record_model(Search *s, int size)
{
	int		   *m = palloc(sizeof(int) * size);
	int			i;

	memcpy(m, s->chosen, sizeof(int) * size);
	qsort(m, size, sizeof(int), int_cmp);
	if (size < s->best)
	{
		s->best = size;
		s->nmodels = 0;
	}
	for (i = 0; i < s->nmodels; i++)
		if (memcmp(s->models[i], m, sizeof(int) * size) == 0)
			return;
	if (s->nmodels == CC_MIN_MODELS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("more than %d equally minimal models", CC_MIN_MODELS),
				 errhint("Raise the consistency or frequency cut-off, or use fewer conditions.")));
	if (s->nmodels == s->cap)
	{
		s->cap *= 2;
		s->models = repalloc(s->models, sizeof(int *) * s->cap);
	}
	s->models[s->nmodels++] = m;
}

static void
search(Search *s, int *count, int size)
{
	int			i,
				pick = -1,
				fewest = INT_MAX;

	CHECK_FOR_INTERRUPTS();
	if (++s->nodes > CC_MIN_NODES)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("minimization needs more than %ld search steps", CC_MIN_NODES),
				 errhint("Raise the consistency or frequency cut-off, or use fewer conditions.")));
	/* the uncovered positive corner with the fewest candidates */
	for (i = 0; i < s->npos; i++)
	{
		if (count[i] == 0 && s->ncovers[i] < fewest)
		{
			fewest = s->ncovers[i];
			pick = i;
		}
	}
	if (pick < 0)
	{
		if (size <= s->best)
			record_model(s, size);
		return;
	}
	if (size + 1 > s->best)
		return;
	for (int *c = s->covers[pick]; *c >= 0; c++)
	{
		int			p = *c;

		for (i = 0; i < s->npos; i++)
			count[i] += s->covered_by[i * s->nprimes + p];
		s->chosen[size] = p;
		search(s, count, size + 1);
		for (i = 0; i < s->npos; i++)
			count[i] -= s->covered_by[i * s->nprimes + p];
	}
}

/* a term in QCA notation: A*~B, or 1 for the term without literals */
static void
append_term(StringInfo buf, const Prime *p, char **names, int k)
{
	bool		first = true;
	int			j;

	for (j = 0; j < k; j++)
	{
		if (p->digit[j] == 2)
			continue;
		appendStringInfo(buf, "%s%s%s", first ? "" : "*", p->digit[j] == 0 ? "~" : "",
						 names[j]);
		first = false;
	}
	if (first)
		appendStringInfoChar(buf, '1');
}

/* the corner numbers of an int4 array, checked to be in 0 .. 2^k - 1 */
static int *
corners_of(ArrayType *arr, int k, int *n)
{
	Datum	   *elems;
	bool	   *nulls;
	int		   *out;
	int			i;

	deconstruct_array(arr, INT4OID, 4, true, TYPALIGN_INT, &elems, &nulls, n);
	out = palloc(sizeof(int) * Max(*n, 1));
	for (i = 0; i < *n; i++)
	{
		if (nulls[i] || DatumGetInt32(elems[i]) < 0 || DatumGetInt32(elems[i]) >= (1 << k))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("corner numbers are 0 to %d for %d conditions", (1 << k) - 1, k)));
		out[i] = DatumGetInt32(elems[i]);
	}
	return out;
}

/* the ternary word of corner c (first condition the most significant bit) */
static int
ternary_of_corner(int c, int k)
{
	int			t = 0;
	int			j;

	for (j = 0; j < k; j++)
		t += ((c >> (k - 1 - j)) & 1) * pow3[k - 1 - j];
	return t;
}

/* is corner c (first condition the most significant bit) inside the term */
static bool
term_has_corner(const char *digit, int c, int k)
{
	int			j;

	for (j = 0; j < k; j++)
		if (digit[j] != 2 && digit[j] != ((c >> (k - 1 - j)) & 1))
			return false;
	return true;
}

/* the minimization of one set of positive corners with some don't cares */
typedef struct Solution
{
	Prime	   *primes;
	int			nprimes;
	int		  **models;			/* prime indices, sorted, size each */
	int			nmodels;
	int			size;
} Solution;

/*
 * Quine-McCluskey over all 3^k terms, then every cover of the positive
 * corners with the fewest prime implicants, the models in fixed order.
 */
static void
minimize_core(int k, const int *pos, int npos, const int *dc, int ndc, Solution *out)
{
	int			nterms;
	uint8	   *ok;				/* 1 ok, 2 ok and covers a positive corner */
	Prime	   *primes;
	int			nprimes = 0;
	Search		s;
	int		   *count;
	int			i,
				j,
				t;

	pow3[0] = 1;
	for (j = 1; j <= k; j++)
		pow3[j] = pow3[j - 1] * 3;
	nterms = pow3[k];
	ok = palloc0(nterms);
	for (i = 0; i < ndc; i++)
		ok[ternary_of_corner(dc[i], k)] = 1;
	for (i = 0; i < npos; i++)
		ok[ternary_of_corner(pos[i], k)] = 2;

	/* a term with a free digit: both halves ok (and covering a positive if either does) */
	for (t = 0; t < nterms; t++)
	{
		int			rest = t;

		if ((t & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
		for (j = 0; j < k; j++, rest /= 3)
		{
			if (rest % 3 == 2)
			{
				uint8		a = ok[t - 2 * pow3[j]];
				uint8		b = ok[t - pow3[j]];

				ok[t] = (a && b) ? Max(a, b) : 0;
				break;
			}
		}
	}

	/* the prime implicants: covering a positive corner, in no larger ok term */
	primes = palloc(sizeof(Prime) * 64);
	for (t = 0; t < nterms; t++)
	{
		bool		prime = ok[t] == 2;
		Prime		p;

		if (!prime)
			continue;
		memset(&p, 0, sizeof(p));
		p.term = t;
		for (j = k - 1; j >= 0; j--)
		{
			int			d = (t / pow3[j]) % 3;

			p.digit[k - 1 - j] = (char) d;
			if (d != 2)
			{
				p.literals++;
				if (ok[t + (2 - d) * pow3[j]])
					prime = false;
			}
		}
		if (!prime)
			continue;
		if (nprimes > 0 && (nprimes & (nprimes - 1)) == 0 && nprimes >= 64)
			primes = repalloc(primes, sizeof(Prime) * nprimes * 2);
		primes[nprimes++] = p;
	}
	pfree(ok);
	qsort(primes, nprimes, sizeof(Prime), prime_cmp);

	/* which primes cover which positive corner */
	memset(&s, 0, sizeof(s));
	s.nprimes = nprimes;
	s.npos = npos;
	s.covered_by = palloc0(sizeof(bool) * Max(npos, 1) * Max(nprimes, 1));
	s.covers = palloc(sizeof(int *) * Max(npos, 1));
	s.ncovers = palloc(sizeof(int) * Max(npos, 1));
	for (i = 0; i < npos; i++)
	{
		int			n = 0;

		s.covers[i] = palloc(sizeof(int) * (nprimes + 1));
		for (int p = 0; p < nprimes; p++)
		{
			if (term_has_corner(primes[p].digit, pos[i], k))
			{
				s.covers[i][n++] = p;
				s.covered_by[i * nprimes + p] = true;
			}
		}
		s.covers[i][n] = -1;
		s.ncovers[i] = n;
	}
	s.chosen = palloc(sizeof(int) * (nprimes + 1));
	s.best = INT_MAX;
	s.cap = 16;
	s.models = palloc(sizeof(int *) * s.cap);
	count = palloc0(sizeof(int) * Max(npos, 1));
	if (npos > 0)
		search(&s, count, 0);

	/* models by their sorted prime indices, lexicographically (insertion sort) */
	for (i = 1; i < s.nmodels; i++)
	{
		int		   *m = s.models[i];
		int			a = i;

		while (a > 0)
		{
			int			c = 0;
			int			e;

			for (e = 0; e < s.best && c == 0; e++)
				c = s.models[a - 1][e] - m[e];
			if (c <= 0)
				break;
			s.models[a] = s.models[a - 1];
			a--;
		}
		s.models[a] = m;
	}
	for (i = 0; i < npos; i++)
		pfree(s.covers[i]);
	pfree(s.covers);
	pfree(s.ncovers);
	pfree(s.covered_by);
	pfree(s.chosen);
	pfree(count);
	out->primes = primes;
	out->nprimes = nprimes;
	out->models = s.models;
	out->nmodels = s.nmodels;
	out->size = s.nmodels > 0 ? s.best : 0;
}

/* model m of a solution in QCA notation */
static char *
model_text(const Solution *sol, int m, char **names, int k)
{
	StringInfoData buf;
	int			j;

	initStringInfo(&buf);
	for (j = 0; j < sol->size; j++)
	{
		if (j > 0)
			appendStringInfoString(&buf, " + ");
		append_term(&buf, &sol->primes[sol->models[m][j]], names, k);
	}
	return buf.data;
}

/* the memory of a solution, given back between the pairs of models */
static void
solution_free(Solution *sol)
{
	int			i;

	for (i = 0; i < sol->nmodels; i++)
		pfree(sol->models[i]);
	pfree(sol->models);
	pfree(sol->primes);
}

/* the condition names of a text array, with k checked */
static char **
names_of(ArrayType *arr, int *k)
{
	Datum	   *elems;
	bool	   *nulls;
	char	  **names;
	int			j;

	deconstruct_array(arr, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, k);
	if (*k < 1 || *k > CC_MIN_MAX_CONDITIONS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("minimization takes 1 to %d conditions, not %d",
						CC_MIN_MAX_CONDITIONS, *k)));
	names = palloc(sizeof(char *) * *k);
	for (j = 0; j < *k; j++)
		names[j] = nulls[j] ? "?" : TextDatumGetCString(elems[j]);
	return names;
}

PG_FUNCTION_INFO_V1(qca_minimize_corners);
Datum
qca_minimize_corners(PG_FUNCTION_ARGS)
{
	int			k;
	char	  **names = names_of(PG_GETARG_ARRAYTYPE_P(0), &k);
	int			npos,
				nrem;
	int		   *pos = corners_of(PG_GETARG_ARRAYTYPE_P(1), k, &npos);
	int		   *rem = corners_of(PG_GETARG_ARRAYTYPE_P(2), k, &nrem);
	Solution	sol;
	Datum	   *out;
	int			i;

	minimize_core(k, pos, npos, rem, nrem, &sol);
	out = palloc(sizeof(Datum) * Max(sol.nmodels, 1));
	for (i = 0; i < sol.nmodels; i++)
		out[i] = CStringGetTextDatum(model_text(&sol, i, names, k));
	PG_RETURN_ARRAYTYPE_P(construct_array(out, sol.nmodels, TEXTOID, -1, false, TYPALIGN_INT));
}

/*
 * The directional expectations: per condition 1 (its presence is expected
 * to contribute to the outcome), 0 (its absence) or 2 (no expectation).
 * Either one of '1', '0', '-' per condition, in order; or the names of the
 * conditions with an expectation, ~ before a name for absence.
 */
static void
expectations_of(ArrayType *arr, char **names, int k, char *expect)
{
	Datum	   *elems;
	bool	   *nulls;
	int			n,
				i,
				j;
	bool		positional;

	if (ARR_NDIM(arr) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("expectations must be a one-dimensional array")));
	deconstruct_array(arr, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
	positional = n == k;
	for (i = 0; i < n; i++)
	{
		if (nulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("expectations must not be null"),
					 errhint("Write '-' for a condition without an expectation.")));
		if (positional)
		{
			char	   *s = TextDatumGetCString(elems[i]);

			positional = strcmp(s, "1") == 0 || strcmp(s, "0") == 0 || strcmp(s, "-") == 0;
		}
	}
	memset(expect, 2, k);
	for (i = 0; i < n; i++)
	{
		char	   *s = TextDatumGetCString(elems[i]);
		bool		absent = !positional && s[0] == '~';
		const char *name = absent ? s + 1 : s;

		if (positional)
		{
			expect[i] = s[0] == '1' ? 1 : s[0] == '0' ? 0 : 2;
			continue;
		}
		for (j = 0; j < k && strcmp(name, names[j]) != 0; j++)
			;
		if (j == k && (strcmp(s, "1") == 0 || strcmp(s, "0") == 0 || strcmp(s, "-") == 0))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%d expectations for %d conditions", n, k),
					 errhint("Give one of '1' (present), '0' (absent) or '-' (no expectation) "
							 "for each condition, in order.")));
		if (j == k)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("expectation \"%s\" is not a condition", cc_clip_for_error(s, strlen(s))),
					 errhint("Give one of '1' (present), '0' (absent) or '-' (no expectation) "
							 "for each of the %d conditions in order, or name the conditions "
							 "with an expectation, ~ before a name for absent (e.g. %s, ~%s).",
							 k, names[0], names[k - 1])));
		if (expect[j] != 2)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("condition \"%s\" has two expectations", names[j]),
					 errhint("Name each condition at most once.")));
		expect[j] = absent ? 0 : 1;
	}
}

/* is term q (digits) inside term p: every literal of p is in q */
static bool
term_within(const char *q, const char *p, int k)
{
	int			j;

	for (j = 0; j < k; j++)
		if (p[j] != 2 && q[j] != p[j])
			return false;
	return true;
}

/*
 * The easy counterfactuals of complex model ci and parsimonious model pj
 * (see qca_minimize_intermediate): the remainders inside some term c of the
 * complex model opened towards the expectations within a term p of the
 * parsimonious model that contains c.  Written to easy; their number.
 */
static int
easy_counterfactuals(const Solution *cons, int ci, const Solution *pars, int pj,
					 const char *expect, const int *rem, int nrem, int k, int *easy)
{
	bool	   *is_easy = palloc0(sizeof(bool) * Max(nrem, 1));
	int			a,
				b,
				i,
				j,
				n = 0;

	for (a = 0; a < cons->size; a++)
	{
		const char *c = cons->primes[cons->models[ci][a]].digit;

		for (b = 0; b < pars->size; b++)
		{
			const char *p = pars->primes[pars->models[pj][b]].digit;
			char		region[CC_MIN_MAX_CONDITIONS];

			if (!term_within(c, p, k))
				continue;
			for (j = 0; j < k; j++)
				region[j] = (p[j] == 2 && c[j] != 2 && expect[j] != 2 && c[j] != expect[j])
					? 2 : c[j];
			for (i = 0; i < nrem; i++)
				if (term_has_corner(region, rem[i], k))
					is_easy[i] = true;
		}
	}
	for (i = 0; i < nrem; i++)
		if (is_easy[i])
			easy[n++] = rem[i];
	pfree(is_easy);
	return n;
}

/*
 * The intermediate solution (Ragin & Sonnett 2005; Ragin 2008, ch. 9;
 * Schneider & Wagemann 2012, ch. 8.2), as R's QCA package computes it:
 * for every pair of a complex model C and a parsimonious model P,
 *
 *   1. the easy counterfactuals: for every term c of C and every term p of
 *      P that contains c, the region of c "opened" towards the
 *      expectations: c without its literals that contradict an expectation
 *      (a condition expected present that c has absent, or expected absent
 *      that c has present), the literals of p always kept.  A remainder in
 *      such a region is an easy counterfactual: it differs from cases that
 *      show the outcome only in conditions that have the value expected to
 *      bring the outcome about, and P already assumes it.  A condition
 *      without an expectation ('-') is never opened.
 *   2. the positive corners minimized with the easy counterfactuals (and
 *      no other remainder) as don't cares: every equally minimal model.
 *
 * The models of all pairs, taken in order (C1P1, C1P2, ..., C2P1, ...),
 * each model once.  Step 1 is the rule of the QCA package's C_getEC (its
 * src/QCA.c, individual expectations; conjunctural ones are not taken here),
 * step 2 its minimize() (R/minimize.R), read to state the rule, not copied.
 */
PG_FUNCTION_INFO_V1(qca_minimize_intermediate);
Datum
qca_minimize_intermediate(PG_FUNCTION_ARGS)
{
	int			k;
	char	  **names = names_of(PG_GETARG_ARRAYTYPE_P(0), &k);
	int			npos,
				nrem;
	int		   *pos = corners_of(PG_GETARG_ARRAYTYPE_P(1), k, &npos);
	int		   *rem = corners_of(PG_GETARG_ARRAYTYPE_P(2), k, &nrem);
	char		expect[CC_MIN_MAX_CONDITIONS];
	Solution	cons,
				pars;
	int		   *easy = palloc(sizeof(int) * Max(nrem, 1));
	char	  **texts = NULL;
	int			ntexts = 0,
				cap = 0;
	Datum	   *out;
	int			ci,
				pj,
				i;

	expectations_of(PG_GETARG_ARRAYTYPE_P(3), names, k, expect);
	minimize_core(k, pos, npos, NULL, 0, &cons);
	minimize_core(k, pos, npos, rem, nrem, &pars);
	if ((int64) cons.nmodels * pars.nmodels > CC_MIN_PAIRS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("%d complex and %d parsimonious models make more than %d pairs",
						cons.nmodels, pars.nmodels, CC_MIN_PAIRS),
				 errdetail("The intermediate solution minimizes the table once for each pair."),
				 errhint("Raise the consistency or frequency cut-off, or use fewer conditions.")));
	for (ci = 0; ci < cons.nmodels; ci++)
	{
		for (pj = 0; pj < pars.nmodels; pj++)
		{
			int			neasy = easy_counterfactuals(&cons, ci, &pars, pj, expect,
													 rem, nrem, k, easy);
			Solution	inter;

			minimize_core(k, pos, npos, easy, neasy, &inter);
			for (i = 0; i < inter.nmodels; i++)
			{
				char	   *t = model_text(&inter, i, names, k);
				int			e;

				for (e = 0; e < ntexts && strcmp(texts[e], t) != 0; e++)
					;
				if (e < ntexts)
					continue;
				if (ntexts == cap)
				{
					cap = cap ? cap * 2 : 8;
					texts = texts ? repalloc(texts, sizeof(char *) * cap)
						: palloc(sizeof(char *) * cap);
				}
				texts[ntexts++] = t;
			}
			solution_free(&inter);
		}
	}
	out = palloc(sizeof(Datum) * Max(ntexts, 1));
	for (i = 0; i < ntexts; i++)
		out[i] = CStringGetTextDatum(texts[i]);
	PG_RETURN_ARRAYTYPE_P(construct_array(out, ntexts, TEXTOID, -1, false, TYPALIGN_INT));
}
