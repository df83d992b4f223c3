#!/bin/bash
# roles: the README's tour, grants, BI reader and row-level-security recipes,
# run as written by the roles they name; see hardening/roles.py
exec /usr/bin/python3 "$(dirname "$0")/hardening/roles.py"
