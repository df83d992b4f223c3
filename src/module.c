/*
 * module.c: the one place that marks cocreation.so as a PostgreSQL module.
 */
#include "postgres.h"

#include "fmgr.h"

PG_MODULE_MAGIC;
