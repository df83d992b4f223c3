/*
 * classify.c: classify(), classify_strict() and their _explain() forms.
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
 * Where the paper leaves an operationalisation open (advisory, delegated,
 * information, contract, councillors as residents), the rule is the tool's
 * choice and classify_explain() says so, with the paper's words against it.
 * The strict mode reads "power sharing and joint decision-making" literally:
 * only joint decisions are co-creation.  It is a function of its own, so that
 * a workspace's generated level column names its mode in its expression.
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
#define ACTOR_RESIDENT		0x08	/* a councillor taking part as a resident */

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
	/*
	 * A councillor taking part as a local resident does not make an activity
	 * political ("Main findings", Steinkjer), but is no stand-in for the lay
	 * actors either: the tool's choice is that a lay actor other than a
	 * politician must take part (rule 2), so this word is neither side.
	 */
	VOCAB("politician_as_citizen", ACTOR_RESIDENT),
};

#define ACTOR_WORDS_HINT "Valid actors are politician, manager, frontline, " \
	"public_agency (public side) and citizen, user, volunteer, civil_society, " \
	"business, social_entrepreneur, politician_as_citizen (lay or private side)."

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

#define OBJECT_WORDS_HINT "Valid objects are service, problem and policy."

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

#define DECISION_WORDS_HINT "Valid decisions are joint, advisory, delegated, " \
	"consultation, information, contract and imposed."

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

/* the meaning of a vocabulary word; an unknown word is an error */
static int
parse_word(const char *what, const char *str, int len,
		   const VocabWord *words, int nwords, const char *hint)
{
	int			found = find_exact(str, len, words, nwords);

	if (found < 0)
		found = find_normalised(str, len, words, nwords);
	if (found < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown %s \"%s\"", what, cc_clip_for_error(str, len)),
				 errhint("%s", hint)));
	return words[found].meaning;
}

static int
parse_text_word(const char *what, text *t, const VocabWord *words, int nwords,
				const char *hint)
{
	return parse_word(what, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), words,
					  nwords, hint);
}

/* what the actor array says, once read */
typedef struct ActorSummary
{
	bool		has_public;
	bool		has_lay;
	bool		has_politician;
	bool		has_resident;	/* politician_as_citizen */
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
									  lengthof(actor_words), ACTOR_WORDS_HINT);
			sum->has_public |= (meaning & ACTOR_PUBLIC) != 0;
			sum->has_lay |= (meaning & ACTOR_LAY) != 0;
			sum->has_politician |= (meaning & ACTOR_POLITICIAN) != 0;
			sum->has_resident |= (meaning & ACTOR_RESIDENT) != 0;

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

/* the two rule tables: 'default' (the tool's reading) and 'strict' */
typedef enum ClassifyMode
{
	MODE_DEFAULT,
	MODE_STRICT
} ClassifyMode;

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
	/* 10 */ "rule 2: the only lay participants are councillors taking part as "
	"residents; a lay actor other than a politician must take part (the tool's choice)",
	/* 11 */ "rule 1 (strict): advisory participation is not co-creation; the "
	"paper's criterion is \"power sharing and joint decision-making\" (Methodological reflections)",
	/* 12 */ "rule 1 (strict): lay actors deciding alone is not co-creation; giving "
	"citizens the right to decide \"goes against the use of co-creation as a tool for "
	"strategic problem solving and policymaking\" (Main findings, Hedensted)",
};

/*
 * The operationalisations the paper leaves open, each named as the tool's
 * choice with the paper's words that argue the other way.  classify_explain()
 * returns the one a verdict rests on, NULL when it rests on none.
 */
static const char *const verdict_choices[] = {
	/* 0 */ "tool's choice: advisory participation counts as co-creation (default "
	"mode). Against it: the paper's coding criterion is \"power sharing and joint "
	"decision-making\" (Methodological reflections), and a member finds the "
	"Guldborgsund section 17.4 committee has \"no real decision power, but is merely "
	"advisory\" (Main findings, Guldborgsund). classify_strict() excludes it",
	/* 1 */ "tool's choice: lay actors deciding alone (delegated) counts as co-creation "
	"(default mode). Against it: the Hedensted politicians \"recognize that giving the "
	"citizens the right to decide how a part of the public budget is spent goes against "
	"the use of co-creation as a tool for strategic problem solving and policymaking\" "
	"(Main findings, Hedensted). classify_strict() excludes it",
	/* 2 */ "tool's choice: one-way information is not co-creation. The paper does not "
	"name it among its exclusions (\"citizen consultations, public hearings and "
	"town-hall meetings\", quasi-markets, offloading: Theoretical Framework); the "
	"exclusion rests on its criterion of \"power sharing and joint decision-making\"",
	/* 3 */ "tool's choice: every contract is excluded, after the paper's \"quasi-markets "
	"... based on contracts that are enforced based on hierarchical monitoring and "
	"control\". Against it: the paper also credits \"contract-based collaboration between "
	"public and private actors who are committed to co-creation of public value\" "
	"(Theoretical Framework): code such agreements joint, not contract",
	/* 4 */ "tool's choice: a councillor taking part as a resident is no lay actor of "
	"its own. Against it: the paper says they take part \"in their capacity of being "
	"local citizens\" (Main findings, Steinkjer)",
	/* 5 */ "tool's choice: the strict reading (joint decisions only). Against it: the "
	"paper reports the advisory Guldborgsund section 17.4 committee as \"co-creation with "
	"relevant and affected actors\" and scores Guldborgsund's policymaking x, and gives "
	"the delegated \"Families on the move\" as co-created service production (Main findings)",
};

