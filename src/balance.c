/*
 * balance.c: the balance type, its aggregates and accessors.
 *
 * A balance tallies coded drivers and barriers by polarity, dimension and
 * stage (see balance.h and the paper's section "Drivers of and barriers to
 * the development of an interactive political leadership").  The indices
 * read from it keep the paper's distinction between barriers that stop
 * co-created policymaking from being taken up and problems met while
 * implementing it: net_index() weighs drivers against adoption barriers
 * only, so that Hedensted, whose barriers "are not barriers to co-created
 * policymaking as such, but rather problems found in the implementation
 * process", ranks above Guldborgsund.
 *
 * balance_agg() runs once per coded factor over large tables, so its
 * transition function parses the words in place (no copies, no lower()),
 * allocates nothing, and updates the state in the aggregate's memory.
 */
#include "postgres.h"

#include <float.h>
#include <math.h>

#include "common/int.h"
#include "common/shortest_dec.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "parser/scansup.h"
#include "utils/builtins.h"
#include "utils/float.h"
#include "utils/fmgrprotos.h"
#include "nodes/execnodes.h"

#include "balance.h"
#include "compat.h"
#include "exact_sum.h"
#include "factor_kind.h"
#include "util.h"

static void unknown_word(int sqlstate, const char *what, const char *str, int len,
						 CcField field, bool allow_all) pg_attribute_noreturn();
static void count_overflow(void) pg_attribute_noreturn();
static void strength_overflow(void) pg_attribute_noreturn();
static void syntax_error(const char *str, const char *detail) pg_attribute_noreturn();

/* "all" in an accessor's dimension or stage argument: every one of them */
#define CC_ALL			(-1)

/*
 * The canonical spelling of each word, the usual case for balance_agg(),
 * which runs once per coded factor.  Coded factors come in no order, so a
 * switch on the word would mispredict a branch on most rows; instead the
 * word's length and first byte pick the only canonical word it can be (a
 * slot of a 32-entry table, no two words of a kind share one), and two
 * loads of 4 or 8 bytes, overlapping to cover the whole length, compare it
 * exactly.  -1 sends the caller to cc_word_index() (case, white space, errors).
 */
typedef struct WordSlot
{
	int16		len;			/* 0: no word in this slot */
	int16		index;
	char		word[16];		/* NUL-padded, so 8-byte loads stay inside */
} WordSlot;

#define WORD_SLOTS			32
#define WORD_SLOT(len, first)	(((len) + (first)) & (WORD_SLOTS - 1))

/*
 * Filled from the vocabulary's lists when the library is loaded
 * (cc_balance_init), so that the words are written once.
 */
static WordSlot polarity_slots[WORD_SLOTS];
static WordSlot dimension_slots[WORD_SLOTS];
static WordSlot stage_slots[WORD_SLOTS];

static void
fill_slots(WordSlot *slots, const char *const *names, int n)
{
	int			i;

	for (i = 0; i < n; i++)
	{
		int			len = strlen(names[i]);
		WordSlot   *w = &slots[WORD_SLOT(len, (unsigned char) names[i][0])];

		/* a new word that breaks the table's premises must not go unseen */
		if (len < 4 || len > (int) sizeof(w->word) || w->len != 0)
			elog(ERROR, "balance word \"%s\" does not fit the word table", names[i]);
		w->len = len;
		w->index = i;
		memcpy(w->word, names[i], len);
	}
}

void
cc_balance_init(void)
{
	fill_slots(polarity_slots, cc_polarity_names, CC_POLARITIES);
	fill_slots(dimension_slots, cc_dimension_names, CC_DIMENSIONS);
	fill_slots(stage_slots, cc_stage_names, CC_STAGES);
}

/* every canonical word has 4 to 16 bytes */
static inline int
slot_exact(const WordSlot *slots, const char *str, int len)
{
	const WordSlot *w;

	if (unlikely(len < 4 || len > 16))
		return -1;
	w = &slots[WORD_SLOT(len, (unsigned char) str[0])];
	if (w->len != len)
		return -1;
	return cc_bytes_equal(str, w->word, len) ? w->index : -1;
}

static inline int
polarity_exact(const char *str, int len)
{
	return slot_exact(polarity_slots, str, len);
}

static inline int
dimension_exact(const char *str, int len)
{
	return slot_exact(dimension_slots, str, len);
}

static inline int
stage_exact(const char *str, int len)
{
	return slot_exact(stage_slots, str, len);
}

typedef int (*ExactFn) (const char *str, int len);

/* see balance.h */
int
cc_word_index(const char *str, int len, const char *const *names, int n)
{
	int			i;

	cc_trim(&str, &len);
	for (i = 0; i < n; i++)
		if (cc_word_equals(str, len, names[i]))
			return i;
	return -1;
}

static bool
word_is_all(const char *str, int len)
{
	cc_trim(&str, &len);
	return cc_word_equals(str, len, "all");
}

static void
unknown_word(int sqlstate, const char *what, const char *str, int len,
			 CcField field, bool allow_all)
{
	ereport(ERROR,
			(errcode(sqlstate),
			 errmsg("unknown %s \"%s\"", what, cc_clip_for_error(str, len)),
			 errhint("%s", cc_vocabulary_hint(field, allow_all ? "all" : NULL))));
}

/* a word from a text argument, or an error in 22023 listing the valid ones */
static inline int
text_word(text *t, const char *what, const char *const *names, ExactFn exact,
		  int n, CcField field, bool allow_all)
{
	const char *str = VARDATA_ANY(t);
	int			len = VARSIZE_ANY_EXHDR(t);
	int			i = exact(str, len);

	if (likely(i >= 0))
		return i;
	if ((i = cc_word_index(str, len, names, n)) >= 0)
		return i;
	if (allow_all && word_is_all(str, len))
		return CC_ALL;
	unknown_word(ERRCODE_INVALID_PARAMETER_VALUE, what, str, len, field, allow_all);
}

