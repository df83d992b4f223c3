/*
 * kappa.c: agreement of paired ratings: cocreation.cohen_kappa(),
 * cocreation.weighted_kappa() and cocreation.percent_agreement().
 *
 * Cohen's kappa (Cohen 1960): kappa = (p_o - p_e) / (1 - p_e), with p_o the
 * share of pairs that agree and p_e = sum_c p_a(c) p_b(c) the agreement
 * expected from the two raters' marginal distributions.  In counts,
 * kappa = (N agree - S) / (N^2 - S) with S = sum_c n_a(c) n_b(c).
 *
 * Weighted kappa (Cohen 1968) with disagreement weights w(a, b) = |a - b|
 * (linear) or (a - b)^2 (quadratic) on the numeric values:
 * kappa_w = 1 - N sum_pairs w(a, b) / sum_{i,j} n_a(i) n_b(j) w(x_i, x_j).
 * The scale of the weights cancels, so for equally spaced categories (levels
 * 0..3, scores 0, 0.5, ..., 3) this is the usual |i - j| / (k - 1) form.
 * Because the scale cancels, ratings of any finite size are exact: the
 * chance disagreement is computed on the values times 2^-e, below 1 in
 * size, and the observed one is an exact sum, rounded once and scaled.
 *
 * The same ratings give the same bits in any row order, in a parallel plan
 * and from partial states merged in any grouping:
 * - the chance disagreement needs the raters' distributions over the
 *   values (for linear weights, sum n_a(i) n_b(j) |x_i - x_j| does not
 *   reduce to a few sums), so the state keeps each value's two counts, and
 *   the final function adds their terms in value order;
 * - the observed disagreement, sum over pairs of w(a, b), is an exact
 *   fixed-point sum (CcWeightSum, agreement.h) of each pair's weight: the
 *   double d = |a - b| (linear), or the exact square of that double
 *   (quadratic: the 106-bit product of its mantissa, added in three
 *   parts).  Integer additions commute, and the sum is rounded once.
 *   Joint counts of the (a, b) pairs would be exact too, but they grow with
 *   the distinct pairs, up to one a row for continuous scores, and their
 *   final sum would still need a fixed order or an exact sum; the
 *   accumulator is 536 bytes, costs a few limb additions a row and merges
 *   in 67.  For whole-number ratings (levels, points) every weight and
 *   every partial sum below 2^53 is exact in a double, so their results are
 *   those of a running double sum.
 *
 * Percent agreement needs no per-value counts: its state is two counts,
 * which a parallel worker passes to the leader in 16 bytes however many
 * distinct ratings it read, so it keeps its parallel partial aggregation.
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "utils/memutils.h"

#include "agreement.h"
#include "exact_sum.h"
#include "level.h"
#include "util.h"

typedef enum KappaWeights
{
	WEIGHTS_LINEAR = 0,
	WEIGHTS_QUADRATIC = 1
} KappaWeights;

/* (state, a anyelement, b anyelement): cohen_kappa */
PG_FUNCTION_INFO_V1(agreement_pairs_sfunc);
Datum
agreement_pairs_sfunc(PG_FUNCTION_ARGS)
{
	CcPairs    *s = PG_ARGISNULL(0) ? NULL : (CcPairs *) PG_GETARG_POINTER(0);

	/* a pair with a missing rating is no pair */
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
	{
		if (s == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(s);
	}
	if (s == NULL)
		s = cc_pairs_create(cc_agg_context(fcinfo, "agreement aggregate"),
							get_fn_expr_argtype(fcinfo->flinfo, 1), PG_GET_COLLATION());
	cc_pairs_add(s, PG_GETARG_DATUM(1), PG_GETARG_DATUM(2));
	PG_RETURN_POINTER(s);
}

static KappaWeights
parse_weights(FunctionCallInfo fcinfo, int argno)
{
	text	   *t;
	const char *str;
	int			len;

	if (PG_ARGISNULL(argno))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("the weights of weighted_kappa must not be null"),
				 errhint("Valid weights are linear and quadratic.")));
	t = PG_GETARG_TEXT_PP(argno);
	str = VARDATA_ANY(t);
	len = VARSIZE_ANY_EXHDR(t);
	if (cc_word_equals(str, len, "linear"))
		return WEIGHTS_LINEAR;
	if (cc_word_equals(str, len, "quadratic"))
		return WEIGHTS_QUADRATIC;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown weights \"%s\"", cc_clip_for_error(str, len)),
			 errhint("Valid weights are linear and quadratic.")));
	return WEIGHTS_LINEAR;		/* not reached */
}

