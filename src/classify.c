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
 * per row but the detoasted array (freed before returning), read array
 * elements in place, keep the summaries of the actor arrays they have read
 * for the rest of the query (see ActorCache), find canonical words in the
 * row by one hashed comparison (see Vocab) and read the level from a table
 * of the rules' outcomes (see level_table).
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
 * A vocabulary word and what it means.  len is the word's length, by which
 * the word is chained and its key built (see Vocab).
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

/*
 * A vocabulary, indexed two ways, both built from the word list itself when
 * the library is loaded (cc_classify_init, from _PG_init):
 *
 * - slots: the words as a text value in a row holds them (a one-byte
 *   header, then the word), by a hash of that image's key: the image's
 *   bytes as two overlapping loads (see image_key).  The header holds the
 *   length, so the key is the whole image, and a canonical word in a row is
 *   found with one hash and one comparison of two numbers: no loop, no
 *   byte-wise comparison, no separate length.  The hash's multiplier is
 *   chosen when the slots are built, the first of a few that gives every
 *   word a slot of its own (a perfect hash of the vocabulary).  Were none
 *   to, a word whose slot another took first would be left out of the
 *   slots, as is a word too short or too long for a key: the lookup falls
 *   back to the chains, so a collision costs speed, never a wrong answer.
 *   An empty slot is zero, which no image's key is (its header is never
 *   zero).
 * - chains: every word, chained by length, for the fallback (other headers,
 *   normalised spellings, the words the slots do not hold).
 */
#define MAX_VOCAB 32
#define IMAGE_MIN 4				/* a key's bytes: a header and the word */
#define IMAGE_MAX 16
#define SLOT_BITS 6

typedef struct VocabSlot
{
	uint64		a,
				b;				/* the key (see image_key); 0: empty */
	int64		meaning;		/* as wide as an index, for classify_level */
} VocabSlot;

typedef struct Vocab
{
	const VocabWord *words;
	int			nwords;
	const char *what;			/* "actor", "object", "decision" */
	CcField		field;			/* its list in vocabulary.c, for the hint */
	int8		head[WORD_BUF];	/* first word of each length, or -1 */
	int8		next[MAX_VOCAB];	/* next word of the same length, or -1 */
	uint64		mul;			/* the slots' hash multiplier */
	VocabSlot	slots[1 << SLOT_BITS];
} Vocab;

#define VOCAB_OF(words, what, field) {words, lengthof(words), what, field, {0}, {0}, 0, {{0}}}

static Vocab actor_vocab = VOCAB_OF(actor_words, "actor", CC_FIELD_ACTOR);
static Vocab object_vocab = VOCAB_OF(object_words, "object", CC_FIELD_OBJECT);
static Vocab decision_vocab = VOCAB_OF(decision_words, "decision", CC_FIELD_DECISION);

StaticAssertDecl(lengthof(actor_words) <= MAX_VOCAB &&
				 lengthof(object_words) <= MAX_VOCAB &&
				 lengthof(decision_words) <= MAX_VOCAB,
				 "a vocabulary's chains are indexed by int8");

/*
 * The key of an image of n bytes, IMAGE_MIN to IMAGE_MAX: its first and its
 * last 8 bytes (overlapping when n is under 16), or for n under 8 its first
 * and last 4 in one number.  Every byte is in one of the loads, and no load
 * reads past the image.
 */
static pg_attribute_always_inline void
image_key(const char *p, Size n, uint64 *a, uint64 *b)
{
	if (n >= 8)
	{
		memcpy(a, p, 8);
		memcpy(b, p + n - 8, 8);
	}
	else
	{
		uint32		x,
					y;

		memcpy(&x, p, 4);
		memcpy(&y, p + n - 4, 4);
		*a = x | ((uint64) y << 32);
		*b = 0;
	}
}

#define WORD_MUL UINT64CONST(0x9E3779B97F4A7C15)
#define MUL_TRIES 64

/* the slot of a key: its first number holds the header and the first letters */
static pg_attribute_always_inline VocabSlot *
key_slot(const Vocab *v, uint64 a)
{
	return (VocabSlot *) &v->slots[(a * v->mul) >> (64 - SLOT_BITS)];
}

