/*
 * tally.c: the tally type and the aggregates that build it.
 *
 * A tally is the evidence behind one row of the paper's Table 3 ("Cross-case
 * comparison"): for each level of co-creation, how many activities, the sum
 * of their weights and the largest single weight; and how many activities
 * were classified none.  profile.c turns it into scores.
 *
 * Text form, one group per level in the paper's order, then the count of
 * none:
 *
 *     (count, sum, max | count, sum, max | count, sum, max | none)
 *     e.g. (3, 2.5, 1 | 0, 0, 0 | 1, 1, 1 | 4)
 *
 * Weights are printed in the shortest form that reads back to the same
 * double (as float8out does with extra_float_digits > 0, whatever that
 * setting is), so text round trips are exact: pg_dump and Citus move tallies
 * as text.
 *
 * The aggregates use the tally type itself as their transition state: a
 * fixed-size 88-byte pass-by-reference value.  Inside an aggregate the
 * transition function updates it in place (AggCheckCallContext, as the int8
 * accumulators of avg() do), so a group costs one allocation, not one per
 * row; the state needs no serial/deserial functions, and a partial aggregate
 * ships it to the leader as an ordinary value.  An internal state would buy
 * nothing here, because the state is already as small as it can be.
 */
#include "postgres.h"

#include <float.h>
#include <math.h>

#include "common/int.h"
#include "common/shortest_dec.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "nodes/execnodes.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"

#include "exact_sum.h"
#include "level.h"
#include "tally.h"
#include "util.h"

#define TALLY_FORM_HINT "A tally reads (count, sum, max | count, sum, max | " \
	"count, sum, max | none): service_production, problem_solving and " \
	"policymaking, then the number of activities classified none."

/*
 * Why a tally is not valid, or NULL if it is.  Text and binary input both
 * check this, so that no state can enter that the aggregates could not have
 * produced (a max above the sum, a weight without an activity, ...); and so
 * does every function reading a stored tally (cc_tally_check()).
 */
static const char *
tally_invalid(const CcTally *t, const char **level_name)
{
	int			i;

	*level_name = "none";
	if (t->none < 0)
		return "the count of activities is negative";
	for (i = 0; i < CC_COCREATION_LEVELS; i++)
	{
		const CcTallyLevel *lv = &t->level[i];

		*level_name = cc_level_name((CcLevel) (i + 1));
		if (lv->count < 0)
			return "the count of activities is negative";
		if (!isfinite(lv->sum) || !isfinite(lv->max))
			return "a weight is not finite";
		if (lv->sum < 0 || lv->max < 0)
			return "a weight is negative";
		/* input and the aggregates write 0 for -0 (equal tallies print alike) */
		if (signbit(lv->sum) || signbit(lv->max))
			return "a weight is -0";
		if (lv->max > lv->sum)
			return "the largest weight exceeds the sum of weights";
		if (lv->count == 0 && lv->sum != 0)
			return "there is weight without any activity";
		if (lv->sum > 0 && lv->max == 0)
			return "the sum of weights is positive but the largest weight is 0";
		/*
		 * count activities of weight at most max cannot sum above count * max;
		 * the relative slack covers rounding in sums of up to ~10^10 weights
		 */
		if (lv->sum > (float8) lv->count * lv->max * (1.0 + 1e-6))
			return "the sum of weights exceeds the count times the largest weight";
	}
	return NULL;
}

static void
tally_check(const CcTally *t, int sqlstate, const char *input)
{
	const char *level_name;
	const char *why = tally_invalid(t, &level_name);

	if (why == NULL)
		return;
	if (input != NULL)
		ereport(ERROR,
				(errcode(sqlstate),
				 errmsg("invalid input syntax for type tally: \"%s\"",
						cc_clip_for_error(input, strlen(input))),
				 errdetail("At %s, %s.", level_name, why),
				 errhint("Counts are whole numbers from 0, weights finite numbers "
						 "from 0, the largest weight at most their sum, and the sum at most "
						 "the count times the largest weight.")));
	ereport(ERROR,
			(errcode(sqlstate),
			 errmsg("invalid binary value for type tally"),
			 errdetail("At %s, %s.", level_name, why)));
}

/* INTERNALLENGTH in cocreation--1.0.sql, and doc/storage.md's offsets */
StaticAssertDecl(sizeof(CcTally) == 88, "a tally is 88 bytes");

