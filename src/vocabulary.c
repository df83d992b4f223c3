/*
 * vocabulary.c: the word lists, read through one interface, and shown to
 * SQL by cocreation_vocabulary().
 *
 * Scopes, polarities, dimensions and stages are defined here; actors,
 * objects and decisions in classify.c, levels in level.c (each next to the
 * code that reads it per row).  Nothing else in the extension writes a word
 * list: error hints are built from these lists, and the workspace builder
 * generates its CHECK constraints from cocreation_vocabulary().
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include "balance.h"
#include "level.h"
#include "util.h"
#include "vocabulary.h"

/*
 * The canonical polarity, dimension and stage words, in code order (the
 * codes of balance cells and factor kinds).  Dimensions: the paper's four,
 * "discursive, cultural, institutional and practical matters" (Drivers of
 * and barriers to the development of an interactive political leadership),
 * then this tool's contextual.
 */
const char *const cc_polarity_names[CC_POLARITIES] = {"driver", "barrier"};
const char *const cc_dimension_names[CC_DIMENSIONS] = {
	"discursive", "cultural", "institutional", "practical", "contextual"
};
const char *const cc_stage_names[CC_STAGES] = {"adoption", "implementation"};

static const char *const polarity_meanings[CC_POLARITIES] = {
	"favours co-created policymaking",
	"stands in its way: at adoption, or as a problem met in implementation",
};
static const char *const dimension_meanings[CC_DIMENSIONS] = {
	"role perceptions (the paper's discursive matters)",
	"political culture (the paper's cultural matters)",
	"institutional support structures (the paper's institutional matters)",
	"practical organisational procedures (the paper's practical matters)",
	"none of the paper's four, such as a crisis (this tool's reading)",
};
static const char *const stage_meanings[CC_STAGES] = {
	"taking co-created policymaking up",
	"problems found in the implementation process (paper: Hedensted)",
};

/*
 * Scopes and their weights, the sample study's coding rule (README, "The
 * sample study"): the weight is the ordinal.
 */
static const CcWord scope_words[] = {
	{"project", 1, "a single, time-limited project: weight 1"},
	{"programme", 2, "a programme of projects, or a recurring arrangement: weight 2"},
	{"institutionalised", 3, "a permanent part of how the municipality works: weight 3"},
};

/*
 * Calibration methods of profile(): what a level's evidence is, before the
 * thresholds turn it into crosses (doc/calibration.md).
 */
static const CcWord method_words[] = {
	{"sum", 1, "the sum of the weights at a level: how established and how widespread"},
	{"max", 2, "the largest single weight at a level: how established its most established process is"},
};

/* the field names SQL sees, and their plurals for hints */
static const char *const field_names[CC_FIELDS] = {
	"actor", "object", "decision", "scope", "polarity", "dimension", "stage",
	"level", "level_alias", "method"
};
static const char *const field_plurals[CC_FIELDS] = {
	"actors", "objects", "decisions", "scopes", "polarities", "dimensions",
	"stages", "levels", "level spellings", "calibration methods"
};

const char *
cc_field_name(CcField field)
{
	Assert(field >= 0 && field < CC_FIELDS);
	return field_names[field];
}

/* one of the canonical names of balance.h, ordinal from 1 */
static bool
names_word(const char *const *names, const char *const *meanings, int n,
		   int i, CcWord *w)
{
	if (i < 0 || i >= n)
		return false;
	w->word = names[i];
	w->ordinal = i + 1;
	w->meaning = meanings[i];
	return true;
}

bool
cc_vocabulary_word(CcField field, int i, CcWord *w)
{
	switch (field)
	{
		case CC_FIELD_ACTOR:
		case CC_FIELD_OBJECT:
		case CC_FIELD_DECISION:
			return cc_classify_word(field, i, w);
		case CC_FIELD_SCOPE:
			if (i < 0 || i >= lengthof(scope_words))
				return false;
			*w = scope_words[i];
			return true;
		case CC_FIELD_POLARITY:
			return names_word(cc_polarity_names, polarity_meanings, CC_POLARITIES, i, w);
		case CC_FIELD_DIMENSION:
			return names_word(cc_dimension_names, dimension_meanings, CC_DIMENSIONS, i, w);
		case CC_FIELD_STAGE:
			return names_word(cc_stage_names, stage_meanings, CC_STAGES, i, w);
		case CC_FIELD_LEVEL:
			return cc_level_word(i, false, w);
		case CC_FIELD_LEVEL_ALIAS:
			return cc_level_word(i, true, w);
		case CC_FIELD_METHOD:
			if (i < 0 || i >= lengthof(method_words))
				return false;
			*w = method_words[i];
			return true;
		case CC_FIELDS:
			break;
	}
	return false;
}