int
cc_polarity_arg(text *t)
{
	return text_word(t, "polarity", cc_polarity_names, polarity_exact,
					 CC_POLARITIES, CC_FIELD_POLARITY, false);
}

int
cc_dimension_arg(text *t)
{
	return text_word(t, "dimension", cc_dimension_names, dimension_exact,
					 CC_DIMENSIONS, CC_FIELD_DIMENSION, false);
}

int
cc_stage_arg(text *t)
{
	return text_word(t, "stage", cc_stage_names, stage_exact,
					 CC_STAGES, CC_FIELD_STAGE, false);
}

static void
count_overflow(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("balance count out of range"),
			 errdetail("A cell counts at most 9223372036854775807 codings.")));
}

static void
strength_overflow(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("balance strength sum out of range"),
			 errdetail("A strength sum must stay below the largest double precision number.")));
}

static inline void
cell_add(CcCell *c, int64 count, float8 strength)
{
	if (unlikely(pg_add_s64_overflow(c->count, count, &c->count)))
		count_overflow();
	c->strength += strength;
	if (unlikely(isinf(c->strength)))
		strength_overflow();
}

static void
balance_add_into(CcBalance *dst, const CcBalance *src)
{
	const CcCell *s = &src->cell[0][0][0];
	CcCell	   *d = &dst->cell[0][0][0];
	int			i;

	for (i = 0; i < CC_BALANCE_CELLS; i++)
		cell_add(&d[i], s[i].count, s[i].strength);
}

/*
 * A cell read from text or binary input must be one that aggregation can
 * produce: a count of zero or more, a finite strength sum of zero or more,
 * and no strength without codings.
 */
static void
check_cell(CcCell *c, int sqlstate, const char *cellname)
{
	if (c->count < 0)
		ereport(ERROR,
				(errcode(sqlstate),
				 errmsg("invalid count " INT64_FORMAT " in balance cell %s",
						c->count, cellname),
				 errhint("Counts are zero or more.")));
	if (isnan(c->strength) || isinf(c->strength) || c->strength < 0)
		ereport(ERROR,
				(errcode(sqlstate),
				 errmsg("invalid strength sum %s in balance cell %s",
						float8out_internal(c->strength), cellname),
				 errhint("Strength sums are finite numbers, zero or more.")));
	if (c->count == 0 && c->strength != 0)
		ereport(ERROR,
				(errcode(sqlstate),
				 errmsg("balance cell %s has a strength sum but no codings",
						cellname)));
	c->strength += 0.0;			/* -0 becomes 0 */
}

static char *
cell_name(int p, int d, int s)
{
	return psprintf("%s.%s.%s", cc_polarity_names[p], cc_dimension_names[d], cc_stage_names[s]);
}

/*
 * A cell as input and the aggregates make it: check_cell()'s rules, and a
 * strength sum of +0, never -0 (check_cell() turns -0 into 0).  NaN fails
 * the first comparison.
 */
static inline bool
cell_valid(const CcCell *c)
{
	return c->strength >= 0 && c->strength <= DBL_MAX && !signbit(c->strength) &&
		c->count >= 0 && (c->count > 0 || c->strength == 0);
}

static void
cell_damaged(const CcBalance *b, int i)
{
	const CcCell *c = &b->cell[0][0][0] + i;

	cc_damaged("balance", NULL,
			   psprintf("Cell %s holds count " INT64_FORMAT " and strength sum %s; counts "
						"are zero or more, strength sums finite, zero or more (not -0), "
						"and 0 in a cell without codings.",
						cell_name(cc_factor_kind_polarity(i), cc_factor_kind_dimension(i),
								  cc_factor_kind_stage(i)),
						c->count, float8out_internal(c->strength)));
}

/* INTERNALLENGTH in cocreation--1.0.sql, and doc/storage.md's offsets */
StaticAssertDecl(sizeof(CcBalance) == 328, "a balance is 328 bytes");

void
cc_balance_check(const CcBalance *b)
{
	const CcCell *c = &b->cell[0][0][0];
	int			i;

	if (unlikely(!cc_header_ok(&b->header)))
		cc_damaged_header("balance", &b->header);
	for (i = 0; i < CC_BALANCE_CELLS; i++)
		if (unlikely(!cell_valid(&c[i])))
			cell_damaged(b, i);
}

/* shortest text that reads back as exactly the same double */
static void
append_float8(StringInfo buf, float8 v)
{
	char		tmp[DOUBLE_SHORTEST_DECIMAL_LEN];

	appendBinaryStringInfo(buf, tmp, double_to_shortest_decimal_bufn(v, tmp));
}

/*
 * Text form: the non-empty cells in a fixed order (polarity, dimension,
 * stage), each as polarity.dimension.stage=count:strength_sum, inside
 * braces; the empty balance is {}.  Strength sums are written in the
 * shortest form that reads back exactly, whatever extra_float_digits says.
 * Built from pieces rather than through a format string, which took 15%
 * more time: a grouped query writes one balance per group.
 */
