/*
 * exact_sum.h: an exact, fixed-size accumulator for sums of doubles in
 * [0, 1].
 *
 * A double in [0, 1] is an integer multiple of 2^-1074 below 2^1; so a sum
 * of up to 2^63 of them is an integer multiple of 2^-1074 below 2^64, which
 * fits in 1074 + 64 = 1138 bits: 18 limbs of 64 bits hold it exactly (a wider accumulator for any
 * double follows).
 * Addition of integers is associative and commutative, so the sum does not
 * depend on the order of the rows or on how a parallel plan splits them: the
 * same rows give the same bits.  (A compensated sum, Kahan's or Neumaier's,
 * is more accurate than a plain one but still depends on the order.)
 *
 * Limb i holds the bits of weight 2^(64 i - 1074) to 2^(64 i - 1011).
 */
#ifndef COCREATION_EXACT_SUM_H
#define COCREATION_EXACT_SUM_H

#include "postgres.h"

#include "lib/stringinfo.h"

#define CC_EXACT_SUM_LIMBS	18
/* the weight of bit 0 of limb 0 is 2^CC_EXACT_SUM_LSB */
#define CC_EXACT_SUM_LSB	(-1074)

typedef struct CcExactSum
{
	uint64		limb[CC_EXACT_SUM_LIMBS];
} CcExactSum;

/*
 * The same accumulator for any finite double from 0, a sum of up to 2^63 of
 * them: below 2^1024 * 2^63, an integer multiple of 2^-1074, which fits in
 * 1074 + 1087 bits: 34 limbs.  The tally and balance aggregates sum weights
 * and strengths with it (src/exact_state.c), so that their sums do not depend
 * on the order of the rows, on a parallel plan or on a Citus cluster's shards.
 */
#define CC_WIDE_SUM_LIMBS	34

typedef struct CcWideSum
{
	uint64		limb[CC_WIDE_SUM_LIMBS];
} CcWideSum;

/*
 * limb[0 .. n) += v * 2^pos, for any 64-bit v and a bit position pos >= 0
 * whose sum fits below 2^(64 n) (the caller checks): the form for terms
 * that are not one double, such as the exact square of one (weighted
 * kappa's quadratic weights, kappa.c).
 */
static inline void
cc_limbs_add_bits(uint64 *limbs, int n, uint64 v, int pos)
{
	int			limb = pos >> 6;
	int			shift = pos & 63;
	uint64		lo = v << shift;
	uint64		hi = shift != 0 ? v >> (64 - shift) : 0;
	uint64		old;

	old = limbs[limb];
	limbs[limb] = old + lo;
	hi += limbs[limb] < old;	/* hi < 2^shift <= 2^63 when shift > 0: no overflow */
	limb++;
	while (hi != 0 && limb < n)
	{
		old = limbs[limb];
		limbs[limb] = old + hi;
		hi = limbs[limb] < old;
		limb++;
	}
}

/*
 * v = *mant * 2^e, with *mant a 53-bit integer (0 for v = 0): the one
 * reading of a double's bits, for v finite from 0 (-0 reads as 0).
 */
static inline int
cc_double_split(double v, uint64 *mant)
{
	uint64		bits;
	int			biased;

	memcpy(&bits, &v, sizeof(bits));
	biased = (int) ((bits >> 52) & 0x7FF);
	*mant = bits & ((UINT64CONST(1) << 52) - 1);
	if (biased == 0)
		return -1074;			/* subnormal or zero */
	*mant |= UINT64CONST(1) << 52;
	return biased - 1075;
}

/*
 * limb[0 .. n) += v, for v a finite double from 0 that fits (the caller
 * checks; -0 is 0); limb[0]'s lowest bit is worth 2^-1074.  Shared by both
 * accumulators; n is a constant where it is inlined.
 */
static inline void
cc_limbs_add(uint64 *limbs, int n, double v)
{
	uint64		mant;
	int			e = cc_double_split(v, &mant);

	if (mant != 0)
		cc_limbs_add_bits(limbs, n, mant, e + 1074);
}

/* s += v, for v a double in [0, 1] (the caller checks; -0 is 0) */
static inline void
cc_exact_sum_add(CcExactSum *s, double v)
{
	cc_limbs_add(s->limb, CC_EXACT_SUM_LIMBS, v);
}

/* s += v, for v a finite double from 0 (the caller checks; -0 is 0) */
static inline void
cc_wide_sum_add(CcWideSum *s, double v)
{
	cc_limbs_add(s->limb, CC_WIDE_SUM_LIMBS, v);
}

/* s += whole, for a whole number (the count of rows) */
extern void cc_exact_sum_add_int(CcExactSum *s, uint64 whole);

/* a += b */
extern void cc_exact_sum_merge(CcExactSum *a, const CcExactSum *b);

/* a - b, for a >= b (exact) */
extern void cc_exact_sum_sub(CcExactSum *out, const CcExactSum *a, const CcExactSum *b);

/* -1, 0, 1 as a <, =, > b */
extern int	cc_exact_sum_cmp(const CcExactSum *a, const CcExactSum *b);

extern bool cc_exact_sum_is_zero(const CcExactSum *s);

/* the sum correctly rounded (to nearest, ties to even) to a double */
extern double cc_exact_sum_double(const CcExactSum *s);

/* a / b as a double (NaN-free: the caller checks b > 0) */
extern double cc_exact_sum_ratio(const CcExactSum *a, const CcExactSum *b);

/*
 * Text form: the exact value in hexadecimal, "0x" integer part, then "."
 * and the fraction digits without trailing zeros when there are any, e.g.
 * 0x2.8 for 2.5.  cc_exact_sum_parse() reads it back (NULL on success, or
 * why not), consuming from *p.
 */
extern void cc_exact_sum_append(StringInfo buf, const CcExactSum *s);
extern const char *cc_exact_sum_parse(const char **p, CcExactSum *s);

/*
 * Limb arrays of any length n, bit 0 of weight 2^lsb: a += b, and the value
 * times 2^lsb correctly rounded to a double (a subnormal result may round
 * twice; beyond the largest double, +Infinity).
 */
extern void cc_limbs_merge(uint64 *a, const uint64 *b, int n);
extern double cc_limbs_double(const uint64 *l, int n, int lsb);

/* the same for the wide accumulator (the same text form, more digits) */
extern void cc_wide_sum_merge(CcWideSum *a, const CcWideSum *b);
extern int	cc_wide_sum_cmp(const CcWideSum *a, const CcWideSum *b);
extern bool cc_wide_sum_is_zero(const CcWideSum *s);
/* the highest set bit (of weight 2^(bit - 1074)), or -1 for zero */
extern int	cc_wide_sum_top_bit(const CcWideSum *s);
/* correctly rounded; +Infinity when the sum is beyond the largest double */
extern double cc_wide_sum_double(const CcWideSum *s);
extern void cc_wide_sum_append(StringInfo buf, const CcWideSum *s);
extern const char *cc_wide_sum_parse(const char **p, CcWideSum *s);

#endif							/* COCREATION_EXACT_SUM_H */