/* fill the slots with v->mul; false when two words want the same slot */
static bool
fill_slots(Vocab *v)
{
	bool		perfect = true;
	int			i;

	memset(v->slots, 0, sizeof(v->slots));
	for (i = 0; i < v->nwords; i++)
	{
		const VocabWord *w = &v->words[i];
		char		image[IMAGE_MAX];
		Size		n = VARHDRSZ_SHORT + w->len;
		uint64		a,
					b;
		VocabSlot  *s;

		if (n < IMAGE_MIN || n > IMAGE_MAX)
			continue;
		SET_VARSIZE_1B(image, n);
		memcpy(image + VARHDRSZ_SHORT, w->word, w->len);
		image_key(image, n, &a, &b);
		s = key_slot(v, a);
		if (s->a != 0)
		{
			perfect = false;	/* taken: this word is found by its chain */
			continue;
		}
		s->a = a;
		s->b = b;
		s->meaning = w->meaning;
	}
	return perfect;
}

static void
build_vocab(Vocab *v)
{
	int			i;

	memset(v->head, -1, sizeof(v->head));
	/* backwards, so that each chain lists its words in the list's order */
	for (i = v->nwords - 1; i >= 0; i--)
	{
		Assert(v->words[i].len > 0 && v->words[i].len < WORD_BUF);
		v->next[i] = v->head[v->words[i].len];
		v->head[v->words[i].len] = i;
	}
	/* odd multipliers, the golden ratio's odd multiples, until one is perfect */
	for (i = 0; i < MUL_TRIES; i++)
	{
		v->mul = WORD_MUL * (2 * i + 1);
		if (fill_slots(v))
			break;
	}
}

/* index of (str, len) in the vocabulary compared byte for byte, or -1 */
static pg_attribute_always_inline int
find_exact(const char *str, int len, const Vocab *v)
{
	int			i;

	if ((unsigned) len >= WORD_BUF)
		return -1;
	for (i = v->head[len]; i >= 0; i = v->next[i])
		if (v->words[i].word[0] == str[0] &&
			cc_bytes_equal(v->words[i].word, str, len))
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
find_normalised(const char *str, int len, const Vocab *v)
{
	char		buf[WORD_BUF];
	int			n = normalise_word(str, len, buf);
	int			found;

	if (n < 0)
		return -1;
	if ((found = find_exact(buf, n, v)) >= 0)
		return found;
	if (n < 2 || buf[n - 1] != 's')
		return -1;
	if ((found = find_exact(buf, n - 1, v)) >= 0)
		return found;
	if (n >= 3 && buf[n - 2] == 'e' &&
		(found = find_exact(buf, n - 2, v)) >= 0)
		return found;
	if (n >= 4 && buf[n - 3] == 'i' && buf[n - 2] == 'e')
	{
		buf[n - 3] = 'y';
		return find_exact(buf, n - 2, v);
	}
	return -1;
}

/* the meaning of a vocabulary word; an unknown word is an error */
static pg_noinline int
parse_word(Vocab *v, const char *str, int len)
{
	int			found;

	found = find_exact(str, len, v);
	if (unlikely(found < 0))
	{
		found = find_normalised(str, len, v);
		if (found < 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("unknown %s \"%s\"", v->what, cc_clip_for_error(str, len)),
					 errhint("%s", cc_vocabulary_hint(v->field, NULL))));
	}
	return v->words[found].meaning;
}

/*
 * A text argument's word, the general way: a compressed or out-of-line
 * value detoasted, any header, any spelling (parse_word).
 */
