/*
 * agreement.c: the state shared by the intercoder agreement aggregates:
 * exact keys, dictionaries, ratings per unit and ratings per pair, with
 * their combine, serialize and deserialize steps for parallel plans.
 *
 * Everything a state holds is allocated in the aggregate's memory context,
 * and only when a new key or (unit, value) cell appears; a row that repeats
 * known keys allocates nothing (a by-reference key is detoasted in the
 * per-row context, which the executor resets).
 */
#include "postgres.h"

#include "access/hash.h"
#include "access/stratnum.h"
#include "catalog/pg_collation.h"
#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "libpq/pqformat.h"
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
#define CC_SERIAL_VERSION	1

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

/* ------------------------------------------------------ serialized keys */

static void
send_key(StringInfo buf, const CcKeyType *kt, Datum k)
{
	if (kt->typbyval)
		pq_sendint64(buf, (int64) k);
	else
	{
		Size		size = key_size(kt, k);

		pq_sendint32(buf, (uint32) size);
		pq_sendbytes(buf, DatumGetPointer(k), size);
	}
}

/*
 * A key read back, in an aligned copy (in the current context) for by-
 * reference types.  The bytes come from this server's own workers, so the
 * in-memory form is the wire form.
 */
static Datum
recv_key(StringInfo buf, const CcKeyType *kt)
{
	uint32		size;
	char	   *p;

	if (kt->typbyval)
		return (Datum) pq_getmsgint64(buf);
	size = pq_getmsgint(buf, 4);
	p = palloc(size);
	memcpy(p, pq_getmsgbytes(buf, size), size);
	return PointerGetDatum(p);
}

static void
send_keytype(StringInfo buf, const CcKeyType *kt)
{
	pq_sendint32(buf, kt->typid);
	pq_sendint32(buf, kt->collation);
}

static void
recv_keytype(StringInfo buf, Oid *typid, Oid *collation)
{
	*typid = pq_getmsgint(buf, 4);
	*collation = pq_getmsgint(buf, 4);
}

static void
check_version(StringInfo buf)
{
	if (pq_getmsgint(buf, 4) != CC_SERIAL_VERSION)
		elog(ERROR, "unexpected serialized agreement state");
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
	s->total = repalloc_huge(s->total, (Size) s->unit_cap * sizeof(int64));
	memset(s->head + old, 0, (Size) (s->unit_cap - old) * sizeof(uint32));
	memset(s->total + old, 0, (Size) (s->unit_cap - old) * sizeof(int64));
}

