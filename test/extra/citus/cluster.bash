# cluster.bash: sourced by test/extra/citus.sh and bench/cases/70_citus.sh
# (not a suite itself).  Builds Citus once per machine and runs a Citus
# cluster of three servers on this machine: a coordinator and two workers,
# each its own data directory and port on localhost, with the PostgreSQL
# binaries first on PATH.
#
#   citus_supported        true on a PostgreSQL Citus 13 supports; else says why (CITUS_SKIP)
#   citus_ensure_built     builds and installs Citus from ../shared/vendor unless installed
#   citus_start            starts the three servers; sets CITUS_COORD, CITUS_W1, CITUS_W2 (ports)
#   citus_sql PORT DB SQL  runs SQL on a server, unaligned output
#   citus_stop             stops them (also on exit)

CITUS_VERSION=13.2.2
CITUS_BIN=$(dirname "$(command -v pg_ctl)")
CITUS_PG_CONFIG=$CITUS_BIN/pg_config
CITUS_MAJOR=$("$CITUS_PG_CONFIG" --version | sed -E 's/^PostgreSQL ([0-9]+).*/\1/')
CITUS_SUDO=""
[ "$(id -u)" = 0 ] || CITUS_SUDO=sudo

citus_supported() {
  case "$CITUS_MAJOR" in
    15|16) return 0 ;;
  esac
  CITUS_SKIP="Citus $CITUS_VERSION supports PostgreSQL 15 and 16 only (this is $CITUS_MAJOR); Citus 14 needs 16 to 18 and is not vendored"
  return 1
}

# The vendored sources: $COCREATION_VENDOR, or shared/vendor next to the
# clone (../shared/vendor), or next to the main clone of a git worktree.
citus_vendor() {
  local repo common d
  repo=$(pwd)
  common=$(git -C "$repo" rev-parse --path-format=absolute --git-common-dir 2>/dev/null || true)
  for d in "${COCREATION_VENDOR:-}" "$repo/../shared/vendor" \
           ${common:+"$(dirname "$common")/../shared/vendor"}; do
    [ -n "$d" ] && [ -f "$d/citus-$CITUS_VERSION.tar.gz" ] && { (cd "$d" && pwd); return 0; }
  done
  echo "citus: the Citus sources citus-$CITUS_VERSION.tar.gz are not in \$COCREATION_VENDOR," \
       "$repo/../shared/vendor or next to the main clone; set COCREATION_VENDOR to the directory that holds them" >&2
  return 1
}

# Building takes minutes on two cores: once per machine (per PostgreSQL
# installation), under a lock so that two runs do not build at once.
citus_ensure_built() {
  local lib vendor src log
  lib=$("$CITUS_PG_CONFIG" --pkglibdir)/citus.so
  [ -f "$lib" ] && return 0
  exec 8>"${TMPDIR:-/tmp}/cocreation-citus-build.lock"
  flock 8
  [ -f "$lib" ] && { flock -u 8; return 0; }
  vendor=$(citus_vendor) || { flock -u 8; return 1; }
  src=$(mktemp -d "${TMPDIR:-/tmp}/cocreation-citus-src.XXXXXX")
  log=$src/build.log
  echo "citus: building Citus $CITUS_VERSION from $vendor (once per machine; log $log)" >&2
  if ! ( cd "$src" && tar xzf "$vendor/citus-$CITUS_VERSION.tar.gz" \
         && cd "citus-$CITUS_VERSION" \
         && { [ ! -f "$vendor/citus-$CITUS_VERSION-pg15.20.patch" ] \
              || patch -s -p1 < "$vendor/citus-$CITUS_VERSION-pg15.20.patch"; } \
         && ./configure PG_CONFIG="$CITUS_PG_CONFIG" \
         && make -j"$(nproc)" \
         && $CITUS_SUDO make install ) > "$log" 2>&1; then
    tail -n 30 "$log" >&2
    echo "citus: building Citus failed (log above, in $log)" >&2
    flock -u 8
    return 1
  fi
  rm -rf "$src"
  flock -u 8
}

