#!/bin/bash
# scripts/pgroot.sh: a PostgreSQL version the machine's Debian release does not
# ship, from the Debian release that does (PG_DEBIAN_RELEASE in lib.sh), in a
# root directory made once by debootstrap and kept outside the work tree.
#
#   scripts/pgroot.sh create N      make the root for PostgreSQL N (once)
#   scripts/pgroot.sh run N CMD...  run CMD in it, in this work tree
#   scripts/pgroot.sh exists N      whether the root is complete
#   scripts/pgroot.sh made N        how many seconds its creation took
#   scripts/pgroot.sh log N         where a creation in the background logs
#
# A root is complete when its stamp file exists: the stamp is written last,
# so an interrupted creation is started again from nothing.  Roots live in
# $COCREATION_ROOTS (default /var/lib/cocreation/roots), one per release.
source "$(dirname "$0")/lib.sh"

ROOTS=${COCREATION_ROOTS:-/var/lib/cocreation/roots}
STAMP=.cocreation-root-complete

root_dir() { echo "$ROOTS/${PG_DEBIAN_RELEASE[$1]:?no Debian release known for PostgreSQL $1}"; }

# the Debian mirror the machine's own apt uses (deb822 sources or sources.list)
host_mirror() {
  local uri
  uri=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null \
          | awk '/^URIs:/ { print $2 }' | grep -E '/debian/?$' | head -n 1 || true)
  [ -n "$uri" ] || uri=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null \
          | awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i !~ /^\[/) { print $i; break } }' \
          | grep -E '/debian/?$' | head -n 1 || true)
  echo "${uri:-http://deb.debian.org/debian}"
}

# One lock per root, held while it is created or used: a second run (another
# work tree on this machine) waits instead of unmounting under the first.
lock_root() {
  mkdir -p "$ROOTS"
  exec 8>"$ROOTS/${PG_DEBIAN_RELEASE[$1]}.lock"
  flock -n 8 && return 0
  echo "waiting for the Debian ${PG_DEBIAN_RELEASE[$1]} root (being made or used by another run)"
  flock 8
}

# Mounts for a command in the root: the kernel's views and the work tree, at
# the same path as outside, so that paths printed inside read the same.
MOUNTED=()
mount_root() {  # mount_root DIR WORKTREE
  local dir=$1 tree=$2 m
  for m in /proc /dev /dev/pts /dev/shm; do
    mkdir -p "$dir$m"
  done
  mount -t proc proc "$dir/proc" && MOUNTED+=("$dir/proc")
  mount --bind /dev "$dir/dev" && MOUNTED+=("$dir/dev")
  mount --bind /dev/pts "$dir/dev/pts" && MOUNTED+=("$dir/dev/pts")
  mount --bind /dev/shm "$dir/dev/shm" && MOUNTED+=("$dir/dev/shm")
  if [ -n "$tree" ]; then
    # a run killed before it unmounted left its work tree bound here (this
    # run holds the root's lock, so no other uses it); a bind onto that
    # stale mount of a since-deleted tree fails
    if mountpoint -q "$dir$tree"; then umount -l "$dir$tree"; fi
    mkdir -p "$dir$tree"
    mount --bind "$tree" "$dir$tree" && MOUNTED+=("$dir$tree")
  fi
}

