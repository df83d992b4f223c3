/*
 * qca_fit.c: the fit of one set relation, X -> Y, over the cases: the type
 * qca_fit (the aggregate's state), the aggregate qca_fit(x, y) and its
 * statistics (Ragin 2006, "Set relations in social research"; Ragin 2008,
 * ch. 3 and 5; Schneider & Wagemann 2012, ch. 5 and 9).
 *
 * The state holds the number of cases and four sums, each exact
 * (exact_sum.h): Σx, Σy, Σmin(x, y) and Σmin(x, y, 1 - y).  Every statistic
 * is a ratio of exact sums or of their exact differences:
 *
 *   sufficiency consistency  Σmin(x,y) / Σx
 *   sufficiency coverage     Σmin(x,y) / Σy
 *   PRI                      (Σmin(x,y) - Σmin(x,y,1-y)) / (Σx - Σmin(x,y,1-y))
 *   necessity consistency    Σmin(x,y) / Σy
 *   necessity coverage       Σmin(x,y) / Σx
 *   relevance of necessity   Σ(1-x) / Σ(1-min(x,y)) = (n - Σx) / (n - Σmin(x,y))
 *
 * so a result does not depend on the order of the rows or the plan.
 * min(x, y, 1 - y) is computed exactly: for y <= 0.5 it is min(x, y), and
 * for y > 0.5 the difference 1 - y is exact (Sterbenz).
 *
 * Text form (exact, for dump and restore): (n, Σx, Σy, Σmin(x,y),
 * Σmin(x,y,1-y)), the sums in exact hexadecimal (exact_sum.h), e.g.
 * (2, 0x1.8, 0x1, 0x1, 0x0.8).
 */
#include "postgres.h"

#include "common/int.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "nodes/execnodes.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"

#include "exact_sum.h"
#include "qca.h"
#include "util.h"

typedef struct CcQcaFit
{
	CcFormatHeader header;
	int64		n;				/* cases */
	CcExactSum	x;				/* Σx */
	CcExactSum	y;				/* Σy */
	CcExactSum	xy;				/* Σmin(x, y) */
	CcExactSum	xyn;			/* Σmin(x, y, 1 - y) */
} CcQcaFit;

/* INTERNALLENGTH in src/qca.sql, and doc/storage.md */
StaticAssertDecl(sizeof(CcQcaFit) == 592, "a qca_fit is 592 bytes");

#define FIT_FORM_HINT "A qca_fit reads (n, sum of x, sum of y, sum of min(x, y), " \
	"sum of min(x, y, 1 - y)), the sums in exact hexadecimal such as 0x1.8; " \
	"it is made by the aggregate qca_fit(x, y)."

/* why the sums cannot come from n memberships, or NULL */
static const char *
fit_invalid(const CcQcaFit *f)
{
	CcExactSum	n;

	if (f->n < 0)
		return "the number of cases is negative";
	memset(&n, 0, sizeof(n));
	cc_exact_sum_add_int(&n, (uint64) f->n);
	if (cc_exact_sum_cmp(&f->x, &n) > 0 || cc_exact_sum_cmp(&f->y, &n) > 0)
		return "a sum of memberships exceeds the number of cases";
	if (cc_exact_sum_cmp(&f->xy, &f->x) > 0 || cc_exact_sum_cmp(&f->xy, &f->y) > 0)
		return "the sum of min(x, y) exceeds the sum of x or of y";
	if (cc_exact_sum_cmp(&f->xyn, &f->xy) > 0)
		return "the sum of min(x, y, 1 - y) exceeds the sum of min(x, y)";
	return NULL;
}

static CcQcaFit *
fit_checked(Datum d)
{
	CcQcaFit   *f = (CcQcaFit *) DatumGetPointer(d);
	const char *why;

	if (unlikely(!cc_header_ok(&f->header)))
		cc_damaged_header("qca_fit", &f->header);
	why = fit_invalid(f);
	if (unlikely(why != NULL))
		cc_damaged("qca_fit", NULL, psprintf("%c%s.", pg_toupper(why[0]), why + 1));
	return f;
}

#define PG_GETARG_FIT(n) fit_checked(PG_GETARG_DATUM(n))

/* ---------------------------------------------------------------- I/O */

static void
fit_syntax(const char *input, const char *detail)
{
	cc_syntax_error("qca_fit", input, detail, FIT_FORM_HINT);
}

static void
skip_space(const char **p)
{
	while (**p == ' ' || **p == '\t' || **p == '\n' || **p == '\r')
		(*p)++;
}

static void
expect(const char *input, const char **p, char c)
{
	skip_space(p);
	if (**p != c)
		fit_syntax(input, psprintf("Expected \"%c\" at character %d.", c,
								   (int) (*p - input) + 1));
	(*p)++;
	skip_space(p);
}

