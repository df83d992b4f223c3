/*
 * factor_kind.c: the factor_kind type.
 *
 * A coded factor's polarity, dimension and stage in one byte (see
 * factor_kind.h), written as a balance names its cells:
 * barrier.practical.implementation.  It is the compact way to store the
 * codings of a large study: balance_agg(kind, strength) reads one fixed-size
 * column where the text form reads three words (README, Speed).
 */
#include "postgres.h"

#include "fmgr.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"

#include "byte_code.h"
#include "factor_kind.h"
#include "util.h"

#define KIND_HINT \
	"Write polarity.dimension.stage, for example barrier.practical.implementation."

static void syntax_error(const char *str, const char *detail) pg_attribute_noreturn();

static void
syntax_error(const char *str, const char *detail)
{
	cc_syntax_error("factor_kind", str, detail, KIND_HINT);
}

/* one of the words of a kind (PG_GETARG_CCFACTORKIND checked the code) */
typedef enum KindPart
{
	PART_POLARITY,
	PART_DIMENSION,
	PART_STAGE
} KindPart;

static const char *
kind_word(CcFactorKind k, KindPart part)
{
	switch (part)
	{
		case PART_POLARITY:
			return cc_polarity_names[cc_factor_kind_polarity(k)];
		case PART_DIMENSION:
			return cc_dimension_names[cc_factor_kind_dimension(k)];
		case PART_STAGE:
			break;
	}
	return cc_stage_names[cc_factor_kind_stage(k)];
}

/* one of the three words between the dots, or a syntax error naming it */
static int
part_word(const char *orig, const char *str, int len, const char *what,
		  const char *const *names, int n, const char *valid)
{
	int			i = cc_word_index(str, len, names, n);

	if (i < 0)
		syntax_error(orig, cc_unknown_word_detail(what, str, len, valid));
	return i;
}

/*
 * Text input: polarity.dimension.stage, each word as the text form of
 * balance_agg() takes it (any case, white space around it ignored).
 */
PG_FUNCTION_INFO_V1(factor_kind_in);
Datum
factor_kind_in(PG_FUNCTION_ARGS)
{
	const char *str = PG_GETARG_CSTRING(0);
	const char *dot1 = strchr(str, '.');
	const char *dot2 = dot1 ? strchr(dot1 + 1, '.') : NULL;
	int			p,
				d,
				s;

	if (dot2 == NULL || strchr(dot2 + 1, '.') != NULL)
		syntax_error(str, "A factor kind is three words joined by dots.");
	p = part_word(str, str, dot1 - str, "polarity",
				  cc_polarity_names, CC_POLARITIES, CC_POLARITY_HINT);
	d = part_word(str, dot1 + 1, dot2 - dot1 - 1, "dimension",
				  cc_dimension_names, CC_DIMENSIONS, CC_DIMENSION_HINT);
	s = part_word(str, dot2 + 1, strlen(dot2 + 1), "stage",
				  cc_stage_names, CC_STAGES, CC_STAGE_HINT);
	PG_RETURN_CCFACTORKIND(cc_factor_kind_make(p, d, s));
}

PG_FUNCTION_INFO_V1(factor_kind_out);
Datum
factor_kind_out(PG_FUNCTION_ARGS)
{
	CcFactorKind k = PG_GETARG_CCFACTORKIND(0);

	PG_RETURN_CSTRING(psprintf("%s.%s.%s", kind_word(k, PART_POLARITY),
							   kind_word(k, PART_DIMENSION), kind_word(k, PART_STAGE)));
}

/*
 * binary form: the stored byte, its format version in the top two bits
 * (doc/storage.md), checked like text input is
 */
PG_FUNCTION_INFO_V1(factor_kind_recv);
Datum
factor_kind_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			code = cc_recv_code_byte(buf, "factor_kind");

	if (code >= CC_FACTOR_KINDS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid code %d in binary factor_kind", code),
				 errdetail("Codes run from 0 to %d.", CC_FACTOR_KINDS - 1)));
	PG_RETURN_CCFACTORKIND((CcFactorKind) code);
}

PG_FUNCTION_INFO_V1(factor_kind_send);
Datum
factor_kind_send(PG_FUNCTION_ARGS)
{
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, PG_GETARG_CCFACTORKIND(0));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* factor_kind(polarity, dimension, stage): from three words */
PG_FUNCTION_INFO_V1(factor_kind_make);
Datum
factor_kind_make(PG_FUNCTION_ARGS)
{
	int			p = cc_polarity_arg(PG_GETARG_TEXT_PP(0));
	int			d = cc_dimension_arg(PG_GETARG_TEXT_PP(1));
	int			s = cc_stage_arg(PG_GETARG_TEXT_PP(2));

	PG_RETURN_CCFACTORKIND(cc_factor_kind_make(p, d, s));
}

/* the three words of a kind, for filtering and for BI tools */
PG_FUNCTION_INFO_V1(factor_kind_polarity);
Datum
factor_kind_polarity(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(kind_word(PG_GETARG_CCFACTORKIND(0), PART_POLARITY)));
}

PG_FUNCTION_INFO_V1(factor_kind_dimension);
Datum
factor_kind_dimension(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(kind_word(PG_GETARG_CCFACTORKIND(0), PART_DIMENSION)));
}

PG_FUNCTION_INFO_V1(factor_kind_stage);
Datum
factor_kind_stage(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(kind_word(PG_GETARG_CCFACTORKIND(0), PART_STAGE)));
}

/* comparison and hashing: by code, that is polarity, then dimension, then stage */
CC_BYTE_CODE_SUPPORT(factor_kind, DatumGetCcFactorKind, CC_FACTOR_KINDS - 1)