static pg_noinline int
parse_text_slow(Vocab *v, Datum d)
{
	struct varlena *t = pg_detoast_datum_packed((struct varlena *) DatumGetPointer(d));

	return parse_word(v, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
}

/*
 * Inlined into the caller: the common case, a canonical word in the row (a
 * short header: values under 127 bytes are stored so), is found in the
 * slots without a call; everything else (other headers, detoasting,
 * normalising, the error) is out of line, so that its register saves are
 * not paid on every row.  An out-of-line value's header (VARATT_IS_1B_E)
 * reads as size 0 and so goes the general way too.
 */
static pg_attribute_always_inline int64
parse_text_arg(Vocab *v, Datum d)
{
	const char *p = (const char *) DatumGetPointer(d);

	if (likely(VARATT_IS_1B(p)))
	{
		Size		n = VARSIZE_1B(p);
		uint64		a,
					b;
		const VocabSlot *s;

		if (likely(n - IMAGE_MIN <= IMAGE_MAX - IMAGE_MIN))
		{
			image_key(p, n, &a, &b);
			s = key_slot(v, a);
			if (likely(s->a == a && s->b == b))
				return s->meaning;
		}
	}
	return parse_text_slow(v, d);
}

/*
 * What the actor array says, once read: the union of its words' meanings
 * (ACTOR_PUBLIC, ACTOR_LAY, ...), one byte, returned by value.
 */
typedef uint8 ActorSummary;

/*
 * The array's bytes were damaged: a stored value that array input would
 * never produce.
 */
static void
corrupt_actors(const char *why)
{
	ereport(ERROR,
			(errcode(ERRCODE_DATA_CORRUPTED),
			 errmsg("corrupted actors array: %s", why)));
}

/* a 32-bit field of the array image, wherever it sits */
static inline int32
image_int32(const char *image, Size offset)
{
	int32		x;

	memcpy(&x, image + offset, sizeof(x));
	return x;
}

/*
 * Summarise an array of text read in place.  image points at the array's
 * bytes after its length word, which may have a one-byte header and so sit
 * at any address: fields are read with memcpy(), and element offsets are
 * computed as ArrayType offsets (the array's start is aligned where it was
 * written), less the length word.  Copying each short array into aligned
 * memory first cost a twentieth of classify()'s time.  Every offset is
 * checked against the array's size, so a damaged array is an error, not a
 * read past its end.
 */
static ActorSummary
summarise_image(const char *image, Size size)
{
	Size		total = size + VARHDRSZ;	/* ArrayType coordinates */
	int			ndim,
				i;
	int32		dataoffset;
	int64		nitems = 1;
	Size		off;
	const char *bitmap = NULL;
	ActorSummary sum = 0;

#define AT(offset) (image + (offset) - VARHDRSZ)
	if (total < sizeof(ArrayType))
		corrupt_actors("too short for its header");
	ndim = image_int32(AT(offsetof(ArrayType, ndim)), 0);
	dataoffset = image_int32(AT(offsetof(ArrayType, dataoffset)), 0);
	if ((Oid) image_int32(AT(offsetof(ArrayType, elemtype)), 0) != TEXTOID)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("actors must be an array of text")));
	if (ndim < 0 || ndim > MAXDIM || total < ARR_OVERHEAD_NONULLS(ndim))
		corrupt_actors("a bad number of dimensions");
	for (i = 0; i < ndim; i++)
	{
		int32		dim = image_int32(AT(sizeof(ArrayType)), sizeof(int) * i);

		if (dim < 0 || (nitems *= dim) > (int64) MaxArraySize)
			corrupt_actors("a bad dimension");
	}
	if (ndim == 0)
		nitems = 0;
	off = ARR_OVERHEAD_NONULLS(ndim);
	if (dataoffset != 0)
	{
		if (dataoffset < ARR_OVERHEAD_WITHNULLS(ndim, nitems) || dataoffset > total)
			corrupt_actors("a bad data offset");
		bitmap = AT(sizeof(ArrayType) + 2 * sizeof(int) * ndim);
		off = dataoffset;
	}

	for (i = 0; i < nitems; i++)
	{
		const char *elem;
		Size		len,
					hdr;
		int			meaning;

		/* NULL elements are ignored, as the documentation promises */
		if (bitmap && (bitmap[i / 8] & (1 << (i % 8))) == 0)
			continue;
		if (off >= total)
			corrupt_actors("an element past its end");
		elem = AT(off);
		if (VARATT_IS_1B(elem))
		{
			if (VARATT_IS_1B_E(elem))
				corrupt_actors("an out-of-line element");
			len = VARSIZE_1B(elem);
			hdr = VARHDRSZ_SHORT;
		}
		else
		{
			varattrib_4b head;

			if (off + VARHDRSZ > total)
				corrupt_actors("an element past its end");
			memcpy(&head, elem, VARHDRSZ);
			len = VARSIZE_4B(&head);
			hdr = VARHDRSZ;
		}
		if (len < hdr || len > total - off)
			corrupt_actors("an element past its end");
		meaning = parse_word(&actor_vocab, elem + hdr, len - hdr);
		sum |= meaning;
		off = INTALIGN(off + len);
	}
