/*
 * qca.h: shared by the Qualitative Comparative Analysis files (qca_*.c).
 */
#ifndef COCREATION_QCA_H
#define COCREATION_QCA_H

#include "postgres.h"

#include "compat.h"				/* pg_attribute_noreturn() on 18 */
#include "utils/array.h"

/* the error of a value that is not a membership, in 22023, naming what */
extern void cc_qca_not_membership(float8 v, const char *what) pg_attribute_noreturn();

/*
 * A membership read from an argument: in [0, 1] (NaN is not), -0 read as 0,
 * or an error in 22023 naming what (e.g. "membership", "outcome").  Inline:
 * the aggregates call it for every value of every row.
 */
static inline float8
cc_qca_membership(float8 v, const char *what)
{
	if (unlikely(!(v >= 0.0 && v <= 1.0)))
		cc_qca_not_membership(v, what);
	return v + 0.0;				/* -0 reads as 0 */
}

/*
 * The elements of a one-dimensional float8 array without NULLs (n of them,
 * palloc'd), or an error in 22023 naming what.
 */
extern float8 *cc_qca_float8_array(ArrayType *arr, int *n, const char *what);

/*
 * The most conditions of a truth table: each doubles the corners (2^14
 * corners of 456 bytes, the exact sums and the crisp counts, is a 7.5 MB
 * state), and the minimization's work.
 */
#define CC_QCA_MAX_CONDITIONS	14

#endif							/* COCREATION_QCA_H */
