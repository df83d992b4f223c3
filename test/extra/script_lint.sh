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
check_run "cocreation.control sets default_version 1.0, no fixed schema, not relocatable" \
  bash -c "grep -qx \"default_version = '1.0'\" cocreation.control &&
           ! grep -q '^schema' cocreation.control &&
           grep -qx 'relocatable = false' cocreation.control"
finish script_lint