#undef AT
	return sum;
}

/*
 * Real data repeats a few dozen actor combinations, so each call site keeps
 * the summaries of the arrays it has read, for the rest of the query, keyed
 * on the array's bytes.  A summary depends on nothing but those bytes (after
 * the length word, whichever header the value has), and is stored only after
 * summarise_image() read them without error: a hit is a byte-identical array
 * that was read and checked before, and every other array, damaged or not,
 * is read and checked in full.  Arrays of ACTOR_KEY_MIN to ACTOR_KEY_MAX
 * bytes are kept.  The table is small and open-addressed; when the few slots
 * an array may sit in are all taken, its first slot is overwritten.
 */
#define ACTOR_SLOT_BITS	8
#define ACTOR_SLOTS		(1 << ACTOR_SLOT_BITS)
#define ACTOR_PROBES	4
#define ACTOR_KEY_MIN	28		/* a one-dimensional array of one word */
#define ACTOR_KEY_MAX	120		/* four or five actor words */

/*
 * A kept array as a value in a row holds it: a short header (which holds
 * its size), then its bytes, so that a hit is one memcmp() of the value in
 * the row with the slot's.  A zero header, which no value has, is an empty
 * slot.  128 bytes, so that a slot's address is a shift.
 */
typedef struct ActorSlot
{
	ActorSummary sum;
	char		value[VARHDRSZ_SHORT + ACTOR_KEY_MAX];
	char		unused[128 - VARHDRSZ_SHORT - ACTOR_KEY_MAX - sizeof(ActorSummary)];
} ActorSlot;

StaticAssertDecl(VARHDRSZ_SHORT + ACTOR_KEY_MAX <= VARATT_SHORT_MAX,
				 "a kept array's size fits a short header");

StaticAssertDecl(sizeof(ActorSlot) == 128, "an actor slot's address is a shift");

typedef struct ActorCache
{
	ActorSlot	slots[ACTOR_SLOTS];
} ActorCache;

#define HASH_MUL UINT64CONST(0x9E3779B97F4A7C15)

/* eight bytes of an image, wherever they sit */
static inline uint64
image_word(const char *p)
{
	uint64		w;

	memcpy(&w, p, 8);
	return w;
}

/*
 * A cheap hash of an image of at least ACTOR_KEY_MIN bytes: its size and two
 * samples of eight bytes, where a one-dimensional array's first element
 * starts (its length and first letters) and at the end (the last word's
 * last letters), mixed by multiply and xor.  Hashing every byte cost more
 * than the rest of the lookup; arrays that differ only elsewhere share a
 * hash and still find their own slots among the probes, since a hit
 * compares every byte.
 */
static pg_attribute_always_inline uint32
image_hash(const char *p, Size n)
{
	uint64		h = (image_word(p + n - 8) + n) * HASH_MUL;

	h = (h ^ image_word(p + ACTOR_KEY_MIN - 8)) * HASH_MUL;
	return (uint32) (h >> (64 - ACTOR_SLOT_BITS));
}

/* the call site's cache, made on its first call; none for direct calls */
static ActorCache *
actor_cache(FunctionCallInfo fcinfo)
{
	FmgrInfo   *flinfo = fcinfo->flinfo;

	if (flinfo == NULL)
		return NULL;
	if (flinfo->fn_extra == NULL)
		flinfo->fn_extra = MemoryContextAllocZero(flinfo->fn_mcxt,
												  sizeof(ActorCache));
	return (ActorCache *) flinfo->fn_extra;
}

/* the call site's cache if made (the general way makes it) */
static pg_attribute_always_inline ActorCache *
actor_cache_if_made(FunctionCallInfo fcinfo)
{
	return fcinfo->flinfo ? (ActorCache *) fcinfo->flinfo->fn_extra : NULL;
}

