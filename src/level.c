/*
 * level.c: the level type.
 *
 * Four ordered values, none < service_production < problem_solving <
 * policymaking: the paper's three levels of co-creation ("Theoretical
 * Framework") and none for activities that are not co-creation at all.
 * Stored in one byte, passed by value; ordered by its code, so that btree
 * and hash operator classes, min() and max() come cheap.
 */
#include "postgres.h"

#include "fmgr.h"
#include "libpq/pqformat.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include "byte_code.h"
#include "level.h"
#include "util.h"
#include "vocabulary.h"

typedef struct LevelWord
{
	const char *word;
	CcLevel		level;
} LevelWord;

/*
 * Accepted spellings.  The canonical names come first, in code order, so
 * that cc_level_name() can index this table.
 */
static const LevelWord level_words[] = {
	{"none", CC_LEVEL_NONE},
	{"service_production", CC_LEVEL_SERVICE},
	{"problem_solving", CC_LEVEL_PROBLEM},
	{"policymaking", CC_LEVEL_POLICY},
	{"service", CC_LEVEL_SERVICE},
	{"problem", CC_LEVEL_PROBLEM},
	{"administrative", CC_LEVEL_PROBLEM},
	{"policy", CC_LEVEL_POLICY},
	{"political", CC_LEVEL_POLICY},
	{"0", CC_LEVEL_NONE},
	{"1", CC_LEVEL_SERVICE},
	{"2", CC_LEVEL_PROBLEM},
	{"3", CC_LEVEL_POLICY},
};

const char *
cc_level_name(CcLevel level)
{
	cc_level_check(level);
	return level_words[level].word;
}

/*
 * For the vocabulary (vocabulary.h): the canonical names (alias false), or
 * the other accepted spellings, each with the name it stands for.
 */
bool
cc_level_word(int i, bool alias, CcWord *w)
{
	static const char *const meanings[CC_LEVEL_COUNT] = {
		"not co-creation (Theoretical Framework: information, consultation, contracting, offloading, or one side only)",
		"co-created service production",
		"co-created administrative problem solving",
		"co-created policymaking, with elected politicians acting as politicians",
	};

	if (alias)
		i += CC_LEVEL_COUNT;
	if (i < (alias ? CC_LEVEL_COUNT : 0) || i >= (alias ? lengthof(level_words) : CC_LEVEL_COUNT))
		return false;
	w->word = level_words[i].word;
	w->ordinal = level_words[i].level;
	w->meaning = alias ? level_words[level_words[i].level].word : meanings[i];
	return true;
}

/*
 * "none (or 0), service_production (or service, 1), ...": built once from
 * level_words, so that the hint never drifts from what input accepts.
 */
const char *
cc_level_valid_words(void)
{
	static char *valid;

	if (valid == NULL)
	{
		StringInfoData buf;
		int			l,
					i;

		initStringInfo(&buf);
		for (l = CC_LEVEL_NONE; l <= CC_LEVEL_MAX; l++)
		{
			const char *sep = " (or ";

			if (l > CC_LEVEL_NONE)
				appendStringInfoString(&buf, l == CC_LEVEL_MAX ? " and " : ", ");
			appendStringInfoString(&buf, level_words[l].word);
			for (i = CC_LEVEL_COUNT; i < lengthof(level_words); i++)
				if (level_words[i].level == l)
				{
					appendStringInfo(&buf, "%s%s", sep, level_words[i].word);
					sep = ", ";
				}
			appendStringInfoString(&buf, ")");
		}
		valid = MemoryContextStrdup(TopMemoryContext, buf.data);
		pfree(buf.data);
	}
	return valid;
}

bool
cc_level_parse(const char *word, int len, CcLevel *level)
{
	int			i;

	cc_trim(&word, &len);
	for (i = 0; i < lengthof(level_words); i++)
	{
		if (cc_word_equals(word, len, level_words[i].word))
		{
			*level = level_words[i].level;
			return true;
		}
	}
	return false;
}

static CcLevel
level_from_code(int64 code, int sqlstate)
{
	if (code < CC_LEVEL_NONE || code > CC_LEVEL_MAX)
		ereport(ERROR,
				(errcode(sqlstate),
				 errmsg("value " INT64_FORMAT " is out of range for type level", code),
				 errhint("Levels are numbered %d (%s), %d (%s), %d (%s) and %d (%s).",
						 CC_LEVEL_NONE, level_words[CC_LEVEL_NONE].word,
						 CC_LEVEL_SERVICE, level_words[CC_LEVEL_SERVICE].word,
						 CC_LEVEL_PROBLEM, level_words[CC_LEVEL_PROBLEM].word,
						 CC_LEVEL_POLICY, level_words[CC_LEVEL_POLICY].word)));
	return (CcLevel) code;
}

PG_FUNCTION_INFO_V1(level_in);
Datum
level_in(PG_FUNCTION_ARGS)
{
	const char *str = PG_GETARG_CSTRING(0);
	CcLevel		level;

	if (!cc_level_parse(str, strlen(str), &level))
		cc_syntax_error("level", str, NULL,
						psprintf("Valid values are %s.", cc_level_valid_words()));
	PG_RETURN_CCLEVEL(level);
}

PG_FUNCTION_INFO_V1(level_out);
Datum
level_out(PG_FUNCTION_ARGS)
{
	PG_RETURN_CSTRING(pstrdup(cc_level_name(PG_GETARG_CCLEVEL(0))));
}

/*
 * binary form: the stored byte, its format version in the top two bits
 * (doc/storage.md), checked like text input is
 */
PG_FUNCTION_INFO_V1(level_recv);
Datum
level_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);

	PG_RETURN_CCLEVEL(level_from_code(cc_recv_code_byte(buf, "level"),
									  ERRCODE_INVALID_BINARY_REPRESENTATION));
}

PG_FUNCTION_INFO_V1(level_send);
Datum
level_send(PG_FUNCTION_ARGS)
{
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, (uint8) PG_GETARG_CCLEVEL(0));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(level_to_int4);
Datum
level_to_int4(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32((int32) PG_GETARG_CCLEVEL(0));
}

PG_FUNCTION_INFO_V1(int4_to_level);
Datum
int4_to_level(PG_FUNCTION_ARGS)
{
	PG_RETURN_CCLEVEL(level_from_code(PG_GETARG_INT32(0),
									  ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE));
}

/* comparison and hashing: the codes are in the paper's order */
CC_BYTE_CODE_SUPPORT(level, DatumGetCcLevel, CC_LEVEL_MAX)

/* support for min() and max() */
PG_FUNCTION_INFO_V1(level_larger);
Datum
level_larger(PG_FUNCTION_ARGS)
{
	PG_RETURN_CCLEVEL(Max(PG_GETARG_CCLEVEL(0), PG_GETARG_CCLEVEL(1)));
}

PG_FUNCTION_INFO_V1(level_smaller);
Datum
level_smaller(PG_FUNCTION_ARGS)
{
	PG_RETURN_CCLEVEL(Min(PG_GETARG_CCLEVEL(0), PG_GETARG_CCLEVEL(1)));
}
