/*
 * byte_code.h: the comparison and hash support functions of a one-byte
 * type passed by value and ordered by its code (cocreation.level,
 * cocreation.factor_kind), written once for both.
 *
 * CC_BYTE_CODE_SUPPORT(prefix, datumget, max) defines prefix_eq, _ne, _lt,
 * _le, _gt, _ge, prefix_cmp, prefix_hash and prefix_hash_extended.  They
 * check their arguments with datumget, the type's checked DatumGet
 * function: a byte no input makes (one above max, the largest code) is an
 * error in XX001 (data_corrupted), which says only that the stored bytes
 * are damaged, as PostgreSQL's own LEAKPROOF texteq does for a damaged
 * compressed value; a valid byte raises nothing.  The functions of two
 * arguments test the larger byte against max, and only when it fails check
 * each argument in turn (so the first damaged one is named): one test and
 * one error path keep these functions, called once a row by sorts, hash
 * aggregation and joins, free of a stack frame.
 *
 * prefix_hash is hash_uint32(code), the hash PostgreSQL gives an int4 or a
 * "char" of the same code, read from a table (cc_byte_hash, util.h): hash
 * aggregation and hash joins call it once a row, and the table spares them
 * the hash's mixing.  Its values are hash_uint32's, so hash indexes built
 * with either stay valid.
 */
#ifndef COCREATION_BYTE_CODE_H
#define COCREATION_BYTE_CODE_H

#include "postgres.h"

#include "common/hashfn.h"
#include "fmgr.h"

#include "util.h"

/* the arguments' bytes, a and b, both checked */
#define CC_BYTE_CODE_ARGS(datumget, max) \
	uint8		a = DatumGetUInt8(PG_GETARG_DATUM(0)); \
	uint8		b = DatumGetUInt8(PG_GETARG_DATUM(1)); \
\
	if (unlikely(Max(a, b) > (max))) \
	{ \
		(void) datumget(UInt8GetDatum(a)); \
		(void) datumget(UInt8GetDatum(b)); \
	}

#define CC_BYTE_CODE_OP(name, op, datumget, max) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	CC_BYTE_CODE_ARGS(datumget, max); \
	PG_RETURN_BOOL(a op b); \
}

#define CC_BYTE_CODE_SUPPORT(prefix, datumget, max) \
CC_BYTE_CODE_OP(prefix##_eq, ==, datumget, max) \
CC_BYTE_CODE_OP(prefix##_ne, !=, datumget, max) \
CC_BYTE_CODE_OP(prefix##_lt, <, datumget, max) \
CC_BYTE_CODE_OP(prefix##_le, <=, datumget, max) \
CC_BYTE_CODE_OP(prefix##_gt, >, datumget, max) \
CC_BYTE_CODE_OP(prefix##_ge, >=, datumget, max) \
PG_FUNCTION_INFO_V1(prefix##_cmp); \
Datum \
prefix##_cmp(PG_FUNCTION_ARGS) \
{ \
	CC_BYTE_CODE_ARGS(datumget, max); \
	PG_RETURN_INT32((a > b) - (a < b)); \
} \
PG_FUNCTION_INFO_V1(prefix##_hash); \
Datum \
prefix##_hash(PG_FUNCTION_ARGS) \
{ \
	return UInt32GetDatum(cc_byte_hash((uint8) datumget(PG_GETARG_DATUM(0)))); \
} \
PG_FUNCTION_INFO_V1(prefix##_hash_extended); \
Datum \
prefix##_hash_extended(PG_FUNCTION_ARGS) \
{ \
	return hash_uint32_extended((uint32) (uint8) datumget(PG_GETARG_DATUM(0)), \
								PG_GETARG_INT64(1)); \
}

#endif							/* COCREATION_BYTE_CODE_H */
