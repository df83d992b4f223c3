# scripts/lib.sh: shared by scripts/test, scripts/sample and scripts/bench.
# Each of them installs what it lacks from Debian's packages, builds and
# installs the extension, and runs its job in a throwaway cluster.

set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo

# the packages the build and every job need
BUILD_PACKAGES=(make gcc postgresql-15 postgresql-server-dev-15 postgresql-common)

# install the Debian packages of "$@" that are not installed yet
need_packages() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' \
      || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "installing Debian packages: ${missing[*]}"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# PostgreSQL 15's tools first, whatever else is on PATH
export PATH="/usr/lib/postgresql/15/bin:$PATH"
export PG_CONFIG=/usr/lib/postgresql/15/bin/pg_config

# Installing replaces cocreation.so under every cluster of the machine, so
# build-install-run is serialised between concurrent runs (developers
# sharing a machine); the lock is released when the calling script exits.
lock_install() {
  exec 9>"${TMPDIR:-/tmp}/cocreation-install.lock"
  flock 9
}

build_install() {
  make -s PG_CONFIG="$PG_CONFIG" >/dev/null
  $SUDO make -s PG_CONFIG="$PG_CONFIG" install >/dev/null
}

# The throwaway cluster's locale, whatever the machine's: sort order of text
# (and so every expected output that sorts text) must not depend on LANG.
# C.UTF-8 is built into Debian's glibc.
CLUSTER_LOCALE=(-c "--locale=C.UTF-8")

# run "$@" in a throwaway cluster: pg_virtualenv sets PGHOST, PGPORT, PGUSER
# and PGPASSWORD for it, and drops the cluster when the command ends;
# -t keeps the cluster's configuration apart from the machine's clusters.
in_cluster() {
  pg_virtualenv -t -v 15 "${CLUSTER_LOCALE[@]}" "$@"
}

# the same, without the server log pg_virtualenv prints when it stops: for
# jobs whose output is read by people (the log stays in the cluster's dir
# while it runs, and tests use in_cluster, which keeps it)
in_cluster_quiet() {
  pg_virtualenv -t -v 15 "${CLUSTER_LOCALE[@]}" -o log_min_messages=fatal "$@" 2>&1 \
    | grep -vE '^(\*\*\* .* \*\*\*|Creating new PostgreSQL cluster|Dropping cluster)'
}
