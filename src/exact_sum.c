/*
 * exact_sum.c: the exact accumulator of exact_sum.h (sums of doubles in
 * [0, 1] as 1152-bit fixed-point integers), its rounding to a double and its
 * text form.
 */
#include "postgres.h"

#include <math.h>

#include "lib/stringinfo.h"

#include "exact_sum.h"

#define TOTAL_BITS		(CC_EXACT_SUM_LIMBS * 64)
/* the bit of weight 2^0 */
#define UNIT_BIT		(-CC_EXACT_SUM_LSB)
/* hexadecimal digits after the point: 1074 bits, the last digit's lowest two zero */
#define FRACTION_DIGITS ((UNIT_BIT + 3) / 4)
#define INTEGER_DIGITS	((TOTAL_BITS - UNIT_BIT + 3) / 4)

/* the bit at global position pos (0 outside the accumulator) */
static inline int
get_bit(const CcExactSum *s, int pos)
{
	if (pos < 0 || pos >= TOTAL_BITS)
		return 0;
	return (int) ((s->limb[pos >> 6] >> (pos & 63)) & 1);
}

/* n <= 64 bits from global position pos upwards, zeros outside */
static uint64
get_bits(const CcExactSum *s, int pos, int n)
{
	uint64		v = 0;
	int			i;

	/* bit by bit: used for text and rounding, not per row */
	for (i = n - 1; i >= 0; i--)
		v = (v << 1) | (uint64) get_bit(s, pos + i);
	return v;
}

static void
set_bit(CcExactSum *s, int pos)
{
	s->limb[pos >> 6] |= UINT64CONST(1) << (pos & 63);
}

void
cc_exact_sum_add_int(CcExactSum *s, uint64 whole)
{
	CcExactSum	w;
	int			i;

	memset(&w, 0, sizeof(w));
	for (i = 0; i < 64; i++)
		if ((whole >> i) & 1)
			set_bit(&w, UNIT_BIT + i);
	cc_exact_sum_merge(s, &w);
}

void
cc_exact_sum_merge(CcExactSum *a, const CcExactSum *b)
{
	uint64		carry = 0;
	int			i;

	for (i = 0; i < CC_EXACT_SUM_LIMBS; i++)
	{
		uint64		x = a->limb[i];
		uint64		y = x + b->limb[i];
		uint64		c1 = y < x;
		uint64		z = y + carry;

		a->limb[i] = z;
		carry = c1 | (z < y);
	}
	/* a carry out of the top limb needs more than 2^63 rows: the callers count them */
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
	int			i;

	for (i = CC_EXACT_SUM_LIMBS - 1; i >= 0; i--)
	{
		if (a->limb[i] != b->limb[i])
			return a->limb[i] < b->limb[i] ? -1 : 1;
	}
	return 0;
}

bool
cc_exact_sum_is_zero(const CcExactSum *s)
{
	int			i;

	for (i = 0; i < CC_EXACT_SUM_LIMBS; i++)
		if (s->limb[i] != 0)
			return false;
	return true;
}

/* the position of the highest set bit, or -1 for zero */
static int
top_bit(const CcExactSum *s)
{
	int			i;

	for (i = CC_EXACT_SUM_LIMBS - 1; i >= 0; i--)
		if (s->limb[i] != 0)
			return i * 64 + 63 - __builtin_clzll(s->limb[i]);
	return -1;
}

double
cc_exact_sum_double(const CcExactSum *s)
{
	int			top = top_bit(s);
	int			low;
	int			limb;
	int			shift;
	uint64		window;
	bool		sticky;
	int			i;

	if (top < 0)
		return 0.0;
	if (top < 64)
	{
		/* below 2^-1010: at most 64 bits; below 2^53 units the conversion is exact */
		return ldexp((double) s->limb[0], CC_EXACT_SUM_LSB);
	}

	/*
	 * The 64 bits from the top, the lowest of them or'ed with every bit
	 * below (a sticky bit): the hardware's conversion to 53 bits then rounds
	 * as the whole number would, since bit 0 is far below the rounding bit.
	 * The scaling that follows is exact (the result is a normal number).
	 */
	low = top - 63;
	/* word by word: a final function converts a sum or more per corner */
	limb = low >> 6;
	shift = low & 63;
	window = s->limb[limb] >> shift;
	if (shift != 0)				/* the window spans limb and the next (top is in it) */
		window |= s->limb[limb + 1] << (64 - shift);
	sticky = shift != 0 && (s->limb[limb] & ((UINT64CONST(1) << shift) - 1)) != 0;
	for (i = 0; i < limb && !sticky; i++)
		sticky = s->limb[i] != 0;
	if (sticky)
		window |= 1;
	return ldexp((double) window, low + CC_EXACT_SUM_LSB);
}

double
cc_exact_sum_ratio(const CcExactSum *a, const CcExactSum *b)
{
	return cc_exact_sum_double(a) / cc_exact_sum_double(b);
}

static const char hex_digit[] = "0123456789abcdef";

void
cc_exact_sum_append(StringInfo buf, const CcExactSum *s)
{
	int			i;
	int			last = 0;
	bool		leading = true;

	appendStringInfoString(buf, "0x");
	for (i = INTEGER_DIGITS - 1; i >= 0; i--)
	{
		int			d = (int) get_bits(s, UNIT_BIT + 4 * i, 4);

		if (d == 0 && leading && i > 0)
			continue;
		leading = false;
		appendStringInfoChar(buf, hex_digit[d]);
	}
	for (i = 1; i <= FRACTION_DIGITS; i++)
		if (get_bits(s, UNIT_BIT - 4 * i, 4) != 0)
			last = i;
	if (last == 0)
		return;
	appendStringInfoChar(buf, '.');
	for (i = 1; i <= last; i++)
		appendStringInfoChar(buf, hex_digit[get_bits(s, UNIT_BIT - 4 * i, 4)]);
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
put_nibble(CcExactSum *s, int pos, int d)
{
	int			j;

	for (j = 0; j < 4; j++)
	{
		if (!((d >> j) & 1))
			continue;
		if (pos + j < 0 || pos + j >= TOTAL_BITS)
			return false;
		set_bit(s, pos + j);
	}
	return true;
}

const char *
cc_exact_sum_parse(const char **p, CcExactSum *s)
{
	const char *q = *p;
	const char *start;
	int			n;
	int			i;

	memset(s, 0, sizeof(*s));
	if (q[0] != '0' || (q[1] != 'x' && q[1] != 'X'))
		return "a sum starts with 0x";
	q += 2;
	while (*q == '0' && hex_value(q[1]) >= 0)
		q++;
	start = q;
	while (hex_value(*q) >= 0)
		q++;
	n = (int) (q - start);
	if (n == 0)
		return "a sum needs a hexadecimal digit after 0x";
	if (n > INTEGER_DIGITS)
		return "a sum is too large";
	for (i = 0; i < n; i++)
		if (!put_nibble(s, UNIT_BIT + 4 * (n - 1 - i), hex_value(start[i])))
			return "a sum is too large";
	if (*q == '.')
	{
		q++;
		for (i = 1; hex_value(*q) >= 0; i++, q++)
		{
			if (i > FRACTION_DIGITS ||
				!put_nibble(s, UNIT_BIT - 4 * i, hex_value(*q)))
				return "a sum has bits below 2^-1074";
		}
		if (i == 1)
			return "a sum needs a hexadecimal digit after the point";
	}
	*p = q;
	return NULL;
}
