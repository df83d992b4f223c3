/*
 * profile.c: the profile type, calibration of tallies into
 * profiles, and the functions that read profiles.
 *
 * A profile is one column of the paper's Table 3 ("Cross-case comparison"):
 * a score from 0 to 3 crosses, in steps of half a cross (Hedensted's "x(x)"),
 * for service production, administrative problem solving and policymaking.
 * It is stored as the number of half steps (0 to 6) per level, one byte
 * each, in a 4-byte value passed by value: byte i (bits 8i to 8i + 7) holds
 * level i + 1, byte 3 the format version, 0 (doc/storage.md).
 */
#include "postgres.h"

#include <float.h>
#include <math.h>

#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/numeric.h"

#include "level.h"
#include "tally.h"
#include "util.h"
#include "vocabulary.h"

typedef uint32 CcProfile;

#define PROFILE_MAX_HALF	6	/* three crosses */
#define PROFILE_HALF(p, i)	((int) (((p) >> (8 * (i))) & 0xFF))
#define PROFILE_SET(p, i, h) ((p) |= ((uint32) (h)) << (8 * (i)))

#define PROFILE_VERSION(p)	((int) ((p) >> 24))

/* every profile read from an argument is checked: see profile_check() */
#define DatumGetCcProfile(d)	profile_check((CcProfile) DatumGetUInt32(d))
#define PG_GETARG_CCPROFILE(n)	DatumGetCcProfile(PG_GETARG_DATUM(n))
#define PG_RETURN_CCPROFILE(p)	return UInt32GetDatum(p)

static void profile_damaged(CcProfile p) pg_attribute_noreturn();

/*
 * The four bytes of a stored profile as input would make them: format
 * version 0 and three scores of at most six half steps.  A damaged page (or
 * a cast without function) can hold anything else, and the scores index
 * tables and print as scores, so every function checks what it reads.
 */
static inline CcProfile
profile_check(CcProfile p)
{
	if (unlikely(PROFILE_VERSION(p) != CC_FORMAT_VERSION ||
				 PROFILE_HALF(p, 0) > PROFILE_MAX_HALF ||
				 PROFILE_HALF(p, 1) > PROFILE_MAX_HALF ||
				 PROFILE_HALF(p, 2) > PROFILE_MAX_HALF))
		profile_damaged(p);
	return p;
}

#define PROFILE_FORM_HINT "A profile reads (1, 3, 0): scores from 0 to 3 in " \
	"steps of 0.5 for service_production, problem_solving and policymaking; " \
	"or, in the paper's notation, x | xxx | - (one to three x per level, " \
	"x(x) for 1.5, - or blank for 0)."

static void
profile_damaged(CcProfile p)
{
	char	   *shown = psprintf("0x%08X", p);
	int			i;

	if (PROFILE_VERSION(p) != CC_FORMAT_VERSION)
		cc_damaged("profile", shown,
				   psprintf("Its fourth byte gives format version %d; this version of "
							"cocreation reads format version %d only.",
							PROFILE_VERSION(p), CC_FORMAT_VERSION));
	for (i = 0; PROFILE_HALF(p, i) <= PROFILE_MAX_HALF; i++)
		;
	cc_damaged("profile", shown,
			   psprintf("The score of %s is %d half steps; at most %d are valid.",
						cc_level_name((CcLevel) (i + 1)), PROFILE_HALF(p, i),
						PROFILE_MAX_HALF));
}

/* ---------------------------------------------------------------- text I/O */

static void
profile_syntax_error(const char *input, const char *detail)
{
	cc_syntax_error("profile", input, detail, PROFILE_FORM_HINT);
}

/*
 * A score in numeric form, (s, len) trimmed: 0 to 3 in steps of 0.5, written
 * as digits with an optional fraction ("1", "1.5", "1.50", "2.0", ".5").
 * Returns half steps, or -1 if it is no such score.
 */