void
cc_tally_check(const CcTally *t)
{
	const char *level_name;
	const char *why;

	if (unlikely(!cc_header_ok(&t->header)))
		cc_damaged_header("tally", &t->header);
	why = tally_invalid(t, &level_name);
	if (unlikely(why != NULL))
		cc_damaged("tally", NULL, psprintf("At %s, %s.", level_name, why));
}

/* -0 reads as 0, so that equal tallies print alike */
static inline float8
tally_unsigned_zero(float8 v)
{
	return v == 0 ? 0.0 : v;
}

/* ---------------------------------------------------------------- text I/O */

typedef struct TallyParser
{
	const char *typname;		/* tally or tally_partial, for messages */
	const char *input;			/* the whole literal, for messages */
	const char *p;				/* where we are */
} TallyParser;

static void
tally_syntax_error(TallyParser *ps, const char *expected)
{
	cc_syntax_error(ps->typname, ps->input,
					psprintf("Expected %s at character %d.", expected,
							 (int) (ps->p - ps->input) + 1),
					TALLY_FORM_HINT);
}

static void
tally_skip_space(TallyParser *ps)
{
	while (*ps->p == ' ' || *ps->p == '\t' || *ps->p == '\n' || *ps->p == '\r')
		ps->p++;
}

static void
tally_expect(TallyParser *ps, char c, const char *what)
{
	tally_skip_space(ps);
	if (*ps->p != c)
		tally_syntax_error(ps, what);
	ps->p++;
}

static int64
tally_parse_count(TallyParser *ps)
{
	const char *start;
	int64		v = 0;

	tally_skip_space(ps);
	start = ps->p;
	if (*ps->p == '+')
		ps->p++;
	if (*ps->p < '0' || *ps->p > '9')
	{
		ps->p = start;
		tally_syntax_error(ps, "a count (a whole number from 0)");
	}
	for (; *ps->p >= '0' && *ps->p <= '9'; ps->p++)
	{
		if (pg_mul_s64_overflow(v, 10, &v) ||
			pg_add_s64_overflow(v, *ps->p - '0', &v))
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("count is out of range for type tally: \"%s\"",
							cc_clip_for_error(ps->input, strlen(ps->input))),
					 errhint("Counts are at most 9223372036854775807.")));
	}
	return v;
}

static float8
tally_parse_weight(TallyParser *ps)
{
	char	   *end;
	float8		v;

	tally_skip_space(ps);
	/* strtod would also skip space, and take "inf" and "nan": all checked */
	if (!((*ps->p >= '0' && *ps->p <= '9') || *ps->p == '.' || *ps->p == '-' ||
		  *ps->p == '+' || *ps->p == 'i' || *ps->p == 'I' ||
		  *ps->p == 'n' || *ps->p == 'N'))
		tally_syntax_error(ps, "a weight (a number)");
	errno = 0;
	v = strtod(ps->p, &end);
	if (end == ps->p)
		tally_syntax_error(ps, "a weight (a number)");
	/* ERANGE on a finite result is a subnormal number, which is exact */
	ps->p = end;
	return tally_unsigned_zero(v);
}

PG_FUNCTION_INFO_V1(tally_in);
Datum
tally_in(PG_FUNCTION_ARGS)
{
	const char *str = PG_GETARG_CSTRING(0);
	CcTally    *t = palloc0(sizeof(CcTally));
	TallyParser ps = {"tally", str, str};
	int			i;

	tally_expect(&ps, '(', "\"(\"");
	for (i = 0; i < CC_COCREATION_LEVELS; i++)
	{
		t->level[i].count = tally_parse_count(&ps);
		tally_expect(&ps, ',', "\",\"");
		t->level[i].sum = tally_parse_weight(&ps);
		tally_expect(&ps, ',', "\",\"");
		t->level[i].max = tally_parse_weight(&ps);
		tally_expect(&ps, '|', "\"|\"");
	}
	t->none = tally_parse_count(&ps);
	tally_expect(&ps, ')', "\")\"");
	tally_skip_space(&ps);
	if (*ps.p != '\0')
		tally_syntax_error(&ps, "the end of the input");
	tally_check(t, ERRCODE_INVALID_TEXT_REPRESENTATION, str);
	PG_RETURN_CCTALLY_P(t);
}

