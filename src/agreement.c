/*
 * agreement.c: the state shared by the intercoder agreement aggregates:
 * exact keys, dictionaries, ratings per unit and ratings per pair, and the
 * scaling that keeps the statistics of huge ratings finite.
 *
 * Everything a state holds is allocated in the aggregate's memory context,
 * and only when a new key or (unit, value) cell appears; a row that repeats
 * known keys allocates nothing (a by-reference key is detoasted in the
 * per-row context, which the executor resets).
 */
#include "postgres.h"

#include <math.h>

#include "access/hash.h"
#include "access/stratnum.h"
#include "catalog/pg_collation.h"
#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/float.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/typcache.h"

#include "agreement.h"

/* the id that stands for the key being looked up, in hash comparisons */
#define CC_PROBE_ID			PG_UINT32_MAX
/* ids and cells are 32-bit: the most a state can hold */
/*
 * At most 2^31 - 1 keys, cells or pairs: capacities double from a power of
 * two, so they never pass 2^31 and never wrap a uint32.
 */
#define CC_MAX_ID			((uint32) PG_INT32_MAX)

#define CC_ARENA_BLOCK		65536

/* a hint to load memory that will soon be read */
#if defined(__GNUC__) || defined(__clang__)
#define cc_prefetch(p)		__builtin_prefetch(p)
#else
#define cc_prefetch(p)		((void) 0)
#endif

/*
 * A unit's cells are found by walking its list while it has at most this
 * many (a short list beats a hash probe); a wider unit's cells are indexed
 * in the state's cell hash table, so that one unit with many distinct
 * values costs O(1) a rating, not O(values).
 */
#define CC_LIST_MAX			8

/* ---------------------------------------------------------------- keys */

void
cc_keytype_init(CcKeyType *kt, Oid typid, Oid collation, MemoryContext cxt)
{
	memset(kt, 0, sizeof(*kt));
	if (!OidIsValid(typid))
		ereport(ERROR,
				(errcode(ERRCODE_INDETERMINATE_DATATYPE),
				 errmsg("could not determine the type of an agreement aggregate's argument")));
	/* a domain compares as its base type: -0 equals 0 over float8 domains too */
	typid = getBaseType(typid);
	kt->typid = typid;
	get_typlenbyval(typid, &kt->typlen, &kt->typbyval);
	kt->collation = collation;
	if (!OidIsValid(collation) && type_is_collatable(typid))
		kt->collation = DEFAULT_COLLATION_OID;

	if (typid == FLOAT8OID && kt->typbyval)
		kt->mode = CC_KEY_FLOAT8;
	else if (typid == FLOAT4OID && kt->typbyval)
		kt->mode = CC_KEY_FLOAT4;
	else if (kt->typbyval)
	{
		kt->mode = CC_KEY_BITS;
		kt->mask = kt->typlen >= (int) sizeof(Datum) ? ~UINT64CONST(0) :
			(UINT64CONST(1) << (kt->typlen * BITS_PER_BYTE)) - 1;
	}
	else
	{
		TypeCacheEntry *tce;
		Oid			eq_opr = InvalidOid;

		kt->mode = CC_KEY_GENERIC;
		tce = lookup_type_cache(typid, TYPECACHE_HASH_PROC | TYPECACHE_HASH_OPFAMILY);
		if (OidIsValid(tce->hash_opf))
			eq_opr = get_opfamily_member(tce->hash_opf, tce->hash_opintype,
										 tce->hash_opintype, HTEqualStrategyNumber);
		if (!OidIsValid(tce->hash_proc) || !OidIsValid(eq_opr))
			ereport(ERROR,
					(errcode(ERRCODE_UNDEFINED_FUNCTION),
					 errmsg("could not identify a hash operator class for type %s",
							format_type_be(typid)),
					 errhint("Agreement aggregates group units and values with the type's "
							 "hash operator class; cast them to a type that has one, such as text.")));
		fmgr_info_cxt(tce->hash_proc, &kt->hash_fn, cxt);
		fmgr_info_cxt(get_opcode(eq_opr), &kt->eq_fn, cxt);
	}
}

