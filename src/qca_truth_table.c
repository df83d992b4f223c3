/*
 * qca_truth_table.c: the truth table of QCA as an aggregate,
 * qca_truth_table(memberships float8[], outcome float8, conditions text[]).
 *
 * k conditions span 2^k corners of the property space (configurations).
 * A case's membership in a corner is the minimum over the conditions of x_j
 * (the condition present) or 1 - x_j (absent).  Per corner the aggregate
 * keeps, over ALL cases (as the method defines them, Ragin 2008, ch. 7):
 *
 *   n      the cases with membership > 0.5 in the corner (each case has at
 *          most one such corner; a case with a condition at exactly 0.5 has
 *          none, and is counted apart as at the crossover)
 *   Σm, Σmin(m, y), Σmin(m, y, 1 - y)   exact (exact_sum.h)
 *
 * so raw consistency Σmin(m,y)/Σm and PRI follow, independent of row order
 * and plan.  A case adds to every corner where its membership is above 0:
 * with crisp data one corner, with fuzzy data up to 2^k; the corners are
 * walked as a tree, a branch cut where the running minimum reaches 0.
 *
 * The common crisp case (every membership and the outcome exactly 0 or 1)
 * has membership 1 in one corner and adds whole numbers there: 1 to n and
 * Σm, y to Σmin(m, y), 0 to Σmin(m, y, 1 - y).  So it only counts, in a
 * compact array of its own (8 bytes per corner and outcome, next to each
 * other: 4096 corners fit in 64 kB of cache, where the exact sums take
 * 1.8 MB), and the counts are added into the exact sums when the table is
 * written out.  Integers add exactly, so the sums are the same bits as if
 * each case had been added to them one by one.
 *
 * Corner numbering: the first condition is the most significant bit, so the
 * configuration read left to right is the corner's number in binary, and
 * "row" = number + 1 as in R's QCA package.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "common/shortest_dec.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/jsonb.h"
#include "utils/memutils.h"
#include "utils/numeric.h"

#include "exact_sum.h"
#include "qca.h"
#include "util.h"

/* a corner's sums over the cases not counted in TtState.crisp */
typedef struct TtCorner
{
	int64		n;				/* cases with membership > 0.5 here */
	CcExactSum	m;				/* Σm */
	CcExactSum	my;				/* Σmin(m, y) */
	CcExactSum	myn;			/* Σmin(m, y, 1 - y) */
} TtCorner;

typedef struct TtState
{
	int			k;
	ArrayType  *names;			/* the first row's condition names */
	int64		cases;
	int64		at_crossover;	/* cases with a condition at exactly 0.5 */
	int64	   *crisp;			/* 2^(k+1): [corner << 1 | y] the crisp cases */
	TtCorner   *corner;			/* 2^k */
} TtState;

/* the crisp counts of corner c with outcome 0 and 1 */
#define TT_CRISP(s, c, y)	((s)->crisp[((c) << 1) | (y)])

static void
check_names(ArrayType *names, int k)
{
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	int			i,
				j;

	if (ARR_NDIM(names) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("condition names must be a one-dimensional array")));
	deconstruct_array(names, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
	if (n != k)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%d condition names for %d memberships", n, k),
				 errhint("Name each condition once, in the order of the memberships.")));
	for (i = 0; i < n; i++)
	{
		char	   *s;
		bool		ok;

		if (nulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("condition names must not be null")));
		s = TextDatumGetCString(elems[i]);
		ok = (s[0] >= 'A' && s[0] <= 'Z') || (s[0] >= 'a' && s[0] <= 'z') || s[0] == '_';
		for (j = 1; ok && s[j] != '\0'; j++)
			ok = (s[j] >= 'A' && s[j] <= 'Z') || (s[j] >= 'a' && s[j] <= 'z') ||
				(s[j] >= '0' && s[j] <= '9') || s[j] == '_';
		if (!ok)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("condition name \"%s\" is not a plain word",
							cc_clip_for_error(s, strlen(s))),
					 errhint("Condition names are letters, digits and underscores, "
							 "starting with a letter or underscore, so that solutions "
							 "such as DEV*~IND + URB*STB read unambiguously.")));
		for (j = 0; j < i; j++)
			if (strcmp(s, TextDatumGetCString(elems[j])) == 0)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("condition name \"%s\" appears twice",
								cc_clip_for_error(s, strlen(s)))));
	}
}