/* a word on the given side (a prefix of its meaning), or any word: NULL */
static bool
on_side(const CcWord *w, const char *side)
{
	return side == NULL || strncmp(w->meaning, side, strlen(side)) == 0;
}

/*
 * "a, b and c" into buf: the words of field on side, then extra (or NULL);
 * last is the separator before the last word (" and ", or ", " in a group)
 */
static void
append_words(StringInfo buf, CcField field, const char *side, const char *extra,
			 const char *last)
{
	CcWord		w;
	int			i,
				n = extra != NULL,
				k = 0;

	for (i = 0; cc_vocabulary_word(field, i, &w); i++)
		n += on_side(&w, side);
	for (i = 0; cc_vocabulary_word(field, i, &w); i++)
	{
		if (!on_side(&w, side))
			continue;
		if (k > 0)
			appendStringInfoString(buf, k == n - 1 ? last : ", ");
		appendStringInfoString(buf, w.word);
		k++;
	}
	if (extra)
		appendStringInfo(buf, "%s%s", k > 0 ? last : "", extra);
}

/*
 * The hint text; actors are listed by side, as classify() reads them.
 * Levels list their other spellings too (level.c).
 */
static char *
build_hint(CcField field, const char *extra)
{
	StringInfoData buf;

	if (field == CC_FIELD_LEVEL)
		return psprintf("Valid values are %s.", cc_level_valid_words());
	initStringInfo(&buf);
	appendStringInfo(&buf, "Valid %s are ", field_plurals[field]);
	if (field == CC_FIELD_ACTOR)
	{
		append_words(&buf, field, "public side", NULL, ", ");
		appendStringInfoString(&buf, " (public side) and ");
		append_words(&buf, field, "lay or private side", NULL, ", ");
		appendStringInfoString(&buf, " (lay or private side)");
	}
	else
		append_words(&buf, field, NULL, extra, " and ");
	appendStringInfoChar(&buf, '.');
	return buf.data;
}

const char *
cc_vocabulary_hint(CcField field, const char *extra)
{
	/* [field][0]: without extra; [field][1]: with "all" (the only extra) */
	static const char *cache[CC_FIELDS][2];
	int			k = extra != NULL;
	MemoryContext old;

	Assert(field >= 0 && field < CC_FIELDS);
	Assert(extra == NULL || strcmp(extra, "all") == 0);
	if (cache[field][k] == NULL)
	{
		old = MemoryContextSwitchTo(TopMemoryContext);
		cache[field][k] = build_hint(field, extra);
		MemoryContextSwitchTo(old);
	}
	return cache[field][k];
}

/*
 * cocreation_vocabulary(): every word of every list, one row each, in the
 * lists' order.
 */
PG_FUNCTION_INFO_V1(cocreation_vocabulary);
Datum
cocreation_vocabulary(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	int			f,
				i;
	CcWord		w;

	InitMaterializedSRF(fcinfo, 0);
	for (f = 0; f < CC_FIELDS; f++)
		for (i = 0; cc_vocabulary_word((CcField) f, i, &w); i++)
		{
			Datum		values[4];
			bool		nulls[4] = {false, false, false, false};

			values[0] = CStringGetTextDatum(field_names[f]);
			values[1] = CStringGetTextDatum(w.word);
			values[2] = Int32GetDatum(w.ordinal);
			values[3] = CStringGetTextDatum(w.meaning);
			tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		}
	return (Datum) 0;
}

/*
 * cocreation_scope_weight(scope): the weight of a scope word, read as every
 * word is (any case, white space around it ignored); an unknown scope is an
 * error in 22023 listing the scopes.
 */
PG_FUNCTION_INFO_V1(cocreation_scope_weight);
Datum
cocreation_scope_weight(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	const char *str = VARDATA_ANY(t);
	int			len = VARSIZE_ANY_EXHDR(t);
	int			i;

	cc_trim(&str, &len);
	for (i = 0; i < lengthof(scope_words); i++)
		if (cc_word_equals(str, len, scope_words[i].word))
			PG_RETURN_FLOAT8((float8) scope_words[i].ordinal);
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown scope \"%s\"",
					cc_clip_for_error(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t))),
			 errhint("%s", cc_vocabulary_hint(CC_FIELD_SCOPE, NULL))));
	PG_RETURN_NULL();			/* not reached */
}
