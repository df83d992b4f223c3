/*
 * qca_model_fit.c: the fit of a solution (a model such as A*~B + C*D) over
 * the cases, term by term, as the aggregate
 * qca_model_fit(memberships float8[], outcome float8, conditions text[], model text).
 *
 * A case's membership in a term is the smallest of its memberships in the
 * term's literals (1 - x for a negated condition); in the model, the largest
 * of its term memberships.  Per term: consistency, PRI and raw coverage as
 * qca_fit computes them, and unique coverage, the coverage the model loses
 * without the term: (Σmin(M, y) - Σmin(M without the term, y)) / Σy.  Per
 * model: consistency, PRI and coverage.  All sums exact (exact_sum.h), so
 * the result does not depend on row order or plan.
 *
 * The state is one flat block (header, terms, then the names and model
 * texts it was made with), so that serializing it is one copy.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "common/shortest_dec.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/json.h"

#include "exact_sum.h"
#include "qca.h"
#include "util.h"

#define MF_MAX_TERMS	64

typedef struct MfTerm
{
	int8		digit[CC_QCA_MAX_CONDITIONS];	/* 0 absent, 1 present, 2 not in the term */
	CcExactSum	t;				/* ΣT */
	CcExactSum	ty;				/* Σmin(T, y) */
	CcExactSum	tyn;			/* Σmin(T, y, 1 - y) */
	CcExactSum	rest_y;			/* Σmin(M without this term, y) */
} MfTerm;

typedef struct MfState
{
	int32		size;			/* of the whole block */
	int32		k;
	int32		nterms;
	int32		text_offset;	/* names array then model text, as varlenas */
	int64		cases;
	CcExactSum	y;
	CcExactSum	m;				/* ΣM */
	CcExactSum	my;				/* Σmin(M, y) */
	CcExactSum	myn;			/* Σmin(M, y, 1 - y) */
	MfTerm		term[FLEXIBLE_ARRAY_MEMBER];
} MfState;

static ArrayType *
mf_names(MfState *s)
{
	return (ArrayType *) ((char *) s + s->text_offset);
}

static text *
mf_model(MfState *s)
{
	ArrayType  *names = mf_names(s);

	return (text *) ((char *) names + INTALIGN(VARSIZE(names)));
}

static void
model_syntax(const char *model, const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid model \"%s\"", cc_clip_for_error(model, strlen(model))),
			 errdetail_internal("%s", detail),
			 errhint("A model is terms joined by +, each term conditions joined by *, "
					 "~ before a condition that is absent, e.g. A*~B + C.")));
}

/*
 * Is the word at start (len bytes) the term 1, the one without conditions
 * that every case belongs to fully?  qca_minimize writes it when every
 * corner is positive or a remainder.  A condition named 1 takes precedence.
 */
static bool
is_constant_term(const char *start, int len, char **names, int k)
{
	int			j;

	if (len != 1 || start[0] != '1')
		return false;
	for (j = 0; j < k; j++)
		if (strcmp(names[j], "1") == 0)
			return false;
	return true;
}

/*
 * The terms of a model, as digits per condition (the term 1 has none);
 * returns their number.
 */
static int
parse_model(const char *model, char **names, int k, int8 (*digit)[CC_QCA_MAX_CONDITIONS])
{
	const char *p = model;
	int			n = 0;

	for (;;)
	{
		int			j;
		int			factors = 0;
		bool		constant;

		if (n == MF_MAX_TERMS)
			model_syntax(model, psprintf("A model has at most %d terms.", MF_MAX_TERMS));
		for (j = 0; j < k; j++)
			digit[n][j] = 2;
		for (;;)
		{
			bool		neg = false;
			const char *start;
			int			len;

			while (*p == ' ')
				p++;
			if (*p == '~')
			{
				neg = true;
				p++;
			}
			start = p;
			while ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
				   (*p >= '0' && *p <= '9') || *p == '_')
				p++;
			len = (int) (p - start);
			if (len == 0)
				model_syntax(model, psprintf("Expected a condition at character %d.",
											 (int) (start - model) + 1));
			factors++;
			constant = is_constant_term(start, len, names, k);
			while (*p == ' ')
				p++;
			if (constant && (neg || factors > 1 || *p == '*'))
				model_syntax(model, "The term 1 (every case) stands alone: not negated, "
							 "not with conditions.");
			if (constant)
				break;
			for (j = 0; j < k; j++)
				if ((int) strlen(names[j]) == len && strncmp(names[j], start, len) == 0)
					break;
			if (j == k)
				model_syntax(model, psprintf("Unknown condition \"%.*s\".", len, start));
			if (digit[n][j] != 2)
				model_syntax(model, psprintf("Condition %s appears twice in a term.", names[j]));
			digit[n][j] = neg ? 0 : 1;
			while (*p == ' ')
				p++;
			if (*p != '*')
				break;
			p++;
		}
		n++;
		if (*p == '\0')
			return n;
		if (*p != '+')
			model_syntax(model, psprintf("Expected *, + or the end at character %d.",
										 (int) (p - model) + 1));
		p++;
	}
}

