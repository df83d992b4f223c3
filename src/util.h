/*
 * util.h: small helpers shared by the extension's C files.
 */
#ifndef COCREATION_UTIL_H
#define COCREATION_UTIL_H

#include "postgres.h"

#include "compat.h"				/* what differs between PostgreSQL versions */

/*
 * A copy of (str, len) fit to quote in an error message: clipped at a
 * character boundary to at most 64 bytes, with "..." when clipped, so that a
 * megabyte of garbage does not become a megabyte of log.
 */
extern char *cc_clip_for_error(const char *str, int len);

/*
 * Case-insensitive comparison of (str, len) with a NUL-terminated ASCII
 * word, treating '-' and ' ' in str as '_' so that "civil society" and
 * "civil-society" both match civil_society.
 */
extern bool cc_word_equals(const char *str, int len, const char *word);

/* (str, len) without leading and trailing ASCII white space */
extern void cc_trim(const char **str, int *len);

/*
 * A literal that does not read as typname: 22P02, quoting the input
 * (clipped), with detail (or none, when NULL) and hint.
 */
extern void cc_syntax_error(const char *typname, const char *input, const char *detail,
							const char *hint) pg_attribute_noreturn();

/*
 * The detail of an unknown word inside a literal, (word, len) trimmed:
 * 'Unknown polarity "x". ' followed by valid, which lists the valid words.
 */
extern char *cc_unknown_word_detail(const char *what, const char *word, int len,
									const char *valid);

/*
 * A one-byte type's code that no input or recv makes (a damaged page, or a
 * cast without function): an error in XX001 naming the type and the range.
 */
extern void cc_invalid_code(const char *typname, int code, int max) pg_attribute_noreturn();

/*
 * a[0..len) = b[0..len), for the short words of a vocabulary (per row, in
 * classify() and balance_agg()): loads of 8 (or 4) bytes, the first and the
 * last overlapping, so that a word of 4 to 16 bytes takes two loads and no
 * branch on its bytes; every load stays inside both.  A memcmp() call per
 * candidate word cost a tenth of classify()'s time.
 */
static inline bool
cc_bytes_equal(const char *a, const char *b, int len)
{
	uint64		x,
				y,
				diff;
	uint32		u,
				v,
				diff4;
	int			i;

	if (len >= 8)
	{
		memcpy(&x, a, 8);
		memcpy(&y, b, 8);
		diff = x ^ y;
		for (i = 8; i < len - 8; i += 8)
		{
			memcpy(&x, a + i, 8);
			memcpy(&y, b + i, 8);
			diff |= x ^ y;
		}
		memcpy(&x, a + len - 8, 8);
		memcpy(&y, b + len - 8, 8);
		return (diff | (x ^ y)) == 0;
	}
	if (len >= 4)
	{
		memcpy(&u, a, 4);
		memcpy(&v, b, 4);
		diff4 = u ^ v;
		memcpy(&u, a + len - 4, 4);
		memcpy(&v, b + len - 4, 4);
		return (diff4 | (u ^ v)) == 0;
	}
	for (i = 0; i < len; i++)
		if (a[i] != b[i])
			return false;
	return true;
}

#endif							/* COCREATION_UTIL_H */