static int
parse_numeric_score(const char *s, int len)
{
	int			i = 0;
	int			whole = 0;
	int			digits = 0;
	int			half;

	cc_trim(&s, &len);
	for (; i < len && s[i] >= '0' && s[i] <= '9'; i++, digits++)
	{
		whole = whole * 10 + (s[i] - '0');
		if (whole > 3)
			return -1;
	}
	half = whole * 2;
	if (i < len && s[i] == '.')
	{
		i++;
		if (i < len && s[i] == '5')
		{
			half++;
			i++;
			digits++;
		}
		for (; i < len && s[i] == '0'; i++)
			digits++;
	}
	if (i != len || digits == 0 || half > PROFILE_MAX_HALF)
		return -1;
	return half;
}

/*
 * A score in the paper's notation, (s, len) trimmed: blank or "-" is 0,
 * "x" to "xxx" one to three crosses, a trailing "(x)" half a cross more
 * ("x(x)" is 1.5, as Hedensted's policymaking in Table 3).  Case does not
 * matter: Table 3 itself writes "X" and "Xxx".  Returns half steps or -1.
 */
static int
parse_notation_score(const char *s, int len)
{
	int			i = 0;
	int			half = 0;

	cc_trim(&s, &len);
	if (len == 0 || (len == 1 && s[0] == '-'))
		return 0;
	for (; i < len && (s[i] == 'x' || s[i] == 'X'); i++)
		half += 2;
	if (len - i == 3 && s[i] == '(' && (s[i + 1] == 'x' || s[i + 1] == 'X') &&
		s[i + 2] == ')')
	{
		half++;
		i += 3;
	}
	if (i != len || half == 0 || half > PROFILE_MAX_HALF)
		return -1;
	return half;
}

PG_FUNCTION_INFO_V1(profile_in);
Datum
profile_in(PG_FUNCTION_ARGS)
{
	const char *input = PG_GETARG_CSTRING(0);
	const char *s = input;
	int			len = strlen(input);
	bool		notation = strchr(input, '|') != NULL;
	char		sep = notation ? '|' : ',';
	CcProfile	p = 0;
	int			i;

	cc_trim(&s, &len);
	if (!notation)
	{
		if (len < 2 || s[0] != '(' || s[len - 1] != ')')
			profile_syntax_error(input, "Expected three scores in parentheses, "
								 "or three scores separated by \"|\".");
		s++;
		len -= 2;
	}
	for (i = 0; i < CC_COCREATION_LEVELS; i++)
	{
		const char *end = memchr(s, sep, len);
		int			field = end ? end - s : len;
		int			half;

		if ((i < CC_COCREATION_LEVELS - 1) != (end != NULL))
			profile_syntax_error(input, notation ?
								 "Expected three scores separated by \"|\"." :
								 "Expected three scores separated by \",\".");
		half = notation ? parse_notation_score(s, field) :
			parse_numeric_score(s, field);
		if (half < 0)
		{
			const char *shown = s;
			int			shown_len = field;
			char	   *bad;

			cc_trim(&shown, &shown_len);
			bad = cc_clip_for_error(shown, shown_len);

			profile_syntax_error(input,
								 psprintf("The score of %s, \"%s\", is not %s.",
										  cc_level_name((CcLevel) (i + 1)), bad,
										  notation ? "-, x, x(x), xx, xx(x) or xxx" :
										  "0, 0.5, 1, 1.5, 2, 2.5 or 3"));
		}
		PROFILE_SET(p, i, half);
		if (end)
		{
			len -= field + 1;
			s = end + 1;
		}
	}
	PG_RETURN_CCPROFILE(p);
}

static void
append_score(StringInfo buf, int half)
{
	if (half % 2 == 0)
		appendStringInfo(buf, "%d", half / 2);
	else
		appendStringInfo(buf, "%d.5", half / 2);
}

PG_FUNCTION_INFO_V1(profile_out);
Datum
profile_out(PG_FUNCTION_ARGS)
{
	CcProfile	p = PG_GETARG_CCPROFILE(0);
	StringInfoData buf;
	int			i;

	initStringInfo(&buf);
	appendStringInfoChar(&buf, '(');
	for (i = 0; i < CC_COCREATION_LEVELS; i++)
	{
		if (i > 0)
			appendStringInfoString(&buf, ", ");
		append_score(&buf, PROFILE_HALF(p, i));
	}
	appendStringInfoChar(&buf, ')');
	PG_RETURN_CSTRING(buf.data);
}

