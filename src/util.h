/*
 * util.h: small helpers shared by the extension's C files.
 */
#ifndef COCREATION_UTIL_H
#define COCREATION_UTIL_H

#include "postgres.h"

/*
 * A copy of (str, len) fit to quote in an error message: clipped at a
 * character boundary to at most 64 bytes, with "..." when clipped, so that a
 * megabyte of garbage does not become a megabyte of log.
 */
extern char *cc_clip_for_error(const char *str, int len);

/*
 * Case-insensitive comparison of (str, len) with a NUL-terminated ASCII
 * word, treating '-' and ' ' in str as '_' so that "civil society" and
 * "civil-society" both match civil_society.
 */
extern bool cc_word_equals(const char *str, int len, const char *word);

/* (str, len) without leading and trailing ASCII white space */
extern void cc_trim(const char **str, int *len);

#endif							/* COCREATION_UTIL_H */
