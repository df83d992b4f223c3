#!/bin/bash
# script_lint: the install and upgrade scripts follow the house rules that no
# catalog query can see (they are about the script text itself).
cd "$(dirname "$0")/../.."
source test/extra/hardening/check.bash
for f in cocreation--*.sql; do
  case "$f" in
    cocreation--*--*) guard='^\\echo Use "ALTER EXTENSION cocreation UPDATE TO '"'"'[0-9.]*'"'"'" to load this file\. \\quit$' ;;
    *) guard='^\\echo Use "CREATE EXTENSION cocreation" to load this file\. \\quit$' ;;
  esac
  check_run "$f starts with the \\echo ... \\quit guard" grep -q "$guard" "$f"
  # an install script creates every object once: CREATE OR REPLACE there
  # could silently take over an object of the same name.  An update script
  # changes objects the extension already has, and CREATE OR REPLACE of an
  # extension member is how it does (PostgreSQL refuses it on an object
  # that is not a member), so the rule is for install scripts only
  case "$f" in
    cocreation--*--*) ;;
    # (a statement of the script starts a line; SQL a function builds at
    # run time, indented in its body, may replace the views of a workspace)
    *) check_run "$f has no CREATE OR REPLACE" \
         bash -c "! grep -niE '^create[[:space:]]+or[[:space:]]+replace' '$f'" ;;
  esac
  check_run "$f has no IF NOT EXISTS" \
    bash -c "! grep -niE 'if[[:space:]]+not[[:space:]]+exists' '$f'"
  check_run "$f has no SECURITY DEFINER" \
    bash -c "! grep -niE 'security[[:space:]]+definer' '$f'"
done
# the current install script and the update script are what the Makefile
# assembles from their parts, in the Makefile's order: no one edits an
# assembled file by hand
mkvar() {
  make -s --no-print-directory -f - print-var VAR="$1" <<'MK'
include Makefile
print-var: ; @echo $($(VAR))
MK
}
version=$(mkvar EXTVERSION)
parts=$(mkvar INSTALL_PARTS)
update_parts=$(mkvar "UPDATE_PARTS_1.0--$version")
check_run "cocreation--$version.sql is the assembly of its parts ($(echo $parts | wc -w) files in src/)" \
  bash -c "awk 'FNR == 1 && NR > 1 { print \"\" } { print }' $parts | cmp -s - cocreation--$version.sql"
check_run "cocreation--1.0--$version.sql is the assembly of its parts ($update_parts)" \
  bash -c "awk 'FNR == 1 && NR > 1 { print \"\" } { print }' $update_parts | cmp -s - cocreation--1.0--$version.sql"
check_run "every src/*.sql is a part of the install script" \
  bash -c "[ \"\$(ls src/*.sql | sort | tr '\n' ' ')\" = \"\$(echo $parts | tr ' ' '\n' | sort | tr '\n' ' ')\" ]"
check_run "every part of the update script other than its own files (src/upgrade/) is a part of the install script" \
  bash -c "for p in $update_parts; do case \$p in src/upgrade/1.0--$version*.sql) continue ;; esac; echo ' $parts ' | grep -q \" \$p \" || exit 1; done"
check_run "cocreation.control sets default_version $version (the Makefile's EXTVERSION), no fixed schema, not relocatable" \
  bash -c "grep -qx \"default_version = '$version'\" cocreation.control &&
           ! grep -q '^schema' cocreation.control &&
           grep -qx 'relocatable = false' cocreation.control"
finish script_lint