PG_FUNCTION_INFO_V1(balance_out);
Datum
balance_out(PG_FUNCTION_ARGS)
{
	CcBalance  *b = PG_GETARG_CCBALANCE_P(0);
	StringInfoData buf;
	char		num[MAXINT8LEN + 1];
	bool		first = true;
	int			p,
				d,
				s;

	initStringInfo(&buf);
	appendStringInfoChar(&buf, '{');
	for (p = 0; p < CC_POLARITIES; p++)
		for (d = 0; d < CC_DIMENSIONS; d++)
			for (s = 0; s < CC_STAGES; s++)
			{
				CcCell	   *c = &b->cell[p][d][s];

				if (c->count == 0 && c->strength == 0)
					continue;
				if (!first)
					appendBinaryStringInfo(&buf, ", ", 2);
				first = false;
				appendStringInfoString(&buf, cc_polarity_names[p]);
				appendStringInfoChar(&buf, '.');
				appendStringInfoString(&buf, cc_dimension_names[d]);
				appendStringInfoChar(&buf, '.');
				appendStringInfoString(&buf, cc_stage_names[s]);
				appendStringInfoChar(&buf, '=');
				appendBinaryStringInfo(&buf, num, pg_lltoa(c->count, num));
				appendStringInfoChar(&buf, ':');
				append_float8(&buf, c->strength);
			}
	appendStringInfoChar(&buf, '}');
	PG_RETURN_CSTRING(buf.data);
}

#define BALANCE_FORM_HINT \
	"Write cells as {polarity.dimension.stage=count:strength_sum, ...}, " \
	"for example {driver.cultural.adoption=2:1.5}; {} is the empty balance."

static void
syntax_error(const char *str, const char *detail)
{
	cc_syntax_error("balance", str, detail, BALANCE_FORM_HINT);
}

/* the token up to (not including) one of stops or the end, then trimmed */
static const char *
scan_token(const char *p, const char *stops, const char **tok, int *len)
{
	const char *start = p;

	while (*p && strchr(stops, *p) == NULL)
		p++;
	*tok = start;
	*len = p - start;
	cc_trim(tok, len);
	return p;
}

static int64
parse_count(const char *typname, const char *orig, const char *tok, int len)
{
	char	   *s = pnstrdup(tok, len);
	char	   *end;
	int64		v;

	errno = 0;
	v = strtoi64(s, &end, 10);
	if (len == 0 || *end != '\0' || !(s[0] >= '0' && s[0] <= '9'))
		cc_syntax_error(typname, orig, "A count is a whole number, zero or more.",
						BALANCE_FORM_HINT);
	if (errno == ERANGE)
		count_overflow();
	pfree(s);
	return v;
}

static float8
parse_strength(const char *orig, const char *tok, int len)
{
	char	   *s = pnstrdup(tok, len);
	char	   *end;
	float8		v;

	if (len == 0)
		syntax_error(orig, "A strength sum is a number, zero or more.");
	if (!cc_float8_in(s, &end, "balance", orig, &v) || *end != '\0')
		syntax_error(orig, "A strength sum is a number, zero or more.");
	pfree(s);
	return v;
}

static void
cells_syntax_error(const char *typname, const char *orig, const char *detail)
{
	cc_syntax_error(typname, orig, detail, BALANCE_FORM_HINT);
}

/*
 * What a cell's text sets: fn(arg, orig, cell index, count, strength token),
 * called once for each cell written, in the order written.
 */
typedef void (*CellFn) (void *arg, const char *orig, int cell, int64 count,
						const char *tok, int len);

/*
 * The text form shared by balance and balance_partial: {} or
 * {polarity.dimension.stage=count:strength_sum, ...}, each cell at most
 * once; what a strength sum is, fn reads.
 */
static void
read_cells(const char *typname, const char *orig, CellFn fn, void *arg)
{
	bool		seen[CC_POLARITIES][CC_DIMENSIONS][CC_STAGES] = {{{false}}};
	const char *p = orig;
	const char *tok;
	int			len;

	while (scanner_isspace(*p))
		p++;
	if (*p != '{')
		cells_syntax_error(typname, orig, "A balance starts with \"{\".");
	p++;
	while (scanner_isspace(*p))
		p++;
	if (*p == '}')
		p++;
	else
	{
		for (;;)
		{
			int			pol,
						dim,
						stg;
			int64		count;

			p = scan_token(p, ".=:,}", &tok, &len);
			if (*p != '.')
				cells_syntax_error(typname, orig, "A cell is named polarity.dimension.stage.");
			if ((pol = cc_word_index(tok, len, cc_polarity_names, CC_POLARITIES)) < 0)
				cells_syntax_error(typname, orig, cc_unknown_word_detail("polarity", tok, len, CC_POLARITY_HINT));
			p = scan_token(p + 1, ".=:,}", &tok, &len);
			if (*p != '.')
				cells_syntax_error(typname, orig, "A cell is named polarity.dimension.stage.");
			if ((dim = cc_word_index(tok, len, cc_dimension_names, CC_DIMENSIONS)) < 0)
				cells_syntax_error(typname, orig, cc_unknown_word_detail("dimension", tok, len, CC_DIMENSION_HINT));
			p = scan_token(p + 1, ".=:,}", &tok, &len);
			if (*p != '=')
				cells_syntax_error(typname, orig, "A cell name is followed by =count:strength_sum.");
			if ((stg = cc_word_index(tok, len, cc_stage_names, CC_STAGES)) < 0)
				cells_syntax_error(typname, orig, cc_unknown_word_detail("stage", tok, len, CC_STAGE_HINT));
			if (seen[pol][dim][stg])
				cells_syntax_error(typname, orig, psprintf("Cell %s appears twice.",
											cell_name(pol, dim, stg)));
			seen[pol][dim][stg] = true;

			p = scan_token(p + 1, ".=:,}", &tok, &len);
			if (*p != ':')
				cells_syntax_error(typname, orig, "A cell name is followed by =count:strength_sum.");
			count = parse_count(typname, orig, tok, len);
			p = scan_token(p + 1, ",}", &tok, &len);
			if (*p != ',' && *p != '}')
				cells_syntax_error(typname, orig, "A balance ends with \"}\".");
			fn(arg, orig, (pol * CC_DIMENSIONS + dim) * CC_STAGES + stg, count, tok, len);
			if (*p++ == '}')
				break;
		}
	}
	while (scanner_isspace(*p))
		p++;
	if (*p != '\0')
		cells_syntax_error(typname, orig, "Nothing may follow the closing \"}\".");
}

