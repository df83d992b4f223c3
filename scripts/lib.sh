# scripts/lib.sh: shared by scripts/test, scripts/sample and scripts/bench.
# Each of them installs what it lacks from Debian's packages, builds and
# installs the extension, and runs its job in a throwaway cluster.

set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo

# The PostgreSQL major versions the extension supports, and the Debian
# release whose own packages provide each one: the machine's release runs
# its version directly, the others run in a root of their release
# (scripts/pgroot.sh).  PGVER picks the version a script builds and runs
# against; scripts/test sets it per version, the other scripts use the
# default, the version of Debian 12 (the machine the README names).
SUPPORTED_PG_VERSIONS=(15 17 18)
declare -A PG_DEBIAN_RELEASE=([15]=bookworm [17]=trixie [18]=sid)
PGVER=${PGVER:-15}

# use_pg N: build and run against PostgreSQL N from here on
use_pg() {
  PGVER=$1
  # the packages the build and every job need
  BUILD_PACKAGES=(make gcc "postgresql-$PGVER" "postgresql-server-dev-$PGVER" postgresql-common)
  # PostgreSQL N's tools first, whatever else is on PATH
  export PATH="/usr/lib/postgresql/$PGVER/bin:$PATH"
  export PG_CONFIG="/usr/lib/postgresql/$PGVER/bin/pg_config"
}

# install the Debian packages of "$@" that are not installed yet
need_packages() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' \
      || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "installing Debian packages: ${missing[*]}"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -qq
  # (another run may hold dpkg's lock for a while: wait for it)
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
    "${missing[@]}" >/dev/null
}

use_pg "$PGVER"

# every Debian package scripts/test needs for PostgreSQL $PGVER: the build's,
# pgTAP's, and those of the extra suites (test/extra/*.packages, one a line)
test_packages() {
  local extra
  extra=$(cat test/extra/*.packages 2>/dev/null | sed "s/#.*//" | xargs -r echo || true)
  # shellcheck disable=SC2086
  echo "${BUILD_PACKAGES[@]}" "postgresql-$PGVER-pgtap" libtap-parser-sourcehandler-pgtap-perl $extra
}

# Installing replaces cocreation.so under every cluster of the machine, so
# build-install-run is serialised between concurrent runs (developers
# sharing a machine); the lock is released when the calling script exits.
# A run that has to wait says so, and who holds the lock (the holder writes
# its pid and command into the lock's companion file).
lock_install() {
  local lock="${TMPDIR:-/tmp}/cocreation-install.lock"
  exec 9>"$lock"
  if ! flock -n 9; then
    echo "waiting for the install lock $lock, held by: $(cat "$lock.holder" 2>/dev/null || echo 'another run')" >&2
    flock 9
    echo "got the install lock" >&2
  fi
  echo "pid $$ ($0), since $(date '+%H:%M:%S')" > "$lock.holder" 2>/dev/null || true
}

# Warnings are errors here (the project's own runs), not in the Makefile that
# users build with: a newer compiler's new warning must not stop their build.
# The work tree may hold objects built against another version (scripts/test
# builds each version in turn in the same tree): those are cleaned first.
build_install() {
  local built=.built-for-pg
  echo "building and installing the extension for PostgreSQL $PGVER" >&2
  if [ "$(cat "$built" 2>/dev/null)" != "$PGVER" ]; then
    make -s PG_CONFIG="$PG_CONFIG" clean >/dev/null
  fi
  make -s PG_CONFIG="$PG_CONFIG" COPT=-Werror >/dev/null
  echo "$PGVER" > "$built"
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
  echo "starting a throwaway PostgreSQL $PGVER cluster" >&2
  pg_virtualenv -t -v "$PGVER" "${CLUSTER_LOCALE[@]}" "$@"
}

# the same, without the server log pg_virtualenv prints when it stops: for
# jobs whose output is read by people (the log stays in the cluster's dir
# while it runs, and tests use in_cluster, which keeps it)
in_cluster_quiet() {
  echo "starting a throwaway PostgreSQL $PGVER cluster" >&2
  pg_virtualenv -t -v "$PGVER" "${CLUSTER_LOCALE[@]}" -o log_min_messages=fatal "$@" 2>&1 \
    | grep -vE '^(\*\*\* .* \*\*\*|Creating new PostgreSQL cluster|Dropping cluster)'
}
