/*
 * kappa.c: agreement of paired ratings: cocreation.cohen_kappa(),
 * cocreation.weighted_kappa() and cocreation.percent_agreement(), plus the
 * combine, serialize and deserialize steps they share.
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
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "fmgr.h"

#include "agreement.h"
#include "level.h"
#include "util.h"

typedef enum KappaWeights
{
	WEIGHTS_LINEAR = 0,
	WEIGHTS_QUADRATIC = 1
} KappaWeights;

/* (state, a anyelement, b anyelement): cohen_kappa, percent_agreement */
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
	s->disagreement += w == WEIGHTS_LINEAR ? fabs(a - b) : (a - b) * (a - b);
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

PG_FUNCTION_INFO_V1(agreement_pairs_combine);
Datum
agreement_pairs_combine(PG_FUNCTION_ARGS)
{
	MemoryContext cxt = cc_agg_context(fcinfo, "agreement_pairs_combine");
	CcPairs    *s1 = PG_ARGISNULL(0) ? NULL : (CcPairs *) PG_GETARG_POINTER(0);
	CcPairs    *s2 = PG_ARGISNULL(1) ? NULL : (CcPairs *) PG_GETARG_POINTER(1);

	if (s2 == NULL)
	{
		if (s1 == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(s1);
	}
	PG_RETURN_POINTER(cc_pairs_combine(s1, s2, cxt));
}

PG_FUNCTION_INFO_V1(agreement_pairs_serialize);
Datum
agreement_pairs_serialize(PG_FUNCTION_ARGS)
{
	(void) cc_agg_context(fcinfo, "agreement_pairs_serialize");
	PG_RETURN_BYTEA_P(cc_pairs_serialize((CcPairs *) PG_GETARG_POINTER(0)));
}

PG_FUNCTION_INFO_V1(agreement_pairs_deserialize);
Datum
agreement_pairs_deserialize(PG_FUNCTION_ARGS)
{
	(void) cc_agg_context(fcinfo, "agreement_pairs_deserialize");
	PG_RETURN_POINTER(cc_pairs_deserialize(PG_GETARG_BYTEA_PP(0)));
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
		chance += (long double) s->count_a[v] * (long double) s->count_b[v];
	denominator = n * n - chance;
	if (denominator <= 0)
		PG_RETURN_NULL();		/* both raters used one and the same value */
	PG_RETURN_FLOAT8((float8) ((n * (long double) s->agree - chance) / denominator));
}

PG_FUNCTION_INFO_V1(percent_agreement_final);
Datum
percent_agreement_final(PG_FUNCTION_ARGS)
{
	CcPairs    *s = PG_ARGISNULL(0) ? NULL : (CcPairs *) PG_GETARG_POINTER(0);

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

/* sum_{i,j} n_a(i) n_b(j) w(x_i, x_j): the disagreement chance predicts, times N^2 */
static float8
chance_disagreement(CcPairs *s, KappaWeights w)
{
	uint32		nv = s->values.nkeys;
	WeightedValue *vals = palloc_extended((Size) Max(nv, 1) * sizeof(WeightedValue),
										  MCXT_ALLOC_HUGE);
	float8		n = (float8) s->total;
	float8		sum = 0.0;
	uint32		v;

	for (v = 0; v < nv; v++)
	{
		vals[v].x = DatumGetFloat8(s->values.keys[v]);
		vals[v].na = (float8) s->count_a[v];
		vals[v].nb = (float8) s->count_b[v];
	}
	if (w == WEIGHTS_QUADRATIC)
	{
		/* centred, so that the cross term cancels less */
		float8		centre = 0.0,
					ssa = 0.0,
					ssb = 0.0,
					sa = 0.0,
					sb = 0.0;

		for (v = 0; v < nv; v++)
			centre += (vals[v].na + vals[v].nb) * vals[v].x;
		centre /= 2.0 * n;
		for (v = 0; v < nv; v++)
		{
			float8		d = vals[v].x - centre;

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

		qsort(vals, nv, sizeof(WeightedValue), weighted_value_cmp);
		for (v = 0; v < nv; v++)
		{
			nb_total += vals[v].nb;
			sb_total += vals[v].nb * vals[v].x;
		}
		for (v = 0; v < nv; v++)
		{
			float8		x = vals[v].x;

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
	float8		chance;

	if (s == NULL || s->total == 0)
		PG_RETURN_NULL();
	w = s->option < 0 ? WEIGHTS_LINEAR : (KappaWeights) s->option;
	chance = chance_disagreement(s, w);
	if (chance <= 0)
		PG_RETURN_NULL();		/* every rating the same value */
	PG_RETURN_FLOAT8(1.0 - (float8) s->total * s->disagreement / chance);
}