static MfState *
mf_create(MemoryContext cxt, int k, ArrayType *names_arr, text *model)
{
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	char	  **names;
	int8		digit[MF_MAX_TERMS][CC_QCA_MAX_CONDITIONS];
	int			nterms;
	int			i;
	Size		head;
	Size		size;
	MfState    *s;

	if (k < 1 || k > CC_QCA_MAX_CONDITIONS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("a model takes 1 to %d conditions, not %d", CC_QCA_MAX_CONDITIONS, k)));
	if (ARR_NDIM(names_arr) > 1 || array_contains_nulls(names_arr))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("condition names must be a one-dimensional array without nulls")));
	deconstruct_array(names_arr, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
	if (n != k)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%d condition names for %d memberships", n, k),
				 errhint("Name each condition once, in the order of the memberships.")));
	names = palloc(sizeof(char *) * k);
	for (i = 0; i < k; i++)
		names[i] = TextDatumGetCString(elems[i]);
	nterms = parse_model(text_to_cstring(model), names, k, digit);

	head = MAXALIGN(offsetof(MfState, term) + sizeof(MfTerm) * nterms);
	size = head + INTALIGN(VARSIZE(names_arr)) + VARSIZE_ANY(model);
	s = MemoryContextAllocZero(cxt, size);
	s->size = (int32) size;
	s->k = k;
	s->nterms = nterms;
	s->text_offset = (int32) head;
	for (i = 0; i < nterms; i++)
		memcpy(s->term[i].digit, digit[i], sizeof(digit[i]));
	memcpy(mf_names(s), names_arr, VARSIZE(names_arr));
	/* a 1-byte-header text is copied as is: compare it as bytes only */
	memcpy(mf_model(s), model, VARSIZE_ANY(model));
	return s;
}

static bool
same_bytes(const void *a, Size alen, const void *b, Size blen)
{
	return alen == blen && memcmp(a, b, alen) == 0;
}

