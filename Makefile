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

# The install script of the current version is assembled from one SQL
# file per concept, next to its C file (src/*.sql), in this order: the
# types before what uses them, the sample's data in a file of its own.
# The update script from the last release is assembled from its own file
# (src/upgrade/, changes to released objects) and the parts new since then.
# Both are committed, and so is every released version's install script,
# which never changes (test/extra/released.sh); test/extra/script_lint.sh
# checks that the assembled scripts are what their parts assemble to.
EXTVERSION    = 1.1
INSTALL_PARTS = src/header.sql src/level.sql src/classify.sql src/tally.sql \
                src/profile.sql src/balance.sql src/factor_kind.sql \
                src/exact_state.sql src/exact_aggregates.sql \
                src/vocabulary.sql src/factor_catalogue.sql src/agreement.sql \
                src/workspace.sql src/sample.sql src/calibration.sql src/charts.sql \
                src/waves.sql src/qca.sql src/qca_workspace.sql
# parts new in 1.1 go at the end of INSTALL_PARTS and here, before the
# migration of the workspaces that exist, which uses them; the exact states
# come before the aggregates that use them (after the types they use)
UPDATE_PARTS_1.0--1.1 = src/upgrade/1.0--1.1.sql src/waves.sql src/qca.sql src/qca_workspace.sql \
                        src/exact_state.sql src/upgrade/1.0--1.1-exact.sql \
                        src/upgrade/1.0--1.1-workspaces.sql

PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

ASSEMBLE = awk 'FNR == 1 && NR > 1 { print "" } { print }'
all: cocreation--$(EXTVERSION).sql cocreation--1.0--1.1.sql
cocreation--$(EXTVERSION).sql: $(INSTALL_PARTS)
	$(ASSEMBLE) $(INSTALL_PARTS) > $@
cocreation--1.0--1.1.sql: $(UPDATE_PARTS_1.0--1.1)
	$(ASSEMBLE) $(UPDATE_PARTS_1.0--1.1) > $@

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