static void
balance_cell_in(void *arg, const char *orig, int cell, int64 count,
				const char *tok, int len)
{
	CcCell	   *c = &((CcBalance *) arg)->cell[0][0][0] + cell;

	c->count = count;
	c->strength = parse_strength(orig, tok, len);
	check_cell(c, ERRCODE_INVALID_TEXT_REPRESENTATION,
			   cell_name(cc_factor_kind_polarity(cell), cc_factor_kind_dimension(cell),
						 cc_factor_kind_stage(cell)));
}

PG_FUNCTION_INFO_V1(balance_in);
Datum
balance_in(PG_FUNCTION_ARGS)
{
	CcBalance  *b = palloc0(sizeof(CcBalance));

	read_cells("balance", PG_GETARG_CSTRING(0), balance_cell_in, b);
	PG_RETURN_CCBALANCE_P(b);
}

/*
 * Binary form (doc/storage.md): the format version (one byte, 0), the number
 * of cells (int4, 20), then each cell in the text form's order as count
 * (int8) and strength sum (float8).  recv checks every cell like input does.
 */
PG_FUNCTION_INFO_V1(balance_recv);
Datum
balance_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	CcBalance  *b = palloc0(sizeof(CcBalance));
	int			version = pq_getmsgbyte(buf);
	int32		ncells;
	int			p,
				d,
				s;

	if (version != CC_FORMAT_VERSION)
		cc_unknown_format("balance", version);
	ncells = pq_getmsgint(buf, 4);

	if (ncells != CC_BALANCE_CELLS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid cell count %d in binary balance", ncells),
				 errdetail("A binary balance has %d cells.", CC_BALANCE_CELLS)));
	for (p = 0; p < CC_POLARITIES; p++)
		for (d = 0; d < CC_DIMENSIONS; d++)
			for (s = 0; s < CC_STAGES; s++)
			{
				CcCell	   *c = &b->cell[p][d][s];

				c->count = pq_getmsgint64(buf);
				c->strength = pq_getmsgfloat8(buf);
				check_cell(c, ERRCODE_INVALID_BINARY_REPRESENTATION, cell_name(p, d, s));
			}
	PG_RETURN_CCBALANCE_P(b);
}

PG_FUNCTION_INFO_V1(balance_send);
Datum
balance_send(PG_FUNCTION_ARGS)
{
	CcBalance  *b = PG_GETARG_CCBALANCE_P(0);
	const CcCell *c = &b->cell[0][0][0];
	StringInfoData buf;
	int			i;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, CC_FORMAT_VERSION);
	pq_sendint32(&buf, CC_BALANCE_CELLS);
	for (i = 0; i < CC_BALANCE_CELLS; i++)
	{
		pq_sendint64(&buf, c[i].count);
		pq_sendfloat8(&buf, c[i].strength);
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

static bool
balance_equal(const CcBalance *a, const CcBalance *b)
{
	const CcCell *x = &a->cell[0][0][0];
	const CcCell *y = &b->cell[0][0][0];
	int			i;

	for (i = 0; i < CC_BALANCE_CELLS; i++)
		if (x[i].count != y[i].count || x[i].strength != y[i].strength)
			return false;
	return true;
}

PG_FUNCTION_INFO_V1(balance_eq);
Datum
balance_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(balance_equal(PG_GETARG_CCBALANCE_P(0), PG_GETARG_CCBALANCE_P(1)));
}

PG_FUNCTION_INFO_V1(balance_ne);
Datum
balance_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(!balance_equal(PG_GETARG_CCBALANCE_P(0), PG_GETARG_CCBALANCE_P(1)));
}

/* a + b: cell by cell, a new value (the arguments are never modified) */
PG_FUNCTION_INFO_V1(balance_add);
Datum
balance_add(PG_FUNCTION_ARGS)
{
	CcBalance  *r = palloc(sizeof(CcBalance));

	memcpy(r, PG_GETARG_CCBALANCE_P(0), sizeof(CcBalance));
	balance_add_into(r, PG_GETARG_CCBALANCE_P(1));
	PG_RETURN_CCBALANCE_P(r);
}

/*
 * The state to update: the aggregate's own copy, which lives in its memory
 * context and may be changed in place; called any other way, a fresh copy.
 * The test is AggCheckCallContext()'s own (an Agg or WindowAgg node calls),
 * inlined: it runs once per coded factor.
 */
static inline CcBalance *
writable_state(FunctionCallInfo fcinfo)
{
	CcBalance  *state;
	CcBalance  *copy;

	/* the aggregate's own state (INITCOND went through input): not checked per row */
	if (likely(fcinfo->context != NULL &&
			   (IsA(fcinfo->context, AggState) ||
				IsA(fcinfo->context, WindowAggState))))
		return (CcBalance *) DatumGetPointer(PG_GETARG_DATUM(0));
	state = PG_GETARG_CCBALANCE_P(0);
	copy = palloc(sizeof(CcBalance));
	memcpy(copy, state, sizeof(CcBalance));
	return copy;
}

/*
 * A text argument as PG_GETARG_TEXT_PP() gives it, with the test for a
 * compressed or out-of-line value inlined: words in a table are short
 * in-line varlenas, used where they lie.
 */
static inline text *
arg_text_pp(FunctionCallInfo fcinfo, int n)
{
	struct varlena *v = (struct varlena *) DatumGetPointer(PG_GETARG_DATUM(n));

	if (unlikely(VARATT_IS_COMPRESSED(v) || VARATT_IS_EXTERNAL(v)))
		v = pg_detoast_datum_packed(v);
	return (text *) v;
}

