/*
 * byte_code.h: the comparison and hash support functions of a one-byte
 * type passed by value and ordered by its code (cocreation.level,
 * cocreation.factor_kind), written once for both.
 *
 * CC_BYTE_CODE_SUPPORT(prefix, getarg) defines prefix_eq, _ne, _lt, _le,
 * _gt, _ge, prefix_cmp, prefix_hash and prefix_hash_extended.  They read
 * their arguments with getarg, the type's checked PG_GETARG_ macro: a byte
 * no input makes is an error in XX001 (data_corrupted), which says only
 * that the stored bytes are damaged, as PostgreSQL's own LEAKPROOF texteq
 * does for a damaged compressed value; a valid byte raises nothing.
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

#define CC_BYTE_CODE_OP(name, op, getarg) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL((uint8) getarg(0) op (uint8) getarg(1)); \
}

#define CC_BYTE_CODE_SUPPORT(prefix, getarg) \
CC_BYTE_CODE_OP(prefix##_eq, ==, getarg) \
CC_BYTE_CODE_OP(prefix##_ne, !=, getarg) \
CC_BYTE_CODE_OP(prefix##_lt, <, getarg) \
CC_BYTE_CODE_OP(prefix##_le, <=, getarg) \
CC_BYTE_CODE_OP(prefix##_gt, >, getarg) \
CC_BYTE_CODE_OP(prefix##_ge, >=, getarg) \
PG_FUNCTION_INFO_V1(prefix##_cmp); \
Datum \
prefix##_cmp(PG_FUNCTION_ARGS) \
{ \
	uint8		a = (uint8) getarg(0); \
	uint8		b = (uint8) getarg(1); \
\
	PG_RETURN_INT32((a > b) - (a < b)); \
} \
PG_FUNCTION_INFO_V1(prefix##_hash); \
Datum \
prefix##_hash(PG_FUNCTION_ARGS) \
{ \
	return UInt32GetDatum(cc_byte_hash((uint8) getarg(0))); \
} \
PG_FUNCTION_INFO_V1(prefix##_hash_extended); \
Datum \
prefix##_hash_extended(PG_FUNCTION_ARGS) \
{ \
	return hash_uint32_extended((uint32) (uint8) getarg(0), PG_GETARG_INT64(1)); \
}

#endif							/* COCREATION_BYTE_CODE_H */