static TtState *
tt_create(MemoryContext cxt, int k, ArrayType *names)
{
	TtState    *s = MemoryContextAllocZero(cxt, sizeof(TtState));

	if (k < 1 || k > CC_QCA_MAX_CONDITIONS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("a truth table takes 1 to %d conditions, not %d",
						CC_QCA_MAX_CONDITIONS, k),
				 errhint("Each condition doubles the corners of the property space.")));
	check_names(names, k);
	s->k = k;
	s->names = MemoryContextAlloc(cxt, VARSIZE(names));
	memcpy(s->names, names, VARSIZE(names));
	s->crisp = MemoryContextAllocZero(cxt, sizeof(int64) << (k + 1));
	s->corner = MemoryContextAllocZero(cxt, sizeof(TtCorner) << k);
	return s;
}

/* a case with membership m in corner c and outcome y */
static inline void
tt_add(TtCorner *c, float8 m, float8 y)
{
	float8		my = Min(m, y);

	cc_exact_sum_add(&c->m, m);
	cc_exact_sum_add(&c->my, my);
	cc_exact_sum_add(&c->myn, y > 0.5 ? Min(my, 1.0 - y) : my);
}

/* add membership min(prefix, ...) of conditions j.. to the corners below */
static void
tt_walk(TtState *s, const float8 *x, int j, int corner, float8 m, float8 y)
{
	if (j == s->k)
	{
		tt_add(&s->corner[corner], m, y);
		return;
	}
	if (x[j] > 0)
		tt_walk(s, x, j + 1, (corner << 1) | 1, Min(m, x[j]), y);
	if (x[j] < 1)
		tt_walk(s, x, j + 1, corner << 1, Min(m, 1.0 - x[j]), y);
}

/*
 * The memberships of one case into x (room for CC_QCA_MAX_CONDITIONS + 1):
 * their number (CC_QCA_MAX_CONDITIONS + 1 when there are more, for the
 * caller to report), or -1 when one is NULL.  Read in place: a small array
 * stored in a row has a 1-byte header, and PG_GETARG_ARRAYTYPE_P would copy
 * it to a palloc'd 4-byte-header array for every row; after either header
 * the bytes of an array are the same, so the elements are read from there
 * (with memcpy: in the short form they need not be aligned).
 */
static int
read_memberships(Datum d, float8 *x)
{
	struct varlena *v = (struct varlena *) DatumGetPointer(d);
	const char *body;
	int32		ndim,
				dataoffset,
				n;

	if (VARATT_IS_EXTENDED(v) && !VARATT_IS_SHORT(v))
		v = PG_DETOAST_DATUM(d);	/* compressed or out of line */
	body = VARDATA_ANY(v);
	memcpy(&ndim, body, sizeof(int32));
	memcpy(&dataoffset, body + sizeof(int32), sizeof(int32));
	if (ndim > 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("memberships must be a one-dimensional array")));
	if (ndim == 0)
		return 0;
	if (dataoffset != 0)		/* a null bitmap: is any element NULL? */
	{
		ArrayType  *arr = DatumGetArrayTypeP(d);

		if (array_contains_nulls(arr))
			return -1;
		n = ARR_DIMS(arr)[0];
		if (n > CC_QCA_MAX_CONDITIONS)
			return CC_QCA_MAX_CONDITIONS + 1;
		memcpy(x, ARR_DATA_PTR(arr), sizeof(float8) * n);
		return n;
	}
	/* offsets from the end of the 4-byte header: dims, then the elements */
	memcpy(&n, body + sizeof(ArrayType) - VARHDRSZ, sizeof(int32));
	if (n > CC_QCA_MAX_CONDITIONS)
		return CC_QCA_MAX_CONDITIONS + 1;
	memcpy(x, body + ARR_OVERHEAD_NONULLS(1) - VARHDRSZ, sizeof(float8) * n);
	return n;
}

/*
 * The corner of a case whose memberships are all exactly 0 or 1, or -1.
 * On the bits of the doubles, without branches: the common crisp case costs
 * a few instructions per condition.  Anything else (fuzzy, -0, or not a
 * membership at all) is left to tt_case, which checks it.
 */
static inline int
tt_crisp_corner(const float8 *x, int k)
{
	const uint64 one = UINT64CONST(0x3FF0000000000000);	/* 1.0 */
	uint64		other = 0;
	int			corner = 0;
	int			j;

	for (j = 0; j < k; j++)
	{
		uint64		b;
		uint64		bit;

		memcpy(&b, &x[j], sizeof(b));
		bit = (b >> 61) & 1;	/* set in 1.0, clear in 0.0 */
		other |= b ^ (one & (0 - bit));	/* 0 for exactly those two */
		corner = (corner << 1) | (int) bit;
	}
	return other ? -1 : corner;
}

