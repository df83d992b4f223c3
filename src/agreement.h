/*
 * agreement.h: shared state of the intercoder agreement aggregates
 * (krippendorff.c, kappa.c).
 *
 * Two kinds of state, both built on a dictionary that maps each distinct
 * value of a column to a dense id:
 *
 * - CcUnits, for ratings grouped by unit (Krippendorff's alpha, Fleiss'
 *   kappa, agreement within units): per unit, a list of (value id, count)
 *   cells, found through a hash table of (unit id, value id) once the unit
 *   has more than a few cells, so that each rating costs O(1) however many
 *   distinct values one unit gets;
 * - CcPairs, for paired ratings (Cohen's kappa, weighted kappa): per value,
 *   how often each rater used it.
 *
 * CcUnits and the CcPairs of cohen_kappa are computed in one process:
 * their aggregates are PARALLEL RESTRICTED, without combine functions,
 * because a state that holds every distinct key of any type can pass the
 * 1 GB that one value passed from a parallel worker to the leader can hold
 * (doc/aggregates.md).  weighted_kappa's keys are float8 ratings, 24 bytes
 * a distinct rating with its two counts: its partial states merge
 * (cc_pairs_merge), and are passed between processes up to about 44
 * million distinct ratings a worker.  percent_agreement needs no keys
 * (kappa.c) and keeps its parallel partial aggregation.
 *
 * Memory grows with distinct units, values and (unit, value) cells, never
 * with rows: a row that repeats a known unit and value only bumps a count.
 * Keys are compared exactly: by their bits for pass-by-value types (float4
 * and float8 by value, so -0 = 0), and by the type's own hash and equality
 * functions otherwise; hashes only find candidates, never decide equality.
 */
#ifndef COCREATION_AGREEMENT_H
#define COCREATION_AGREEMENT_H

#include "postgres.h"

#include "fmgr.h"
#include "lib/stringinfo.h"

/* how keys of one type are hashed and compared */
typedef enum CcKeyMode
{
	CC_KEY_BITS,				/* pass by value: compare the datum's bits */
	CC_KEY_FLOAT8,				/* float8 by value: -0 folded into 0 */
	CC_KEY_FLOAT4,				/* float4 by value: -0 folded into 0 */
	CC_KEY_GENERIC				/* by reference: the type's hash and = */
} CcKeyMode;

typedef struct CcKeyType
{
	Oid			typid;
	Oid			collation;
	int16		typlen;
	bool		typbyval;
	CcKeyMode	mode;
	uint64		mask;			/* CC_KEY_BITS: the bits that hold the value */
	FmgrInfo	hash_fn;		/* CC_KEY_GENERIC only */
	FmgrInfo	eq_fn;
} CcKeyType;

/*
 * A small direct-mapped cache in front of a dictionary of pass-by-value
 * keys: a column of codes holds few distinct values, met on every row, and
 * one compare in a line of the cache is cheaper than a hash-table probe.
 */
#define CC_DICT_CACHE		64

typedef struct CcDictCacheEntry
{
	Datum		key;			/* normalised key */
	uint32		id;				/* its id, or PG_UINT32_MAX: empty */
} CcDictCacheEntry;

/* a dictionary: distinct keys, numbered 0, 1, ... in order of arrival */
typedef struct CcDict
{
	CcKeyType  *kt;
	MemoryContext cxt;
	struct ccdict_hash *ht;
	Datum	   *keys;			/* keys[id]; by-reference keys live in arena */
	uint32		nkeys;
	uint32		maxkeys;
	Datum		probe;			/* the key being looked up */
	char	   *arena;			/* bump allocator for by-reference keys */
	Size		arena_free;
	CcDictCacheEntry cache[CC_DICT_CACHE];	/* pass-by-value keys only */
	bool		sorted;			/* keys[] strictly increasing, not in ht yet */
} CcDict;

/*
 * The exact sum of weighted kappa's pair weights, |a - b| or (a - b)^2 for
 * the double d = |a - b|: a fixed-point integer with bit 0 of weight
 * 2^-2148, the weight of the square of the smallest subnormal, over 67
 * limbs (4288 bits), which holds a sum of up to 2^63 squares of differences
 * up to 2^1025 (two ratings near DBL_MAX of opposite signs).  Integer
 * addition does not depend on the order of the rows or on how partial
 * states are merged (kappa.c says why this and not joint pair counts).
 */