/*
 * binary form: the format version (one byte, 0), then the half steps per
 * level, one byte each (doc/storage.md); checked like input
 */
PG_FUNCTION_INFO_V1(profile_recv);
Datum
profile_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	CcProfile	p = 0;
	int			version = pq_getmsgbyte(buf);
	int			i;

	if (version != CC_FORMAT_VERSION)
		cc_unknown_format("profile", version);
	for (i = 0; i < CC_COCREATION_LEVELS; i++)
	{
		int			half = pq_getmsgbyte(buf);

		if (half > PROFILE_MAX_HALF)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("invalid binary value for type profile"),
					 errdetail("The score of %s is %d half steps; at most %d are valid.",
							   cc_level_name((CcLevel) (i + 1)), half,
							   PROFILE_MAX_HALF)));
		PROFILE_SET(p, i, half);
	}
	PG_RETURN_CCPROFILE(p);
}

PG_FUNCTION_INFO_V1(profile_send);
Datum
profile_send(PG_FUNCTION_ARGS)
{
	CcProfile	p = PG_GETARG_CCPROFILE(0);
	StringInfoData buf;
	int			i;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, CC_FORMAT_VERSION);
	for (i = 0; i < CC_COCREATION_LEVELS; i++)
		pq_sendbyte(&buf, PROFILE_HALF(p, i));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ---------------------------------------------------------------- comparison */

PG_FUNCTION_INFO_V1(profile_eq);
Datum
profile_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(PG_GETARG_CCPROFILE(0) == PG_GETARG_CCPROFILE(1));
}

PG_FUNCTION_INFO_V1(profile_ne);
Datum
profile_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(PG_GETARG_CCPROFILE(0) != PG_GETARG_CCPROFILE(1));
}

PG_FUNCTION_INFO_V1(profile_hash);
Datum
profile_hash(PG_FUNCTION_ARGS)
{
	return hash_uint32(PG_GETARG_CCPROFILE(0));
}

PG_FUNCTION_INFO_V1(profile_hash_extended);
Datum
profile_hash_extended(PG_FUNCTION_ARGS)
{
	return hash_uint32_extended(PG_GETARG_CCPROFILE(0), PG_GETARG_INT64(1));
}

/* Euclidean distance between the score vectors, in crosses */
PG_FUNCTION_INFO_V1(profile_distance);
Datum
profile_distance(PG_FUNCTION_ARGS)
{
	CcProfile	a = PG_GETARG_CCPROFILE(0);
	CcProfile	b = PG_GETARG_CCPROFILE(1);
	int			squares = 0;
	int			i;

	for (i = 0; i < CC_COCREATION_LEVELS; i++)
	{
		int			d = PROFILE_HALF(a, i) - PROFILE_HALF(b, i);

		squares += d * d;
	}
	/* the sum of squared half steps is a small integer: exact until sqrt */
	PG_RETURN_FLOAT8(sqrt((float8) squares) / 2.0);
}

/* ---------------------------------------------------------------- reading */

/* a number of half steps as numeric: 2 -> 1, 3 -> 1.5, -3 -> -1.5 */
static Numeric
half_to_numeric(int half)
{
	if (half % 2 == 0)
		return int64_to_numeric(half / 2);
	return int64_div_fast_to_numeric((int64) half * 5, 1);
}

/* score(profile, level): none has no score, so it gives NULL */
PG_FUNCTION_INFO_V1(profile_score);
Datum
profile_score(PG_FUNCTION_ARGS)
{
	CcProfile	p = PG_GETARG_CCPROFILE(0);
	CcLevel		level = PG_GETARG_CCLEVEL(1);

	if (level == CC_LEVEL_NONE)
		PG_RETURN_NULL();
	PG_RETURN_NUMERIC(half_to_numeric(PROFILE_HALF(p, level - 1)));
}

static const char *const notation_words[PROFILE_MAX_HALF + 1] = {
	"-", "(x)", "x", "x(x)", "xx", "xx(x)", "xxx"
};