/*
 * The general way: any header (a compressed, out-of-line or expanded array
 * flattened into a copy, freed at once: it would otherwise live until the
 * end of the row), every probe of the cache, and on a miss a reading and
 * check of the array, whose summary only then is kept, in the empty slot
 * found or, when every probe was taken, in the first one.  Arrays outside
 * the cache's sizes, and direct calls (no cache), are read every time.
 */
static pg_noinline ActorSummary
summarise_actors_slow(FunctionCallInfo fcinfo)
{
	ActorCache *cache = actor_cache(fcinfo);
	Datum		d = PG_GETARG_DATUM(0);
	struct varlena *v = (struct varlena *) DatumGetPointer(d);
	ArrayType  *copy = NULL;
	const char *image;
	Size		size;
	ActorSummary sum;
	ActorSlot  *slot = NULL;
	uint32		hash;
	int			i;

	if (VARATT_IS_EXTERNAL(v) || VARATT_IS_COMPRESSED(v))
		v = (struct varlena *) (copy = DatumGetArrayTypeP(d));
	image = VARDATA_ANY(v);
	size = VARSIZE_ANY_EXHDR(v);
	if (cache == NULL || size - ACTOR_KEY_MIN > ACTOR_KEY_MAX - ACTOR_KEY_MIN)
		sum = summarise_image(image, size);
	else
	{
		char		header[VARHDRSZ_SHORT];

		/* the header this array has in a row */
		SET_VARSIZE_SHORT(header, VARHDRSZ_SHORT + size);
		hash = image_hash(image, size);
		for (i = 0; i < ACTOR_PROBES; i++)
		{
			slot = &cache->slots[(hash + i) & (ACTOR_SLOTS - 1)];
			if (slot->value[0] == 0)
				break;
			if (slot->value[0] == header[0] &&
				memcmp(slot->value + VARHDRSZ_SHORT, image, size) == 0)
				break;
		}
		if (i < ACTOR_PROBES && slot->value[0] != 0)
			sum = slot->sum;
		else
		{
			if (i == ACTOR_PROBES)
				slot = &cache->slots[hash];
			sum = summarise_image(image, size);
			/* only now, the array read without error, is it kept */
			slot->sum = sum;
			slot->value[0] = header[0];
			memcpy(slot->value + VARHDRSZ_SHORT, image, size);
		}
	}
	if (copy != NULL)
		pfree(copy);
	return sum;
}

/*
 * The actors argument.  Inlined into the caller: the common case, an array
 * in the row (a short header: arrays under 127 bytes are stored so) found
 * in its first slot, costs a hash and a memcmp(); all else is the general
 * way.  An out-of-line value's header (VARATT_IS_1B_E) reads as size 0, so
 * its size is out of the cache's range and it goes the general way too.
 */