static void
append_weight(StringInfo buf, float8 v)
{
	char		num[DOUBLE_SHORTEST_DECIMAL_LEN];

	double_to_shortest_decimal_buf(v, num);
	appendStringInfoString(buf, num);
}

PG_FUNCTION_INFO_V1(tally_out);
Datum
tally_out(PG_FUNCTION_ARGS)
{
	CcTally    *t = PG_GETARG_CCTALLY_P(0);
	StringInfoData buf;
	int			i;

	initStringInfo(&buf);
	appendStringInfoChar(&buf, '(');
	for (i = 0; i < CC_COCREATION_LEVELS; i++)
	{
		appendStringInfo(&buf, INT64_FORMAT ", ", t->level[i].count);
		append_weight(&buf, t->level[i].sum);
		appendStringInfoString(&buf, ", ");
		append_weight(&buf, t->level[i].max);
		appendStringInfoString(&buf, " | ");
	}
	appendStringInfo(&buf, INT64_FORMAT ")", t->none);
	PG_RETURN_CSTRING(buf.data);
}

/* ---------------------------------------------------------------- binary I/O */

/*
 * binary form (doc/storage.md): the format version (one byte, 0); per level
 * int8 count, float8 sum, float8 max; then int8 none
 */
PG_FUNCTION_INFO_V1(tally_recv);
Datum
tally_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	CcTally    *t = palloc0(sizeof(CcTally));
	int			version = pq_getmsgbyte(buf);
	int			i;

	if (version != CC_FORMAT_VERSION)
		cc_unknown_format("tally", version);

	for (i = 0; i < CC_COCREATION_LEVELS; i++)
	{
		t->level[i].count = pq_getmsgint64(buf);
		t->level[i].sum = tally_unsigned_zero(pq_getmsgfloat8(buf));
		t->level[i].max = tally_unsigned_zero(pq_getmsgfloat8(buf));
	}
	t->none = pq_getmsgint64(buf);
	tally_check(t, ERRCODE_INVALID_BINARY_REPRESENTATION, NULL);
	PG_RETURN_CCTALLY_P(t);
}

PG_FUNCTION_INFO_V1(tally_send);
Datum
tally_send(PG_FUNCTION_ARGS)
{
	CcTally    *t = PG_GETARG_CCTALLY_P(0);
	StringInfoData buf;
	int			i;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, CC_FORMAT_VERSION);
	for (i = 0; i < CC_COCREATION_LEVELS; i++)
	{
		pq_sendint64(&buf, t->level[i].count);
		pq_sendfloat8(&buf, t->level[i].sum);
		pq_sendfloat8(&buf, t->level[i].max);
	}
	pq_sendint64(&buf, t->none);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ---------------------------------------------------------------- equality */

static bool
tally_equal(const CcTally *a, const CcTally *b)
{
	int			i;

	for (i = 0; i < CC_COCREATION_LEVELS; i++)
	{
		if (a->level[i].count != b->level[i].count ||
			a->level[i].sum != b->level[i].sum ||
			a->level[i].max != b->level[i].max)
			return false;
	}
	return a->none == b->none;
}

PG_FUNCTION_INFO_V1(tally_eq);
Datum
tally_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(tally_equal(PG_GETARG_CCTALLY_P(0), PG_GETARG_CCTALLY_P(1)));
}

PG_FUNCTION_INFO_V1(tally_ne);
Datum
tally_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(!tally_equal(PG_GETARG_CCTALLY_P(0), PG_GETARG_CCTALLY_P(1)));
}

/* ---------------------------------------------------------------- adding */

static void
tally_count_overflow(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("count of activities is out of range for type tally"),
			 errhint("A tally counts at most 9223372036854775807 activities per level.")));
}

static void
tally_sum_overflow(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("sum of weights is out of range for type tally"),
			 errhint("The sum of the weights at a level must be a finite double precision number.")));
}

/* a += b, with errors rather than silent overflow */
static void
tally_add_into(CcTally *a, const CcTally *b)
{
	int			i;

	for (i = 0; i < CC_COCREATION_LEVELS; i++)
	{
		CcTallyLevel *x = &a->level[i];
		const CcTallyLevel *y = &b->level[i];

		if (pg_add_s64_overflow(x->count, y->count, &x->count))
			tally_count_overflow();
		x->sum += y->sum;
		if (unlikely(isinf(x->sum)))
			tally_sum_overflow();
		if (y->max > x->max)
			x->max = y->max;
	}
	if (pg_add_s64_overflow(a->none, b->none, &a->none))
		tally_count_overflow();
}