/* the key as stored: floats folded so that equal values have equal bits */
static inline Datum
key_normalise(const CcKeyType *kt, Datum k)
{
	switch (kt->mode)
	{
		case CC_KEY_BITS:
			return (Datum) ((uint64) k & kt->mask);
		case CC_KEY_FLOAT8:
			{
				float8		x = DatumGetFloat8(k);

				if (x == 0.0)
					x = 0.0;	/* -0 = 0 */
				else if (isnan(x))
					x = get_float8_nan();	/* NaN = NaN, as in SQL */
				return Float8GetDatum(x);
			}
		case CC_KEY_FLOAT4:
			{
				float4		x = DatumGetFloat4(k);

				if (x == 0.0f)
					x = 0.0f;
				else if (isnan(x))
					x = get_float4_nan();
				return Float4GetDatum(x);
			}
		case CC_KEY_GENERIC:
			if (kt->typlen == -1)
				return PointerGetDatum(PG_DETOAST_DATUM_PACKED(k));
			return k;
	}
	return k;					/* not reached */
}

/* the finaliser of MurmurHash3's 64-bit hash: every bit of k moves the result */
static inline uint32
mix64(uint64 k)
{
	k ^= k >> 33;
	k *= UINT64CONST(0xff51afd7ed558ccd);
	k ^= k >> 33;
	k *= UINT64CONST(0xc4ceb9fe1a85ec53);
	k ^= k >> 33;
	return (uint32) k;
}

static inline uint32
key_hash(const CcKeyType *kt, Datum k)
{
	if (kt->mode != CC_KEY_GENERIC)
		return mix64((uint64) k);
	return DatumGetUInt32(FunctionCall1Coll((FmgrInfo *) &kt->hash_fn,
											kt->collation, k));
}

static inline bool
key_equal(const CcKeyType *kt, Datum a, Datum b)
{
	if (kt->mode != CC_KEY_GENERIC)
		return a == b;
	return DatumGetBool(FunctionCall2Coll((FmgrInfo *) &kt->eq_fn,
										  kt->collation, a, b));
}

/* bytes of a by-reference key */
static inline Size
key_size(const CcKeyType *kt, Datum k)
{
	if (kt->typlen > 0)
		return kt->typlen;
	if (kt->typlen == -1)
		return VARSIZE_ANY(DatumGetPointer(k));
	return strlen(DatumGetCString(k)) + 1;
}

/* whether two keys of one type are the same key (NaN = NaN, -0 = 0) */
bool
cc_key_same(const CcKeyType *kt, Datum a, Datum b)
{
	return key_equal(kt, key_normalise(kt, a), key_normalise(kt, b));
}

/* ------------------------------------------------------------ scaling */

/*
 * The exponent e of the largest |x[i]| (as frexp gives it, so that every
 * x[i] * 2^-e lies in (-1, 1)), or 0 when all are 0.  The agreement
 * statistics on numbers do not change when every value is multiplied by the
 * same factor, and a power of two multiplies a float8 exactly: the final
 * functions compute on x * 2^-e, where no sum or square can overflow.
 */
int
cc_max_exponent(const float8 *x, uint32 n)
{
	float8		max = 0.0;
	uint32		i;
	int			e = 0;

	for (i = 0; i < n; i++)
	{
		CHECK_FOR_INTERRUPTS();
		max = Max(max, fabs(x[i]));
	}
	if (max > 0.0)
		(void) frexp(max, &e);
	return e;
}

/* ---------------------------------------------------------- dictionary */

typedef struct CcDictEntry
{
	uint32		id;
	uint32		hash;
	char		status;
} CcDictEntry;

static inline Datum
dict_key(CcDict *d, uint32 id)
{
	return id == CC_PROBE_ID ? d->probe : d->keys[id];
}

