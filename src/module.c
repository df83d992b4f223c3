/*
 * module.c: the one place that marks cocreation.so as a PostgreSQL module,
 * and what the library does once when a backend loads it.
 */
#include "postgres.h"

#include "fmgr.h"

#include "balance.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

void
_PG_init(void)
{
	/* balance_agg()'s word tables, from the one vocabulary */
	cc_balance_init();
}