PG_FUNCTION_INFO_V1(tally_add);
Datum
tally_add(PG_FUNCTION_ARGS)
{
	CcTally    *t = palloc(sizeof(CcTally));

	memcpy(t, PG_GETARG_CCTALLY_P(0), sizeof(CcTally));
	tally_add_into(t, PG_GETARG_CCTALLY_P(1));
	PG_RETURN_CCTALLY_P(t);
}

/* ---------------------------------------------------------------- jsonb */

static void
append_json_level(StringInfo buf, const char *name, const CcTallyLevel *lv)
{
	appendStringInfo(buf, "\"%s\": {\"count\": " INT64_FORMAT ", \"sum\": ",
					 name, lv->count);
	append_weight(buf, lv->sum);
	appendStringInfoString(buf, ", \"max\": ");
	append_weight(buf, lv->max);
	appendStringInfoString(buf, "}, ");
}

PG_FUNCTION_INFO_V1(tally_to_jsonb);
Datum
tally_to_jsonb(PG_FUNCTION_ARGS)
{
	CcTally    *t = PG_GETARG_CCTALLY_P(0);
	StringInfoData buf;
	int			i;

	initStringInfo(&buf);
	appendStringInfoChar(&buf, '{');
	for (i = 0; i < CC_COCREATION_LEVELS; i++)
		append_json_level(&buf, cc_level_name((CcLevel) (i + 1)), &t->level[i]);
	appendStringInfo(&buf, "\"none\": {\"count\": " INT64_FORMAT "}}", t->none);
	return DirectFunctionCall1(jsonb_in, CStringGetDatum(buf.data));
}

/* ---------------------------------------------------------------- aggregates */

/*
 * The transition state to write into: the current state in place when called
 * as an aggregate, a fresh zeroed tally for the first row of a group (the
 * executor copies it into the aggregate's memory context once), and a copy
 * otherwise, since a plain function call must not scribble on its argument.
 */
static inline CcTally *
tally_state(FunctionCallInfo fcinfo)
{
	CcTally    *t;

	if (PG_ARGISNULL(0))
		return palloc0(sizeof(CcTally));	/* format version 0 is a zero header */
	/* AggCheckCallContext()'s test, inline: this runs once per row */
	if (fcinfo->context != NULL &&
		(IsA(fcinfo->context, AggState) || IsA(fcinfo->context, WindowAggState)))
	{
		/* the aggregate's own state, made here: not checked again per row */
		return (CcTally *) DatumGetPointer(PG_GETARG_DATUM(0));
	}
	t = PG_GETARG_CCTALLY_P(0);
	return memcpy(palloc(sizeof(CcTally)), t, sizeof(CcTally));
}

static void invalid_weight(float8 weight) pg_attribute_noreturn();

/* out of line, so that the per-row path keeps no buffer on its stack */
static pg_noinline void
invalid_weight(float8 weight)
{
	char		num[DOUBLE_SHORTEST_DECIMAL_LEN];

	double_to_shortest_decimal_buf(weight, num);
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("weight %s is not valid for tally_agg", num),
			 errhint("Weights are finite numbers from 0.")));
}

static inline Datum
tally_accumulate(FunctionCallInfo fcinfo, float8 weight)
{
	CcTally    *t;
	CcLevel		level;

	/* rows without a level are skipped, and no rows leave the state NULL */
	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	level = PG_GETARG_CCLEVEL(1);

	/* isnan() || isinf() || < 0, in one test that fails for NaN */
	if (unlikely(!(weight >= 0 && weight <= DBL_MAX)))
		invalid_weight(weight);
	/* a byte no input makes (a damaged page) must not index past the tally */
	cc_level_check(level);

	t = tally_state(fcinfo);
	if (level == CC_LEVEL_NONE)
	{
		if (unlikely(pg_add_s64_overflow(t->none, 1, &t->none)))
			tally_count_overflow();
	}
	else
	{
		CcTallyLevel *lv = &t->level[level - 1];

		if (unlikely(pg_add_s64_overflow(lv->count, 1, &lv->count)))
			tally_count_overflow();
		/* + 0.0 turns a -0 weight into 0 */
		lv->sum += weight + 0.0;
		if (unlikely(isinf(lv->sum)))
			tally_sum_overflow();
		if (weight > lv->max)
			lv->max = weight;
	}
	PG_RETURN_CCTALLY_P(t);
}