static void
parse_sum(const char *input, const char **p, CcExactSum *s)
{
	const char *why = cc_exact_sum_parse(p, s);

	if (why != NULL)
		fit_syntax(input, psprintf("At character %d, %s.", (int) (*p - input) + 1, why));
}

static void
fit_check_input(const CcQcaFit *f, const char *input)
{
	const char *why = fit_invalid(f);

	if (why == NULL)
		return;
	if (input != NULL)
		fit_syntax(input, psprintf("%c%s.", pg_toupper(why[0]), why + 1));
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid binary value for type qca_fit"),
			 errdetail("%c%s.", pg_toupper(why[0]), why + 1)));
}

PG_FUNCTION_INFO_V1(qca_fit_in);
Datum
qca_fit_in(PG_FUNCTION_ARGS)
{
	const char *str = PG_GETARG_CSTRING(0);
	const char *p = str;
	CcQcaFit   *f = palloc0(sizeof(CcQcaFit));
	int64		n = 0;

	expect(str, &p, '(');
	if (!(*p >= '0' && *p <= '9'))
		fit_syntax(str, "Expected the number of cases first.");
	for (; *p >= '0' && *p <= '9'; p++)
	{
		if (pg_mul_s64_overflow(n, 10, &n) || pg_add_s64_overflow(n, *p - '0', &n))
			fit_syntax(str, "The number of cases is out of range.");
	}
	f->n = n;
	expect(str, &p, ',');
	parse_sum(str, &p, &f->x);
	expect(str, &p, ',');
	parse_sum(str, &p, &f->y);
	expect(str, &p, ',');
	parse_sum(str, &p, &f->xy);
	expect(str, &p, ',');
	parse_sum(str, &p, &f->xyn);
	expect(str, &p, ')');
	if (*p != '\0')
		fit_syntax(str, psprintf("Expected the end of the input at character %d.",
								 (int) (p - str) + 1));
	fit_check_input(f, str);
	PG_RETURN_POINTER(f);
}

PG_FUNCTION_INFO_V1(qca_fit_out);
Datum
qca_fit_out(PG_FUNCTION_ARGS)
{
	CcQcaFit   *f = PG_GETARG_FIT(0);
	StringInfoData buf;

	initStringInfo(&buf);
	appendStringInfo(&buf, "(" INT64_FORMAT ", ", f->n);
	cc_exact_sum_append(&buf, &f->x);
	appendStringInfoString(&buf, ", ");
	cc_exact_sum_append(&buf, &f->y);
	appendStringInfoString(&buf, ", ");
	cc_exact_sum_append(&buf, &f->xy);
	appendStringInfoString(&buf, ", ");
	cc_exact_sum_append(&buf, &f->xyn);
	appendStringInfoChar(&buf, ')');
	PG_RETURN_CSTRING(buf.data);
}

/*
 * binary form (doc/storage.md): the format version (one byte, 0), int8 n,
 * then the four sums, each as its 18 limbs from the lowest, int8 each
 */
static void
recv_sum(StringInfo buf, CcExactSum *s)
{
	int			i;

	for (i = 0; i < CC_EXACT_SUM_LIMBS; i++)
		s->limb[i] = (uint64) pq_getmsgint64(buf);
}

static void
send_sum(StringInfo buf, const CcExactSum *s)
{
	int			i;

	for (i = 0; i < CC_EXACT_SUM_LIMBS; i++)
		pq_sendint64(buf, (int64) s->limb[i]);
}

PG_FUNCTION_INFO_V1(qca_fit_recv);
Datum
qca_fit_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	CcQcaFit   *f = palloc0(sizeof(CcQcaFit));
	int			version = pq_getmsgbyte(buf);

	if (version != CC_FORMAT_VERSION)
		cc_unknown_format("qca_fit", version);
	f->n = pq_getmsgint64(buf);
	recv_sum(buf, &f->x);
	recv_sum(buf, &f->y);
	recv_sum(buf, &f->xy);
	recv_sum(buf, &f->xyn);
	fit_check_input(f, NULL);
	PG_RETURN_POINTER(f);
}