/*
 * A case off the crisp path: its memberships checked, then counted at the
 * crossover or in its corner, and added to every corner it has membership
 * in (one for crisp memberships with a fuzzy outcome).
 */
static void
tt_case(TtState *s, float8 *x, float8 y)
{
	int			corner = 0;
	bool		decided = true;
	bool		crisp = true;
	int			j;

	for (j = 0; j < s->k; j++)
	{
		x[j] = cc_qca_membership(x[j], "membership");
		corner = (corner << 1) | (x[j] > 0.5);
		decided &= x[j] != 0.5;
		crisp &= x[j] == 0.0 || x[j] == 1.0;
	}
	if (crisp && (y == 0.0 || y == 1.0))
	{
		/* a -0 among the memberships */
		TT_CRISP(s, corner, y == 1.0)++;
		return;
	}
	if (decided)
		s->corner[corner].n++;
	else
		s->at_crossover++;
	if (crisp)
		tt_add(&s->corner[corner], 1.0, y);
	else
		tt_walk(s, x, 0, 0, 1.0, y);
}

PG_FUNCTION_INFO_V1(qca_truth_table_sfunc);
Datum
qca_truth_table_sfunc(PG_FUNCTION_ARGS)
{
	MemoryContext cxt;
	TtState    *s;
	ArrayType  *names;
	float8		x[CC_QCA_MAX_CONDITIONS + 1];
	float8		y;
	int			k;
	int			corner;

	if (!AggCheckCallContext(fcinfo, &cxt))
		elog(ERROR, "qca_truth_table_sfunc called in non-aggregate context");
	s = PG_ARGISNULL(0) ? NULL : (TtState *) PG_GETARG_POINTER(0);
	/* a case with a NULL membership or outcome is a missing observation */
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2) || PG_ARGISNULL(3))
	{
		if (PG_ARGISNULL(3))
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("condition names must not be null")));
		if (s == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(s);
	}
	names = PG_GETARG_ARRAYTYPE_P(3);
	k = read_memberships(PG_GETARG_DATUM(1), x);
	if (k < 0)					/* a NULL membership: a missing observation */
	{
		if (s == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(s);
	}
	y = cc_qca_membership(PG_GETARG_FLOAT8(2), "outcome membership");
	if (s == NULL)
		s = tt_create(cxt, k, names);
	else if (k != s->k)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("a case has %d memberships, the first had %d", k, s->k),
				 errhint("Every case gives one membership per condition.")));
	else if (VARSIZE(names) != VARSIZE(s->names) ||
			 memcmp(names, s->names, VARSIZE(names)) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the condition names differ between cases"),
				 errhint("Pass the same names with every case, e.g. a constant array.")));
	s->cases++;
	corner = tt_crisp_corner(x, k);
	if (corner >= 0 && (y == 0.0 || y == 1.0))
		TT_CRISP(s, corner, y == 1.0)++;
	else
		tt_case(s, x, y);
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(qca_truth_table_combine);
Datum
qca_truth_table_combine(PG_FUNCTION_ARGS)
{
	MemoryContext cxt;
	TtState    *a = PG_ARGISNULL(0) ? NULL : (TtState *) PG_GETARG_POINTER(0);
	TtState    *b = PG_ARGISNULL(1) ? NULL : (TtState *) PG_GETARG_POINTER(1);
	int			c;

	if (!AggCheckCallContext(fcinfo, &cxt))
		elog(ERROR, "qca_truth_table_combine called in non-aggregate context");
	if (b == NULL)
	{
		if (a == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(a);
	}
	if (a == NULL)
	{
		a = tt_create(cxt, b->k, b->names);
	}
	else if (a->k != b->k || VARSIZE(a->names) != VARSIZE(b->names) ||
			 memcmp(a->names, b->names, VARSIZE(a->names)) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the condition names differ between cases")));
	a->cases += b->cases;
	a->at_crossover += b->at_crossover;
	for (c = 0; c < (2 << a->k); c++)
		a->crisp[c] += b->crisp[c];
	for (c = 0; c < (1 << a->k); c++)
	{
		a->corner[c].n += b->corner[c].n;
		cc_exact_sum_merge(&a->corner[c].m, &b->corner[c].m);
		cc_exact_sum_merge(&a->corner[c].my, &b->corner[c].my);
		cc_exact_sum_merge(&a->corner[c].myn, &b->corner[c].myn);
	}
	PG_RETURN_POINTER(a);
}

/*
 * Serial form (exchanged only between the processes of one query or the
 * nodes of one build, in native byte order): k, cases, at_crossover, the
 * names array, the crisp counts, the corners.  Its length follows from k
 * and the names; deserial checks it.
 */
#define TT_SERIAL_FIXED	(VARHDRSZ + sizeof(int32) + 2 * sizeof(int64))

static Size
tt_serial_len(int k, Size names_len)
{
	return TT_SERIAL_FIXED + names_len + (sizeof(int64) << (k + 1)) + (sizeof(TtCorner) << k);
}

PG_FUNCTION_INFO_V1(qca_truth_table_serial);
Datum
qca_truth_table_serial(PG_FUNCTION_ARGS)
{
	TtState    *s = (TtState *) PG_GETARG_POINTER(0);
	Size		crisp = sizeof(int64) << (s->k + 1);
	Size		corners = sizeof(TtCorner) << s->k;
	Size		len = tt_serial_len(s->k, VARSIZE(s->names));
	bytea	   *out = palloc(len);
	char	   *p = VARDATA(out);

	SET_VARSIZE(out, len);
	memcpy(p, &s->k, sizeof(int32));
	p += sizeof(int32);
	memcpy(p, &s->cases, sizeof(int64));
	p += sizeof(int64);
	memcpy(p, &s->at_crossover, sizeof(int64));
	p += sizeof(int64);
	memcpy(p, s->names, VARSIZE(s->names));
	p += VARSIZE(s->names);
	memcpy(p, s->crisp, crisp);
	p += crisp;
	memcpy(p, s->corner, corners);
	PG_RETURN_BYTEA_P(out);
}

PG_FUNCTION_INFO_V1(qca_truth_table_deserial);
Datum
qca_truth_table_deserial(PG_FUNCTION_ARGS)
{
	bytea	   *in = PG_GETARG_BYTEA_P(0);
	const char *p = VARDATA(in);
	MemoryContext cxt;
	TtState    *s;
	int32		k;
	int64		cases,
				at_crossover;
	int32		hdr;
	ArrayType  *names;

	if (!AggCheckCallContext(fcinfo, &cxt))
		elog(ERROR, "qca_truth_table_deserial called in non-aggregate context");
	/* the fixed part and the names' header, before anything is read */
	if (VARSIZE(in) < TT_SERIAL_FIXED + VARHDRSZ)
		elog(ERROR, "qca_truth_table state of %u bytes is truncated", (unsigned) VARSIZE(in));
	memcpy(&k, p, sizeof(int32));
	p += sizeof(int32);
	memcpy(&cases, p, sizeof(int64));
	p += sizeof(int64);
	memcpy(&at_crossover, p, sizeof(int64));
	p += sizeof(int64);
	/* the array's bytes may sit unaligned inside the bytea: copy them out */
	memcpy(&hdr, p, sizeof(int32));
	if (k < 1 || k > CC_QCA_MAX_CONDITIONS ||
		VARSIZE(in) != tt_serial_len(k, VARSIZE(&hdr)))
		elog(ERROR, "qca_truth_table state of %u bytes does not fit its %d conditions",
			 (unsigned) VARSIZE(in), k);
	names = palloc(VARSIZE(&hdr));
	memcpy(names, p, VARSIZE(&hdr));
	p += VARSIZE(names);
	s = tt_create(cxt, k, names);
	s->cases = cases;
	s->at_crossover = at_crossover;
	memcpy(s->crisp, p, sizeof(int64) << (k + 1));
	p += sizeof(int64) << (k + 1);
	memcpy(s->corner, p, sizeof(TtCorner) << k);
	PG_RETURN_POINTER(s);
}

/*
 * The result is built as a JsonbValue tree and converted in one step, not
 * printed and parsed back by jsonb_in (with 4096 corners that parse cost
 * as much as reading a million rows).  Object keys must then be given in
 * jsonb's order, shorter keys first, equal lengths bytewise; the numbers
 * are the numerics numeric_in makes of their text, so the jsonb is the one
 * jsonb_in made of that text.
 */
static void
jb_string(JsonbValue *v, char *str)
{
	v->type = jbvString;
	v->val.string.val = str;
	v->val.string.len = strlen(str);
}

static void
jb_number(JsonbValue *v, const char *text)
{
	v->type = jbvNumeric;
	v->val.numeric = DatumGetNumeric(DirectFunctionCall3(numeric_in, CStringGetDatum(text),
														 ObjectIdGetDatum(InvalidOid),
														 Int32GetDatum(-1)));
}

/* a whole number: the numeric numeric_in makes of its digits */
static void
jb_int(JsonbValue *v, int64 i)
{
	v->type = jbvNumeric;
	v->val.numeric = int64_to_numeric(i);
}

/* a / b as the shortest decimal that reads back as the double, or null */
static void
jb_ratio(JsonbValue *v, const CcExactSum *a, const CcExactSum *b)
{
	char		text[DOUBLE_SHORTEST_DECIMAL_LEN];

	if (cc_exact_sum_is_zero(b))
	{
		v->type = jbvNull;
		return;
	}
	double_to_shortest_decimal_buf(cc_exact_sum_ratio(a, b), text);
	jb_number(v, text);
}

/* an object of n pairs, to be filled in jsonb's key order */
static JsonbPair *
jb_object(JsonbValue *v, int n)
{
	v->type = jbvObject;
	v->val.object.nPairs = n;
	v->val.object.pairs = palloc0(sizeof(JsonbPair) * n);
	return v->val.object.pairs;
}

static JsonbValue *
jb_array(JsonbValue *v, int n)
{
	v->type = jbvArray;
	v->val.array.rawScalar = false;
	v->val.array.nElems = n;
	v->val.array.elems = palloc0(sizeof(JsonbValue) * n);
	return v->val.array.elems;
}

static void
jb_key(JsonbPair *p, int order, char *key)
{
	jb_string(&p->key, key);
	p->order = order;
}

/*
 * Corner c over all its cases: its sums with its crisp counts added (a crisp
 * case has m = 1, min(m, y) = y and min(m, y, 1 - y) = 0), into a copy, as
 * the final function must leave the state as it is.
 */
static void
tt_corner_total(const TtState *s, int c, TtCorner *t)
{
	int64		y0 = TT_CRISP(s, c, 0);
	int64		y1 = TT_CRISP(s, c, 1);

	*t = s->corner[c];
	t->n += y0 + y1;
	cc_exact_sum_add_int(&t->m, (uint64) (y0 + y1));
	cc_exact_sum_add_int(&t->my, (uint64) y1);
}

/*
 * The truth table as jsonb: {"conditions": [...], "cases": N,
 * "cases_at_crossover": U, "rows": [{"row", "configuration", "n",
 * "consistency", "pri"}, ...]}, every corner in order of its number.
 */
PG_FUNCTION_INFO_V1(qca_truth_table_final);
Datum
qca_truth_table_final(PG_FUNCTION_ARGS)
{
	TtState    *s;
	JsonbValue	root;
	JsonbPair  *top;
	JsonbValue *rows;
	JsonbValue *names;
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	int			c,
				j;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	s = (TtState *) PG_GETARG_POINTER(0);
	top = jb_object(&root, 4);
	jb_key(&top[0], 0, "rows");
	rows = jb_array(&top[0].value, 1 << s->k);
	jb_key(&top[1], 1, "cases");
	jb_int(&top[1].value, s->cases);
	jb_key(&top[2], 2, "conditions");
	deconstruct_array(s->names, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
	names = jb_array(&top[2].value, n);
	for (j = 0; j < n; j++)
		jb_string(&names[j], TextDatumGetCString(elems[j]));	/* plain words */
	jb_key(&top[3], 3, "cases_at_crossover");
	jb_int(&top[3].value, s->at_crossover);
	for (c = 0; c < (1 << s->k); c++)
	{
		TtCorner	t;
		CcExactSum	num,
					den;
		JsonbPair  *row = jb_object(&rows[c], 5);
		char	   *configuration = palloc(s->k + 1);

		CHECK_FOR_INTERRUPTS();
		tt_corner_total(s, c, &t);
		for (j = 0; j < s->k; j++)
			configuration[j] = (c >> (s->k - 1 - j)) & 1 ? '1' : '0';
		configuration[s->k] = '\0';
		jb_key(&row[0], 0, "n");
		jb_int(&row[0].value, t.n);
		jb_key(&row[1], 1, "pri");
		cc_exact_sum_sub(&num, &t.my, &t.myn);
		cc_exact_sum_sub(&den, &t.m, &t.myn);
		jb_ratio(&row[1].value, &num, &den);
		jb_key(&row[2], 2, "row");
		jb_int(&row[2].value, c + 1);
		jb_key(&row[3], 3, "consistency");
		jb_ratio(&row[3].value, &t.my, &t.m);
		jb_key(&row[4], 4, "configuration");
		jb_string(&row[4].value, configuration);
	}
	PG_RETURN_JSONB_P(JsonbValueToJsonb(&root));
}