PG_FUNCTION_INFO_V1(profile_notation);
Datum
profile_notation(PG_FUNCTION_ARGS)
{
	CcProfile	p = PG_GETARG_CCPROFILE(0);

	PG_RETURN_TEXT_P(cstring_to_text(psprintf("%s | %s | %s",
											  notation_words[PROFILE_HALF(p, 0)],
											  notation_words[PROFILE_HALF(p, 1)],
											  notation_words[PROFILE_HALF(p, 2)])));
}

/* the highest level scoring at least one cross, none if no level does */
PG_FUNCTION_INFO_V1(profile_reach);
Datum
profile_reach(PG_FUNCTION_ARGS)
{
	CcProfile	p = PG_GETARG_CCPROFILE(0);
	int			i;

	for (i = CC_COCREATION_LEVELS - 1; i >= 0; i--)
	{
		if (PROFILE_HALF(p, i) >= 2)
			PG_RETURN_CCLEVEL((CcLevel) (i + 1));
	}
	PG_RETURN_CCLEVEL(CC_LEVEL_NONE);
}

/* every level scores at least min_score ("Theoretical Framework": going all the way) */
PG_FUNCTION_INFO_V1(profile_goes_all_the_way);
Datum
profile_goes_all_the_way(PG_FUNCTION_ARGS)
{
	CcProfile	p = PG_GETARG_CCPROFILE(0);
	Numeric		min_score = PG_GETARG_NUMERIC(1);
	int			lowest = PROFILE_MAX_HALF;
	int			i;

	if (numeric_is_nan(min_score) || numeric_is_inf(min_score))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("min_score must be a finite number"),
				 errhint("Scores run from 0 to 3 in steps of 0.5; the default min_score is 3.")));
	for (i = 0; i < CC_COCREATION_LEVELS; i++)
		lowest = Min(lowest, PROFILE_HALF(p, i));
	/* compared as numeric, so that 1.0000000000000000001 is not taken for 1 */
	PG_RETURN_BOOL(DatumGetInt32(DirectFunctionCall2(numeric_cmp,
													 NumericGetDatum(half_to_numeric(lowest)),
													 NumericGetDatum(min_score))) >= 0);
}

/* the larger administrative score minus the political one ("Cross-case comparison") */
PG_FUNCTION_INFO_V1(profile_political_gap);
Datum
profile_political_gap(PG_FUNCTION_ARGS)
{
	CcProfile	p = PG_GETARG_CCPROFILE(0);
	int			admin = Max(PROFILE_HALF(p, 0), PROFILE_HALF(p, 1));

	PG_RETURN_NUMERIC(half_to_numeric(admin - PROFILE_HALF(p, 2)));
}

PG_FUNCTION_INFO_V1(profile_to_jsonb);
Datum
profile_to_jsonb(PG_FUNCTION_ARGS)
{
	CcProfile	p = PG_GETARG_CCPROFILE(0);
	StringInfoData buf;
	int			i;

	initStringInfo(&buf);
	appendStringInfoChar(&buf, '{');
	for (i = 0; i < CC_COCREATION_LEVELS; i++)
	{
		appendStringInfo(&buf, "%s\"%s\": ", i > 0 ? ", " : "",
						 cc_level_name((CcLevel) (i + 1)));
		append_score(&buf, PROFILE_HALF(p, i));
	}
	appendStringInfoChar(&buf, '}');
	return DirectFunctionCall1(jsonb_in, CStringGetDatum(buf.data));
}

/* ---------------------------------------------------------------- calibration */

/*
 * Is v at least the midpoint of lo and hi?  The midpoint is lo/2 + hi/2,
 * whose rounding error err is recovered exactly (Knuth's TwoSum), so that
 * the comparison is with the true midpoint, not a rounded one: a weight one
 * ulp below it must not score the extra half cross.  v - s is exact when v
 * is near s (Sterbenz), which is the only case where err can decide.
 */
static bool
at_least_midpoint(float8 v, float8 lo, float8 hi)
{
	float8		a = lo * 0.5;
	float8		b = hi * 0.5;
	float8		s = a + b;
	float8		bb = s - a;
	float8		err = (a - (s - bb)) + (b - bb);

	return v - s >= err;
}

/*
 * Half steps earned by evidence v: piecewise linear through (0, 0), (t1, 1),
 * (t2, 2), (t3, 3), capped at 3 and rounded down to a half step.  Compared
 * with the thresholds rather than computed by division, so that v equal to a
 * threshold earns exactly its crosses, never a rounding error less.
 */