static void invalid_strength(float8 strength) pg_attribute_noreturn();

static void
invalid_strength(float8 strength)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid strength %s", float8out_internal(strength)),
			 errhint("A strength is a finite number, zero or more (1 by default).")));
}

/* a coding's strength, finite and non-negative (NaN fails both tests); -0 becomes 0 */
static inline float8
checked_strength(float8 strength)
{
	if (unlikely(!(strength >= 0.0 && strength <= DBL_MAX)))
		invalid_strength(strength);
	return strength + 0.0;
}

static void null_argument(const char *what, const char *hint) pg_attribute_noreturn();

static pg_noinline void
null_argument(const char *what, const char *hint)
{
	ereport(ERROR,
			(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
			 errmsg("the %s of a coded factor must not be null", what),
			 errhint("%s", hint)));
}

#define STRENGTH_NULL_HINT \
	"Leave the strength out to give every factor strength 1, write " \
	"coalesce(strength, 1), or leave the row out with WHERE strength IS NOT NULL."
#define STAGE_NULL_HINT \
	"Leave the stage out to code every factor at adoption, write " \
	"coalesce(stage, 'adoption'), or leave the row out with WHERE stage IS NOT NULL."

/*
 * Transition of balance_agg(polarity, dimension [, strength [, stage]]),
 * with the empty balance as initial state.  NULL policy (doc/aggregates.md):
 * a NULL polarity or dimension is a missing observation and the row is
 * skipped, as built-in aggregates skip NULL; a NULL strength or stage, which
 * have defaults when left out, is an error rather than a guess.
 */
/*
 * The cell and strength of the coded factor in arguments 1 to 4 of
 * balance_agg(polarity, dimension [, strength [, stage]]), or false when the
 * row is skipped.  NULL policy (doc/aggregates.md): a NULL polarity or
 * dimension is a missing observation and the row is skipped, as built-in
 * aggregates skip NULL; a NULL strength or stage, which have defaults when
 * left out, is an error rather than a guess.
 */
static inline bool
coded_factor(FunctionCallInfo fcinfo, int *cell, float8 *strength)
{
	int			pol,
				dim,
				stg = CC_ADOPTION;

	*strength = 1.0;
	if (PG_NARGS() > 3 && PG_ARGISNULL(3))
		null_argument("strength", STRENGTH_NULL_HINT);
	if (PG_NARGS() > 4 && PG_ARGISNULL(4))
		null_argument("stage", STAGE_NULL_HINT);
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		return false;
	pol = text_word(arg_text_pp(fcinfo, 1), "polarity", cc_polarity_names,
					polarity_exact, CC_POLARITIES, CC_FIELD_POLARITY, false);
	dim = text_word(arg_text_pp(fcinfo, 2), "dimension", cc_dimension_names,
					dimension_exact, CC_DIMENSIONS, CC_FIELD_DIMENSION, false);
	if (PG_NARGS() > 3)
		*strength = checked_strength(PG_GETARG_FLOAT8(3));
	if (PG_NARGS() > 4)
		stg = text_word(arg_text_pp(fcinfo, 4), "stage", cc_stage_names, stage_exact, CC_STAGES,
						CC_FIELD_STAGE, false);
	*cell = (pol * CC_DIMENSIONS + dim) * CC_STAGES + stg;
	return true;
}

/*
 * The cell and strength of balance_agg(kind, strength)'s row: the kind's
 * code is the cell's index (see factor_kind.h), so there is no word to read.
 * The NULL policy of coded_factor(): a NULL kind skips, a NULL strength fails.
 */
static inline bool
coded_kind(FunctionCallInfo fcinfo, int *cell, float8 *strength)
{
	if (PG_ARGISNULL(2))
		null_argument("strength", STRENGTH_NULL_HINT);
	if (PG_ARGISNULL(1))
		return false;
	*cell = PG_GETARG_CCFACTORKIND(1);
	*strength = checked_strength(PG_GETARG_FLOAT8(2));
	return true;
}

/*
 * Transition of balance_agg(polarity, dimension), the empty balance as
 * initial state.  (The forms with a strength have an exact state:
 * balance_partial below.)
 */
PG_FUNCTION_INFO_V1(balance_sfunc);
Datum
balance_sfunc(PG_FUNCTION_ARGS)
{
	CcBalance  *state;
	int			cell;
	float8		strength;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();		/* a plain call on no balance */
	if (!coded_factor(fcinfo, &cell, &strength))
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	state = writable_state(fcinfo);
	cell_add(&state->cell[0][0][0] + cell, 1, strength);
	PG_RETURN_CCBALANCE_P(state);
}

/*
 * Transition of balance_agg(kind, strength) in 1.0: the fast form for large
 * tables, a one-byte column and one argument fewer to fetch.
 */
PG_FUNCTION_INFO_V1(balance_sfunc_kind);
Datum
balance_sfunc_kind(PG_FUNCTION_ARGS)
{
	CcBalance  *state;
	int			cell;
	float8		strength;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	if (!coded_kind(fcinfo, &cell, &strength))
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	state = writable_state(fcinfo);
	cell_add(&state->cell[0][0][0] + cell, 1, strength);
	PG_RETURN_CCBALANCE_P(state);
}

/* combine function, and transition of balance_agg(balance) */
PG_FUNCTION_INFO_V1(balance_combine);
Datum
balance_combine(PG_FUNCTION_ARGS)
{
	CcBalance  *state = writable_state(fcinfo);

	balance_add_into(state, PG_GETARG_CCBALANCE_P(1));
	PG_RETURN_CCBALANCE_P(state);
}

/*
 * Sum of strength over the cells of one polarity, for one dimension and
 * stage or all of them (CC_ALL).  In long double, so that the sum of many
 * cells near the largest double is still exact enough to compare.
 */
