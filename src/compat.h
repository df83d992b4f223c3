/*
 * compat.h: every difference between the PostgreSQL versions the extension
 * supports (15, 17, 18) lives here, behind PG_VERSION_NUM, and nowhere else.
 * The rest of the code calls the cc_ names below and reads the same on every
 * version.
 */
#ifndef CC_COMPAT_H
#define CC_COMPAT_H

#include "postgres.h"

#include "utils/float.h"

#if PG_VERSION_NUM >= 160000
#include "nodes/miscnodes.h"
/* PostgreSQL 16 moved VARDATA, VARSIZE and friends out of postgres.h */
#include "varatt.h"
#endif

/*
 * PostgreSQL 18 replaced the pg_attribute_noreturn() suffix by the C11-style
 * pg_noreturn prefix and removed the old macro.  The extension's declarations
 * keep the suffix form, which on 18 means the same GCC/Clang attribute that
 * PostgreSQL 15 and 17 define it as.
 */
#if PG_VERSION_NUM >= 180000 && !defined(pg_attribute_noreturn)
#if defined(__GNUC__) || defined(__clang__)
#define pg_attribute_noreturn() __attribute__((noreturn))
#else
#define pg_attribute_noreturn()
#endif
#endif

/*
 * cc_float8_in: parse a float8 as float8in does (the same spellings: inf,
 * nan, exponents), stopping at the first character that is not part of the
 * number (*endptr points there).  Returns false, where float8in would throw,
 * on bad syntax or a value out of range, so that the caller can report the
 * error in its own terms.
 *
 * PostgreSQL 16 replaced float8in_internal_opt_error() by soft errors: an
 * ErrorSaveContext passed to float8in_internal() collects the error instead
 * of throwing it (details_wanted stays false: nothing is allocated).
 */
static inline bool
cc_float8_in(char *num, char **endptr, const char *type_name,
			 const char *orig, float8 *result)
{
#if PG_VERSION_NUM >= 160000
	ErrorSaveContext escontext = {T_ErrorSaveContext};

	*result = float8in_internal(num, endptr, type_name, orig,
								(Node *) &escontext);
	return !escontext.error_occurred;
#else
	bool		have_error = false;

	*result = float8in_internal_opt_error(num, endptr, type_name, orig,
										  &have_error);
	return !have_error;
#endif
}

#endif							/* CC_COMPAT_H */
