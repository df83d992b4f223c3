#!/bin/bash
# dump: pg_dump / pg_restore (plain and custom) keep every row; see hardening/dump.py
exec /usr/bin/python3 "$(dirname "$0")/hardening/dump.py"
