/*
 * qca.h: shared by the Qualitative Comparative Analysis files (qca_*.c).
 */
#ifndef COCREATION_QCA_H
#define COCREATION_QCA_H

#include "postgres.h"

#include "utils/array.h"

/*
 * A membership read from an argument: in [0, 1] (NaN is not), -0 read as 0,
 * or an error in 22023 naming what (e.g. "membership", "outcome").
 */
extern float8 cc_qca_membership(float8 v, const char *what);

/*
 * The elements of a one-dimensional float8 array without NULLs (n of them,
 * palloc'd), or an error in 22023 naming what.
 */
extern float8 *cc_qca_float8_array(ArrayType *arr, int *n, const char *what);

/*
 * The most conditions of a truth table: each doubles the corners (2^14
 * corners of 448 bytes is a 7 MB state), and the minimization's work.
 */
#define CC_QCA_MAX_CONDITIONS	14

#endif							/* COCREATION_QCA_H */