static long double
sum_cells(const CcBalance *b, int pol, int dim, int stg)
{
	long double sum = 0;
	int			d,
				s;

	for (d = 0; d < CC_DIMENSIONS; d++)
		for (s = 0; s < CC_STAGES; s++)
			if ((dim == CC_ALL || dim == d) && (stg == CC_ALL || stg == s))
				sum += b->cell[pol][d][s].strength;
	return sum;
}

static float8
sum_to_float8(long double sum)
{
	if (sum > DBL_MAX)
		strength_overflow();
	return (float8) sum;
}

/* an accessor's dimension argument: a dimension, or all of them (CC_ALL) */
static int
accessor_dimension(FunctionCallInfo fcinfo, int argno)
{
	return text_word(PG_GETARG_TEXT_PP(argno), "dimension", cc_dimension_names,
					 dimension_exact, CC_DIMENSIONS, CC_FIELD_DIMENSION, true);
}

/* an accessor's stage argument: a stage, or both (CC_ALL) */
static int
accessor_stage(FunctionCallInfo fcinfo, int argno)
{
	return text_word(PG_GETARG_TEXT_PP(argno), "stage", cc_stage_names,
					 stage_exact, CC_STAGES, CC_FIELD_STAGE, true);
}

PG_FUNCTION_INFO_V1(balance_drivers);
Datum
balance_drivers(PG_FUNCTION_ARGS)
{
	CcBalance  *b = PG_GETARG_CCBALANCE_P(0);
	int			dim = accessor_dimension(fcinfo, 1);

	/* a driver counts whatever stage it was coded at (see the README) */
	PG_RETURN_FLOAT8(sum_to_float8(sum_cells(b, CC_DRIVER, dim, CC_ALL)));
}

PG_FUNCTION_INFO_V1(balance_barriers);
Datum
balance_barriers(PG_FUNCTION_ARGS)
{
	CcBalance  *b = PG_GETARG_CCBALANCE_P(0);
	int			dim = accessor_dimension(fcinfo, 1);
	int			stg = accessor_stage(fcinfo, 2);

	PG_RETURN_FLOAT8(sum_to_float8(sum_cells(b, CC_BARRIER, dim, stg)));
}

