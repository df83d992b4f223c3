/*
 * exact_sum.c: the exact accumulators of exact_sum.h (sums of doubles as
 * fixed-point integers of 18 or 34 limbs), their rounding to a double and
 * their text form.  Every function works on a limb array of either length;
 * the two types' functions name the length.
 */
#include "postgres.h"

#include <math.h>

#include "lib/stringinfo.h"

#include "exact_sum.h"

/* both accumulators have bit 0 of weight 2^-1074 */
StaticAssertDecl(CC_EXACT_SUM_LSB == -1074, "the limb code assumes 2^-1074");

#define TOTAL_BITS(n)		((n) * 64)
/* the bit of weight 2^0 */
#define UNIT_BIT			(-CC_EXACT_SUM_LSB)
/* hexadecimal digits after the point: 1074 bits, the last digit's lowest two zero */
#define FRACTION_DIGITS		((UNIT_BIT + 3) / 4)
#define INTEGER_DIGITS(n)	((TOTAL_BITS(n) - UNIT_BIT + 3) / 4)

/* the bit at global position pos (0 outside the accumulator) */
static inline int
get_bit(const uint64 *l, int n, int pos)
{
	if (pos < 0 || pos >= TOTAL_BITS(n))
		return 0;
	return (int) ((l[pos >> 6] >> (pos & 63)) & 1);
}

/* k <= 64 bits from global position pos upwards, zeros outside */
static uint64
get_bits(const uint64 *l, int n, int pos, int k)
{
	uint64		v = 0;
	int			i;

	/* bit by bit: used for text and rounding, not per row */
	for (i = k - 1; i >= 0; i--)
		v = (v << 1) | (uint64) get_bit(l, n, pos + i);
	return v;
}

static void
set_bit(uint64 *l, int pos)
{
	l[pos >> 6] |= UINT64CONST(1) << (pos & 63);
}

static void
limbs_merge(uint64 *a, const uint64 *b, int n)
{
	uint64		carry = 0;
	int			i;

	for (i = 0; i < n; i++)
	{
		uint64		x = a[i];
		uint64		y = x + b[i];
		uint64		c1 = y < x;
		uint64		z = y + carry;

		a[i] = z;
		carry = c1 | (z < y);
	}
	/* a carry out of the top limb needs more than 2^63 rows: the callers count them */
}

static int
limbs_cmp(const uint64 *a, const uint64 *b, int n)
{
	int			i;

	for (i = n - 1; i >= 0; i--)
	{
		if (a[i] != b[i])
			return a[i] < b[i] ? -1 : 1;
	}
	return 0;
}

static bool
limbs_is_zero(const uint64 *l, int n)
{
	int			i;

	for (i = 0; i < n; i++)
		if (l[i] != 0)
			return false;
	return true;
}

/* the position of the highest set bit, or -1 for zero */
static int
top_bit(const uint64 *l, int n)
{
	int			i;

	for (i = n - 1; i >= 0; i--)
		if (l[i] != 0)
			return i * 64 + 63 - __builtin_clzll(l[i]);
	return -1;
}

/* the value times 2^lsb, rounded (exact_sum.h) */
double
cc_limbs_double(const uint64 *l, int n, int lsb)
{
	int			top = top_bit(l, n);
	int			low;
	int			li;
	int			sh;
	uint64		window;
	bool		sticky;
	int			i;

	if (top < 0)
		return 0.0;
	if (top < 64)
	{
		/* at most 64 bits: the hardware's conversion rounds them once */
		return ldexp((double) l[0], lsb);
	}

	/*
	 * The 64 bits from the top, the lowest of them or'ed with every bit
	 * below (a sticky bit): the hardware's conversion to 53 bits then rounds
	 * as the whole number would, since bit 0 is far below the rounding bit.
	 * The scaling that follows is exact when the result is a normal number
	 * (it always is for the accumulators' own lsb), and overflows to
	 * infinity beyond the largest double.  Word by word: a
	 * final function rounds every sum of a group's state.
	 */
	low = top - 63;
	li = low >> 6;
	sh = low & 63;
	window = l[li] >> sh;
	if (sh != 0)
		window |= l[li + 1] << (64 - sh);	/* li + 1 <= top's limb */
	sticky = sh != 0 && (l[li] & ((UINT64CONST(1) << sh) - 1)) != 0;
	for (i = 0; i < li && !sticky; i++)
		sticky = l[i] != 0;
	if (sticky)
		window |= 1;
	return ldexp((double) window, low + lsb);
}

static double
limbs_double(const uint64 *l, int n)
{
	return cc_limbs_double(l, n, CC_EXACT_SUM_LSB);
}

void
cc_limbs_merge(uint64 *a, const uint64 *b, int n)
{
	limbs_merge(a, b, n);
}

static const char hex_digit[] = "0123456789abcdef";

static void
limbs_append(StringInfo buf, const uint64 *l, int n)
{
	int			i;
	int			last = 0;
	bool		leading = true;

	appendStringInfoString(buf, "0x");
	for (i = INTEGER_DIGITS(n) - 1; i >= 0; i--)
	{
		int			d = (int) get_bits(l, n, UNIT_BIT + 4 * i, 4);

		if (d == 0 && leading && i > 0)
			continue;
		leading = false;
		appendStringInfoChar(buf, hex_digit[d]);
	}
	for (i = 1; i <= FRACTION_DIGITS; i++)
		if (get_bits(l, n, UNIT_BIT - 4 * i, 4) != 0)
			last = i;
	if (last == 0)
		return;
	appendStringInfoChar(buf, '.');
	for (i = 1; i <= last; i++)
		appendStringInfoChar(buf, hex_digit[get_bits(l, n, UNIT_BIT - 4 * i, 4)]);
}

