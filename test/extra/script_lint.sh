#!/bin/bash
# script_lint: the install and upgrade scripts follow the house rules that no
# catalog query can see (they are about the script text itself).
cd "$(dirname "$0")/../.."
passed=0; failed=0
check() {  # check DESCRIPTION COMMAND...
  if "${@:2}"; then passed=$((passed + 1)); echo "ok - $1"
  else failed=$((failed + 1)); echo "not ok - $1"; fi
}
for f in cocreation--*.sql; do
  check "$f starts with the \\echo ... \\quit guard" \
    grep -q '^\\echo Use "CREATE EXTENSION cocreation" to load this file\. \\quit$' "$f"
  check "$f has no CREATE OR REPLACE" \
    bash -c "! grep -niE 'create[[:space:]]+or[[:space:]]+replace' '$f'"
  check "$f has no IF NOT EXISTS" \
    bash -c "! grep -niE 'if[[:space:]]+not[[:space:]]+exists' '$f'"
  check "$f has no SECURITY DEFINER" \
    bash -c "! grep -niE 'security[[:space:]]+definer' '$f'"
done
check "cocreation.control sets default_version 1.0, no fixed schema, not relocatable" \
  bash -c "grep -qx \"default_version = '1.0'\" cocreation.control &&
           ! grep -q '^schema' cocreation.control &&
           grep -qx 'relocatable = false' cocreation.control"
echo "script_lint: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