#define SH_PREFIX ccdict
#define SH_ELEMENT_TYPE CcDictEntry
#define SH_KEY_TYPE uint32
#define SH_KEY id
#define SH_HASH_KEY(tb, key) \
	key_hash(((CcDict *) (tb)->private_data)->kt, dict_key((CcDict *) (tb)->private_data, key))
#define SH_EQUAL(tb, a, b) \
	key_equal(((CcDict *) (tb)->private_data)->kt, \
			  dict_key((CcDict *) (tb)->private_data, a), \
			  dict_key((CcDict *) (tb)->private_data, b))
#define SH_SCOPE static inline
#define SH_STORE_HASH
#define SH_GET_HASH(tb, a) (a)->hash
#define SH_DEFINE
#define SH_DECLARE
#include "lib/simplehash.h"

void
cc_dict_init(CcDict *d, CcKeyType *kt, MemoryContext cxt)
{
	memset(d, 0, sizeof(*d));
	d->kt = kt;
	d->cxt = cxt;
	d->ht = ccdict_create(cxt, 64, d);
	d->maxkeys = 64;
	d->keys = MemoryContextAlloc(cxt, d->maxkeys * sizeof(Datum));
	for (int i = 0; i < CC_DICT_CACHE; i++)
		d->cache[i].id = CC_PROBE_ID;
}

/* a copy of a by-reference key in the dictionary's arena */
static Datum
dict_persist(CcDict *d, Datum k)
{
	Size		size = key_size(d->kt, k);
	Size		need = MAXALIGN(size);
	char	   *p;

	if (need > CC_ARENA_BLOCK / 8)
		p = MemoryContextAllocHuge(d->cxt, need);
	else
	{
		if (need > d->arena_free)
		{
			d->arena = MemoryContextAlloc(d->cxt, CC_ARENA_BLOCK);
			d->arena_free = CC_ARENA_BLOCK;
		}
		p = d->arena;
		d->arena += need;
		d->arena_free -= need;
	}
	memcpy(p, DatumGetPointer(k), size);
	return PointerGetDatum(p);
}

static uint32 dict_id_hashed(CcDict *d, Datum key, uint32 h);

/*
 * A dictionary whose keys were appended in increasing order (see
 * dict_append_sorted) gets its hash table when a key is first looked up.
 */
static void
dict_build_hash(CcDict *d)
{
	uint32		id;

	d->sorted = false;
	if (d->nkeys > d->ht->grow_threshold)
		ccdict_grow(d->ht, (uint64) d->nkeys * 2);
	for (id = 0; id < d->nkeys; id++)
	{
		CcDictEntry *e;
		bool		found;

		CHECK_FOR_INTERRUPTS();
		d->probe = d->keys[id];
		e = ccdict_insert_hash(d->ht, CC_PROBE_ID, key_hash(d->kt, d->probe), &found);
		Assert(!found);
		e->id = id;
	}
}

/* room for one more key */
static void
dict_reserve(CcDict *d)
{
	if (d->nkeys >= CC_MAX_ID)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many distinct units or values for an agreement aggregate"),
				 errdetail("An aggregate holds at most %u distinct keys of each kind.",
						   CC_MAX_ID)));
	if (d->nkeys >= d->maxkeys)
	{
		d->maxkeys *= 2;
		d->keys = repalloc_huge(d->keys, (Size) d->maxkeys * sizeof(Datum));
	}
}

/*
 * The id of a normalised pass-by-value key when the keys so far, compared as
 * unsigned bits, arrived in strictly increasing order: a key above the last
 * one is new, and is appended without touching the hash table (units read
 * from a table in unit order need no hashing at all).  The first key out of
 * order builds the hash table, and from then on every key is looked up.
 */
static uint32
dict_id_sorted(CcDict *d, Datum key, uint32 h)
{
	if (d->sorted && (d->nkeys == 0 || (uint64) key > (uint64) d->keys[d->nkeys - 1]))
	{
		dict_reserve(d);
		d->keys[d->nkeys] = key;
		return d->nkeys++;
	}
	return dict_id_hashed(d, key, h);
}