static void
check_finite(float8 x)
{
	if (isnan(x) || isinf(x))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("weighted_kappa ratings must be finite, not %s",
						isnan(x) ? "NaN" : (x > 0 ? "Infinity" : "-Infinity")),
				 errhint("Leave a missing rating out, or pass NULL.")));
}

/*
 * The weight of a pair, |a - b| or (a - b)^2, added exactly: d = |a - b| is
 * the double nearest the difference (when it passes DBL_MAX, twice that of
 * the halves, which halve exactly at that size); d = mant * 2^e with a
 * 53-bit integer mant, so d^2 = mant^2 * 2^2e, and mant^2 is added as
 * hi^2 2^52 + 2 hi lo 2^26 + lo^2 (mant = hi 2^26 + lo), each below 2^64.
 */
static void
add_weight(CcWeightSum *sum, float8 a, float8 b, KappaWeights w)
{
	float8		d = fabs(a - b);
	int			half = 0;
	uint64		mant;
	int			e;

	if (unlikely(isinf(d)))
	{
		d = fabs(a * 0.5 - b * 0.5);
		half = 1;
	}
	e = cc_double_split(d, &mant) + half;
	if (mant == 0)
		return;
	if (w == WEIGHTS_LINEAR)
		cc_limbs_add_bits(sum->limb, CC_WEIGHT_SUM_LIMBS, mant, e - CC_WEIGHT_SUM_LSB);
	else
	{
		uint64		hi = mant >> 26;
		uint64		lo = mant & ((UINT64CONST(1) << 26) - 1);
		int			pos = 2 * e - CC_WEIGHT_SUM_LSB;

		cc_limbs_add_bits(sum->limb, CC_WEIGHT_SUM_LIMBS, hi * hi, pos + 52);
		cc_limbs_add_bits(sum->limb, CC_WEIGHT_SUM_LIMBS, 2 * hi * lo, pos + 26);
		cc_limbs_add_bits(sum->limb, CC_WEIGHT_SUM_LIMBS, lo * lo, pos);
	}
}

