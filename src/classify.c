/*
 * classify.c: cocreation.classify() and cocreation.classify_explain().
 *
 * The rules follow the paper's definition of co-creation and its explicit
 * exclusions (Bentzen, Sorensen & Torfing, "Theoretical Framework"):
 * co-creation is voluntary, balanced collaboration between public and
 * lay or private actors, resting on power sharing and joint decisions, and
 * it excludes consultation, contracting and offloading.  Its level depends
 * on what is co-created and on whether elected politicians take part as
 * politicians ("Main findings": Steinkjer's councillors taking part in
 * Bolyst projects as local residents do not make them political).
 *
 * The functions run once per row of large scans, so they allocate nothing
 * but the detoasted array (freed before returning) and read array elements
 * in place.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "fmgr.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/builtins.h"

#include "level.h"
#include "util.h"
#include "vocabulary.h"

/* the longest vocabulary word plus room for a plural ending */
#define WORD_BUF 32

/*
 * A vocabulary word and what it means.  len is the word's length, so that the
 * common case, a word already in canonical form, is found by comparing
 * lengths and bytes alone.
 */
typedef struct VocabWord
{
	const char *word;
	int			len;
	int			meaning;
} VocabWord;

#define VOCAB(w, m) {w, sizeof(w) - 1, m}

/* an actor's meaning: which side of the public/lay divide, and politician */
#define ACTOR_PUBLIC		0x01
#define ACTOR_LAY			0x02
#define ACTOR_POLITICIAN	0x04	/* elected, acting as a politician */

static const VocabWord actor_words[] = {
	VOCAB("politician", ACTOR_PUBLIC | ACTOR_POLITICIAN),
	VOCAB("manager", ACTOR_PUBLIC),
	VOCAB("frontline", ACTOR_PUBLIC),
	VOCAB("public_agency", ACTOR_PUBLIC),
	VOCAB("citizen", ACTOR_LAY),
	VOCAB("user", ACTOR_LAY),
	VOCAB("volunteer", ACTOR_LAY),
	VOCAB("civil_society", ACTOR_LAY),
	VOCAB("business", ACTOR_LAY),
	VOCAB("social_entrepreneur", ACTOR_LAY),
	/* a councillor taking part as a local resident is lay ("Steinkjer") */
	VOCAB("politician_as_citizen", ACTOR_LAY),
};

typedef enum ObjectKind
{
	CC_OBJ_SERVICE,
	CC_OBJ_PROBLEM,
	CC_OBJ_POLICY
} ObjectKind;

static const VocabWord object_words[] = {
	VOCAB("service", CC_OBJ_SERVICE),
	VOCAB("problem", CC_OBJ_PROBLEM),
	VOCAB("policy", CC_OBJ_POLICY),
};

typedef enum DecisionKind
{
	DECISION_JOINT,
	DECISION_ADVISORY,
	DECISION_DELEGATED,
	DECISION_CONSULTATION,
	DECISION_INFORMATION,
	DECISION_CONTRACT,
	DECISION_IMPOSED
} DecisionKind;

static const VocabWord decision_words[] = {
	VOCAB("joint", DECISION_JOINT),
	VOCAB("advisory", DECISION_ADVISORY),
	VOCAB("delegated", DECISION_DELEGATED),
	VOCAB("consultation", DECISION_CONSULTATION),
	VOCAB("information", DECISION_INFORMATION),
	VOCAB("contract", DECISION_CONTRACT),
	VOCAB("imposed", DECISION_IMPOSED),
};

/* where each decision mode sits on the IAP2 spectrum, or outside it */
static const char *const decision_participation[] = {
	"collaborate", "involve", "empower", "consult", "inform", "contract",
	"offload"
};

/* index of (str, len) in words[] compared byte for byte, or -1 */
static int
find_exact(const char *str, int len, const VocabWord *words, int nwords)
{
	int			i;

	for (i = 0; i < nwords; i++)
		if (words[i].len == len && words[i].word[0] == str[0] &&
			cc_bytes_equal(words[i].word, str, len))
			return i;
	return -1;
}