static void null_weight(void) pg_attribute_noreturn();

static pg_noinline void
null_weight(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
			 errmsg("the weight of an activity must not be null"),
			 errhint("Leave the weight out to weigh every activity 1, write "
					 "coalesce(weight, 0) to count the activity with weight 0, or "
					 "leave the row out with WHERE weight IS NOT NULL.")));
}

/*
 * tally_agg(level, weight).  NULL policy
 * (doc/aggregates.md): a NULL level is a missing observation and the row is
 * skipped; a NULL weight is an error, since the aggregate would otherwise
 * have to guess what the activity weighs.
 */
PG_FUNCTION_INFO_V1(tally_sfunc);
Datum
tally_sfunc(PG_FUNCTION_ARGS)
{
	if (unlikely(PG_ARGISNULL(2)))
		null_weight();
	return tally_accumulate(fcinfo, PG_GETARG_FLOAT8(2));
}

/* tally_agg(level): every activity weighs 1 */
PG_FUNCTION_INFO_V1(tally_sfunc_unweighted);
Datum
tally_sfunc_unweighted(PG_FUNCTION_ARGS)
{
	return tally_accumulate(fcinfo, 1.0);
}

/*
 * Merging two tallies: the combine function of every tally aggregate, and
 * the transition function of tally_agg(tally).  A NULL on either side is no
 * evidence, so the other side is the result.
 */
PG_FUNCTION_INFO_V1(tally_merge);
Datum
tally_merge(PG_FUNCTION_ARGS)
{
	CcTally    *t;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		/* checked (once a group at most): called as a function, it is read */
		PG_RETURN_CCTALLY_P(PG_GETARG_CCTALLY_P(0));
	}
	if (PG_ARGISNULL(0))
	{
		/* a copy: the executor may free or reuse what it passed in */
		t = palloc(sizeof(CcTally));
		memcpy(t, PG_GETARG_CCTALLY_P(1), sizeof(CcTally));
		PG_RETURN_CCTALLY_P(t);
	}
	t = tally_state(fcinfo);
	tally_add_into(t, PG_GETARG_CCTALLY_P(1));
	PG_RETURN_CCTALLY_P(t);
}

/* ---------------------------------------------------------------- the exact state */

/*
 * tally_partial: the transition state of tally_agg(level, weight) and
 * tally_agg(tally).  A sum of doubles rounded row by row depends on the order
 * of the rows, so a parallel plan, or a Citus cluster whose shards each sum
 * their own rows, gave a different last digit than one scan.  The state sums
 * the weights exactly instead (exact_sum.h's wide accumulator) and the final
 * function rounds once: the same rows give the same bits, in any order and
 * any split.  tally_agg(level) keeps the tally as its state: its weights are
 * all 1, whose double sums are exact (up to 2^53 rows).
 *
 * Fixed size (880 bytes), double aligned, with text and binary I/O, so that
 * Citus pushes the aggregate down to the shards and ships the partial states
 * as text (Citus 13 does not ship internal states).  Text form, like a
 * tally's with the exact sums in hexadecimal (exact_sum.h):
 *
 *     (count, sum, max | count, sum, max | count, sum, max | none)
 *     e.g. (3, 0x2.8, 1 | 0, 0x0, 0 | 1, 0x1, 1 | 4)
 */
typedef struct CcTallyPartialLevel
{
	int64		count;
	float8		max;			/* largest single weight */
	CcWideSum	sum;			/* exact sum of the weights */
} CcTallyPartialLevel;

typedef struct CcTallyPartial
{
	CcFormatHeader header;
	CcTallyPartialLevel level[CC_COCREATION_LEVELS];
	int64		none;
} CcTallyPartial;

/* INTERNALLENGTH in src/exact_state.sql */
StaticAssertDecl(sizeof(CcTallyPartial) == 880, "a tally_partial is 880 bytes");

/*
 * Why a partial tally is not one the aggregates make, or NULL.  Besides the
 * tally's rules, the exact sum is at most count times 2^1024, so that adding
 * states whose counts do not overflow never carries out of the accumulator.
 */
