/*
 * module.c: the one place that marks cocreation.so as a PostgreSQL module,
 * and what the library does once when a backend loads it.
 */
#include "postgres.h"

#include "fmgr.h"

#include "balance.h"
#include "util.h"
#include "vocabulary.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

void
_PG_init(void)
{
	/* balance_agg()'s word tables, from the one vocabulary */
	cc_balance_init();
	/* classify()'s word slots and level table, from the same vocabulary */
	cc_classify_init();
	/* the hashes of the one-byte types (byte_code.h) */
	cc_fill_byte_hashes();
}
