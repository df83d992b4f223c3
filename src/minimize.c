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
#define CC_MIN_MODELS	10000		/* equally minimal models at most */

typedef struct Prime
{
	int			term;			/* ternary word */
	int			literals;
	char		digit[CC_QCA_MAX_CONDITIONS];
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

static int	pow3[CC_QCA_MAX_CONDITIONS + 1];

static int
prime_cmp(const void *a, const void *b)
{
	const Prime *p = a;
	const Prime *q = b;
	int			j;

	if (p->literals != q->literals)
		return p->literals - q->literals;
	for (j = 0; j < CC_QCA_MAX_CONDITIONS; j++)
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

PG_FUNCTION_INFO_V1(qca_minimize_corners);
Datum
qca_minimize_corners(PG_FUNCTION_ARGS)
{
	Datum	   *name_elems;
	bool	   *name_nulls;
	int			k;
	char	  **names;
	int			npos,
				nrem;
	int		   *pos,
			   *rem;
	int			nterms;
	uint8	   *ok;				/* 1 ok, 2 ok and covers a positive corner */
	Prime	   *primes;
	int			nprimes = 0;
	Search		s;
	int		   *count;
	Datum	   *out;
	int			i,
				j,
				t;

	deconstruct_array(PG_GETARG_ARRAYTYPE_P(0), TEXTOID, -1, false, TYPALIGN_INT,
					  &name_elems, &name_nulls, &k);
	if (k < 1 || k > CC_QCA_MAX_CONDITIONS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("minimization takes 1 to %d conditions, not %d",
						CC_QCA_MAX_CONDITIONS, k)));
	names = palloc(sizeof(char *) * k);
	for (j = 0; j < k; j++)
		names[j] = name_nulls[j] ? "?" : TextDatumGetCString(name_elems[j]);
	pos = corners_of(PG_GETARG_ARRAYTYPE_P(1), k, &npos);
	rem = corners_of(PG_GETARG_ARRAYTYPE_P(2), k, &nrem);

	pow3[0] = 1;
	for (j = 1; j <= k; j++)
		pow3[j] = pow3[j - 1] * 3;
	nterms = pow3[k];
	ok = palloc0(nterms);
	for (i = 0; i < nrem; i++)
		ok[ternary_of_corner(rem[i], k)] = 1;
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
			bool		in = true;

			for (j = 0; j < k && in; j++)
			{
				int			bit = (pos[i] >> (k - 1 - j)) & 1;

				in = primes[p].digit[j] == 2 || primes[p].digit[j] == bit;
			}
			if (in)
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

	/* the models in order, as text */
	out = palloc(sizeof(Datum) * Max(s.nmodels, 1));
	{
		int			size = s.best;

		/* models by their sorted prime indices, lexicographically (insertion sort) */
		for (i = 1; i < s.nmodels; i++)
		{
			int		   *m = s.models[i];
			int			a = i;

			while (a > 0)
			{
				int			c = 0;
				int			e;

				for (e = 0; e < size && c == 0; e++)
					c = s.models[a - 1][e] - m[e];
				if (c <= 0)
					break;
				s.models[a] = s.models[a - 1];
				a--;
			}
			s.models[a] = m;
		}
		for (i = 0; i < s.nmodels; i++)
		{
			StringInfoData buf;

			initStringInfo(&buf);
			for (j = 0; j < size; j++)
			{
				if (j > 0)
					appendStringInfoString(&buf, " + ");
				append_term(&buf, &primes[s.models[i][j]], names, k);
			}
			out[i] = CStringGetTextDatum(buf.data);
		}
	}
	PG_RETURN_ARRAYTYPE_P(construct_array(out, s.nmodels, TEXTOID, -1, false, TYPALIGN_INT));
}