static Datum
weighted_accum(FunctionCallInfo fcinfo, float8 a, float8 b)
{
	CcPairs    *s = PG_ARGISNULL(0) ? NULL : (CcPairs *) PG_GETARG_POINTER(0);
	KappaWeights w = PG_NARGS() > 3 ? parse_weights(fcinfo, 3) : WEIGHTS_LINEAR;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
	{
		if (s == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(s);
	}
	check_finite(a);
	check_finite(b);
	if (s == NULL)
		s = cc_pairs_create(cc_agg_context(fcinfo, "weighted_kappa"), FLOAT8OID,
							InvalidOid);
	s->option = cc_merge_option(s->option, w, "weights");
	cc_pairs_add(s, Float8GetDatum(a), Float8GetDatum(b));
	add_weight(&s->disagreement, a, b, w);
	PG_RETURN_POINTER(s);
}

/* (state, a float8, b float8 [, weights text]) */
PG_FUNCTION_INFO_V1(weighted_kappa_float8_sfunc);
Datum
weighted_kappa_float8_sfunc(PG_FUNCTION_ARGS)
{
	return weighted_accum(fcinfo,
						  PG_ARGISNULL(1) ? 0 : PG_GETARG_FLOAT8(1),
						  PG_ARGISNULL(2) ? 0 : PG_GETARG_FLOAT8(2));
}

/* (state, a level, b level [, weights text]): on the ranks 0 to 3 */
PG_FUNCTION_INFO_V1(weighted_kappa_level_sfunc);
Datum
weighted_kappa_level_sfunc(PG_FUNCTION_ARGS)
{
	return weighted_accum(fcinfo,
						  PG_ARGISNULL(1) ? 0 : (float8) PG_GETARG_CCLEVEL(1),
						  PG_ARGISNULL(2) ? 0 : (float8) PG_GETARG_CCLEVEL(2));
}

/* ---------------------------------------------- weighted kappa partials */

/*
 * Partial states merge exactly: the values' counts add, the weight sums add
 * as integers, and the weights option must agree.  The state is created in
 * the aggregate context when the first partial comes.
 */
PG_FUNCTION_INFO_V1(weighted_kappa_combine);
Datum
weighted_kappa_combine(PG_FUNCTION_ARGS)
{
	MemoryContext cxt = cc_agg_context(fcinfo, "weighted_kappa_combine");
	CcPairs    *s1 = PG_ARGISNULL(0) ? NULL : (CcPairs *) PG_GETARG_POINTER(0);
	CcPairs    *s2 = PG_ARGISNULL(1) ? NULL : (CcPairs *) PG_GETARG_POINTER(1);

	if (s2 == NULL)
	{
		if (s1 == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(s1);
	}
	if (s1 == NULL)
		s1 = cc_pairs_create(cxt, FLOAT8OID, InvalidOid);
	s1->option = cc_merge_option(s1->option, s2->option, "weights");
	cc_pairs_merge(s1, s2);
	cc_limbs_merge(s1->disagreement.limb, s2->disagreement.limb, CC_WEIGHT_SUM_LIMBS);
	PG_RETURN_POINTER(s1);
}

/*
 * A bytea cannot pass 1 GB: a worker's state of more distinct ratings than
 * that holds (24 bytes each) cannot reach the leader.  Say so, and how to
 * run the query in one process, rather than fail in the buffer code.
 */
#define KAPPA_SEND_HEADER	(4 + 20 + CC_WEIGHT_SUM_LIMBS * 8)
#define KAPPA_SEND_MAX_VALUES	((MaxAllocSize - VARHDRSZ - KAPPA_SEND_HEADER) / 24)

/* the weights option, the pair counts and values, the weight sum's limbs */
PG_FUNCTION_INFO_V1(weighted_kappa_serialize);
Datum
weighted_kappa_serialize(PG_FUNCTION_ARGS)
{
	CcPairs    *s;
	StringInfoData buf;
	int			i;

	(void) cc_agg_context(fcinfo, "weighted_kappa_serialize");
	s = (CcPairs *) PG_GETARG_POINTER(0);
	if (s->values.nkeys > KAPPA_SEND_MAX_VALUES)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("a parallel worker's weighted_kappa state of %u distinct ratings is too large to pass to the leader",
						s->values.nkeys),
				 errdetail("A worker can pass at most %u distinct ratings.",
						   (uint32) KAPPA_SEND_MAX_VALUES),
				 errhint("Run the query without parallel workers: SET max_parallel_workers_per_gather = 0.")));
	pq_begintypsend(&buf);
	pq_sendint32(&buf, s->option);
	cc_pairs_send(&buf, s);
	for (i = 0; i < CC_WEIGHT_SUM_LIMBS; i++)
		pq_sendint64(&buf, (int64) s->disagreement.limb[i]);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(weighted_kappa_deserialize);
Datum
weighted_kappa_deserialize(PG_FUNCTION_ARGS)
{
	bytea	   *b;
	StringInfoData buf;
	CcPairs    *s;
	int32		option;
	uint32		v;
	int			i;

	(void) cc_agg_context(fcinfo, "weighted_kappa_deserialize");
	b = PG_GETARG_BYTEA_PP(0);
	buf.data = VARDATA_ANY(b);
	buf.len = VARSIZE_ANY_EXHDR(b);
	buf.maxlen = buf.len;
	buf.cursor = 0;
	option = (int32) pq_getmsgint(&buf, 4);
	if (option < -1 || option > WEIGHTS_QUADRATIC)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("invalid serialized weighted_kappa state"),
				 errdetail("Unknown weights %d.", option)));
	/* in the caller's (per-row) context: combine copies what it keeps */
	s = cc_pairs_receive(&buf, CurrentMemoryContext, FLOAT8OID);
	s->option = option;
	for (i = 0; i < CC_WEIGHT_SUM_LIMBS; i++)
		s->disagreement.limb[i] = (uint64) pq_getmsgint64(&buf);
	pq_getmsgend(&buf);
	for (v = 0; v < s->values.nkeys; v++)
	{
		float8		x = DatumGetFloat8(s->values.keys[v]);

		if (isnan(x) || isinf(x))
			ereport(ERROR,
					(errcode(ERRCODE_DATA_CORRUPTED),
					 errmsg("invalid serialized weighted_kappa state"),
					 errdetail("A rating is not finite.")));
	}
	PG_RETURN_POINTER(s);
}

/* ------------------------------------------------------------- finals */

