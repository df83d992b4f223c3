# cocreation: PGXS build.  C sources live in src/, one file per concept;
# every src/*.c is part of the module, so adding a concept needs no edit here.
EXTENSION   = cocreation
MODULE_big  = cocreation
OBJS        = $(patsubst %.c,%.o,$(sort $(wildcard src/*.c)))
DATA        = $(sort $(wildcard cocreation--*.sql))

# pg_regress runs sql/*.sql in name order; each test creates the extension
# if an earlier one has not.
REGRESS      = $(patsubst sql/%.sql,%,$(sort $(wildcard sql/*.sql)))
REGRESS_OPTS = --load-extension=plpgsql

PG_CONFIG ?= pg_config
PG_CPPFLAGS = -Isrc
SHLIB_LINK  =
# The project's own runs (scripts/lib.sh, so CI) add COPT=-Werror: the build
# must stay clean, but a newer compiler's new warning must not stop a user's.
PG_CFLAGS = -Wmissing-prototypes

PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# every object depends on every header: a changed struct must never leave a
# stale object behind (the headers are few and small)
$(OBJS): $(wildcard src/*.h)

.PHONY: test sample bench prove
test:
	scripts/test
sample:
	scripts/sample
bench:
	scripts/bench

# the hardening suites (test/extra) at full size: scripts/test with STRESS=1
.PHONY: stress
stress:
	STRESS=1 scripts/test