static const char *
tally_partial_invalid(const CcTallyPartial *t, const char **level_name)
{
	int			i;

	*level_name = "none";
	if (t->none < 0)
		return "the count of activities is negative";
	for (i = 0; i < CC_COCREATION_LEVELS; i++)
	{
		const CcTallyPartialLevel *lv = &t->level[i];
		double		sum = cc_wide_sum_double(&lv->sum);
		int			top = cc_wide_sum_top_bit(&lv->sum);

		*level_name = cc_level_name((CcLevel) (i + 1));
		if (lv->count < 0)
			return "the count of activities is negative";
		if (!isfinite(lv->max) || lv->max < 0 || signbit(lv->max))
			return "the largest weight is not a finite number from 0";
		if (lv->count == 0 && (top >= 0 || lv->max != 0))
			return "there is weight without any activity";
		if (sum < lv->max)
			return "the largest weight exceeds the sum of weights";
		if (sum > 0 && lv->max == 0)
			return "the sum of weights is positive but the largest weight is 0";
		/* 2^(top - 1074) <= sum <= count * max < count * 2^1024 */
		if (top >= 0 && top - 1074 >= 1024 + 64 - __builtin_clzll((uint64) lv->count))
			return "the sum of weights exceeds the count times the largest weight";
		if (isfinite(sum) && sum > (float8) lv->count * lv->max * (1.0 + 1e-6))
			return "the sum of weights exceeds the count times the largest weight";
	}
	return NULL;
}

static void
tally_partial_check(const CcTallyPartial *t, int sqlstate, const char *input)
{
	const char *level_name;
	const char *why;

	/* a stored value (a damaged page, a cast without function): XX001 */
	if (sqlstate == ERRCODE_DATA_CORRUPTED && unlikely(!cc_header_ok(&t->header)))
		cc_damaged_header("tally_partial", &t->header);
	why = tally_partial_invalid(t, &level_name);
	if (why == NULL)
		return;
	if (sqlstate == ERRCODE_DATA_CORRUPTED)
		cc_damaged("tally_partial", NULL, psprintf("At %s, %s.", level_name, why));
	if (input != NULL)
		ereport(ERROR,
				(errcode(sqlstate),
				 errmsg("invalid input syntax for type tally_partial: \"%s\"",
						cc_clip_for_error(input, strlen(input))),
				 errdetail("At %s, %s.", level_name, why)));
	ereport(ERROR,
			(errcode(sqlstate),
			 errmsg("invalid binary value for type tally_partial"),
			 errdetail("At %s, %s.", level_name, why)));
}

#define TALLY_PARTIAL_FORM_HINT "A tally_partial reads (count, sum, max | count, sum, max | " \
	"count, sum, max | none), each sum exact in hexadecimal (0x2.8 is 2.5)."

static CcWideSum
tally_parse_exact(TallyParser *ps)
{
	CcWideSum	s;
	const char *why;

	tally_skip_space(ps);
	why = cc_wide_sum_parse(&ps->p, &s);
	if (why != NULL)
		cc_syntax_error("tally_partial", ps->input,
						psprintf("At character %d, %s.", (int) (ps->p - ps->input) + 1, why),
						TALLY_PARTIAL_FORM_HINT);
	return s;
}

PG_FUNCTION_INFO_V1(tally_partial_in);
Datum
tally_partial_in(PG_FUNCTION_ARGS)
{
	const char *str = PG_GETARG_CSTRING(0);
	CcTallyPartial *t = palloc0(sizeof(CcTallyPartial));
	TallyParser ps = {"tally_partial", str, str};
	int			i;

	tally_expect(&ps, '(', "\"(\"");
	for (i = 0; i < CC_COCREATION_LEVELS; i++)
	{
		t->level[i].count = tally_parse_count(&ps);
		tally_expect(&ps, ',', "\",\"");
		t->level[i].sum = tally_parse_exact(&ps);
		tally_expect(&ps, ',', "\",\"");
		t->level[i].max = tally_parse_weight(&ps);
		tally_expect(&ps, '|', "\"|\"");
	}
	t->none = tally_parse_count(&ps);
	tally_expect(&ps, ')', "\")\"");
	tally_skip_space(&ps);
	if (*ps.p != '\0')
		tally_syntax_error(&ps, "the end of the input");
	tally_partial_check(t, ERRCODE_INVALID_TEXT_REPRESENTATION, str);
	PG_RETURN_POINTER(t);
}