PG_FUNCTION_INFO_V1(cohen_kappa_final);
Datum
cohen_kappa_final(PG_FUNCTION_ARGS)
{
	CcPairs    *s = PG_ARGISNULL(0) ? NULL : (CcPairs *) PG_GETARG_POINTER(0);
	long double n,
				chance = 0,
				denominator;
	uint32		v;

	if (s == NULL || s->total == 0)
		PG_RETURN_NULL();
	n = (long double) s->total;
	for (v = 0; v < s->values.nkeys; v++)
	{
		CHECK_FOR_INTERRUPTS();
		chance += (long double) s->count_a[v] * (long double) s->count_b[v];
	}
	denominator = n * n - chance;
	if (denominator <= 0)
		PG_RETURN_NULL();		/* both raters used one and the same value */
	PG_RETURN_FLOAT8((float8) ((n * (long double) s->agree - chance) / denominator));
}

/* ------------------------------------------------- percent agreement */

/* pairs read and pairs that agree; kt is NULL in a combined state */
typedef struct CcMatch
{
	CcKeyType  *kt;
	int64		total;
	int64		agree;
} CcMatch;

/* (state, a anyelement, b anyelement): a pair with a NULL is no pair */
PG_FUNCTION_INFO_V1(percent_agreement_sfunc);
Datum
percent_agreement_sfunc(PG_FUNCTION_ARGS)
{
	CcMatch    *s = PG_ARGISNULL(0) ? NULL : (CcMatch *) PG_GETARG_POINTER(0);

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
	{
		if (s == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(s);
	}
	if (s == NULL || s->kt == NULL)
	{
		MemoryContext cxt = cc_agg_context(fcinfo, "percent_agreement");

		if (s == NULL)
			s = MemoryContextAllocZero(cxt, sizeof(CcMatch));
		s->kt = MemoryContextAlloc(cxt, sizeof(CcKeyType));
		cc_keytype_init(s->kt, get_fn_expr_argtype(fcinfo->flinfo, 1),
						PG_GET_COLLATION(), cxt);
	}
	s->total++;
	if (cc_key_same(s->kt, PG_GETARG_DATUM(1), PG_GETARG_DATUM(2)))
		s->agree++;
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(percent_agreement_combine);
Datum
percent_agreement_combine(PG_FUNCTION_ARGS)
{
	MemoryContext cxt = cc_agg_context(fcinfo, "percent_agreement_combine");
	CcMatch    *s1 = PG_ARGISNULL(0) ? NULL : (CcMatch *) PG_GETARG_POINTER(0);
	CcMatch    *s2 = PG_ARGISNULL(1) ? NULL : (CcMatch *) PG_GETARG_POINTER(1);

	if (s2 == NULL)
	{
		if (s1 == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(s1);
	}
	if (s1 == NULL)
		s1 = MemoryContextAllocZero(cxt, sizeof(CcMatch));
	s1->total += s2->total;
	s1->agree += s2->agree;
	PG_RETURN_POINTER(s1);
}

/* the two counts; nothing else crosses from a worker to the leader */
PG_FUNCTION_INFO_V1(percent_agreement_serialize);
Datum
percent_agreement_serialize(PG_FUNCTION_ARGS)
{
	CcMatch    *s;
	StringInfoData buf;

	(void) cc_agg_context(fcinfo, "percent_agreement_serialize");
	s = (CcMatch *) PG_GETARG_POINTER(0);
	pq_begintypsend(&buf);
	pq_sendint64(&buf, s->total);
	pq_sendint64(&buf, s->agree);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(percent_agreement_deserialize);
Datum
percent_agreement_deserialize(PG_FUNCTION_ARGS)
{
	bytea	   *b;
	StringInfoData buf;
	CcMatch    *s;

	(void) cc_agg_context(fcinfo, "percent_agreement_deserialize");
	b = PG_GETARG_BYTEA_PP(0);
	buf.data = VARDATA_ANY(b);
	buf.len = VARSIZE_ANY_EXHDR(b);
	buf.maxlen = buf.len;
	buf.cursor = 0;
	s = palloc0(sizeof(CcMatch));
	s->total = pq_getmsgint64(&buf);
	s->agree = pq_getmsgint64(&buf);
	pq_getmsgend(&buf);
	if (s->total < 0 || s->agree < 0 || s->agree > s->total)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("invalid serialized percent_agreement state")));
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(percent_agreement_final);
Datum
percent_agreement_final(PG_FUNCTION_ARGS)
{
	CcMatch    *s = PG_ARGISNULL(0) ? NULL : (CcMatch *) PG_GETARG_POINTER(0);

	if (s == NULL || s->total == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8((float8) s->agree / (float8) s->total);
}

typedef struct WeightedValue
{
	float8		x;
	float8		na;
	float8		nb;
} WeightedValue;

static int
weighted_value_cmp(const void *a, const void *b)
{
	float8		x = ((const WeightedValue *) a)->x;
	float8		y = ((const WeightedValue *) b)->x;

	return (x > y) - (x < y);
}

/*
 * sum_{i,j} n_a(i) n_b(j) w(x_i, x_j): the disagreement chance predicts,
 * times N^2, on the values times 2^-scale
 */
static float8
chance_disagreement(CcPairs *s, KappaWeights w, int scale)
{
	uint32		nv = s->values.nkeys;
	WeightedValue *vals = palloc_extended((Size) Max(nv, 1) * sizeof(WeightedValue),
										  MCXT_ALLOC_HUGE);
	float8		n = (float8) s->total;
	float8		sum = 0.0;
	uint32		v;

	for (v = 0; v < nv; v++)
	{
		CHECK_FOR_INTERRUPTS();
		vals[v].x = ldexp(DatumGetFloat8(s->values.keys[v]), -scale);
		vals[v].na = (float8) s->count_a[v];
		vals[v].nb = (float8) s->count_b[v];
	}
	/*
	 * In value order, whatever order the rows came in: the sums below then
	 * add the same terms in the same order on one server, in a parallel plan
	 * or on a Citus cluster, and give the same bits.
	 */
	qsort(vals, nv, sizeof(WeightedValue), weighted_value_cmp);
	if (w == WEIGHTS_QUADRATIC)
	{
		/* centred, so that the cross term cancels less */
		float8		centre = 0.0,
					ssa = 0.0,
					ssb = 0.0,
					sa = 0.0,
					sb = 0.0;

		for (v = 0; v < nv; v++)
		{
			CHECK_FOR_INTERRUPTS();
			centre += (vals[v].na + vals[v].nb) * vals[v].x;
		}
		centre /= 2.0 * n;
		for (v = 0; v < nv; v++)
		{
			float8		d = vals[v].x - centre;

			CHECK_FOR_INTERRUPTS();
			ssa += vals[v].na * d * d;
			ssb += vals[v].nb * d * d;
			sa += vals[v].na * d;
			sb += vals[v].nb * d;
		}
		sum = n * ssa + n * ssb - 2.0 * sa * sb;
	}
	else
	{
		/* in value order: b's count and sum at or below each value */
		float8		nb_total = 0.0,
					sb_total = 0.0,
					nb_below = 0.0,
					sb_below = 0.0;

		for (v = 0; v < nv; v++)
		{
			CHECK_FOR_INTERRUPTS();
			nb_total += vals[v].nb;
			sb_total += vals[v].nb * vals[v].x;
		}
		for (v = 0; v < nv; v++)
		{
			float8		x = vals[v].x;

			CHECK_FOR_INTERRUPTS();
			nb_below += vals[v].nb;
			sb_below += vals[v].nb * x;
			sum += vals[v].na * ((x * nb_below - sb_below) +
								 ((sb_total - sb_below) - x * (nb_total - nb_below)));
		}
	}
	pfree(vals);
	return sum;
}

PG_FUNCTION_INFO_V1(weighted_kappa_final);
Datum
weighted_kappa_final(PG_FUNCTION_ARGS)
{
	CcPairs    *s = PG_ARGISNULL(0) ? NULL : (CcPairs *) PG_GETARG_POINTER(0);
	KappaWeights w;
	float8		chance,
				observed;
	float8	   *x;
	uint32		v;
	int			scale;

	if (s == NULL || s->total == 0)
		PG_RETURN_NULL();
	w = s->option < 0 ? WEIGHTS_LINEAR : (KappaWeights) s->option;

	/* every value times 2^-scale lies in (-1, 1); the weights scale with it */
	x = palloc_extended((Size) Max(s->values.nkeys, 1) * sizeof(float8), MCXT_ALLOC_HUGE);
	for (v = 0; v < s->values.nkeys; v++)
	{
		CHECK_FOR_INTERRUPTS();
		x[v] = DatumGetFloat8(s->values.keys[v]);
	}
	scale = cc_max_exponent(x, s->values.nkeys);
	pfree(x);

	chance = chance_disagreement(s, w, scale);
	if (chance <= 0)
		PG_RETURN_NULL();		/* every rating the same value */
	observed = cc_limbs_double(s->disagreement.limb, CC_WEIGHT_SUM_LIMBS,
							   CC_WEIGHT_SUM_LSB - (w == WEIGHTS_LINEAR ? scale : 2 * scale));
	PG_RETURN_FLOAT8(1.0 - (float8) s->total * observed / chance);
}
