/*
 * vocabulary.h: every word list of the extension, in one place each.
 *
 * The words a user types (actors, objects, decisions, scopes, polarities,
 * dimensions, stages, levels, calibration methods) are defined once in C: the actor, object and
 * decision lists in classify.c (where classify() reads them per row), the
 * levels in level.c, the rest in vocabulary.c.  This header gives every
 * other file one way to read them: cocreation_vocabulary() shows them to
 * SQL (the workspace builder generates its CHECK constraints from it), and
 * the error hints of every function are built from them.
 */
#ifndef COCREATION_VOCABULARY_H
#define COCREATION_VOCABULARY_H

#include "postgres.h"

typedef enum CcField
{
	CC_FIELD_ACTOR,
	CC_FIELD_OBJECT,
	CC_FIELD_DECISION,
	CC_FIELD_SCOPE,
	CC_FIELD_POLARITY,
	CC_FIELD_DIMENSION,
	CC_FIELD_STAGE,
	CC_FIELD_LEVEL,
	CC_FIELD_LEVEL_ALIAS,
	CC_FIELD_METHOD,
	CC_FIELDS
} CcField;

/* one word of a list: its spelling, its rank, and what it means */
typedef struct CcWord
{
	const char *word;
	int			ordinal;
	const char *meaning;
} CcWord;

/* the field's name as SQL shows it ("actor", "level_alias", ...) */
extern const char *cc_field_name(CcField field);

/* the i-th word (from 0) of a field into *w; false past the last */
extern bool cc_vocabulary_word(CcField field, int i, CcWord *w);

/*
 * "Valid dimensions are discursive, ... and contextual.", built from the
 * list; extra (or NULL) is one more accepted word, such as "all".  Built
 * once per backend and field, so error paths may call it freely.
 */
extern const char *cc_vocabulary_hint(CcField field, const char *extra);

/* the words of classify() (classify.c): actor, object, decision */
extern bool cc_classify_word(CcField field, int i, CcWord *w);

/* classify()'s indexes of those words and its level table (_PG_init) */
extern void cc_classify_init(void);

/* the level words (level.c): canonical names, then the other spellings */
extern bool cc_level_word(int i, bool alias, CcWord *w);

/* the canonical polarity, dimension and stage words, in code order */
#define CC_POLARITY_WORDS	2
#define CC_DIMENSION_WORDS	5
#define CC_STAGE_WORDS		2
extern const char *const cc_polarity_names[CC_POLARITY_WORDS];
extern const char *const cc_dimension_names[CC_DIMENSION_WORDS];
extern const char *const cc_stage_names[CC_STAGE_WORDS];

#endif							/* COCREATION_VOCABULARY_H */
