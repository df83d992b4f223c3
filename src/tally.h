/*
 * tally.h: the tally type, the evidence behind a profile.
 *
 * Shared by tally.c (the type and its aggregates) and profile.c (which
 * calibrates a tally into scores).
 */
#ifndef COCREATION_TALLY_H
#define COCREATION_TALLY_H

#include "postgres.h"

#include "fmgr.h"

#include "level.h"

/* the evidence at one level of co-creation */
typedef struct CcTallyLevel
{
	int64		count;			/* activities at this level */
	float8		sum;			/* sum of their weights, finite, >= 0 */
	float8		max;			/* largest single weight, 0 <= max <= sum */
} CcTallyLevel;

/*
 * A tally: fixed size (80 bytes), double aligned, passed by reference.
 * level[0] is service_production, level[1] problem_solving, level[2]
 * policymaking, i.e. level[l - 1] for a CcLevel l; none counts activities
 * classified none (they carry no weight: they are not co-creation).
 */
typedef struct CcTally
{
	CcTallyLevel level[CC_COCREATION_LEVELS];
	int64		none;
} CcTally;

#define DatumGetCcTallyP(d)		((CcTally *) DatumGetPointer(d))
#define PG_GETARG_CCTALLY_P(n)	DatumGetCcTallyP(PG_GETARG_DATUM(n))
#define PG_RETURN_CCTALLY_P(t)	PG_RETURN_POINTER(t)

#endif							/* COCREATION_TALLY_H */