#define CC_WEIGHT_SUM_LIMBS	67
#define CC_WEIGHT_SUM_LSB	(-2148)

typedef struct CcWeightSum
{
	uint64		limb[CC_WEIGHT_SUM_LIMBS];
} CcWeightSum;

/* one (unit, value) cell: how often the unit got the value */
typedef struct CcCell
{
	uint32		value;			/* value id */
	uint32		count;
	uint32		next;			/* next cell of the same unit; 0 ends */
} CcCell;

/*
 * The run of rows of one unit being read (pass-by-value units only): its
 * value counts are kept in a small array, and the unit is looked up in the
 * dictionary only when the run ends, after its hash-table slot has been
 * prefetched, so that the lookup of each new unit does not stall on a cache
 * miss.  Codings usually arrive unit by unit.
 */
#define CC_RUN_MAX			16

typedef struct CcUnits
{
	MemoryContext cxt;
	CcKeyType	unit_kt;
	CcKeyType	value_kt;
	CcDict		units;
	CcDict		values;
	uint32	   *head;			/* head[unit id]: first cell, 0 if none */
	uint32	   *width;			/* width[unit id]: cells of the unit */
	int64	   *total;			/* total[unit id]: ratings of the unit */
	uint32		unit_cap;
	CcCell	   *cells;			/* cells[0] is unused, so 0 can end a list */
	uint32		ncells;
	uint32		cell_cap;
	struct cccell_hash *cell_ht;	/* (unit, value) -> cell, wide units only */
	int32		option;			/* aggregate's option (metric), -1 unset */
	uint32		last_unit;		/* id of the previous row's unit, or none */
	bool		run_open;		/* a run of one unit is being read */
	Datum		run_key;		/* its unit, normalised */
	uint32		run_hash;
	uint32		run_unit;		/* its id, or none before it is looked up */
	uint32		run_n;			/* distinct values in run_value/run_count */
	uint32		run_value[CC_RUN_MAX];
	uint32		run_count[CC_RUN_MAX];
} CcUnits;

typedef struct CcPairs
{
	MemoryContext cxt;
	CcKeyType	kt;
	CcDict		values;
	int64	   *count_a;		/* count_a[value id]: first rater's uses */
	int64	   *count_b;
	uint32		cap;
	int64		total;			/* pairs */
	int64		agree;			/* pairs with equal ratings */
	CcWeightSum disagreement;	/* exact sum of weights, weighted kappa only */
	int32		option;			/* aggregate's option (weights), -1 unset */
} CcPairs;

/* key types */
extern void cc_keytype_init(CcKeyType *kt, Oid typid, Oid collation,
							MemoryContext cxt);

/* dictionaries */
extern void cc_dict_init(CcDict *d, CcKeyType *kt, MemoryContext cxt);
extern uint32 cc_dict_id(CcDict *d, Datum key);
extern bool cc_key_same(const CcKeyType *kt, Datum a, Datum b);

/* the exponent that scales every value below 1 in size */
extern int	cc_max_exponent(const float8 *x, uint32 n);

/* units */
extern CcUnits *cc_units_create(MemoryContext cxt, Oid unit_type,
								Oid value_type, Oid collation);
extern void cc_units_add(CcUnits *s, Datum unit, Datum value, uint32 count);
extern void cc_units_flush(CcUnits *s);

/* pairs */
extern CcPairs *cc_pairs_create(MemoryContext cxt, Oid type, Oid collation);
extern void cc_pairs_add(CcPairs *s, Datum a, Datum b);
/* pass-by-value keys only: combine and the binary form of a partial state */
extern void cc_pairs_merge(CcPairs *into, const CcPairs *from);
extern void cc_pairs_send(StringInfo buf, const CcPairs *s);
extern CcPairs *cc_pairs_receive(StringInfo buf, MemoryContext cxt, Oid type);

/* the aggregate memory context, or an error outside an aggregate */
extern MemoryContext cc_agg_context(FunctionCallInfo fcinfo, const char *name);

/* an option must be the same on every row; merge two readings of it */
extern int32 cc_merge_option(int32 a, int32 b, const char *what);

#endif							/* COCREATION_AGREEMENT_H */