PG_FUNCTION_INFO_V1(qca_fit_send);
Datum
qca_fit_send(PG_FUNCTION_ARGS)
{
	CcQcaFit   *f = PG_GETARG_FIT(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, CC_FORMAT_VERSION);
	pq_sendint64(&buf, f->n);
	send_sum(&buf, &f->x);
	send_sum(&buf, &f->y);
	send_sum(&buf, &f->xy);
	send_sum(&buf, &f->xyn);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ---------------------------------------------------------------- aggregate */

static inline CcQcaFit *
fit_state(FunctionCallInfo fcinfo)
{
	if (PG_ARGISNULL(0))
		return palloc0(sizeof(CcQcaFit));
	if (fcinfo->context != NULL &&
		(IsA(fcinfo->context, AggState) || IsA(fcinfo->context, WindowAggState)))
		return (CcQcaFit *) DatumGetPointer(PG_GETARG_DATUM(0));
	return memcpy(palloc(sizeof(CcQcaFit)), PG_GETARG_FIT(0), sizeof(CcQcaFit));
}

static void
count_overflow(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("number of cases is out of range for type qca_fit")));
}

/*
 * qca_fit(x, y): a row with a NULL membership is a missing observation and
 * is skipped (doc/qca.md); no rows give NULL.
 */
PG_FUNCTION_INFO_V1(qca_fit_sfunc);
Datum
qca_fit_sfunc(PG_FUNCTION_ARGS)
{
	CcQcaFit   *f;
	float8		x,
				y,
				xy;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	x = cc_qca_membership(PG_GETARG_FLOAT8(1), "membership");
	y = cc_qca_membership(PG_GETARG_FLOAT8(2), "outcome membership");
	f = fit_state(fcinfo);
	if (unlikely(pg_add_s64_overflow(f->n, 1, &f->n)))
		count_overflow();
	xy = Min(x, y);
	cc_exact_sum_add(&f->x, x);
	cc_exact_sum_add(&f->y, y);
	cc_exact_sum_add(&f->xy, xy);
	cc_exact_sum_add(&f->xyn, y > 0.5 ? Min(xy, 1.0 - y) : xy);
	PG_RETURN_POINTER(f);
}

PG_FUNCTION_INFO_V1(qca_fit_merge);
Datum
qca_fit_merge(PG_FUNCTION_ARGS)
{
	CcQcaFit   *f;
	const CcQcaFit *g;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_POINTER(PG_GETARG_FIT(0));
	}
	if (PG_ARGISNULL(0))
		PG_RETURN_POINTER(memcpy(palloc(sizeof(CcQcaFit)), PG_GETARG_FIT(1),
								 sizeof(CcQcaFit)));
	f = fit_state(fcinfo);
	g = PG_GETARG_FIT(1);
	if (pg_add_s64_overflow(f->n, g->n, &f->n))
		count_overflow();
	cc_exact_sum_merge(&f->x, &g->x);
	cc_exact_sum_merge(&f->y, &g->y);
	cc_exact_sum_merge(&f->xy, &g->xy);
	cc_exact_sum_merge(&f->xyn, &g->xyn);
	PG_RETURN_POINTER(f);
}

/* ---------------------------------------------------------------- statistics */

/* a / b, or NULL when b is 0 (no evidence either way) */
#define RETURN_RATIO(a, b) \
	do { \
		if (cc_exact_sum_is_zero(b)) \
			PG_RETURN_NULL(); \
		PG_RETURN_FLOAT8(cc_exact_sum_ratio((a), (b))); \
	} while (0)

PG_FUNCTION_INFO_V1(qca_fit_cases);
Datum
qca_fit_cases(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(PG_GETARG_FIT(0)->n);
}

PG_FUNCTION_INFO_V1(qca_fit_consistency);
Datum
qca_fit_consistency(PG_FUNCTION_ARGS)
{
	CcQcaFit   *f = PG_GETARG_FIT(0);

	RETURN_RATIO(&f->xy, &f->x);
}

PG_FUNCTION_INFO_V1(qca_fit_coverage);
Datum
qca_fit_coverage(PG_FUNCTION_ARGS)
{
	CcQcaFit   *f = PG_GETARG_FIT(0);

	RETURN_RATIO(&f->xy, &f->y);
}

PG_FUNCTION_INFO_V1(qca_fit_pri);
Datum
qca_fit_pri(PG_FUNCTION_ARGS)
{
	CcQcaFit   *f = PG_GETARG_FIT(0);
	CcExactSum	num,
				den;

	cc_exact_sum_sub(&num, &f->xy, &f->xyn);
	cc_exact_sum_sub(&den, &f->x, &f->xyn);
	RETURN_RATIO(&num, &den);
}

PG_FUNCTION_INFO_V1(qca_fit_relevance);
Datum
qca_fit_relevance(PG_FUNCTION_ARGS)
{
	CcQcaFit   *f = PG_GETARG_FIT(0);
	CcExactSum	n,
				num,
				den;

	memset(&n, 0, sizeof(n));
	cc_exact_sum_add_int(&n, (uint64) f->n);
	cc_exact_sum_sub(&num, &n, &f->x);
	cc_exact_sum_sub(&den, &n, &f->xy);
	RETURN_RATIO(&num, &den);
}