PG_FUNCTION_INFO_V1(tally_partial_out);
Datum
tally_partial_out(PG_FUNCTION_ARGS)
{
	CcTallyPartial *t = (CcTallyPartial *) PG_GETARG_POINTER(0);
	StringInfoData buf;
	int			i;

	tally_partial_check(t, ERRCODE_DATA_CORRUPTED, NULL);
	initStringInfo(&buf);
	appendStringInfoChar(&buf, '(');
	for (i = 0; i < CC_COCREATION_LEVELS; i++)
	{
		appendStringInfo(&buf, INT64_FORMAT ", ", t->level[i].count);
		cc_wide_sum_append(&buf, &t->level[i].sum);
		appendStringInfoString(&buf, ", ");
		append_weight(&buf, t->level[i].max);
		appendStringInfoString(&buf, " | ");
	}
	appendStringInfo(&buf, INT64_FORMAT ")", t->none);
	PG_RETURN_CSTRING(buf.data);
}

/*
 * binary form: the format version (one byte, 0); per level int8 count,
 * float8 max and the sum's 34 limbs as int8, lowest first; then int8 none
 */
PG_FUNCTION_INFO_V1(tally_partial_recv);
Datum
tally_partial_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	CcTallyPartial *t = palloc0(sizeof(CcTallyPartial));
	int			version = pq_getmsgbyte(buf);
	int			i,
				j;

	if (version != CC_FORMAT_VERSION)
		cc_unknown_format("tally_partial", version);
	for (i = 0; i < CC_COCREATION_LEVELS; i++)
	{
		t->level[i].count = pq_getmsgint64(buf);
		t->level[i].max = tally_unsigned_zero(pq_getmsgfloat8(buf));
		for (j = 0; j < CC_WIDE_SUM_LIMBS; j++)
			t->level[i].sum.limb[j] = (uint64) pq_getmsgint64(buf);
	}
	t->none = pq_getmsgint64(buf);
	tally_partial_check(t, ERRCODE_INVALID_BINARY_REPRESENTATION, NULL);
	PG_RETURN_POINTER(t);
}