/*
 * Normalise a word into buf: lower case, '-' and ' ' as '_', trimmed.
 * Returns the length, or -1 when it is too long to be any vocabulary word.
 */
static int
normalise_word(const char *str, int len, char *buf)
{
	int			i;

	cc_trim(&str, &len);
	if (len >= WORD_BUF)
		return -1;
	for (i = 0; i < len; i++)
	{
		char		c = str[i];

		if (c == '-' || c == ' ')
			c = '_';
		else if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		buf[i] = c;
	}
	return len;
}

/*
 * The slow path: the word normalised, then with a plural ending taken off:
 * -s (citizens), -es (businesses), or -ies for a word ending in -y
 * (civil_societies, policies).
 */
static int
find_normalised(const char *str, int len, const VocabWord *words, int nwords)
{
	char		buf[WORD_BUF];
	int			n = normalise_word(str, len, buf);
	int			found;

	if (n < 0)
		return -1;
	if ((found = find_exact(buf, n, words, nwords)) >= 0)
		return found;
	if (n < 2 || buf[n - 1] != 's')
		return -1;
	if ((found = find_exact(buf, n - 1, words, nwords)) >= 0)
		return found;
	if (n >= 3 && buf[n - 2] == 'e' &&
		(found = find_exact(buf, n - 2, words, nwords)) >= 0)
		return found;
	if (n >= 4 && buf[n - 3] == 'i' && buf[n - 2] == 'e')
	{
		buf[n - 3] = 'y';
		return find_exact(buf, n - 2, words, nwords);
	}
	return -1;
}

/*
 * The meaning of a vocabulary word; an unknown word is an error whose hint
 * lists the field's words (vocabulary.c builds it from the tables above).
 */
static int
parse_word(const char *what, const char *str, int len,
		   const VocabWord *words, int nwords, CcField field)
{
	int			found = find_exact(str, len, words, nwords);

	if (found < 0)
		found = find_normalised(str, len, words, nwords);
	if (found < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown %s \"%s\"", what, cc_clip_for_error(str, len)),
				 errhint("%s", cc_vocabulary_hint(field, NULL))));
	return words[found].meaning;
}

static int
parse_text_word(const char *what, text *t, const VocabWord *words, int nwords,
				CcField field)
{
	return parse_word(what, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), words,
					  nwords, field);
}

/* what the actor array says, once read */
typedef struct ActorSummary
{
	bool		has_public;
	bool		has_lay;
	bool		has_politician;
} ActorSummary;

static void
summarise_actors(ArrayType *actors, ActorSummary *sum)
{
	int			n = ArrayGetNItems(ARR_NDIM(actors), ARR_DIMS(actors));
	const char *ptr = ARR_DATA_PTR(actors);
	bits8	   *bitmap = ARR_NULLBITMAP(actors);
	int			bitmask = 1;
	int			i;

	if (ARR_ELEMTYPE(actors) != TEXTOID)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("actors must be an array of text")));

	memset(sum, 0, sizeof(*sum));
	for (i = 0; i < n; i++)
	{
		/* NULL elements are ignored, as the documentation promises */
		if (bitmap == NULL || (*bitmap & bitmask) != 0)
		{
			int			meaning;

			meaning = parse_text_word("actor", (text *) ptr, actor_words,
									  lengthof(actor_words), CC_FIELD_ACTOR);
			sum->has_public |= (meaning & ACTOR_PUBLIC) != 0;
			sum->has_lay |= (meaning & ACTOR_LAY) != 0;
			sum->has_politician |= (meaning & ACTOR_POLITICIAN) != 0;

			ptr = att_addlength_pointer(ptr, -1, ptr);
			ptr = (const char *) att_align_nominal(ptr, TYPALIGN_INT);
		}
		if (bitmap)
		{
			bitmask <<= 1;
			if (bitmask == 0x100)
			{
				bitmap++;
				bitmask = 1;
			}
		}
	}
}

/* the outcome of the rules: a level and the number of the rule that decided */
typedef struct Verdict
{
	CcLevel		level;
	int			rule;
	int			reason;			/* index into verdict_reasons */
} Verdict;