static Verdict
apply_rules(const ActorSummary *actors, ObjectKind object, DecisionKind decision,
			ClassifyMode mode)
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
		case DECISION_ADVISORY:
			if (mode == MODE_STRICT)
			{
				v = (Verdict) {CC_LEVEL_NONE, 1, 11};
				return v;
			}
			break;
		case DECISION_DELEGATED:
			if (mode == MODE_STRICT)
			{
				v = (Verdict) {CC_LEVEL_NONE, 1, 12};
				return v;
			}
			break;
		default:
			break;
	}
	if (!actors->has_lay && !actors->has_public && !actors->has_resident)
		v = (Verdict) {CC_LEVEL_NONE, 2, 9};
	else if (!actors->has_lay && actors->has_public)
		v = (Verdict) {CC_LEVEL_NONE, 2, actors->has_resident ? 10 : 4};
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

/* the choice a verdict rests on (index into verdict_choices), or -1 */
static int
verdict_choice(Verdict v, DecisionKind decision)
{
	if (v.reason == 11 || v.reason == 12)
		return 5;
	if (decision == DECISION_INFORMATION)
		return 2;
	if (decision == DECISION_CONTRACT)
		return 3;
	if (v.reason == 10)
		return 4;
	if (v.level != CC_LEVEL_NONE && decision == DECISION_ADVISORY)
		return 0;
	if (v.level != CC_LEVEL_NONE && decision == DECISION_DELEGATED)
		return 1;
	return -1;
}

/* read the arguments shared by classify() and classify_explain() */
static Verdict
classify_args(FunctionCallInfo fcinfo, DecisionKind *decision_out,
			  ClassifyMode mode)
{
	ArrayBuf	buf;
	ArrayType  *actors = actors_arg(PG_GETARG_DATUM(0), &buf);
	ActorSummary sum;
	ObjectKind	object;
	DecisionKind decision;

	object = (ObjectKind) parse_text_word("object", PG_GETARG_TEXT_PP(1),
										  object_words, lengthof(object_words),
										  OBJECT_WORDS_HINT);
	decision = (DecisionKind) parse_text_word("decision", PG_GETARG_TEXT_PP(2),
											  decision_words,
											  lengthof(decision_words),
											  DECISION_WORDS_HINT);
	summarise_actors(actors, &sum);
	/* a detoasted copy would otherwise live until the end of the row */
	if ((Pointer) actors != PG_GETARG_POINTER(0) && actors != &buf.array)
		pfree(actors);

	*decision_out = decision;
	return apply_rules(&sum, object, decision, mode);
}

PG_FUNCTION_INFO_V1(cocreation_classify);
Datum
cocreation_classify(PG_FUNCTION_ARGS)
{
	DecisionKind decision;

	PG_RETURN_CCLEVEL(classify_args(fcinfo, &decision, MODE_DEFAULT).level);
}

PG_FUNCTION_INFO_V1(cocreation_classify_strict);
Datum
cocreation_classify_strict(PG_FUNCTION_ARGS)
{
	DecisionKind decision;

	PG_RETURN_CCLEVEL(classify_args(fcinfo, &decision, MODE_STRICT).level);
}

static Datum
classify_explain_mode(FunctionCallInfo fcinfo, ClassifyMode mode)
{
	DecisionKind decision;
	Verdict		v = classify_args(fcinfo, &decision, mode);
	int			choice = verdict_choice(v, decision);
	TupleDesc	tupdesc;
	Datum		values[5];
	bool		nulls[5] = {false, false, false, false, false};

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("function returning record called in context that cannot accept type record")));
	tupdesc = BlessTupleDesc(tupdesc);

	values[0] = CcLevelGetDatum(v.level);
	values[1] = CStringGetTextDatum(decision_participation[decision]);
	values[2] = CStringGetTextDatum(verdict_reasons[v.reason]);
	values[3] = Int32GetDatum(v.rule);
	if (choice >= 0)
		values[4] = CStringGetTextDatum(verdict_choices[choice]);
	else
		nulls[4] = true;
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}

PG_FUNCTION_INFO_V1(cocreation_classify_explain);
Datum
cocreation_classify_explain(PG_FUNCTION_ARGS)
{
	return classify_explain_mode(fcinfo, MODE_DEFAULT);
}

PG_FUNCTION_INFO_V1(cocreation_classify_strict_explain);
Datum
cocreation_classify_strict_explain(PG_FUNCTION_ARGS)
{
	return classify_explain_mode(fcinfo, MODE_STRICT);
}