static pg_attribute_always_inline ActorSummary
summarise_actors(FunctionCallInfo fcinfo)
{
	ActorCache *cache = actor_cache_if_made(fcinfo);
	const char *p = (const char *) DatumGetPointer(PG_GETARG_DATUM(0));

	if (likely(cache != NULL && VARATT_IS_1B(p)))
	{
		Size		n = VARSIZE_1B(p);
		const ActorSlot *slot;

		if (likely(n - VARHDRSZ_SHORT - ACTOR_KEY_MIN <= ACTOR_KEY_MAX - ACTOR_KEY_MIN))
		{
			slot = &cache->slots[image_hash(p + VARHDRSZ_SHORT, n - VARHDRSZ_SHORT)];
			if (likely(memcmp(slot->value, p, n) == 0))
				return slot->sum;
		}
	}
	/* only fcinfo is passed, so that no other value lives across memcmp() */
	return summarise_actors_slow(fcinfo);
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

static pg_attribute_always_inline Verdict
apply_rules(ActorSummary actors, ObjectKind object, DecisionKind decision,
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
	if ((actors & (ACTOR_LAY | ACTOR_PUBLIC | ACTOR_RESIDENT)) == 0)
		v = (Verdict) {CC_LEVEL_NONE, 2, 9};
	else if ((actors & (ACTOR_LAY | ACTOR_PUBLIC)) == ACTOR_PUBLIC)
		v = (Verdict) {CC_LEVEL_NONE, 2, (actors & ACTOR_RESIDENT) ? 10 : 4};
	else if ((actors & ACTOR_PUBLIC) == 0)
		v = (Verdict) {CC_LEVEL_NONE, 2, 5};
	else if ((actors & ACTOR_POLITICIAN) && object != CC_OBJ_SERVICE)
		v = (Verdict) {CC_LEVEL_POLICY, 3, 6};
	else if (object != CC_OBJ_SERVICE)
		v = (Verdict) {CC_LEVEL_PROBLEM, 4, 7};
	else
		v = (Verdict) {CC_LEVEL_SERVICE, 5, 8};
	return v;
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

/*
 * classify() and classify_strict() read their level from a table of every
 * outcome of apply_rules(), built from it when the library is loaded: by
 * mode, decision, object and actor summary, a few hundred bytes.  The rules
 * stay written once, in apply_rules(); the table spares each row their
 * chain of tests.
 */
#define DECISION_KINDS	(DECISION_IMPOSED + 1)
#define OBJECT_KINDS	(CC_OBJ_POLICY + 1)
#define ACTOR_SUMMARIES	16

StaticAssertDecl((ACTOR_PUBLIC | ACTOR_LAY | ACTOR_POLITICIAN | ACTOR_RESIDENT) < ACTOR_SUMMARIES,
				 "an actor summary indexes the level table");
StaticAssertDecl(lengthof(object_words) == OBJECT_KINDS &&
				 lengthof(decision_words) == DECISION_KINDS,
				 "one word for each object and decision kind");

static uint8 level_table[MODE_STRICT + 1][DECISION_KINDS][OBJECT_KINDS][ACTOR_SUMMARIES];

void
cc_classify_init(void)
{
	int			mode,
				decision,
				object,
				actors;

	build_vocab(&actor_vocab);
	build_vocab(&object_vocab);
	build_vocab(&decision_vocab);
	for (mode = MODE_DEFAULT; mode <= MODE_STRICT; mode++)
		for (decision = 0; decision < DECISION_KINDS; decision++)
			for (object = 0; object < OBJECT_KINDS; object++)
				for (actors = 0; actors < ACTOR_SUMMARIES; actors++)
					level_table[mode][decision][object][actors] =
						apply_rules((ActorSummary) actors, (ObjectKind) object,
									(DecisionKind) decision, (ClassifyMode) mode).level;
}

/* classify() and classify_strict(): the level alone */
static pg_attribute_always_inline CcLevel
classify_level(FunctionCallInfo fcinfo, ClassifyMode mode)
{
	ActorSummary actors;
	int64		object,
				decision;

	/* the actors first: no value lives across its memcmp() call */
	actors = summarise_actors(fcinfo);
	object = parse_text_arg(&object_vocab, PG_GETARG_DATUM(1));
	decision = parse_text_arg(&decision_vocab, PG_GETARG_DATUM(2));
	return (CcLevel) level_table[mode][decision][object][actors];
}

/* read the arguments shared by classify() and classify_explain() */
static pg_attribute_always_inline Verdict
classify_args(FunctionCallInfo fcinfo, DecisionKind *decision_out,
			  ClassifyMode mode)
{
	ActorSummary actors;
	ObjectKind	object;
	DecisionKind decision;

	actors = summarise_actors(fcinfo);
	object = (ObjectKind) parse_text_arg(&object_vocab, PG_GETARG_DATUM(1));
	decision = (DecisionKind) parse_text_arg(&decision_vocab, PG_GETARG_DATUM(2));

	*decision_out = decision;
	return apply_rules(actors, object, decision, mode);
}

PG_FUNCTION_INFO_V1(cocreation_classify);
Datum
cocreation_classify(PG_FUNCTION_ARGS)
{
	PG_RETURN_CCLEVEL(classify_level(fcinfo, MODE_DEFAULT));
}

PG_FUNCTION_INFO_V1(cocreation_classify_strict);
Datum
cocreation_classify_strict(PG_FUNCTION_ARGS)
{
	PG_RETURN_CCLEVEL(classify_level(fcinfo, MODE_STRICT));
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