static const char *const verdict_reasons[] = {
	/* 0 */ "rule 1: information is not co-creation; citizens receive decisions "
	"made elsewhere (Theoretical Framework)",
	/* 1 */ "rule 1: consultation is not co-creation; finished proposals meet the "
	"public late, with no joint decision (Theoretical Framework)",
	/* 2 */ "rule 1: contracting is not co-creation; it relies on quasi-markets and "
	"hierarchical monitoring, not collaboration (Theoretical Framework)",
	/* 3 */ "rule 1: offloading is not co-creation; responsibility is dumped on "
	"communities too weak to carry or refuse it (Theoretical Framework)",
	/* 4 */ "rule 2: only public actors take part, so there is no arena for "
	"co-creation (Main findings, Hedensted: the section 17.4 committee on elderly care)",
	/* 5 */ "rule 2: no public actor takes part, so this is not co-creation "
	"between public and private actors (Theoretical Framework)",
	/* 6 */ "rule 3: elected politicians, acting as politicians, co-create a "
	"problem or policy with lay actors: co-created policymaking (Theoretical Framework)",
	/* 7 */ "rule 4: public managers or staff co-create a solution to a problem or "
	"policy with lay actors: administrative problem solving (Theoretical Framework)",
	/* 8 */ "rule 5: public and lay actors co-produce a service: co-created "
	"service production (Theoretical Framework)",
	/* 9 */ "rule 2: no actor is named, so nobody co-creates (Theoretical Framework)",
};

static Verdict
apply_rules(const ActorSummary *actors, ObjectKind object, DecisionKind decision)
{
	Verdict		v;

	switch (decision)
	{
		case DECISION_INFORMATION:
			v = (Verdict) {CC_LEVEL_NONE, 1, 0};
			return v;
		case DECISION_CONSULTATION:
			v = (Verdict) {CC_LEVEL_NONE, 1, 1};
			return v;
		case DECISION_CONTRACT:
			v = (Verdict) {CC_LEVEL_NONE, 1, 2};
			return v;
		case DECISION_IMPOSED:
			v = (Verdict) {CC_LEVEL_NONE, 1, 3};
			return v;
		default:
			break;
	}
	if (!actors->has_lay && !actors->has_public)
		v = (Verdict) {CC_LEVEL_NONE, 2, 9};
	else if (!actors->has_lay)
		v = (Verdict) {CC_LEVEL_NONE, 2, 4};
	else if (!actors->has_public)
		v = (Verdict) {CC_LEVEL_NONE, 2, 5};
	else if (actors->has_politician && object != CC_OBJ_SERVICE)
		v = (Verdict) {CC_LEVEL_POLICY, 3, 6};
	else if (object != CC_OBJ_SERVICE)
		v = (Verdict) {CC_LEVEL_PROBLEM, 4, 7};
	else
		v = (Verdict) {CC_LEVEL_SERVICE, 5, 8};
	return v;
}

/*
 * Room for a short actor array.  Arrays stored in a table usually have a
 * one-byte header, and PG_GETARG_ARRAYTYPE_P would palloc an aligned copy of
 * each; copying it here instead spares an allocation per row.
 */
typedef union ArrayBuf
{
	ArrayType	array;
	double		align;
	char		bytes[256];
} ArrayBuf;

/*
 * memcpy() for the few dozen bytes of a short array, 8 at a time, the last
 * 8 overlapping.  Why not memcpy(): with the length bounded, gcc inlines it
 * as "rep movsq", whose start-up cost was a tenth of classify()'s time.
 * n is at most sizeof(ArrayBuf) - VARHDRSZ; a short array has at least 16.
 */
static inline void
copy_short(char *dst, const char *src, Size n)
{
	Size		i;

	if (unlikely(n < 8))
	{
		memmove(dst, src, n);
		return;
	}
	for (i = 0; i + 8 < n; i += 8)
		memcpy(dst + i, src + i, 8);
	memcpy(dst + n - 8, src + n - 8, 8);
}