/* the id of a normalised key with hash h, adding it when it is new */
static uint32
dict_id_hashed(CcDict *d, Datum key, uint32 h)
{
	CcDictEntry *e;
	bool		found;

	if (unlikely(d->sorted))
		dict_build_hash(d);
	d->probe = key;
	e = ccdict_insert_hash(d->ht, CC_PROBE_ID, h, &found);
	if (found)
		return e->id;

	dict_reserve(d);
	d->keys[d->nkeys] = d->kt->mode == CC_KEY_GENERIC ?
		dict_persist(d, d->probe) : d->probe;
	e->id = d->nkeys;
	return d->nkeys++;
}

/* the id of a key, adding it when it is new; inlined where rows are read */
static inline uint32
dict_id(CcDict *d, Datum key)
{
	if (d->kt->mode != CC_KEY_GENERIC)
	{
		Datum		k = key_normalise(d->kt, key);
		uint32		h = mix64((uint64) k);
		CcDictCacheEntry *c = &d->cache[h % CC_DICT_CACHE];

		if (unlikely(c->id == CC_PROBE_ID || c->key != k))
		{
			c->id = dict_id_hashed(d, k, h);
			c->key = k;
		}
		return c->id;
	}
	key = key_normalise(d->kt, key);
	return dict_id_hashed(d, key, key_hash(d->kt, key));
}

uint32
cc_dict_id(CcDict *d, Datum key)
{
	return dict_id(d, key);
}

/* --------------------------------------------------------------- misc */

MemoryContext
cc_agg_context(FunctionCallInfo fcinfo, const char *name)
{
	MemoryContext cxt;

	if (!AggCheckCallContext(fcinfo, &cxt))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("%s called in non-aggregate context", name)));
	return cxt;
}

int32
cc_merge_option(int32 a, int32 b, const char *what)
{
	if (a < 0)
		return b;
	if (b >= 0 && a != b)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the %s must be the same for every row of an agreement aggregate", what),
				 errhint("Pass the %s as a constant.", what)));
	return a;
}

/* -------------------------------------------------------------- units */

/* the cell hash table: (unit id << 32 | value id) -> cell */
typedef struct CcCellEntry
{
	uint64		key;
	uint32		cell;
	char		status;
} CcCellEntry;

#define SH_PREFIX cccell
#define SH_ELEMENT_TYPE CcCellEntry
#define SH_KEY_TYPE uint64
#define SH_KEY key
#define SH_HASH_KEY(tb, key) mix64(key)
#define SH_EQUAL(tb, a, b) ((a) == (b))
#define SH_SCOPE static inline
#define SH_DEFINE
#define SH_DECLARE
#include "lib/simplehash.h"

static inline uint64
cell_key(uint32 uid, uint32 vid)
{
	return ((uint64) uid << 32) | vid;
}

CcUnits *
cc_units_create(MemoryContext cxt, Oid unit_type, Oid value_type, Oid collation)
{
	CcUnits    *s = MemoryContextAllocZero(cxt, sizeof(CcUnits));

	s->cxt = cxt;
	cc_keytype_init(&s->unit_kt, unit_type, collation, cxt);
	cc_keytype_init(&s->value_kt, value_type, collation, cxt);
	cc_dict_init(&s->units, &s->unit_kt, cxt);
	cc_dict_init(&s->values, &s->value_kt, cxt);
	/* by-value units may skip hashing while they arrive in order */
	s->units.sorted = s->unit_kt.mode != CC_KEY_GENERIC;
	s->unit_cap = 1024;
	s->head = MemoryContextAllocZero(cxt, s->unit_cap * sizeof(uint32));
	s->width = MemoryContextAllocZero(cxt, s->unit_cap * sizeof(uint32));
	s->total = MemoryContextAllocZero(cxt, s->unit_cap * sizeof(int64));
	s->cell_cap = 1024;
	s->cells = MemoryContextAlloc(cxt, s->cell_cap * sizeof(CcCell));
	s->ncells = 1;				/* cell 0 ends lists */
	s->option = -1;
	s->last_unit = CC_PROBE_ID;
	return s;
}

