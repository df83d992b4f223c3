#!/bin/bash
# script_lint: the install and upgrade scripts follow the house rules that no
# catalog query can see (they are about the script text itself).
cd "$(dirname "$0")/../.."
source test/extra/hardening/check.bash
for f in cocreation--*.sql; do
  check_run "$f starts with the \\echo ... \\quit guard" \
    grep -q '^\\echo Use "CREATE EXTENSION cocreation" to load this file\. \\quit$' "$f"
  check_run "$f has no CREATE OR REPLACE" \
    bash -c "! grep -niE 'create[[:space:]]+or[[:space:]]+replace' '$f'"
  check_run "$f has no IF NOT EXISTS" \
    bash -c "! grep -niE 'if[[:space:]]+not[[:space:]]+exists' '$f'"
  check_run "$f has no SECURITY DEFINER" \
    bash -c "! grep -niE 'security[[:space:]]+definer' '$f'"
done
# the install script is what the Makefile assembles from src/*.sql, in the
# Makefile's order: no one edits the assembled file by hand
parts=$(make -s --no-print-directory -f - print-parts <<'MK'
include Makefile
print-parts: ; @echo $(INSTALL_PARTS)
MK
)
check_run "cocreation--1.0.sql is the assembly of its parts ($(echo $parts | wc -w) files in src/)" \
  bash -c "awk 'FNR == 1 && NR > 1 { print \"\" } { print }' $parts | cmp -s - cocreation--1.0.sql"
check_run "every src/*.sql is a part of the install script" \
  bash -c "[ \"\$(ls src/*.sql | sort | tr '\n' ' ')\" = \"\$(echo $parts | tr ' ' '\n' | sort | tr '\n' ' ')\" ]"
check_run "cocreation.control sets default_version 1.0, no fixed schema, not relocatable" \
  bash -c "grep -qx \"default_version = '1.0'\" cocreation.control &&
           ! grep -q '^schema' cocreation.control &&
           grep -qx 'relocatable = false' cocreation.control"
finish script_lint