static int
calibrate(float8 v, const float8 *t)
{
	float8		lo = 0.0;
	int			k;

	for (k = 0; k < CC_COCREATION_LEVELS; k++)
	{
		if (v < t[k])
			return 2 * k + (at_least_midpoint(v, lo, t[k]) ? 1 : 0);
		lo = t[k];
	}
	return PROFILE_MAX_HALF;
}

static CcProfile
calibrate_tally(const CcTally *t, const float8 *thresholds, bool use_max)
{
	CcProfile	p = 0;
	int			i;

	for (i = 0; i < CC_COCREATION_LEVELS; i++)
		PROFILE_SET(p, i, calibrate(use_max ? t->level[i].max : t->level[i].sum,
									thresholds));
	return p;
}

static void
thresholds_error(const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("thresholds must be three finite, strictly increasing positive numbers"),
			 errdetail("%s", detail),
			 errhint("They are the weights of evidence that earn one, two and three "
					 "crosses, such as '{1,2,4}'; there is no default, the analyst "
					 "chooses them (doc/calibration.md).")));
}

static void
read_thresholds(ArrayType *arr, float8 *t)
{
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	int			i;

	if (ARR_NDIM(arr) > 1)
		thresholds_error("The array has more than one dimension.");
	deconstruct_array(arr, FLOAT8OID, sizeof(float8), FLOAT8PASSBYVAL,
					  TYPALIGN_DOUBLE, &elems, &nulls, &n);
	if (n != CC_COCREATION_LEVELS)
		thresholds_error(psprintf("The array has %d elements.", n));
	for (i = 0; i < n; i++)
	{
		if (nulls[i])
			thresholds_error(psprintf("Threshold %d is NULL.", i + 1));
		t[i] = DatumGetFloat8(elems[i]);
		if (!(t[i] > 0 && t[i] <= DBL_MAX))
			thresholds_error(psprintf("Threshold %d is not a finite positive number.",
									  i + 1));
		/* halving a subnormal is not exact, and the midpoints would drift */
		if (t[i] < 2 * DBL_MIN)
			thresholds_error(psprintf("Threshold %d is below %g, too small to halve exactly.",
									  i + 1, 2 * DBL_MIN));
		if (i > 0 && !(t[i] > t[i - 1]))
			thresholds_error(psprintf("Threshold %d is not greater than threshold %d.",
									  i + 1, i));
	}
	pfree(elems);
	pfree(nulls);
}

/* the methods' ordinals in the vocabulary (vocabulary.c, field method) */
#define CALIBRATE_SUM 1
#define CALIBRATE_MAX 2

/* a method word, read as every word is, to its ordinal; unknown: 22023 */
static int
read_method(const char *m, int mlen)
{
	CcWord		w;
	int			i;

	cc_trim(&m, &mlen);
	for (i = 0; cc_vocabulary_word(CC_FIELD_METHOD, i, &w); i++)
		if (cc_word_equals(m, mlen, w.word))
			return w.ordinal;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown calibration method \"%s\"", cc_clip_for_error(m, mlen)),
			 errhint("%s", cc_vocabulary_hint(CC_FIELD_METHOD, NULL))));
	return 0;					/* not reached */
}

/* profile(t tally, thresholds float8[] [, method text]): sum without one */
PG_FUNCTION_INFO_V1(profile_calibrate);
Datum
profile_calibrate(PG_FUNCTION_ARGS)
{
	CcTally    *t = PG_GETARG_CCTALLY_P(0);
	ArrayType  *arr = PG_GETARG_ARRAYTYPE_P(1);
	float8		thresholds[CC_COCREATION_LEVELS];
	bool		use_max = false;

	if (PG_NARGS() > 2)
	{
		text	   *method = PG_GETARG_TEXT_PP(2);

		use_max = read_method(VARDATA_ANY(method),
							  VARSIZE_ANY_EXHDR(method)) == CALIBRATE_MAX;
	}
	read_thresholds(arr, thresholds);
	PG_RETURN_CCPROFILE(calibrate_tally(t, thresholds, use_max));
}