static void
units_reserve(CcUnits *s, uint32 uid)
{
	uint32		old = s->unit_cap;

	if (uid < old)
		return;
	while (s->unit_cap <= uid)
		s->unit_cap *= 2;
	s->head = repalloc_huge(s->head, (Size) s->unit_cap * sizeof(uint32));
	s->width = repalloc_huge(s->width, (Size) s->unit_cap * sizeof(uint32));
	s->total = repalloc_huge(s->total, (Size) s->unit_cap * sizeof(int64));
	memset(s->head + old, 0, (Size) (s->unit_cap - old) * sizeof(uint32));
	memset(s->width + old, 0, (Size) (s->unit_cap - old) * sizeof(uint32));
	memset(s->total + old, 0, (Size) (s->unit_cap - old) * sizeof(int64));
}

/* count more ratings in cell c of unit uid */
static inline void
cell_bump(CcUnits *s, uint32 uid, uint32 c, uint32 count)
{
	if (s->cells[c].count > PG_UINT32_MAX - count)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("a unit got the same value more than %u times", PG_UINT32_MAX)));
	s->cells[c].count += count;
	s->total[uid] += count;
}

/* a new cell (vid, count) at the head of unit uid's list */
static uint32
cell_new(CcUnits *s, uint32 uid, uint32 vid, uint32 count)
{
	uint32		c;

	if (s->ncells >= CC_MAX_ID)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many distinct (unit, value) pairs for an agreement aggregate"),
				 errdetail("An aggregate holds at most %u distinct pairs.", CC_MAX_ID)));
	if (s->ncells >= s->cell_cap)
	{
		s->cell_cap *= 2;
		s->cells = repalloc_huge(s->cells, (Size) s->cell_cap * sizeof(CcCell));
	}
	c = s->ncells++;
	s->cells[c].value = vid;
	s->cells[c].count = count;
	s->cells[c].next = s->head[uid];
	s->head[uid] = c;
	s->width[uid]++;
	s->total[uid] += count;
	return c;
}

/* a unit that has just become wide: every cell of it into the hash table */
static void
cells_index(CcUnits *s, uint32 uid)
{
	uint32		c;

	if (s->cell_ht == NULL)
		s->cell_ht = cccell_create(s->cxt, 1024, NULL);
	for (c = s->head[uid]; c != 0; c = s->cells[c].next)
	{
		bool		found;
		CcCellEntry *e = cccell_insert(s->cell_ht, cell_key(uid, s->cells[c].value), &found);

		Assert(!found);
		e->cell = c;
	}
}

/* count more ratings of value vid for unit uid */
static void
units_count(CcUnits *s, uint32 uid, uint32 vid, uint32 count)
{
	uint32		c;

	if (s->width[uid] <= CC_LIST_MAX)
	{
		for (c = s->head[uid]; c != 0; c = s->cells[c].next)
		{
			if (s->cells[c].value == vid)
			{
				cell_bump(s, uid, c, count);
				return;
			}
		}
		(void) cell_new(s, uid, vid, count);
		if (s->width[uid] > CC_LIST_MAX)
			cells_index(s, uid);
	}
	else
	{
		bool		found;
		CcCellEntry *e = cccell_insert(s->cell_ht, cell_key(uid, vid), &found);

		if (found)
			cell_bump(s, uid, e->cell, count);
		else
			e->cell = cell_new(s, uid, vid, count);
	}
}

/* the counts of the current run into the unit's cells; the run stays open */
static void
run_flush(CcUnits *s)
{
	uint32		uid = s->run_unit;
	uint32		i;

	if (s->run_n == 0)
		return;
	if (uid == CC_PROBE_ID)
	{
		uid = s->run_unit = dict_id_sorted(&s->units, s->run_key, s->run_hash);
		units_reserve(s, uid);
	}
	for (i = 0; i < s->run_n; i++)
		units_count(s, uid, s->run_value[i], s->run_count[i]);
	s->run_n = 0;
}