/* (x - y) / (x + y), NULL when both are zero */
PG_FUNCTION_INFO_V1(balance_net_index);
Datum
balance_net_index(PG_FUNCTION_ARGS)
{
	CcBalance  *b = PG_GETARG_CCBALANCE_P(0);
	int			dim = accessor_dimension(fcinfo, 1);
	long double drivers = sum_cells(b, CC_DRIVER, dim, CC_ALL);
	long double barriers = sum_cells(b, CC_BARRIER, dim, CC_ADOPTION);

	if (drivers + barriers == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8((float8) ((drivers - barriers) / (drivers + barriers)));
}

PG_FUNCTION_INFO_V1(balance_implementation_share);
Datum
balance_implementation_share(PG_FUNCTION_ARGS)
{
	CcBalance  *b = PG_GETARG_CCBALANCE_P(0);
	long double adoption = sum_cells(b, CC_BARRIER, CC_ALL, CC_ADOPTION);
	long double implementation = sum_cells(b, CC_BARRIER, CC_ALL, CC_IMPLEMENTATION);

	if (adoption + implementation == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8((float8) (implementation / (adoption + implementation)));
}

/*
 * Cast to jsonb: every cell, nested as polarity -> dimension -> stage ->
 * {"count": n, "strength": sum}, so that a path never misses.
 */
PG_FUNCTION_INFO_V1(balance_to_jsonb);
Datum
balance_to_jsonb(PG_FUNCTION_ARGS)
{
	CcBalance  *b = PG_GETARG_CCBALANCE_P(0);
	StringInfoData buf;
	int			p,
				d,
				s;

	initStringInfo(&buf);
	appendStringInfoChar(&buf, '{');
	for (p = 0; p < CC_POLARITIES; p++)
	{
		appendStringInfo(&buf, "%s\"%s\": {", p ? ", " : "", cc_polarity_names[p]);
		for (d = 0; d < CC_DIMENSIONS; d++)
		{
			appendStringInfo(&buf, "%s\"%s\": {", d ? ", " : "", cc_dimension_names[d]);
			for (s = 0; s < CC_STAGES; s++)
			{
				appendStringInfo(&buf, "%s\"%s\": {\"count\": " INT64_FORMAT ", \"strength\": ",
								 s ? ", " : "", cc_stage_names[s], b->cell[p][d][s].count);
				append_float8(&buf, b->cell[p][d][s].strength);
				appendStringInfoChar(&buf, '}');
			}
			appendStringInfoChar(&buf, '}');
		}
		appendStringInfoChar(&buf, '}');
	}
	appendStringInfoChar(&buf, '}');
	return DirectFunctionCall1(jsonb_in, CStringGetDatum(buf.data));
}

/* ---------------------------------------------------------------- the exact state */

/*
 * balance_partial: the transition state of balance_agg with a strength
 * (polarity, dimension, strength [, stage]), (kind, strength) and
 * (balance).  Strength sums rounded row by row depend on the order of the
 * rows, so a parallel plan or a Citus cluster's shards gave a different last
 * digit than one scan; this state sums each cell's strengths exactly
 * (exact_sum.h's wide accumulator) and the final function rounds once.
 * balance_agg(polarity, dimension) keeps the balance as its state: its
 * strengths are all 1, whose double sums are exact.
 *
 * Fixed size (5608 bytes: 20 cells of a count and 34 limbs), with text and
 * binary I/O, so that Citus pushes the aggregates down and ships the partial
 * states as text.  Text form: the balance's, with the sums exact in
 * hexadecimal, e.g. {driver.cultural.adoption=2:0x1.8}.
 */
typedef struct CcPartialCell
{
	int64		count;
	CcWideSum	sum;
} CcPartialCell;

typedef struct CcBalancePartial
{
	CcFormatHeader header;
	CcPartialCell cell[CC_BALANCE_CELLS];
} CcBalancePartial;

/* INTERNALLENGTH in src/exact_state.sql */
StaticAssertDecl(sizeof(CcBalancePartial) == 5608, "a balance_partial is 5608 bytes");

/*
 * A cell as the aggregates make it: a count from 0, no strength without
 * codings, and a sum below count times 2^1025, so that adding states whose
 * counts do not overflow never carries out of the accumulator.
 */
static bool
partial_cell_valid(const CcPartialCell *c)
{
	int			top = cc_wide_sum_top_bit(&c->sum);

	if (c->count < 0 || (c->count == 0 && top >= 0))
		return false;
	return top < 0 || top - 1074 < 1024 + 64 - __builtin_clzll((uint64) c->count);
}

static void
partial_cell_invalid(int sqlstate, int cell)
{
	if (sqlstate == ERRCODE_DATA_CORRUPTED)
		cc_damaged("balance_partial", NULL,
				   psprintf("Cell %s: counts are zero or more, a cell without codings "
							"has no strength, and a strength sum is at most the count "
							"times the largest double precision number.",
							cell_name(cc_factor_kind_polarity(cell),
									  cc_factor_kind_dimension(cell),
									  cc_factor_kind_stage(cell))));
	ereport(ERROR,
			(errcode(sqlstate),
			 errmsg("invalid balance_partial cell %s",
					cell_name(cc_factor_kind_polarity(cell), cc_factor_kind_dimension(cell),
							  cc_factor_kind_stage(cell))),
			 errdetail("Counts are zero or more, a cell without codings has no "
					   "strength, and a strength sum is at most the count times the "
					   "largest double precision number.")));
}

static void
balance_partial_check(const CcBalancePartial *b, int sqlstate)
{
	int			i;

	if (unlikely(!cc_header_ok(&b->header)))
		cc_damaged_header("balance_partial", &b->header);
	for (i = 0; i < CC_BALANCE_CELLS; i++)
		if (unlikely(!partial_cell_valid(&b->cell[i])))
			partial_cell_invalid(sqlstate, i);
}

static void
partial_cell_in(void *arg, const char *orig, int cell, int64 count,
				const char *tok, int len)
{
	CcPartialCell *c = &((CcBalancePartial *) arg)->cell[cell];
	char	   *s = pnstrdup(tok, len);
	const char *p = s;
	const char *why = cc_wide_sum_parse(&p, &c->sum);

	if (why == NULL && *p != '\0')
		why = "nothing may follow a sum";
	if (why != NULL)
		cc_syntax_error("balance_partial", orig, psprintf("In cell %s, %s.",
														  cell_name(cc_factor_kind_polarity(cell),
																	cc_factor_kind_dimension(cell),
																	cc_factor_kind_stage(cell)),
														  why),
						"Write cells as {polarity.dimension.stage=count:exact_sum, ...}, "
						"each sum in hexadecimal (0x1.8 is 1.5); {} is the empty state.");
	c->count = count;
	if (!partial_cell_valid(c))
		partial_cell_invalid(ERRCODE_INVALID_TEXT_REPRESENTATION, cell);
	pfree(s);
}

PG_FUNCTION_INFO_V1(balance_partial_in);
Datum
balance_partial_in(PG_FUNCTION_ARGS)
{
	CcBalancePartial *b = palloc0(sizeof(CcBalancePartial));

	read_cells("balance_partial", PG_GETARG_CSTRING(0), partial_cell_in, b);
	PG_RETURN_POINTER(b);
}

PG_FUNCTION_INFO_V1(balance_partial_out);
Datum
balance_partial_out(PG_FUNCTION_ARGS)
{
	CcBalancePartial *b = (CcBalancePartial *) PG_GETARG_POINTER(0);
	StringInfoData buf;
	bool		first = true;
	int			i;

	balance_partial_check(b, ERRCODE_DATA_CORRUPTED);
	initStringInfo(&buf);
	appendStringInfoChar(&buf, '{');
	for (i = 0; i < CC_BALANCE_CELLS; i++)
	{
		if (b->cell[i].count == 0)
			continue;
		if (!first)
			appendBinaryStringInfo(&buf, ", ", 2);
		first = false;
		appendStringInfo(&buf, "%s.%s.%s=" INT64_FORMAT ":",
						 cc_polarity_names[cc_factor_kind_polarity(i)],
						 cc_dimension_names[cc_factor_kind_dimension(i)],
						 cc_stage_names[cc_factor_kind_stage(i)], b->cell[i].count);
		cc_wide_sum_append(&buf, &b->cell[i].sum);
	}
	appendStringInfoChar(&buf, '}');
	PG_RETURN_CSTRING(buf.data);
}

/*
 * Binary form: the format version (one byte, 0), the number of cells (int4,
 * 20), then each cell as count (int8) and its sum's 34 limbs (int8, lowest
 * first).
 */
PG_FUNCTION_INFO_V1(balance_partial_recv);
Datum
balance_partial_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	CcBalancePartial *b = palloc0(sizeof(CcBalancePartial));
	int			version = pq_getmsgbyte(buf);
	int32		ncells;
	int			i,
				j;

	if (version != CC_FORMAT_VERSION)
		cc_unknown_format("balance_partial", version);
	ncells = pq_getmsgint(buf, 4);
	if (ncells != CC_BALANCE_CELLS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid cell count %d in binary balance_partial", ncells),
				 errdetail("A binary balance_partial has %d cells.", CC_BALANCE_CELLS)));
	for (i = 0; i < CC_BALANCE_CELLS; i++)
	{
		b->cell[i].count = pq_getmsgint64(buf);
		for (j = 0; j < CC_WIDE_SUM_LIMBS; j++)
			b->cell[i].sum.limb[j] = (uint64) pq_getmsgint64(buf);
		if (!partial_cell_valid(&b->cell[i]))
			partial_cell_invalid(ERRCODE_INVALID_BINARY_REPRESENTATION, i);
	}
	PG_RETURN_POINTER(b);
}

