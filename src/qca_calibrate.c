/*
 * qca_calibrate.c: calibrating raw values into set memberships, and the
 * fuzzy set operations (Ragin 2008, Redesigning Social Inquiry, ch. 5).
 *
 * Direct calibration: three anchors, full exclusion e, crossover c and full
 * inclusion i, in order (e < c < i, or e > c > i for a set whose members have
 * low values).  The raw value's distance from the crossover is scaled into
 * log odds of membership so that the anchor of full inclusion maps to log
 * odds L and that of full exclusion to -L, then membership is
 * 1 / (1 + exp(-log_odds)).  Ragin (and fsQCA) use L = 3 (membership
 * 0.953 at the anchors); R's QCA package uses L = ln(0.95 / 0.05), so that
 * the anchors map to exactly 0.95 and 0.05.  The analyst chooses; without a
 * choice the tool uses Ragin's 3, the value his published tables rest on.
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "common/shortest_dec.h"
#include "fmgr.h"
#include "utils/array.h"
#include "utils/builtins.h"

#include "qca.h"
#include "util.h"

/*
 * The named scales of the direct method, in one place: qca_calibrate() reads
 * them, the error hint lists them and cocreation_qca_scales() gives them to
 * SQL (the CHECK of a workspace's qca_calibration).  The log odds at the
 * anchors: 3 is Ragin's (fsQCA), ln(0.95/0.05) is R's QCA package's.
 */
typedef struct QcaScale
{
	const char *word;
	float8		numerator;		/* log odds = ln(numerator / denominator), */
	float8		denominator;	/* or the numerator itself when this is 0 */
	const char *what;
} QcaScale;

static const QcaScale scales[] = {
	{"fsqca", 3.0, 0.0, "log odds 3 at the anchors, Ragin 2008"},
	{"qca", 0.95, 0.05, "log odds ln(0.95/0.05), membership 0.95 and 0.05 at the anchors, R's QCA package"},
};

static float8
scale_log_odds(const QcaScale *sc)
{
	return sc->denominator == 0.0 ? sc->numerator : log(sc->numerator / sc->denominator);
}

/* "The scale is 'fsqca' (...) or 'qca' (...), or a positive finite number of log odds." */
static const char *
scale_hint(void)
{
	StringInfoData buf;
	int			i;

	initStringInfo(&buf);
	appendStringInfoString(&buf, "The scale is ");
	for (i = 0; i < lengthof(scales); i++)
		appendStringInfo(&buf, "%s'%s' (%s)",
						 i == 0 ? "" : i == lengthof(scales) - 1 ? " or " : ", ",
						 scales[i].word, scales[i].what);
	appendStringInfoString(&buf, ", or a positive finite number of log odds.");
	return buf.data;
}

static char *
show(float8 v)
{
	char	   *num = palloc(DOUBLE_SHORTEST_DECIMAL_LEN);

	double_to_shortest_decimal_buf(v, num);
	return num;
}

void
cc_qca_not_membership(float8 v, const char *what)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s %s is not a set membership", what, show(v)),
			 errhint("A membership is a number from 0 (fully out) to 1 (fully in); "
					 "calibrate raw values with qca_calibrate() first.")));
}

float8 *
cc_qca_float8_array(ArrayType *arr, int *n, const char *what)
{
	Datum	   *elems;
	bool	   *nulls;
	float8	   *out;
	int			i;

	if (ARR_NDIM(arr) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("%s must be a one-dimensional array", what)));
	deconstruct_array(arr, FLOAT8OID, sizeof(float8), FLOAT8PASSBYVAL, TYPALIGN_DOUBLE,
					  &elems, &nulls, n);
	out = palloc(sizeof(float8) * Max(*n, 1));
	for (i = 0; i < *n; i++)
	{
		if (nulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("%s must not contain nulls", what)));
		out[i] = DatumGetFloat8(elems[i]);
	}
	return out;
}

static void
check_anchor(float8 v, const char *name)
{
	if (!isfinite(v))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("anchor of %s %s is not a finite number", name, show(v)),
				 errhint("The three anchors are finite numbers in order: exclusion < "
						 "crossover < inclusion, or exclusion > crossover > inclusion.")));
}

/* the log odds of membership of x, for anchors checked to be in order */
static float8
log_odds(float8 x, float8 e, float8 c, float8 i, float8 scale)
{
	/* on the side of inclusion (either direction): scaled by i - c */
	if ((x - c) * (i - c) >= 0)
		return (x - c) * scale / (i - c);
	return (x - c) * scale / (c - e);
}

static float8
calibrate(float8 x, float8 e, float8 c, float8 i, float8 scale)
{
	float8		lo;

	check_anchor(e, "exclusion");
	check_anchor(c, "crossover");
	check_anchor(i, "inclusion");
	if (!((e < c && c < i) || (e > c && c > i)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("anchors %s, %s, %s are not in order", show(e), show(c), show(i)),
				 errdetail("Exclusion, crossover and inclusion must be strictly increasing "
						   "(members have high values) or strictly decreasing (members have "
						   "low values)."),
				 errhint("Write qca_calibrate(x, exclusion, crossover, inclusion).")));
	if (isnan(x))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("raw value NaN cannot be calibrated"),
				 errhint("Leave the case out, or give it a value; a NULL value gives a NULL membership.")));
	if (isinf(x))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("raw value %s cannot be calibrated", show(x)),
				 errhint("Raw values are finite numbers.")));
	lo = log_odds(x, e, c, i, scale);
	/* exp(-lo) overflows to inf far out: membership 0, as it should be */
	return 1.0 / (1.0 + exp(-lo));
}