/*
 * Every rating read so far into the units' cells: before anything reads the
 * cells (final functions, combine, serialize).  Changes no result.
 */
void
cc_units_flush(CcUnits *s)
{
	run_flush(s);
}

/* one rating of a pass-by-value unit: counted in the run of its unit */
static inline void
units_add_run(CcUnits *s, Datum unit, uint32 vid, uint32 count)
{
	Datum		k = key_normalise(&s->unit_kt, unit);
	uint32		i;

	if (unlikely(!s->run_open || k != s->run_key))
	{
		/* a new run: the previous one goes to its unit's cells */
		run_flush(s);
		s->run_open = true;
		s->run_key = k;
		s->run_hash = mix64((uint64) k);
		s->run_unit = CC_PROBE_ID;
		if (!s->units.sorted)
			cc_prefetch(&s->units.ht->data[s->run_hash & s->units.ht->sizemask]);
	}
	for (i = 0; i < s->run_n; i++)
	{
		if (s->run_value[i] == vid)
		{
			if (unlikely(s->run_count[i] > PG_UINT32_MAX - count))
				break;			/* flush first; units_count() checks overflow */
			s->run_count[i] += count;
			return;
		}
	}
	if (unlikely(i < s->run_n || s->run_n >= CC_RUN_MAX))
		run_flush(s);
	s->run_value[s->run_n] = vid;
	s->run_count[s->run_n] = count;
	s->run_n++;
}

void
cc_units_add(CcUnits *s, Datum unit, Datum value, uint32 count)
{
	uint32		uid;
	uint32		vid = dict_id(&s->values, value);

	if (s->unit_kt.mode != CC_KEY_GENERIC)
	{
		units_add_run(s, unit, vid, count);
		return;
	}

	/*
	 * Codings usually arrive unit by unit (a table ordered or clustered by
	 * unit, a join per unit): the previous row's unit is tried first, with
	 * the same exact equality as the dictionary.
	 */
	if (s->last_unit != CC_PROBE_ID &&
		key_equal(&s->unit_kt, key_normalise(&s->unit_kt, unit),
				  s->units.keys[s->last_unit]))
		uid = s->last_unit;
	else
		uid = s->last_unit = cc_dict_id(&s->units, unit);

	units_reserve(s, uid);
	units_count(s, uid, vid, count);
}

/* -------------------------------------------------------------- pairs */

CcPairs *
cc_pairs_create(MemoryContext cxt, Oid type, Oid collation)
{
	CcPairs    *s = MemoryContextAllocZero(cxt, sizeof(CcPairs));

	s->cxt = cxt;
	cc_keytype_init(&s->kt, type, collation, cxt);
	cc_dict_init(&s->values, &s->kt, cxt);
	s->cap = 64;
	s->count_a = MemoryContextAllocZero(cxt, s->cap * sizeof(int64));
	s->count_b = MemoryContextAllocZero(cxt, s->cap * sizeof(int64));
	s->option = -1;
	return s;
}

static void
pairs_reserve(CcPairs *s, uint32 id)
{
	uint32		old = s->cap;

	if (id < old)
		return;
	while (s->cap <= id)
		s->cap *= 2;
	s->count_a = repalloc_huge(s->count_a, (Size) s->cap * sizeof(int64));
	s->count_b = repalloc_huge(s->count_b, (Size) s->cap * sizeof(int64));
	memset(s->count_a + old, 0, (Size) (s->cap - old) * sizeof(int64));
	memset(s->count_b + old, 0, (Size) (s->cap - old) * sizeof(int64));
}

void
cc_pairs_add(CcPairs *s, Datum a, Datum b)
{
	uint32		ida = dict_id(&s->values, a);
	uint32		idb = dict_id(&s->values, b);

	pairs_reserve(s, Max(ida, idb));
	s->count_a[ida]++;
	s->count_b[idb]++;
	s->total++;
	if (ida == idb)
		s->agree++;
}

