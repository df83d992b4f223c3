/*
 * krippendorff.c: agreement over ratings grouped by unit:
 * cocreation.krippendorff_alpha(), cocreation.fleiss_kappa() and
 * cocreation.percent_agreement_units().
 *
 * Krippendorff's alpha follows K. Krippendorff, "Computing Krippendorff's
 * Alpha-Reliability" (2011): alpha = 1 - D_o / D_e over the coincidence
 * matrix of the pairable values (units with at least two values), with
 *   D_o = 1/n       sum_u 1/(m_u - 1) sum_{c,k in u} n_uc n_uk delta2(c, k)
 *   D_e = 1/(n(n-1)) sum_{c,k} n_c n_k delta2(c, k).
 * The matrix itself is never built: for the nominal metric both sums have a
 * closed form in counts, and for the interval and ordinal metrics delta2 is
 * a squared distance between coordinates (the values, or for ordinal data
 * their mid-ranks among the pairable values: sum_{g=c..k} n_g - (n_c+n_k)/2
 * is the distance between the mid-ranks of c and k), so each sum is a
 * variance.  Only the ratio metric pairs values, O(values^2), checking for
 * interrupts as it goes.
 *
 * Finite input never overflows: the interval metric computes on the values
 * times 2^-e, with 2^e above the largest |value| (alpha does not change when
 * every value is multiplied by the same factor, and a power of two
 * multiplies exactly), and the ratio metric's (c - k) / (c + k) halves both
 * values when c + k passes float8's range.
 *
 * Research need: intercoder reliability of the level and factor codings
 * behind the paper's cross-case comparison ("Methodological reflections").
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "utils/builtins.h"

#include "agreement.h"
#include "level.h"
#include "util.h"

typedef enum AlphaMetric
{
	METRIC_NOMINAL = 0,
	METRIC_ORDINAL = 1,
	METRIC_INTERVAL = 2,
	METRIC_RATIO = 3
} AlphaMetric;

static const char *const metric_words[] = {"nominal", "ordinal", "interval", "ratio"};

static AlphaMetric
parse_metric(FunctionCallInfo fcinfo, int argno)
{
	text	   *t;
	const char *s;
	int			len,
				i;

	if (PG_ARGISNULL(argno))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("the metric of krippendorff_alpha must not be null"),
				 errhint("Valid metrics are nominal, ordinal, interval and ratio.")));
	t = PG_GETARG_TEXT_PP(argno);
	s = VARDATA_ANY(t);
	len = VARSIZE_ANY_EXHDR(t);
	for (i = 0; i < lengthof(metric_words); i++)
		if (cc_word_equals(s, len, metric_words[i]))
			return (AlphaMetric) i;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown metric \"%s\"", cc_clip_for_error(s, len)),
			 errhint("Valid metrics are nominal, ordinal, interval and ratio.")));
	return METRIC_NOMINAL;		/* not reached */
}

/*
 * One rating: arguments (state, unit, ...).  A row with a NULL unit or
 * value is a missing rating and changes nothing.
 */
static Datum
units_accum(FunctionCallInfo fcinfo, bool value_null, Datum value,
			Oid value_type, int32 option)
{
	CcUnits    *s = PG_ARGISNULL(0) ? NULL : (CcUnits *) PG_GETARG_POINTER(0);

	if (PG_ARGISNULL(1) || value_null)
	{
		if (s == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(s);
	}
	if (s == NULL)
		s = cc_units_create(cc_agg_context(fcinfo, "agreement aggregate"),
							get_fn_expr_argtype(fcinfo->flinfo, 1), value_type,
							PG_GET_COLLATION());
	s->option = cc_merge_option(s->option, option, "metric");
	cc_units_add(s, PG_GETARG_DATUM(1), value, 1);
	PG_RETURN_POINTER(s);
}

static void
check_finite(float8 x)
{
	if (isnan(x) || isinf(x))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("krippendorff_alpha values must be finite, not %s",
						isnan(x) ? "NaN" : (x > 0 ? "Infinity" : "-Infinity")),
				 errhint("Leave a missing value out, or pass NULL.")));
}

