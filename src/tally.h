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
#include "util.h"

/* the evidence at one level of co-creation */
typedef struct CcTallyLevel
{
	int64		count;			/* activities at this level */
	float8		sum;			/* sum of their weights, finite, >= 0 */
	float8		max;			/* largest single weight, 0 <= max <= sum */
} CcTallyLevel;

/*
 * A tally: fixed size (88 bytes), double aligned, passed by reference.  The
 * header holds the format version (doc/storage.md).  level[0] is
 * service_production, level[1] problem_solving, level[2] policymaking,
 * i.e. level[l - 1] for a CcLevel l; none counts activities classified none
 * (they carry no weight: they are not co-creation).
 */
typedef struct CcTally
{
	CcFormatHeader header;
	CcTallyLevel level[CC_COCREATION_LEVELS];
	int64		none;
} CcTally;

/*
 * A stored tally as input would make it, or an error in XX001: a damaged
 * page (or a cast without function) can hold any 88 bytes.
 */
extern void cc_tally_check(const CcTally *t);

/* every tally read from an argument is checked (the aggregates' own state is not) */
#define DatumGetCcTallyP(d)		cc_tally_checked((CcTally *) DatumGetPointer(d))
#define PG_GETARG_CCTALLY_P(n)	DatumGetCcTallyP(PG_GETARG_DATUM(n))
#define PG_RETURN_CCTALLY_P(t)	PG_RETURN_POINTER(t)

static inline CcTally *
cc_tally_checked(CcTally *t)
{
	cc_tally_check(t);
	return t;
}

#endif							/* COCREATION_TALLY_H */
