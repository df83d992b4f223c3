/*
 * level.h: the level type, shared by every file that reads or
 * produces a level (classify, tallies, profiles, agreement).
 *
 * A level is one byte, passed by value.  The numeric codes are the paper's
 * order (Bentzen, Sorensen & Torfing, "Theoretical Framework": co-creation
 * of services, of administrative problem solving, of policy), so comparing
 * codes compares levels.
 */
#ifndef COCREATION_LEVEL_H
#define COCREATION_LEVEL_H

#include "postgres.h"

#include "util.h"

typedef enum CcLevel
{
	CC_LEVEL_NONE = 0,
	CC_LEVEL_SERVICE = 1,
	CC_LEVEL_PROBLEM = 2,
	CC_LEVEL_POLICY = 3
} CcLevel;

#define CC_LEVEL_MAX		CC_LEVEL_POLICY
#define CC_LEVEL_COUNT		(CC_LEVEL_MAX + 1)

/* the co-creation levels proper, without none */
#define CC_COCREATION_LEVELS	3

/*
 * A level byte outside 0 to 3: no input or recv makes one, but a damaged
 * page (or a cast without function) can hold one.  Every level read from
 * an argument is checked (PG_GETARG_CCLEVEL), so no code indexes with it.
 * The byte's top two bits are its format version (0), the rest its code.
 */
static inline void
cc_level_check(CcLevel level)
{
	if (unlikely((uint8) level > CC_LEVEL_MAX))
		cc_invalid_code("level", (uint8) level, CC_LEVEL_MAX);
}

static inline CcLevel
DatumGetCcLevel(Datum d)
{
	CcLevel		level = (CcLevel) (uint8) DatumGetChar(d);

	cc_level_check(level);
	return level;
}

#define CcLevelGetDatum(l)		CharGetDatum((char) (l))
#define PG_GETARG_CCLEVEL(n)	DatumGetCcLevel(PG_GETARG_DATUM(n))
#define PG_RETURN_CCLEVEL(l)	return CcLevelGetDatum(l)

/* canonical output name of a level: "none", "service_production", ... */
extern const char *cc_level_name(CcLevel level);

/*
 * Parse a level word (canonical name, alias or digit), case-insensitively.
 * Returns false when the word is not a level; never raises an error.
 */
extern bool cc_level_parse(const char *word, int len, CcLevel *level);

/* the list of accepted words, for error hints */
extern const char *cc_level_valid_words(void);

#endif							/* COCREATION_LEVEL_H */