/* (state, unit anyelement, value float8 [, metric text]): nominal by default */
PG_FUNCTION_INFO_V1(krippendorff_alpha_float8_sfunc);
Datum
krippendorff_alpha_float8_sfunc(PG_FUNCTION_ARGS)
{
	AlphaMetric metric = PG_NARGS() > 3 ? parse_metric(fcinfo, 3) : METRIC_NOMINAL;

	if (!PG_ARGISNULL(2))
		check_finite(PG_GETARG_FLOAT8(2));
	return units_accum(fcinfo, PG_ARGISNULL(2), PG_GETARG_DATUM(2), FLOAT8OID, metric);
}

/*
 * (state, unit anyelement, value level [, metric text]): levels are ordered,
 * so the default metric is ordinal; the value is the level's rank 0 to 3.
 */
PG_FUNCTION_INFO_V1(krippendorff_alpha_level_sfunc);
Datum
krippendorff_alpha_level_sfunc(PG_FUNCTION_ARGS)
{
	AlphaMetric metric = PG_NARGS() > 3 ? parse_metric(fcinfo, 3) : METRIC_ORDINAL;
	Datum		value = (Datum) 0;

	if (!PG_ARGISNULL(2))
		value = Float8GetDatum((float8) PG_GETARG_CCLEVEL(2));
	return units_accum(fcinfo, PG_ARGISNULL(2), value, FLOAT8OID, metric);
}

/* (state, unit anyelement, value anycompatible): fleiss_kappa, percent_agreement_units */
PG_FUNCTION_INFO_V1(agreement_units_sfunc);
Datum
agreement_units_sfunc(PG_FUNCTION_ARGS)
{
	return units_accum(fcinfo, PG_ARGISNULL(2), PG_GETARG_DATUM(2),
					   get_fn_expr_argtype(fcinfo->flinfo, 2), 0);
}

/* the state a final function reads: every rating counted in its unit */
static CcUnits *
final_state(FunctionCallInfo fcinfo)
{
	CcUnits    *s = PG_ARGISNULL(0) ? NULL : (CcUnits *) PG_GETARG_POINTER(0);

	if (s != NULL)
		cc_units_flush(s);
	return s;
}

/* ------------------------------------------------------------- alpha */

typedef struct ValueOrder
{
	float8		x;
	uint32		id;
} ValueOrder;

static int
value_order_cmp(const void *a, const void *b)
{
	float8		x = ((const ValueOrder *) a)->x;
	float8		y = ((const ValueOrder *) b)->x;

	return (x > y) - (x < y);
}

/*
 * Krippendorff's ratio difference, ((c - k) / (c + k))^2, for c, k >= 0.
 * When c + k passes DBL_MAX, both are halved: exact, since then neither is
 * small, and the ratio is the same.
 */
static inline float8
ratio_delta2(float8 c, float8 k)
{
	float8		d,
				sum;

	if (c == k)
		return 0.0;
	sum = c + k;
	if (unlikely(isinf(sum)))
		d = (c * 0.5 - k * 0.5) / (c * 0.5 + k * 0.5);
	else
		d = (c - k) / sum;
	return d * d;
}

/*
 * Coordinates of the values for the interval and ordinal metrics: the value
 * itself, or its mid-rank among the n pairable values.
 */
static float8 *
value_coordinates(CcUnits *s, AlphaMetric metric, const float8 *x, const float8 *nc)
{
	uint32		nv = s->values.nkeys;
	float8	   *y = palloc_extended((Size) Max(nv, 1) * sizeof(float8), MCXT_ALLOC_HUGE);
	uint32		v;

	if (metric == METRIC_INTERVAL)
		memcpy(y, x, (Size) nv * sizeof(float8));
	else
	{
		ValueOrder *order = palloc_extended((Size) Max(nv, 1) * sizeof(ValueOrder),
											MCXT_ALLOC_HUGE);
		float8		below = 0.0;

		for (v = 0; v < nv; v++)
		{
			CHECK_FOR_INTERRUPTS();
			order[v].x = x[v];
			order[v].id = v;
		}
		qsort(order, nv, sizeof(ValueOrder), value_order_cmp);
		for (v = 0; v < nv; v++)
		{
			uint32		id = order[v].id;

			CHECK_FOR_INTERRUPTS();
			y[id] = below + nc[id] / 2.0;
			below += nc[id];
		}
		pfree(order);
	}
	return y;
}

/*
 * A unit's cells as (value rank, count), in ascending order of value: the
 * sums below then add the same terms in the same order whatever order the
 * ratings came in (one server, a parallel plan, a Citus cluster's shards).
 */