/*
 * into += from: the counts of every value of from, looked up (and added
 * when new) in into's dictionary.  Counts add as integers, so partial
 * states merge to the state one scan of all their rows builds, up to the
 * ids of the values, which no final function depends on (they sort).
 */
void
cc_pairs_merge(CcPairs *into, const CcPairs *from)
{
	uint32		v;

	for (v = 0; v < from->values.nkeys; v++)
	{
		uint32		id;

		CHECK_FOR_INTERRUPTS();
		id = dict_id(&into->values, from->values.keys[v]);
		pairs_reserve(into, id);
		into->count_a[id] += from->count_a[v];
		into->count_b[id] += from->count_b[v];
	}
	into->total += from->total;
	into->agree += from->agree;
}

/*
 * The binary form of a state of pass-by-value keys: the pairs, the agreeing
 * pairs, the number of values, then each value's bits and its two counts
 * (24 bytes a value).
 */
void
cc_pairs_send(StringInfo buf, const CcPairs *s)
{
	uint32		v;

	Assert(s->kt.mode != CC_KEY_GENERIC);
	enlargeStringInfo(buf, 20 + 24 * (int) s->values.nkeys);
	pq_sendint64(buf, s->total);
	pq_sendint64(buf, s->agree);
	pq_sendint32(buf, s->values.nkeys);
	for (v = 0; v < s->values.nkeys; v++)
	{
		CHECK_FOR_INTERRUPTS();
		pq_sendint64(buf, (int64) s->values.keys[v]);
		pq_sendint64(buf, s->count_a[v]);
		pq_sendint64(buf, s->count_b[v]);
	}
}

static void
pairs_corrupted(const char *why)
{
	ereport(ERROR,
			(errcode(ERRCODE_DATA_CORRUPTED),
			 errmsg("invalid serialized agreement state"),
			 errdetail("%s", why)));
}

/*
 * A state read back from cc_pairs_send's form, in cxt; a value that comes
 * twice, a negative count or counts that do not add up to the pairs are
 * an error, never a wrong coefficient.
 */
CcPairs *
cc_pairs_receive(StringInfo buf, MemoryContext cxt, Oid type)
{
	CcPairs    *s = cc_pairs_create(cxt, type, InvalidOid);
	int64		total = pq_getmsgint64(buf);
	int64		agree = pq_getmsgint64(buf);
	uint32		nkeys = (uint32) pq_getmsgint(buf, 4);
	int64		sum_a = 0;
	int64		sum_b = 0;
	uint32		v;

	if (s->kt.mode == CC_KEY_GENERIC)
		elog(ERROR, "agreement states of by-reference keys have no binary form");
	if (total < 0 || agree < 0 || agree > total)
		pairs_corrupted("The pair counts are out of range.");
	if ((Size) nkeys > (Size) (buf->len - buf->cursor) / 24)
		pairs_corrupted("The state is shorter than its number of values.");
	for (v = 0; v < nkeys; v++)
	{
		Datum		key = (Datum) pq_getmsgint64(buf);
		int64		ca = pq_getmsgint64(buf);
		int64		cb = pq_getmsgint64(buf);
		uint32		id;

		CHECK_FOR_INTERRUPTS();
		if (ca < 0 || cb < 0 || (ca == 0 && cb == 0) ||
			ca > total - sum_a || cb > total - sum_b)
			pairs_corrupted("A value's counts are out of range.");
		sum_a += ca;
		sum_b += cb;
		id = dict_id(&s->values, key);
		if (id != s->values.nkeys - 1)
			pairs_corrupted("A value comes twice.");
		pairs_reserve(s, id);
		s->count_a[id] = ca;
		s->count_b[id] = cb;
	}
	if (sum_a != total || sum_b != total)
		pairs_corrupted("The values' counts do not add up to the pairs.");
	s->total = total;
	s->agree = agree;
	return s;
}