static ArrayType *
actors_arg(Datum d, ArrayBuf *buf)
{
	struct varlena *v = (struct varlena *) DatumGetPointer(d);

	/*
	 * An external datum (a TOAST or expanded-object pointer) has a one-byte
	 * header too, but no data behind it: only true short varlenas qualify.
	 */
	if (!VARATT_IS_EXTERNAL(v) && VARATT_IS_SHORT(v) &&
		VARSIZE_SHORT(v) - VARHDRSZ_SHORT + VARHDRSZ <= sizeof(ArrayBuf))
	{
		Size		n = VARSIZE_SHORT(v) - VARHDRSZ_SHORT;

		SET_VARSIZE(&buf->array, n + VARHDRSZ);
		copy_short(VARDATA(&buf->array), VARDATA_SHORT(v), n);
		return &buf->array;
	}
	return DatumGetArrayTypeP(d);
}

/* read the arguments shared by classify() and classify_explain() */
static Verdict
classify_args(FunctionCallInfo fcinfo, DecisionKind *decision_out)
{
	ArrayBuf	buf;
	ArrayType  *actors = actors_arg(PG_GETARG_DATUM(0), &buf);
	ActorSummary sum;
	ObjectKind	object;
	DecisionKind decision;

	object = (ObjectKind) parse_text_word("object", PG_GETARG_TEXT_PP(1),
										  object_words, lengthof(object_words),
										  CC_FIELD_OBJECT);
	decision = (DecisionKind) parse_text_word("decision", PG_GETARG_TEXT_PP(2),
											  decision_words,
											  lengthof(decision_words),
											  CC_FIELD_DECISION);
	summarise_actors(actors, &sum);
	/* a detoasted copy would otherwise live until the end of the row */
	if ((Pointer) actors != PG_GETARG_POINTER(0) && actors != &buf.array)
		pfree(actors);

	*decision_out = decision;
	return apply_rules(&sum, object, decision);
}

PG_FUNCTION_INFO_V1(cocreation_classify);
Datum
cocreation_classify(PG_FUNCTION_ARGS)
{
	DecisionKind decision;

	PG_RETURN_CCLEVEL(classify_args(fcinfo, &decision).level);
}

PG_FUNCTION_INFO_V1(cocreation_classify_explain);
Datum
cocreation_classify_explain(PG_FUNCTION_ARGS)
{
	DecisionKind decision;
	Verdict		v = classify_args(fcinfo, &decision);
	TupleDesc	tupdesc;
	Datum		values[4];
	bool		nulls[4] = {false, false, false, false};

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("function returning record called in context that cannot accept type record")));
	tupdesc = BlessTupleDesc(tupdesc);

	values[0] = CcLevelGetDatum(v.level);
	values[1] = CStringGetTextDatum(decision_participation[decision]);
	values[2] = CStringGetTextDatum(verdict_reasons[v.reason]);
	values[3] = Int32GetDatum(v.rule);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}

/*
 * The actor, object and decision words for the vocabulary (vocabulary.c),
 * which shows them to SQL and builds the hints above from them: each list
 * is written once, in the tables at the top of this file.
 */
bool
cc_classify_word(CcField field, int i, CcWord *w)
{
	static const char *const object_meanings[] = {
		"a public service: service_production when co-created",
		"a problem: problem_solving when co-created, policymaking with politicians acting as politicians",
		"a policy: problem_solving when co-created, policymaking with politicians acting as politicians",
	};
	const VocabWord *v;

	switch (field)
	{
		case CC_FIELD_ACTOR:
			if (i < 0 || i >= lengthof(actor_words))
				return false;
			v = &actor_words[i];
			w->meaning = (v->meaning & ACTOR_POLITICIAN) ? "public side: an elected politician acting as a politician" :
				(v->meaning & ACTOR_PUBLIC) ? "public side" : "lay or private side";
			break;
		case CC_FIELD_OBJECT:
			if (i < 0 || i >= lengthof(object_words))
				return false;
			v = &object_words[i];
			w->meaning = object_meanings[v->meaning];
			break;
		case CC_FIELD_DECISION:
			if (i < 0 || i >= lengthof(decision_words))
				return false;
			v = &decision_words[i];
			w->meaning = decision_participation[v->meaning];
			break;
		default:
			return false;
	}
	w->word = v->word;
	w->ordinal = i + 1;
	return true;
}