typedef struct RankedCell
{
	uint32		rank;
	int64		count;
} RankedCell;

static int
ranked_cell_cmp(const void *a, const void *b)
{
	uint32		x = ((const RankedCell *) a)->rank;
	uint32		y = ((const RankedCell *) b)->rank;

	return (x > y) - (x < y);
}

/* the unit's cells into buf (room for its width), sorted; returns how many */
static uint32
unit_cells(CcUnits *s, uint32 u, const uint32 *rank, RankedCell *buf)
{
	uint32		n = 0,
				c;

	for (c = s->head[u]; c != 0; c = s->cells[c].next)
	{
		buf[n].rank = rank[s->cells[c].value];
		buf[n].count = s->cells[c].count;
		n++;
	}
	if (n > 1)
		qsort(buf, n, sizeof(RankedCell), ranked_cell_cmp);
	return n;
}

/*
 * sum over ordered pairs of a unit's values of n_uc n_uk delta2(c, k); x and
 * y are indexed by value rank
 */
static float8
unit_disagreement(CcUnits *s, uint32 u, AlphaMetric metric, const float8 *x,
				  const float8 *y, const uint32 *rank, RankedCell *buf)
{
	float8		m = (float8) s->total[u];
	uint32		n = unit_cells(s, u, rank, buf);
	uint32		c,
				k;

	if (metric == METRIC_NOMINAL)
	{
		float8		same = 0.0;

		for (c = 0; c < n; c++)
			same += (float8) buf[c].count * buf[c].count;
		return m * m - same;
	}
	if (metric == METRIC_RATIO)
	{
		float8		sum = 0.0;

		for (c = 0; c < n; c++)
		{
			/* O(cells^2) in one unit: minutes for 10^5 distinct values */
			CHECK_FOR_INTERRUPTS();
			for (k = c + 1; k < n; k++)
				sum += 2.0 * buf[c].count * buf[k].count *
					ratio_delta2(x[buf[c].rank], x[buf[k].rank]);
		}
		return sum;
	}
	else
	{
		/* sum_{c,k} n_c n_k (y_c - y_k)^2 = 2 m sum_c n_c (y_c - mean)^2 */
		float8		mean = 0.0,
					ss = 0.0;

		for (c = 0; c < n; c++)
			mean += buf[c].count * y[buf[c].rank];
		mean /= m;
		for (c = 0; c < n; c++)
		{
			float8		d = y[buf[c].rank] - mean;

			ss += buf[c].count * d * d;
		}
		return 2.0 * m * ss;
	}
}

/* qsort comparator: ascending doubles (never NaN here) */
static int
float8_cmp_asc(const void *a, const void *b)
{
	float8		x = *(const float8 *) a;
	float8		y = *(const float8 *) b;

	return (x > y) - (x < y);
}

/* the sum of terms[0 .. n) in ascending order: the same bits in any order given */
static float8
sorted_sum(float8 *terms, uint32 n)
{
	float8		sum = 0.0;
	uint32		i;

	qsort(terms, n, sizeof(float8), float8_cmp_asc);
	for (i = 0; i < n; i++)
		sum += terms[i];
	return sum;
}

/* the same sum over all pairable values: n(n-1) D_e */
static float8
expected_disagreement(CcUnits *s, AlphaMetric metric, const float8 *x,
					  const float8 *y, const float8 *nc, float8 n)
{
	uint32		nv = s->values.nkeys;
	uint32		c,
				k;
	float8		sum = 0.0;

	if (metric == METRIC_NOMINAL)
	{
		for (c = 0; c < nv; c++)
		{
			CHECK_FOR_INTERRUPTS();
			sum += nc[c] * nc[c];
		}
		return n * n - sum;
	}
	if (metric == METRIC_RATIO)
	{
		for (c = 0; c < nv; c++)
		{
			CHECK_FOR_INTERRUPTS();
			if (nc[c] == 0)
				continue;
			if (x[c] < 0)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("the ratio metric needs values of zero or more, not %g", x[c]),
						 errhint("Use the interval metric for values without an absolute zero.")));
			for (k = c + 1; k < nv; k++)
				if (nc[k] != 0)
					sum += 2.0 * nc[c] * nc[k] * ratio_delta2(x[c], x[k]);
		}
		return sum;
	}
	else
	{
		float8		mean = 0.0;

		for (c = 0; c < nv; c++)
		{
			CHECK_FOR_INTERRUPTS();
			mean += nc[c] * y[c];
		}
		mean /= n;
		for (c = 0; c < nv; c++)
		{
			CHECK_FOR_INTERRUPTS();
			sum += nc[c] * (y[c] - mean) * (y[c] - mean);
		}
		return 2.0 * n * sum;
	}
}