# as the owner of the data directories (initdb refuses to run as root)
citus_as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

citus_free_port() {
  local p
  for p in $(seq "$1" $(( $1 + 200 ))); do
    (echo > "/dev/tcp/127.0.0.1/$p") 2>/dev/null && continue
    grep -qx "$p" <<<"${CITUS_TAKEN:-}" && continue
    CITUS_TAKEN+="$p"$'\n'
    echo "$p"; return 0
  done
  return 1
}

citus_sql() {
  psql -X -q -At -v ON_ERROR_STOP=1 -h localhost -p "$1" -U postgres -d "$2" -c "$3"
}

citus_stop() {
  local n
  [ -n "${CITUS_DIR:-}" ] || return 0
  for n in coordinator worker1 worker2; do
    [ -d "$CITUS_DIR/$n" ] && citus_as_owner "$CITUS_BIN/pg_ctl" -D "$CITUS_DIR/$n" -m fast stop >/dev/null 2>&1
  done
  rm -rf "$CITUS_DIR"
  CITUS_DIR=""
}

# the servers' settings: Citus preloaded; 8 shards a table (Citus's 32 are
# many for two workers on one machine); triggers on distributed tables (a
# workspace's fill_wave, which reads a reference table); no fsync (throwaway)
CITUS_OPTIONS="-c listen_addresses=localhost -c shared_preload_libraries=citus"
CITUS_OPTIONS+=" -c max_worker_processes=16 -c citus.shard_count=8"
CITUS_OPTIONS+=" -c citus.enable_unsafe_triggers=on -c fsync=off"

# start_one NAME PORT
citus_start_one() {
  citus_as_owner "$CITUS_BIN/initdb" -D "$CITUS_DIR/$1" -U postgres -A trust --locale=C.UTF-8 >/dev/null \
    || return 1
  citus_as_owner "$CITUS_BIN/pg_ctl" -D "$CITUS_DIR/$1" -l "$CITUS_DIR/$1.log" -w -t 60 \
    -o "-p $2 -k $CITUS_DIR $CITUS_OPTIONS" start >/dev/null \
    || { cat "$CITUS_DIR/$1.log" >&2; return 1; }
}

citus_start() {
  CITUS_DIR=$(mktemp -d "${TMPDIR:-/tmp}/cocreation-citus.XXXXXX")
  chmod 755 "$CITUS_DIR"
  [ "$(id -u)" = 0 ] && chown postgres "$CITUS_DIR"
  trap citus_stop EXIT
  CITUS_COORD=$(citus_free_port 25432) && CITUS_W1=$(citus_free_port $(( CITUS_COORD + 1 ))) \
    && CITUS_W2=$(citus_free_port $(( CITUS_W1 + 1 ))) || return 1
  citus_start_one coordinator "$CITUS_COORD" && citus_start_one worker1 "$CITUS_W1" \
    && citus_start_one worker2 "$CITUS_W2"
}

# citus_create_db DB: a database on all three with citus, the workers added
citus_create_db() {
  local p
  for p in "$CITUS_COORD" "$CITUS_W1" "$CITUS_W2"; do
    citus_sql "$p" postgres "CREATE DATABASE $1" && citus_sql "$p" "$1" "CREATE EXTENSION citus" || return 1
  done
  citus_sql "$CITUS_COORD" "$1" "SELECT citus_set_coordinator_host('localhost', $CITUS_COORD)" >/dev/null \
    && citus_sql "$CITUS_COORD" "$1" "SELECT citus_add_node('localhost', $CITUS_W1)" >/dev/null \
    && citus_sql "$CITUS_COORD" "$1" "SELECT citus_add_node('localhost', $CITUS_W2)" >/dev/null
}
