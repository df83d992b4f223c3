/*
 * factor_kind.h: the factor_kind type, what kind of factor a
 * coding is: its polarity, dimension and stage, one cell of a balance.
 *
 * One byte, passed by value.  The code is the index of the cell in
 * CcBalance (polarity, then dimension, then stage), so that aggregating a
 * kind needs no lookup, and ordering kinds orders them as a balance's text
 * form lists its cells.
 */
#ifndef COCREATION_FACTOR_KIND_H
#define COCREATION_FACTOR_KIND_H

#include "postgres.h"

#include "balance.h"
#include "util.h"

typedef uint8 CcFactorKind;

#define CC_FACTOR_KINDS		CC_BALANCE_CELLS

#define cc_factor_kind_make(p, d, s) \
	((CcFactorKind) (((p) * CC_DIMENSIONS + (d)) * CC_STAGES + (s)))
#define cc_factor_kind_polarity(k)	((k) / (CC_DIMENSIONS * CC_STAGES))
#define cc_factor_kind_dimension(k)	((k) / CC_STAGES % CC_DIMENSIONS)
#define cc_factor_kind_stage(k)		((k) % CC_STAGES)

/*
 * Input and recv admit codes 0 to 19 only, but a byte can also come from a
 * damaged page (or a cast without function); every kind read from an
 * argument is checked (PG_GETARG_CCFACTORKIND).  The byte's top two bits
 * are its format version (0), the rest its code.
 */
static inline void
cc_factor_kind_check(CcFactorKind kind)
{
	if (unlikely(kind >= CC_FACTOR_KINDS))
		cc_invalid_code("factor_kind", kind, CC_FACTOR_KINDS - 1);
}

static inline CcFactorKind
DatumGetCcFactorKind(Datum d)
{
	CcFactorKind kind = (CcFactorKind) DatumGetChar(d);

	cc_factor_kind_check(kind);
	return kind;
}

#define CcFactorKindGetDatum(k)		CharGetDatum((char) (k))
#define PG_GETARG_CCFACTORKIND(n)	DatumGetCcFactorKind(PG_GETARG_DATUM(n))
#define PG_RETURN_CCFACTORKIND(k)	return CcFactorKindGetDatum(k)

#endif							/* COCREATION_FACTOR_KIND_H */