PG_FUNCTION_INFO_V1(krippendorff_alpha_final);
Datum
krippendorff_alpha_final(PG_FUNCTION_ARGS)
{
	CcUnits    *s = final_state(fcinfo);
	AlphaMetric metric;
	uint32		nv,
				u,
				v,
				c,
				nterms = 0,
				widest = 1;
	ValueOrder *order;
	uint32	   *rank;
	float8	   *x,
			   *nc,
			   *terms,
			   *y = NULL;
	RankedCell *buf;
	float8		n = 0.0,
				observed,
				expected;

	if (s == NULL)
		PG_RETURN_NULL();
	metric = s->option < 0 ? METRIC_NOMINAL : (AlphaMetric) s->option;
	nv = s->values.nkeys;

	/*
	 * The values in ascending order: x, nc and y below are indexed by a
	 * value's rank, not by the order it first came in, so that every sum
	 * adds its terms in an order fixed by the ratings alone.
	 */
	order = palloc_extended((Size) Max(nv, 1) * sizeof(ValueOrder), MCXT_ALLOC_HUGE);
	for (v = 0; v < nv; v++)
	{
		CHECK_FOR_INTERRUPTS();
		order[v].x = DatumGetFloat8(s->values.keys[v]);
		order[v].id = v;
	}
	qsort(order, nv, sizeof(ValueOrder), value_order_cmp);
	rank = palloc_extended((Size) Max(nv, 1) * sizeof(uint32), MCXT_ALLOC_HUGE);
	x = palloc_extended((Size) Max(nv, 1) * sizeof(float8), MCXT_ALLOC_HUGE);
	for (v = 0; v < nv; v++)
	{
		rank[order[v].id] = v;
		x[v] = order[v].x;
	}
	pfree(order);
	nc = palloc_extended((Size) Max(nv, 1) * sizeof(float8), MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO);
	/* interval: on x * 2^-e, in (-1, 1), where no square overflows */
	if (metric == METRIC_INTERVAL)
	{
		int			e = cc_max_exponent(x, nv);

		for (v = 0; v < nv; v++)
		{
			CHECK_FOR_INTERRUPTS();
			x[v] = ldexp(x[v], -e);
		}
	}
	for (u = 0; u < s->units.nkeys; u++)
		widest = Max(widest, s->width[u]);
	buf = palloc_extended((Size) widest * sizeof(RankedCell), MCXT_ALLOC_HUGE);
	terms = palloc_extended((Size) Max(s->units.nkeys, 1) * sizeof(float8), MCXT_ALLOC_HUGE);

	/*
	 * n_c and n over the pairable units only; in the same pass, the observed
	 * disagreement of each unit when it needs only the values themselves
	 * (every metric but ordinal, whose coordinates come from the n_c).
	 */
	for (u = 0; u < s->units.nkeys; u++)
	{
		CHECK_FOR_INTERRUPTS();
		if (s->total[u] < 2)
			continue;
		for (c = s->head[u]; c != 0; c = s->cells[c].next)
			nc[rank[s->cells[c].value]] += s->cells[c].count;
		n += s->total[u];
		if (metric != METRIC_ORDINAL)
			terms[nterms++] = unit_disagreement(s, u, metric, x, x, rank, buf) /
				(float8) (s->total[u] - 1);
	}
	if (n == 0)
		PG_RETURN_NULL();		/* no pairable values */

	/*
	 * A single pairable value leaves no disagreement possible, whatever the
	 * metric.  Decided on the counts, not on the expected disagreement, which
	 * rounding can leave a hair above zero (three times 0.1 has a mean that
	 * is not 0.1).
	 */
	{
		uint32		distinct = 0;

		for (v = 0; v < nv && distinct < 2; v++)
		{
			CHECK_FOR_INTERRUPTS();
			distinct += nc[v] > 0;
		}
		if (distinct < 2)
			PG_RETURN_NULL();
	}

	if (metric == METRIC_INTERVAL || metric == METRIC_ORDINAL)
		y = value_coordinates(s, metric, x, nc);
	expected = expected_disagreement(s, metric, x, y, nc, n);
	if (expected <= 0)
		PG_RETURN_NULL();		/* every pairable value the same */

	if (metric == METRIC_ORDINAL)
	{
		for (u = 0; u < s->units.nkeys; u++)
		{
			CHECK_FOR_INTERRUPTS();
			if (s->total[u] < 2)
				continue;
			terms[nterms++] = unit_disagreement(s, u, metric, x, y, rank, buf) /
				(float8) (s->total[u] - 1);
		}
	}
	observed = sorted_sum(terms, nterms);
	PG_RETURN_FLOAT8(1.0 - (n - 1.0) * observed / expected);
}