static int
hex_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* the nibble d at bits pos .. pos + 3; false if a set bit falls outside */
static bool
put_nibble(uint64 *l, int n, int pos, int d)
{
	int			j;

	for (j = 0; j < 4; j++)
	{
		if (!((d >> j) & 1))
			continue;
		if (pos + j < 0 || pos + j >= TOTAL_BITS(n))
			return false;
		set_bit(l, pos + j);
	}
	return true;
}

static const char *
limbs_parse(const char **p, uint64 *l, int n)
{
	const char *q = *p;
	const char *start;
	int			k;
	int			i;

	memset(l, 0, n * sizeof(uint64));
	if (q[0] != '0' || (q[1] != 'x' && q[1] != 'X'))
		return "a sum starts with 0x";
	q += 2;
	while (*q == '0' && hex_value(q[1]) >= 0)
		q++;
	start = q;
	while (hex_value(*q) >= 0)
		q++;
	k = (int) (q - start);
	if (k == 0)
		return "a sum needs a hexadecimal digit after 0x";
	if (k > INTEGER_DIGITS(n))
		return "a sum is too large";
	for (i = 0; i < k; i++)
		if (!put_nibble(l, n, UNIT_BIT + 4 * (k - 1 - i), hex_value(start[i])))
			return "a sum is too large";
	if (*q == '.')
	{
		q++;
		for (i = 1; hex_value(*q) >= 0; i++, q++)
		{
			if (i > FRACTION_DIGITS ||
				!put_nibble(l, n, UNIT_BIT - 4 * i, hex_value(*q)))
				return "a sum has bits below 2^-1074";
		}
		if (i == 1)
			return "a sum needs a hexadecimal digit after the point";
	}
	*p = q;
	return NULL;
}

/* ---------------------------------------------------------------- [0, 1] sums */

void
cc_exact_sum_add_int(CcExactSum *s, uint64 whole)
{
	CcExactSum	w;
	int			i;

	memset(&w, 0, sizeof(w));
	for (i = 0; i < 64; i++)
		if ((whole >> i) & 1)
			set_bit(w.limb, UNIT_BIT + i);
	cc_exact_sum_merge(s, &w);
}

void
cc_exact_sum_merge(CcExactSum *a, const CcExactSum *b)
{
	limbs_merge(a->limb, b->limb, CC_EXACT_SUM_LIMBS);
}

void
cc_exact_sum_sub(CcExactSum *out, const CcExactSum *a, const CcExactSum *b)
{
	uint64		borrow = 0;
	int			i;

	for (i = 0; i < CC_EXACT_SUM_LIMBS; i++)
	{
		uint64		x = a->limb[i];
		uint64		y = b->limb[i];
		uint64		d = x - y;
		uint64		b1 = x < y;
		uint64		r = d - borrow;

		out->limb[i] = r;
		borrow = b1 | (d < borrow);
	}
}

int
cc_exact_sum_cmp(const CcExactSum *a, const CcExactSum *b)
{
	return limbs_cmp(a->limb, b->limb, CC_EXACT_SUM_LIMBS);
}

bool
cc_exact_sum_is_zero(const CcExactSum *s)
{
	return limbs_is_zero(s->limb, CC_EXACT_SUM_LIMBS);
}

double
cc_exact_sum_double(const CcExactSum *s)
{
	return limbs_double(s->limb, CC_EXACT_SUM_LIMBS);
}

double
cc_exact_sum_ratio(const CcExactSum *a, const CcExactSum *b)
{
	return cc_exact_sum_double(a) / cc_exact_sum_double(b);
}

void
cc_exact_sum_append(StringInfo buf, const CcExactSum *s)
{
	limbs_append(buf, s->limb, CC_EXACT_SUM_LIMBS);
}

const char *
cc_exact_sum_parse(const char **p, CcExactSum *s)
{
	return limbs_parse(p, s->limb, CC_EXACT_SUM_LIMBS);
}

/* ---------------------------------------------------------------- wide sums */

void
cc_wide_sum_merge(CcWideSum *a, const CcWideSum *b)
{
	limbs_merge(a->limb, b->limb, CC_WIDE_SUM_LIMBS);
}

int
cc_wide_sum_cmp(const CcWideSum *a, const CcWideSum *b)
{
	return limbs_cmp(a->limb, b->limb, CC_WIDE_SUM_LIMBS);
}

bool
cc_wide_sum_is_zero(const CcWideSum *s)
{
	return limbs_is_zero(s->limb, CC_WIDE_SUM_LIMBS);
}

int
cc_wide_sum_top_bit(const CcWideSum *s)
{
	return top_bit(s->limb, CC_WIDE_SUM_LIMBS);
}

double
cc_wide_sum_double(const CcWideSum *s)
{
	return limbs_double(s->limb, CC_WIDE_SUM_LIMBS);
}

void
cc_wide_sum_append(StringInfo buf, const CcWideSum *s)
{
	limbs_append(buf, s->limb, CC_WIDE_SUM_LIMBS);
}

const char *
cc_wide_sum_parse(const char **p, CcWideSum *s)
{
	return limbs_parse(p, s->limb, CC_WIDE_SUM_LIMBS);
}