static float8
scale_of_method(text *method)
{
	char	   *m = text_to_cstring(method);
	int			i;

	for (i = 0; i < lengthof(scales); i++)
		if (strcmp(m, scales[i].word) == 0)
			return scale_log_odds(&scales[i]);
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown calibration scale \"%s\"", cc_clip_for_error(m, strlen(m))),
			 errhint("%s", scale_hint())));
	return 0;					/* not reached */
}

/* cocreation_qca_scales(): the named scales, in their order above */
PG_FUNCTION_INFO_V1(cocreation_qca_scales);
Datum
cocreation_qca_scales(PG_FUNCTION_ARGS)
{
	Datum		words[lengthof(scales)];
	int			i;

	for (i = 0; i < lengthof(scales); i++)
		words[i] = CStringGetTextDatum(scales[i].word);
	PG_RETURN_ARRAYTYPE_P(construct_array(words, lengthof(scales), TEXTOID, -1, false, TYPALIGN_INT));
}

PG_FUNCTION_INFO_V1(qca_calibrate);
Datum
qca_calibrate(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(calibrate(PG_GETARG_FLOAT8(0), PG_GETARG_FLOAT8(1),
							   PG_GETARG_FLOAT8(2), PG_GETARG_FLOAT8(3),
							   scale_of_method(PG_GETARG_TEXT_PP(4))));
}

PG_FUNCTION_INFO_V1(qca_calibrate_log_odds);
Datum
qca_calibrate_log_odds(PG_FUNCTION_ARGS)
{
	float8		scale = PG_GETARG_FLOAT8(4);

	if (!(scale > 0 && isfinite(scale)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("log odds %s at the anchors is not a positive finite number", show(scale)),
				 errhint("%s", scale_hint())));
	PG_RETURN_FLOAT8(calibrate(PG_GETARG_FLOAT8(0), PG_GETARG_FLOAT8(1),
							   PG_GETARG_FLOAT8(2), PG_GETARG_FLOAT8(3), scale));
}

/*
 * Crisp calibration: the number of thresholds the value reaches (x >= t):
 * one threshold gives 0 or 1, k thresholds a multi-value set 0 .. k.
 */
PG_FUNCTION_INFO_V1(qca_calibrate_crisp);
Datum
qca_calibrate_crisp(PG_FUNCTION_ARGS)
{
	float8		x = PG_GETARG_FLOAT8(0);
	int			n;
	float8	   *t = cc_qca_float8_array(PG_GETARG_ARRAYTYPE_P(1), &n, "thresholds");
	int			code = 0;
	int			k;

	if (n == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("crisp calibration needs at least one threshold"),
				 errhint("Write e.g. qca_calibrate_crisp(x, ARRAY[5000]::float8[]) for 0/1, "
						 "or several increasing thresholds for a multi-value set.")));
	for (k = 0; k < n; k++)
	{
		if (!isfinite(t[k]) || (k > 0 && !(t[k] > t[k - 1])))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("thresholds must be finite and strictly increasing"),
					 errdetail("Threshold %d is %s.", k + 1, show(t[k])),
					 errhint("Write e.g. ARRAY[1000, 5000]::float8[] for a set of values 0, 1, 2.")));
	}
	if (isnan(x) || isinf(x))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("raw value %s cannot be calibrated", show(x)),
				 errhint("Raw values are finite numbers.")));
	for (k = 0; k < n; k++)
		if (x >= t[k])
			code = k + 1;
	PG_RETURN_INT32(code);
}

PG_FUNCTION_INFO_V1(qca_not);
Datum
qca_not(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(1.0 - cc_qca_membership(PG_GETARG_FLOAT8(0), "membership") + 0.0);
}

/* the intersection (min) or union (max) of the memberships */
static float8
combine(ArrayType *arr, bool is_and)
{
	int			n;
	float8	   *m = cc_qca_float8_array(arr, &n, "memberships");
	float8		r;
	int			k;

	if (n == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s of no sets is not defined", is_and ? "intersection" : "union"),
				 errhint("Give at least one membership.")));
	r = cc_qca_membership(m[0], "membership");
	for (k = 1; k < n; k++)
	{
		float8		v = cc_qca_membership(m[k], "membership");

		r = is_and ? Min(r, v) : Max(r, v);
	}
	return r;
}

PG_FUNCTION_INFO_V1(qca_and);
Datum
qca_and(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(combine(PG_GETARG_ARRAYTYPE_P(0), true));
}

PG_FUNCTION_INFO_V1(qca_or);
Datum
qca_or(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(combine(PG_GETARG_ARRAYTYPE_P(0), false));
}