/* ------------------------------------------------------------ fleiss */


PG_FUNCTION_INFO_V1(fleiss_kappa_final);
Datum
fleiss_kappa_final(PG_FUNCTION_ARGS)
{
	CcUnits    *s = final_state(fcinfo);
	uint32		nunits,
				u,
				c,
				v;
	int64		r,
				rmin,
				rmax,
				nmin = 0,
				nmax = 0;
	float8	   *nj;
	float8		sumsq = 0.0,
				pe = 0.0,
				total,
				pbar;

	if (s == NULL || s->units.nkeys == 0)
		PG_RETURN_NULL();
	nunits = s->units.nkeys;

	rmin = rmax = s->total[0];
	for (u = 0; u < nunits; u++)
	{
		CHECK_FOR_INTERRUPTS();
		rmin = Min(rmin, s->total[u]);
		rmax = Max(rmax, s->total[u]);
	}
	if (rmin != rmax)
	{
		for (u = 0; u < nunits; u++)
		{
			nmin += s->total[u] == rmin;
			nmax += s->total[u] == rmax;
		}
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("fleiss_kappa needs the same number of ratings for every unit"),
				 errdetail("%lld unit(s) have " INT64_FORMAT " rating(s), but %lld unit(s) have "
						   INT64_FORMAT ".", (long long) nmin, rmin, (long long) nmax, rmax),
				 errhint("Use krippendorff_alpha for units with missing ratings.")));
	}
	r = rmin;
	if (r < 2)
		PG_RETURN_NULL();		/* one rater: no pairs to agree */

	nj = palloc_extended((Size) Max(s->values.nkeys, 1) * sizeof(float8),
						 MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO);
	for (u = 0; u < nunits; u++)
	{
		CHECK_FOR_INTERRUPTS();
		for (c = s->head[u]; c != 0; c = s->cells[c].next)
		{
			float8		n = s->cells[c].count;

			sumsq += n * n;
			nj[s->cells[c].value] += n;
		}
	}
	total = (float8) nunits * (float8) r;
	/*
	 * the category shares in ascending order, not in the order the values
	 * first came in: the same ratings give the same bits in any row order
	 */
	qsort(nj, s->values.nkeys, sizeof(float8), float8_cmp_asc);
	for (v = 0; v < s->values.nkeys; v++)
	{
		CHECK_FOR_INTERRUPTS();
		pe += (nj[v] / total) * (nj[v] / total);
	}
	pbar = (sumsq - total) / (total * (float8) (r - 1));
	if (pe >= 1.0)
		PG_RETURN_NULL();		/* one category only */
	PG_RETURN_FLOAT8((pbar - pe) / (1.0 - pe));
}

/* ------------------------------------------------- agreement in units */

PG_FUNCTION_INFO_V1(percent_agreement_units_final);
Datum
percent_agreement_units_final(PG_FUNCTION_ARGS)
{
	CcUnits    *s = final_state(fcinfo);
	float8		agree = 0.0,
				pairs = 0.0;
	uint32		u,
				c;

	if (s == NULL)
		PG_RETURN_NULL();
	for (u = 0; u < s->units.nkeys; u++)
	{
		float8		m = (float8) s->total[u];

		CHECK_FOR_INTERRUPTS();
		if (m < 2)
			continue;
		pairs += m * (m - 1);
		for (c = s->head[u]; c != 0; c = s->cells[c].next)
			agree += (float8) s->cells[c].count * (s->cells[c].count - 1.0);
	}
	if (pairs == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(agree / pairs);
}