PG_FUNCTION_INFO_V1(tally_partial_send);
Datum
tally_partial_send(PG_FUNCTION_ARGS)
{
	CcTallyPartial *t = (CcTallyPartial *) PG_GETARG_POINTER(0);
	StringInfoData buf;
	int			i,
				j;

	tally_partial_check(t, ERRCODE_DATA_CORRUPTED, NULL);
	pq_begintypsend(&buf);
	pq_sendbyte(&buf, CC_FORMAT_VERSION);
	for (i = 0; i < CC_COCREATION_LEVELS; i++)
	{
		pq_sendint64(&buf, t->level[i].count);
		pq_sendfloat8(&buf, t->level[i].max);
		for (j = 0; j < CC_WIDE_SUM_LIMBS; j++)
			pq_sendint64(&buf, (int64) t->level[i].sum.limb[j]);
	}
	pq_sendint64(&buf, t->none);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* as tally_state(), for the exact state (only the aggregates call with one) */
static inline CcTallyPartial *
tally_partial_state(FunctionCallInfo fcinfo)
{
	CcTallyPartial *t;

	if (PG_ARGISNULL(0))
		return palloc0(sizeof(CcTallyPartial));
	if (fcinfo->context != NULL &&
		(IsA(fcinfo->context, AggState) || IsA(fcinfo->context, WindowAggState)))
		return (CcTallyPartial *) DatumGetPointer(PG_GETARG_DATUM(0));
	t = (CcTallyPartial *) PG_GETARG_POINTER(0);
	tally_partial_check(t, ERRCODE_DATA_CORRUPTED, NULL);
	return memcpy(palloc(sizeof(CcTallyPartial)), t, sizeof(CcTallyPartial));
}

/* one level's evidence: count more activities, weighing sum, the largest max */
static inline void
tally_partial_level_add(CcTallyPartialLevel *lv, int64 count, float8 weight, float8 max)
{
	if (unlikely(pg_add_s64_overflow(lv->count, count, &lv->count)))
		tally_count_overflow();
	cc_wide_sum_add(&lv->sum, weight);
	if (max > lv->max)
		lv->max = max;
}

/* transition of tally_agg(level, weight): tally_sfunc's checks and NULL policy */
PG_FUNCTION_INFO_V1(tally_partial_sfunc);
Datum
tally_partial_sfunc(PG_FUNCTION_ARGS)
{
	CcTallyPartial *t;
	CcLevel		level;
	float8		weight;

	if (unlikely(PG_ARGISNULL(2)))
		null_weight();
	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	level = PG_GETARG_CCLEVEL(1);
	weight = PG_GETARG_FLOAT8(2);
	if (unlikely(!(weight >= 0 && weight <= DBL_MAX)))
		invalid_weight(weight);
	cc_level_check(level);

	t = tally_partial_state(fcinfo);
	if (level == CC_LEVEL_NONE)
	{
		if (unlikely(pg_add_s64_overflow(t->none, 1, &t->none)))
			tally_count_overflow();
	}
	else
		/* + 0.0 turns a -0 weight into 0 */
		tally_partial_level_add(&t->level[level - 1], 1, weight + 0.0, weight + 0.0);
	PG_RETURN_POINTER(t);
}

/* transition of tally_agg(tally): a NULL tally is no evidence */
PG_FUNCTION_INFO_V1(tally_partial_add_tally);
Datum
tally_partial_add_tally(PG_FUNCTION_ARGS)
{
	CcTallyPartial *t;
	CcTally    *x;
	int			i;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	x = PG_GETARG_CCTALLY_P(1);
	t = tally_partial_state(fcinfo);
	for (i = 0; i < CC_COCREATION_LEVELS; i++)
		tally_partial_level_add(&t->level[i], x->level[i].count,
								x->level[i].sum, x->level[i].max);
	if (pg_add_s64_overflow(t->none, x->none, &t->none))
		tally_count_overflow();
	PG_RETURN_POINTER(t);
}

/* combine function of tally_agg(level, weight) and tally_agg(tally) */
PG_FUNCTION_INFO_V1(tally_partial_merge);
Datum
tally_partial_merge(PG_FUNCTION_ARGS)
{
	CcTallyPartial *t;
	CcTallyPartial *x;
	int			i;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	/* checked: a state that came in as a value (Citus ships them as text) */
	x = (CcTallyPartial *) PG_GETARG_POINTER(1);
	tally_partial_check(x, ERRCODE_DATA_CORRUPTED, NULL);
	if (PG_ARGISNULL(0))
	{
		/* a copy: the executor may free or reuse what it passed in */
		PG_RETURN_POINTER(memcpy(palloc(sizeof(CcTallyPartial)), x, sizeof(CcTallyPartial)));
	}
	t = tally_partial_state(fcinfo);
	for (i = 0; i < CC_COCREATION_LEVELS; i++)
	{
		CcTallyPartialLevel *lv = &t->level[i];

		if (unlikely(pg_add_s64_overflow(lv->count, x->level[i].count, &lv->count)))
			tally_count_overflow();
		cc_wide_sum_merge(&lv->sum, &x->level[i].sum);
		if (x->level[i].max > lv->max)
			lv->max = x->level[i].max;
	}
	if (pg_add_s64_overflow(t->none, x->none, &t->none))
		tally_count_overflow();
	PG_RETURN_POINTER(t);
}

/* final function: the tally, each sum rounded once (correctly, to nearest) */
PG_FUNCTION_INFO_V1(tally_partial_final);
Datum
tally_partial_final(PG_FUNCTION_ARGS)
{
	CcTallyPartial *t = (CcTallyPartial *) PG_GETARG_POINTER(0);
	CcTally    *r = palloc0(sizeof(CcTally));
	int			i;

	/* once a group: the state may also be a value passed in by a plain call */
	tally_partial_check(t, ERRCODE_DATA_CORRUPTED, NULL);
	for (i = 0; i < CC_COCREATION_LEVELS; i++)
	{
		r->level[i].count = t->level[i].count;
		r->level[i].sum = cc_wide_sum_double(&t->level[i].sum);
		if (unlikely(isinf(r->level[i].sum)))
			tally_sum_overflow();
		r->level[i].max = t->level[i].max;
	}
	r->none = t->none;
	PG_RETURN_CCTALLY_P(r);
}