# End what is still running in the root (a cluster left by an interrupted
# run would hold its mounts), then unmount in reverse order.
unmount_root() {  # unmount_root DIR
  local dir=$1 p i
  for p in /proc/[0-9]*; do
    if [ "$(readlink "$p/root" 2>/dev/null)" = "$dir" ]; then
      kill -9 "${p#/proc/}" 2>/dev/null || true
    fi
  done
  for ((i = ${#MOUNTED[@]} - 1; i >= 0; i--)); do
    umount "${MOUNTED[i]}" 2>/dev/null || umount -l "${MOUNTED[i]}" 2>/dev/null || true
  done
  MOUNTED=()
}

# the environment of a command in the root: nothing of the caller's but what
# the scripts read
in_root() {  # in_root DIR CMD...
  local dir=$1; shift
  chroot "$dir" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM="${TERM:-dumb}" \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    DEBIAN_FRONTEND=noninteractive STRESS="${STRESS:-}" CI="${CI:-}" "$@"
}

create_root() {  # create_root N
  local v=$1 dir release mirror start
  dir=$(root_dir "$v"); release=${PG_DEBIAN_RELEASE[$v]}
  [ -f "$dir/$STAMP" ] && return 0
  lock_root "$v"
  [ -f "$dir/$STAMP" ] && return 0       # made by a run we waited for
  start=$(date +%s)
  mirror=$(host_mirror)
  echo "creating the Debian $release root for PostgreSQL $v in $dir (mirror $mirror)"
  need_packages debootstrap
  # an interrupted creation: nothing of it is trusted (and nothing may be mounted)
  if [ -e "$dir" ]; then
    findmnt -rn -o TARGET | grep -F "$dir/" | sort -r | xargs -r -n 1 umount -l || true
    # never delete through a mount (the work tree or /dev bound inside)
    if findmnt -rn -o TARGET | grep -qF "$dir/"; then
      echo "$dir: still has mounts inside, not deleting it"; return 1
    fi
    rm -rf --one-file-system "$dir"
  fi
  debootstrap --variant=minbase "$release" "$dir" "$mirror" > "$ROOTS/$release.debootstrap.log" 2>&1 \
    || { tail -n 20 "$ROOTS/$release.debootstrap.log"; echo "debootstrap failed"; return 1; }
  # unstable's release file can be past its validity date on a mirror
  echo 'Acquire::Check-Valid-Until "false";' > "$dir/etc/apt/apt.conf.d/99cocreation"
  # packages must not start services in the root, and PostgreSQL's must not
  # make a cluster of their own: the tests make throwaway ones
  printf '#!/bin/sh\nexit 101\n' > "$dir/usr/sbin/policy-rc.d"; chmod +x "$dir/usr/sbin/policy-rc.d"
  mkdir -p "$dir/etc/postgresql-common/createcluster.d"
  echo 'create_main_cluster = false' > "$dir/etc/postgresql-common/createcluster.d/cocreation.conf"
  CUR_ROOT=$dir; trap 'unmount_root "$CUR_ROOT"' EXIT
  mount_root "$dir" ""
  in_root "$dir" apt-get update -qq
  # shellcheck disable=SC2046
  in_root "$dir" apt-get install -y -qq --no-install-recommends $(use_pg "$v"; test_packages) \
    > "$ROOTS/$release.apt.log" 2>&1 \
    || { tail -n 30 "$ROOTS/$release.apt.log"; echo "installing packages in the $release root failed"; return 1; }
  in_root "$dir" apt-get clean
  unmount_root "$dir"; trap - EXIT
  echo "$(( $(date +%s) - start ))" > "$dir/$STAMP"
  echo "created the Debian $release root for PostgreSQL $v in $(( $(date +%s) - start )) s"
}

run_in_root() {  # run_in_root N CMD...
  local v=$1 dir tree rc=0; shift
  dir=$(root_dir "$v")
  create_root "$v"
  lock_root "$v"
  tree=$(pwd -P)
  CUR_ROOT=$dir; trap 'unmount_root "$CUR_ROOT"' EXIT
  trap 'exit 130' INT TERM
  mount_root "$dir" "$tree"
  in_root "$dir" /bin/bash -c 'cd "$1" && shift && exec "$@"' - "$tree" "$@" || rc=$?
  unmount_root "$dir"; trap - EXIT
  return $rc
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  case "${1:-}" in
    create) create_root "${2:?PostgreSQL version}" ;;
    exists) [ -f "$(root_dir "${2:?PostgreSQL version}")/$STAMP" ] ;;
    made) cat "$(root_dir "${2:?PostgreSQL version}")/$STAMP" ;;   # seconds its creation took
    log) mkdir -p "$ROOTS"; echo "$ROOTS/${PG_DEBIAN_RELEASE[${2:?PostgreSQL version}]}.create.log" ;;
    run) v=${2:?PostgreSQL version}; shift 2; run_in_root "$v" "$@" ;;
    *) echo "usage: $0 create N | run N CMD... | exists N | made N | log N" >&2; exit 2 ;;
  esac
fi