/* count more ratings of value vid for unit uid */
static void
units_count(CcUnits *s, uint32 uid, uint32 vid, uint32 count)
{
	uint32		c;

	for (c = s->head[uid]; c != 0; c = s->cells[c].next)
	{
		if (s->cells[c].value == vid)
		{
			if (s->cells[c].count > PG_UINT32_MAX - count)
				ereport(ERROR,
						(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
						 errmsg("a unit got the same value more than %u times", PG_UINT32_MAX)));
			s->cells[c].count += count;
			s->total[uid] += count;
			return;
		}
	}
	if (s->ncells >= CC_MAX_ID)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many distinct (unit, value) pairs for an agreement aggregate")));
	if (s->ncells >= s->cell_cap)
	{
		s->cell_cap = s->cell_cap > PG_UINT32_MAX / 2 ? PG_UINT32_MAX : s->cell_cap * 2;
		s->cells = repalloc_huge(s->cells, (Size) s->cell_cap * sizeof(CcCell));
	}
	c = s->ncells++;
	s->cells[c].value = vid;
	s->cells[c].count = count;
	s->cells[c].next = s->head[uid];
	s->head[uid] = c;
	s->total[uid] += count;
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

/* s1 plus s2, in s1 (created in cxt when NULL); s2 is left unchanged */
CcUnits *
cc_units_combine(CcUnits *s1, CcUnits *s2, MemoryContext cxt)
{
	uint32	   *vmap;
	uint32		v,
				u;

	if (s1 == NULL)
		s1 = cc_units_create(cxt, s2->unit_kt.typid, s2->value_kt.typid,
							 s2->unit_kt.collation);
	cc_units_flush(s1);
	cc_units_flush(s2);
	s1->option = cc_merge_option(s1->option, s2->option, "option");

	vmap = palloc_extended((Size) Max(s2->values.nkeys, 1) * sizeof(uint32),
						   MCXT_ALLOC_HUGE);
	for (v = 0; v < s2->values.nkeys; v++)
		vmap[v] = cc_dict_id(&s1->values, s2->values.keys[v]);
	for (u = 0; u < s2->units.nkeys; u++)
	{
		uint32		uid = cc_dict_id(&s1->units, s2->units.keys[u]);
		uint32		c;

		units_reserve(s1, uid);
		for (c = s2->head[u]; c != 0; c = s2->cells[c].next)
			units_count(s1, uid, vmap[s2->cells[c].value], s2->cells[c].count);
	}
	pfree(vmap);
	return s1;
}

bytea *
cc_units_serialize(CcUnits *s)
{
	StringInfoData buf;
	uint32		v,
				u;

	cc_units_flush(s);
	pq_begintypsend(&buf);
	pq_sendint32(&buf, CC_SERIAL_VERSION);
	send_keytype(&buf, &s->unit_kt);
	send_keytype(&buf, &s->value_kt);
	pq_sendint32(&buf, s->option);
	pq_sendint32(&buf, s->values.nkeys);
	for (v = 0; v < s->values.nkeys; v++)
		send_key(&buf, &s->value_kt, s->values.keys[v]);
	pq_sendint32(&buf, s->units.nkeys);
	for (u = 0; u < s->units.nkeys; u++)
	{
		uint32		c,
					n = 0;

		send_key(&buf, &s->unit_kt, s->units.keys[u]);
		for (c = s->head[u]; c != 0; c = s->cells[c].next)
			n++;
		pq_sendint32(&buf, n);
		for (c = s->head[u]; c != 0; c = s->cells[c].next)
		{
			pq_sendint32(&buf, s->cells[c].value);
			pq_sendint32(&buf, s->cells[c].count);
		}
	}
	return pq_endtypsend(&buf);
}

CcUnits *
cc_units_deserialize(bytea *b)
{
	StringInfoData buf;
	Oid			unit_type,
				value_type,
				unit_coll,
				value_coll;
	CcUnits    *s;
	uint32		nvalues,
				nunits,
				i;

	buf.data = VARDATA_ANY(b);
	buf.len = VARSIZE_ANY_EXHDR(b);
	buf.maxlen = buf.len;
	buf.cursor = 0;

	check_version(&buf);
	recv_keytype(&buf, &unit_type, &unit_coll);
	recv_keytype(&buf, &value_type, &value_coll);
	s = cc_units_create(CurrentMemoryContext, unit_type, value_type, unit_coll);
	s->option = pq_getmsgint(&buf, 4);
	nvalues = pq_getmsgint(&buf, 4);
	for (i = 0; i < nvalues; i++)
		(void) cc_dict_id(&s->values, recv_key(&buf, &s->value_kt));
	nunits = pq_getmsgint(&buf, 4);
	for (i = 0; i < nunits; i++)
	{
		uint32		uid = cc_dict_id(&s->units, recv_key(&buf, &s->unit_kt));
		uint32		n = pq_getmsgint(&buf, 4);

		units_reserve(s, uid);
		while (n-- > 0)
		{
			uint32		vid = pq_getmsgint(&buf, 4);
			uint32		count = pq_getmsgint(&buf, 4);

			if (vid >= s->values.nkeys)
				elog(ERROR, "unexpected serialized agreement state");
			units_count(s, uid, vid, count);
		}
	}
	pq_getmsgend(&buf);
	return s;
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

CcPairs *
cc_pairs_combine(CcPairs *s1, CcPairs *s2, MemoryContext cxt)
{
	uint32		v;

	if (s1 == NULL)
		s1 = cc_pairs_create(cxt, s2->kt.typid, s2->kt.collation);
	s1->option = cc_merge_option(s1->option, s2->option, "option");
	for (v = 0; v < s2->values.nkeys; v++)
	{
		uint32		id = cc_dict_id(&s1->values, s2->values.keys[v]);

		pairs_reserve(s1, id);
		s1->count_a[id] += s2->count_a[v];
		s1->count_b[id] += s2->count_b[v];
	}
	s1->total += s2->total;
	s1->agree += s2->agree;
	s1->disagreement += s2->disagreement;
	return s1;
}

bytea *
cc_pairs_serialize(CcPairs *s)
{
	StringInfoData buf;
	uint32		v;

	pq_begintypsend(&buf);
	pq_sendint32(&buf, CC_SERIAL_VERSION);
	send_keytype(&buf, &s->kt);
	pq_sendint32(&buf, s->option);
	pq_sendint64(&buf, s->total);
	pq_sendint64(&buf, s->agree);
	pq_sendfloat8(&buf, s->disagreement);
	pq_sendint32(&buf, s->values.nkeys);
	for (v = 0; v < s->values.nkeys; v++)
	{
		send_key(&buf, &s->kt, s->values.keys[v]);
		pq_sendint64(&buf, s->count_a[v]);
		pq_sendint64(&buf, s->count_b[v]);
	}
	return pq_endtypsend(&buf);
}

CcPairs *
cc_pairs_deserialize(bytea *b)
{
	StringInfoData buf;
	Oid			type,
				coll;
	CcPairs    *s;
	uint32		n,
				i;

	buf.data = VARDATA_ANY(b);
	buf.len = VARSIZE_ANY_EXHDR(b);
	buf.maxlen = buf.len;
	buf.cursor = 0;

	check_version(&buf);
	recv_keytype(&buf, &type, &coll);
	s = cc_pairs_create(CurrentMemoryContext, type, coll);
	s->option = pq_getmsgint(&buf, 4);
	s->total = pq_getmsgint64(&buf);
	s->agree = pq_getmsgint64(&buf);
	s->disagreement = pq_getmsgfloat8(&buf);
	n = pq_getmsgint(&buf, 4);
	for (i = 0; i < n; i++)
	{
		uint32		id = cc_dict_id(&s->values, recv_key(&buf, &s->kt));

		pairs_reserve(s, id);
		s->count_a[id] = pq_getmsgint64(&buf);
		s->count_b[id] = pq_getmsgint64(&buf);
	}
	pq_getmsgend(&buf);
	return s;
}