PG_FUNCTION_INFO_V1(balance_partial_send);
Datum
balance_partial_send(PG_FUNCTION_ARGS)
{
	CcBalancePartial *b = (CcBalancePartial *) PG_GETARG_POINTER(0);
	StringInfoData buf;
	int			i,
				j;

	balance_partial_check(b, ERRCODE_DATA_CORRUPTED);
	pq_begintypsend(&buf);
	pq_sendbyte(&buf, CC_FORMAT_VERSION);
	pq_sendint32(&buf, CC_BALANCE_CELLS);
	for (i = 0; i < CC_BALANCE_CELLS; i++)
	{
		pq_sendint64(&buf, b->cell[i].count);
		for (j = 0; j < CC_WIDE_SUM_LIMBS; j++)
			pq_sendint64(&buf, (int64) b->cell[i].sum.limb[j]);
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* the state to update: writable_state()'s rule for the exact state */
static inline CcBalancePartial *
writable_partial(FunctionCallInfo fcinfo)
{
	CcBalancePartial *state;

	if (likely(fcinfo->context != NULL &&
			   (IsA(fcinfo->context, AggState) ||
				IsA(fcinfo->context, WindowAggState))))
		return (CcBalancePartial *) DatumGetPointer(PG_GETARG_DATUM(0));
	state = (CcBalancePartial *) PG_GETARG_POINTER(0);
	balance_partial_check(state, ERRCODE_DATA_CORRUPTED);
	return memcpy(palloc(sizeof(CcBalancePartial)), state, sizeof(CcBalancePartial));
}

static inline void
partial_cell_add(CcPartialCell *c, int64 count, float8 strength)
{
	if (unlikely(pg_add_s64_overflow(c->count, count, &c->count)))
		count_overflow();
	cc_wide_sum_add(&c->sum, strength);
}

/* transition of balance_agg(polarity, dimension, strength [, stage]) */
PG_FUNCTION_INFO_V1(balance_partial_sfunc);
Datum
balance_partial_sfunc(PG_FUNCTION_ARGS)
{
	CcBalancePartial *state;
	int			cell;
	float8		strength;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();		/* a plain call on no state */
	if (!coded_factor(fcinfo, &cell, &strength))
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	state = writable_partial(fcinfo);
	partial_cell_add(&state->cell[cell], 1, strength);
	PG_RETURN_POINTER(state);
}

/* transition of balance_agg(kind, strength) */
PG_FUNCTION_INFO_V1(balance_partial_sfunc_kind);
Datum
balance_partial_sfunc_kind(PG_FUNCTION_ARGS)
{
	CcBalancePartial *state;
	int			cell;
	float8		strength;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	if (!coded_kind(fcinfo, &cell, &strength))
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	state = writable_partial(fcinfo);
	partial_cell_add(&state->cell[cell], 1, strength);
	PG_RETURN_POINTER(state);
}

/* transition of balance_agg(balance): each cell's count and sum added (STRICT) */
PG_FUNCTION_INFO_V1(balance_partial_add_balance);
Datum
balance_partial_add_balance(PG_FUNCTION_ARGS)
{
	CcBalancePartial *state = writable_partial(fcinfo);
	const CcCell *c = &PG_GETARG_CCBALANCE_P(1)->cell[0][0][0];
	int			i;

	for (i = 0; i < CC_BALANCE_CELLS; i++)
		partial_cell_add(&state->cell[i], c[i].count, c[i].strength);
	PG_RETURN_POINTER(state);
}

/* combine function of the balance_agg forms with the exact state (STRICT) */
PG_FUNCTION_INFO_V1(balance_partial_combine);
Datum
balance_partial_combine(PG_FUNCTION_ARGS)
{
	CcBalancePartial *state = writable_partial(fcinfo);
	const CcBalancePartial *other = (CcBalancePartial *) PG_GETARG_POINTER(1);
	int			i;

	/* checked: a state that came in as a value (Citus ships them as text) */
	balance_partial_check(other, ERRCODE_DATA_CORRUPTED);
	for (i = 0; i < CC_BALANCE_CELLS; i++)
	{
		if (unlikely(pg_add_s64_overflow(state->cell[i].count, other->cell[i].count,
										 &state->cell[i].count)))
			count_overflow();
		cc_wide_sum_merge(&state->cell[i].sum, &other->cell[i].sum);
	}
	PG_RETURN_POINTER(state);
}

/* final function: the balance, each strength sum rounded once (to nearest) */
PG_FUNCTION_INFO_V1(balance_partial_final);
Datum
balance_partial_final(PG_FUNCTION_ARGS)
{
	CcBalancePartial *state = (CcBalancePartial *) PG_GETARG_POINTER(0);
	CcBalance  *b = palloc0(sizeof(CcBalance));
	CcCell	   *c = &b->cell[0][0][0];
	int			i;

	/* once a group: the state may also be a value passed in by a plain call */
	balance_partial_check(state, ERRCODE_DATA_CORRUPTED);
	for (i = 0; i < CC_BALANCE_CELLS; i++)
	{
		c[i].count = state->cell[i].count;
		c[i].strength = cc_wide_sum_double(&state->cell[i].sum);
		if (unlikely(isinf(c[i].strength)))
			strength_overflow();
	}
	PG_RETURN_CCBALANCE_P(b);
}
