/*
 * util.h: small helpers shared by the extension's C files.
 */
#ifndef COCREATION_UTIL_H
#define COCREATION_UTIL_H

#include "postgres.h"

#include "compat.h"				/* what differs between PostgreSQL versions */
#include "lib/stringinfo.h"

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
 * Format versions (doc/storage.md).  Every type's stored and binary forms
 * say which format they are in, so that a later version of the extension
 * (a fourth level, a sixth dimension) can tell old bytes from new: the
 * one-byte types in the top two bits of their byte, profile in its fourth
 * byte, tally and balance in a header byte, every binary form that is more
 * than one byte in its first byte.  Format 0 is the only one so far.
 */
#define CC_FORMAT_VERSION		0

/* the one-byte types: the version in the top two bits, the code in six */
#define CC_CODE_VERSION(b)		((int) ((uint8) (b) >> 6))

/*
 * The first 8 bytes of a fixed-size value (tally, balance): the format
 * version, then seven reserved bytes, zero in format 0.  Eight bytes, so
 * that the 8-byte fields after it stay aligned.
 */
typedef struct CcFormatHeader
{
	uint8		version;
	uint8		reserved[7];
} CcFormatHeader;

extern const CcFormatHeader cc_format_header;

/* the header of a value in the current format? (one 8-byte compare) */
static inline bool
cc_header_ok(const CcFormatHeader *h)
{
	return memcmp(h, &cc_format_header, sizeof(CcFormatHeader)) == 0;
}

/*
 * Stored bytes that no input or recv makes (a damaged page, a cast without
 * function): an error in XX001, "damaged <typname> value[ <shown>]", with
 * detail saying what is wrong.
 */
extern void cc_damaged(const char *typname, const char *shown, const char *detail)
			pg_attribute_noreturn();

/* a header that is not cc_format_header: cc_damaged() naming the bad byte */
extern void cc_damaged_header(const char *typname, const CcFormatHeader *h)
			pg_attribute_noreturn();

/*
 * A one-byte type's byte that no input or recv makes: cc_damaged() naming
 * the byte, its format version or its code, and the range of codes.
 */
extern pg_attribute_cold void cc_invalid_code(const char *typname, int code, int max) pg_attribute_noreturn();

/*
 * A binary value in a format version this code does not read: 22P03, with
 * the version read and the version known.
 */
extern void cc_unknown_format(const char *typname, int version) pg_attribute_noreturn();

/*
 * hash_uint32(code) of a byte, from a table that _PG_init fills (the hash
 * support of the one-byte types, byte_code.h)
 */
extern uint32 cc_byte_hashes[256];
extern void cc_fill_byte_hashes(void);

static inline uint32
cc_byte_hash(uint8 code)
{
	return cc_byte_hashes[code];
}

/* a one-byte type's binary form: its byte, whose format version is checked */
extern int	cc_recv_code_byte(StringInfo buf, const char *typname);

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
