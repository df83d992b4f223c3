#!/bin/bash
# released: a released version's install script never changes.  Each
# version in RELEASED has its script, byte for byte as released: the sha256
# recorded there, and, where the clone has the release tag, the tag's file.
# A released version is never the current one, and an update script leads
# from each released version to the current one.
cd "$(dirname "$0")/../.."
source test/extra/hardening/check.bash
current=$(sed -n "s/^default_version = '\(.*\)'$/\1/p" cocreation.control)
while read -r version sum; do
  case "$version" in ''|\#*) continue ;; esac
  f=cocreation--$version.sql
  check_eq "$f is byte for byte the released script (sha256 in RELEASED)" "$sum" \
    "$(sha256sum "$f" 2>/dev/null | cut -d' ' -f1)"
  if git rev-parse -q --verify "refs/tags/v$version" >/dev/null 2>&1; then
    check_run "$f is the file of the tag v$version" \
      bash -c "git show 'v$version:$f' | cmp -s - '$f'"
  else
    echo "# the tag v$version is not in this clone: checked against RELEASED only"
  fi
  check_run "$version is not the current version ($current), which is still open" \
    test "$version" != "$current"
  check_run "cocreation--$version--$current.sql leads from $version to $current" \
    test -f "cocreation--$version--$current.sql"
done < RELEASED
finish released
