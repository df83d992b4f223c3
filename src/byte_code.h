/*
 * byte_code.h: the comparison and hash support functions of a one-byte
 * type passed by value and ordered by its code (cocreation.level,
 * cocreation.factor_kind), written once for both.
 *
 * CC_BYTE_CODE_SUPPORT(prefix) defines prefix_eq, _ne, _lt, _le, _gt, _ge,
 * prefix_cmp, prefix_hash and prefix_hash_extended.  They compare and hash
 * the byte as it is, so they accept every stored value and raise no error
 * (the reason they may be LEAKPROOF).
 */
#ifndef COCREATION_BYTE_CODE_H
#define COCREATION_BYTE_CODE_H

#include "postgres.h"

#include "common/hashfn.h"
#include "fmgr.h"

#define CC_BYTE_CODE_ARG(n)		((uint8) DatumGetChar(PG_GETARG_DATUM(n)))

#define CC_BYTE_CODE_OP(name, op) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(CC_BYTE_CODE_ARG(0) op CC_BYTE_CODE_ARG(1)); \
}

#define CC_BYTE_CODE_SUPPORT(prefix) \
CC_BYTE_CODE_OP(prefix##_eq, ==) \
CC_BYTE_CODE_OP(prefix##_ne, !=) \
CC_BYTE_CODE_OP(prefix##_lt, <) \
CC_BYTE_CODE_OP(prefix##_le, <=) \
CC_BYTE_CODE_OP(prefix##_gt, >) \
CC_BYTE_CODE_OP(prefix##_ge, >=) \
PG_FUNCTION_INFO_V1(prefix##_cmp); \
Datum \
prefix##_cmp(PG_FUNCTION_ARGS) \
{ \
	uint8		a = CC_BYTE_CODE_ARG(0); \
	uint8		b = CC_BYTE_CODE_ARG(1); \
\
	PG_RETURN_INT32((a > b) - (a < b)); \
} \
PG_FUNCTION_INFO_V1(prefix##_hash); \
Datum \
prefix##_hash(PG_FUNCTION_ARGS) \
{ \
	return hash_uint32((uint32) CC_BYTE_CODE_ARG(0)); \
} \
PG_FUNCTION_INFO_V1(prefix##_hash_extended); \
Datum \
prefix##_hash_extended(PG_FUNCTION_ARGS) \
{ \
	return hash_uint32_extended((uint32) CC_BYTE_CODE_ARG(0), PG_GETARG_INT64(1)); \
}

#endif							/* COCREATION_BYTE_CODE_H */