PG_FUNCTION_INFO_V1(qca_model_fit_sfunc);
Datum
qca_model_fit_sfunc(PG_FUNCTION_ARGS)
{
	MemoryContext cxt;
	MfState    *s = PG_ARGISNULL(0) ? NULL : (MfState *) PG_GETARG_POINTER(0);
	ArrayType  *arr;
	ArrayType  *names;
	text	   *model;
	float8		x[CC_QCA_MAX_CONDITIONS];
	float8		tm[MF_MAX_TERMS];
	float8		y,
				best = 0,
				second = 0,
				my;
	int			argbest = -1;
	int			k,
				i,
				j;

	if (!AggCheckCallContext(fcinfo, &cxt))
		elog(ERROR, "qca_model_fit_sfunc called in non-aggregate context");
	if (PG_ARGISNULL(3) || PG_ARGISNULL(4))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("the condition names and the model must not be null")));
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2) ||
		array_contains_nulls(PG_GETARG_ARRAYTYPE_P(1)))
	{
		if (s == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(s);
	}
	arr = PG_GETARG_ARRAYTYPE_P(1);
	names = PG_GETARG_ARRAYTYPE_P(3);
	model = PG_GETARG_TEXT_PP(4);
	if (ARR_NDIM(arr) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("memberships must be a one-dimensional array")));
	k = ARR_NDIM(arr) == 0 ? 0 : ARR_DIMS(arr)[0];
	y = cc_qca_membership(PG_GETARG_FLOAT8(2), "outcome membership");
	if (s == NULL)
		s = mf_create(cxt, k, names, model);
	else if (k != s->k)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("a case has %d memberships, the first had %d", k, s->k)));
	else if (!same_bytes(names, VARSIZE(names), mf_names(s), VARSIZE(mf_names(s))) ||
			 !same_bytes(model, VARSIZE_ANY(model), mf_model(s), VARSIZE_ANY(mf_model(s))))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the condition names or the model differ between cases"),
				 errhint("Pass the same names and model with every case, e.g. constants.")));
	memcpy(x, ARR_DATA_PTR(arr), sizeof(float8) * k);
	for (j = 0; j < k; j++)
		x[j] = cc_qca_membership(x[j], "membership");

	/* term memberships, the largest two (the model without each term) */
	for (i = 0; i < s->nterms; i++)
	{
		float8		t = 1.0;

		for (j = 0; j < k; j++)
		{
			if (s->term[i].digit[j] == 1)
				t = Min(t, x[j]);
			else if (s->term[i].digit[j] == 0)
				t = Min(t, 1.0 - x[j]);
		}
		tm[i] = t;
		if (argbest < 0 || t > best)
		{
			second = argbest < 0 ? 0 : best;
			best = t;
			argbest = i;
		}
		else if (t > second)
			second = t;
	}
	s->cases++;
	cc_exact_sum_add(&s->y, y);
	my = Min(best, y);
	cc_exact_sum_add(&s->m, best);
	cc_exact_sum_add(&s->my, my);
	cc_exact_sum_add(&s->myn, y > 0.5 ? Min(my, 1.0 - y) : my);
	for (i = 0; i < s->nterms; i++)
	{
		MfTerm	   *t = &s->term[i];
		float8		ty = Min(tm[i], y);

		cc_exact_sum_add(&t->t, tm[i]);
		cc_exact_sum_add(&t->ty, ty);
		cc_exact_sum_add(&t->tyn, y > 0.5 ? Min(ty, 1.0 - y) : ty);
		/* without the only term, the model is the empty union: 0 */
		cc_exact_sum_add(&t->rest_y, Min(i == argbest ? (s->nterms > 1 ? second : 0) : best, y));
	}
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(qca_model_fit_combine);
Datum
qca_model_fit_combine(PG_FUNCTION_ARGS)
{
	MemoryContext cxt;
	MfState    *a = PG_ARGISNULL(0) ? NULL : (MfState *) PG_GETARG_POINTER(0);
	MfState    *b = PG_ARGISNULL(1) ? NULL : (MfState *) PG_GETARG_POINTER(1);
	int			i;

	if (!AggCheckCallContext(fcinfo, &cxt))
		elog(ERROR, "qca_model_fit_combine called in non-aggregate context");
	if (b == NULL)
	{
		if (a == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(a);
	}
	if (a == NULL)
	{
		a = MemoryContextAlloc(cxt, b->size);
		memcpy(a, b, b->size);
		PG_RETURN_POINTER(a);
	}
	if (a->size != b->size || memcmp((char *) a + a->text_offset, (char *) b + b->text_offset,
									 a->size - a->text_offset) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the condition names or the model differ between cases")));
	a->cases += b->cases;
	cc_exact_sum_merge(&a->y, &b->y);
	cc_exact_sum_merge(&a->m, &b->m);
	cc_exact_sum_merge(&a->my, &b->my);
	cc_exact_sum_merge(&a->myn, &b->myn);
	for (i = 0; i < a->nterms; i++)
	{
		cc_exact_sum_merge(&a->term[i].t, &b->term[i].t);
		cc_exact_sum_merge(&a->term[i].ty, &b->term[i].ty);
		cc_exact_sum_merge(&a->term[i].tyn, &b->term[i].tyn);
		cc_exact_sum_merge(&a->term[i].rest_y, &b->term[i].rest_y);
	}
	PG_RETURN_POINTER(a);
}

PG_FUNCTION_INFO_V1(qca_model_fit_serial);
Datum
qca_model_fit_serial(PG_FUNCTION_ARGS)
{
	MfState    *s = (MfState *) PG_GETARG_POINTER(0);
	bytea	   *out = palloc(VARHDRSZ + s->size);

	SET_VARSIZE(out, VARHDRSZ + s->size);
	memcpy(VARDATA(out), s, s->size);
	PG_RETURN_BYTEA_P(out);
}

PG_FUNCTION_INFO_V1(qca_model_fit_deserial);
Datum
qca_model_fit_deserial(PG_FUNCTION_ARGS)
{
	bytea	   *in = PG_GETARG_BYTEA_P(0);
	MemoryContext cxt;
	MfState    *s;

	if (!AggCheckCallContext(fcinfo, &cxt))
		elog(ERROR, "qca_model_fit_deserial called in non-aggregate context");
	s = MemoryContextAlloc(cxt, VARSIZE(in) - VARHDRSZ);
	memcpy(s, VARDATA(in), VARSIZE(in) - VARHDRSZ);
	PG_RETURN_POINTER(s);
}

static void
append_ratio(StringInfo buf, const char *key, const CcExactSum *a, const CcExactSum *b)
{
	char		num[DOUBLE_SHORTEST_DECIMAL_LEN];

	appendStringInfo(buf, "\"%s\": ", key);
	if (cc_exact_sum_is_zero(b))
	{
		appendStringInfoString(buf, "null");
		return;
	}
	double_to_shortest_decimal_buf(cc_exact_sum_ratio(a, b), num);
	appendStringInfoString(buf, num);
}

static void
append_pri(StringInfo buf, const CcExactSum *xy, const CcExactSum *xyn, const CcExactSum *x)
{
	CcExactSum	num,
				den;

	cc_exact_sum_sub(&num, xy, xyn);
	cc_exact_sum_sub(&den, x, xyn);
	append_ratio(buf, "pri", &num, &den);
}

/*
 * {"model", "cases", "consistency", "pri", "coverage", "terms": [{"term",
 * "consistency", "pri", "raw_coverage", "unique_coverage"}, ...]}
 */
PG_FUNCTION_INFO_V1(qca_model_fit_final);
Datum
qca_model_fit_final(PG_FUNCTION_ARGS)
{
	MfState    *s;
	StringInfoData buf;
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	int			i,
				j;
	char	   *model;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	s = (MfState *) PG_GETARG_POINTER(0);
	deconstruct_array(mf_names(s), TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
	model = text_to_cstring(mf_model(s));
	initStringInfo(&buf);
	appendStringInfoString(&buf, "{\"model\": ");
	escape_json(&buf, model);
	appendStringInfo(&buf, ", \"cases\": " INT64_FORMAT ", ", s->cases);
	append_ratio(&buf, "consistency", &s->my, &s->m);
	appendStringInfoString(&buf, ", ");
	append_pri(&buf, &s->my, &s->myn, &s->m);
	appendStringInfoString(&buf, ", ");
	append_ratio(&buf, "coverage", &s->my, &s->y);
	appendStringInfoString(&buf, ", \"terms\": [");
	for (i = 0; i < s->nterms; i++)
	{
		MfTerm	   *t = &s->term[i];
		StringInfoData term;
		CcExactSum	unique;
		bool		first = true;

		initStringInfo(&term);
		for (j = 0; j < s->k; j++)
		{
			if (t->digit[j] == 2)
				continue;
			appendStringInfo(&term, "%s%s%s", first ? "" : "*", t->digit[j] == 0 ? "~" : "",
							 TextDatumGetCString(elems[j]));
			first = false;
		}
		if (first)				/* no condition: the term 1 */
			appendStringInfoChar(&term, '1');
		appendStringInfoString(&buf, i ? ", {\"term\": " : "{\"term\": ");
		escape_json(&buf, term.data);
		appendStringInfoString(&buf, ", ");
		append_ratio(&buf, "consistency", &t->ty, &t->t);
		appendStringInfoString(&buf, ", ");
		append_pri(&buf, &t->ty, &t->tyn, &t->t);
		appendStringInfoString(&buf, ", ");
		append_ratio(&buf, "raw_coverage", &t->ty, &s->y);
		appendStringInfoString(&buf, ", ");
		cc_exact_sum_sub(&unique, &s->my, &t->rest_y);
		append_ratio(&buf, "unique_coverage", &unique, &s->y);
		appendStringInfoChar(&buf, '}');
	}
	appendStringInfoString(&buf, "]}");
	return DirectFunctionCall1(jsonb_in, CStringGetDatum(buf.data));
}
