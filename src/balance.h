/*
 * balance.h: the balance type, a tally of coded drivers and
 * barriers.
 *
 * The paper explains each municipality's profile by the drivers and barriers
 * found in it, which "may pertain to discursive, cultural, institutional and
 * practical matters" (Bentzen, Sorensen & Torfing, "Drivers of and barriers
 * to the development of an interactive political leadership"); a fifth,
 * contextual, dimension holds factors such as a crisis that fit none of the
 * four.  The same section separates barriers to taking co-created
 * policymaking up (adoption) from "problems found in the implementation
 * process" (Hedensted), hence the stage.
 *
 * A balance holds, for each polarity x dimension x stage cell, the number of
 * codings and the sum of their strengths: an 8-byte header holding the
 * format version (doc/storage.md), then 20 cells of 16 bytes, a fixed-size
 * (328 bytes) pass-by-reference value with double alignment.
 */
#ifndef COCREATION_BALANCE_H
#define COCREATION_BALANCE_H

#include "postgres.h"

#include "util.h"
#include "vocabulary.h"

typedef enum CcPolarity
{
	CC_DRIVER = 0,
	CC_BARRIER = 1
} CcPolarity;

#define CC_POLARITIES	CC_POLARITY_WORDS

/* the paper's order of the four, then this reading's contextual */
typedef enum CcDimension
{
	CC_DISCURSIVE = 0,
	CC_CULTURAL = 1,
	CC_INSTITUTIONAL = 2,
	CC_PRACTICAL = 3,
	CC_CONTEXTUAL = 4
} CcDimension;

#define CC_DIMENSIONS	CC_DIMENSION_WORDS

typedef enum CcStage
{
	CC_ADOPTION = 0,
	CC_IMPLEMENTATION = 1
} CcStage;

#define CC_STAGES		CC_STAGE_WORDS

typedef struct CcCell
{
	int64		count;			/* number of codings */
	float8		strength;		/* sum of their strengths, finite, >= 0 */
} CcCell;

typedef struct CcBalance
{
	CcFormatHeader header;
	CcCell		cell[CC_POLARITIES][CC_DIMENSIONS][CC_STAGES];
} CcBalance;

#define CC_BALANCE_CELLS	(CC_POLARITIES * CC_DIMENSIONS * CC_STAGES)

/*
 * A stored balance as input would make it, or an error in XX001: a damaged
 * page (or a cast without function) can hold any 328 bytes.
 */
extern void cc_balance_check(const CcBalance *b);

/* every balance read from an argument is checked (the aggregates' own state is not) */
#define DatumGetCcBalanceP(d)	cc_balance_checked((CcBalance *) DatumGetPointer(d))
#define PG_GETARG_CCBALANCE_P(n)	DatumGetCcBalanceP(PG_GETARG_DATUM(n))
#define PG_RETURN_CCBALANCE_P(b)	PG_RETURN_POINTER(b)

static inline CcBalance *
cc_balance_checked(CcBalance *b)
{
	cc_balance_check(b);
	return b;
}

/*
 * The canonical words (cc_polarity_names, cc_dimension_names,
 * cc_stage_names), for output and messages, are in vocabulary.h; the hints
 * of an unknown word's error are built from them.
 */
#define CC_POLARITY_HINT	cc_vocabulary_hint(CC_FIELD_POLARITY, NULL)
#define CC_DIMENSION_HINT	cc_vocabulary_hint(CC_FIELD_DIMENSION, NULL)
#define CC_STAGE_HINT		cc_vocabulary_hint(CC_FIELD_STAGE, NULL)

/*
 * Index of (str, len) among names, case-insensitively and ignoring white
 * space around it, or -1.  Allocates nothing, raises no error.
 */
extern int	cc_word_index(const char *str, int len, const char *const *names, int n);

/* fills the word tables of balance_agg() from the vocabulary (module.c) */
extern void cc_balance_init(void);

/* a word from a text argument, or an error in 22023 that lists the words */
extern int	cc_polarity_arg(text *t);
extern int	cc_dimension_arg(text *t);
extern int	cc_stage_arg(text *t);

#endif							/* COCREATION_BALANCE_H */
