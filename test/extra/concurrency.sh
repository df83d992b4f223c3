#!/bin/bash
# concurrency: pgbench, analysts reading the workspace views while others
# insert activities and factors; see hardening/concurrency.py
exec /usr/bin/python3 "$(dirname "$0")/hardening/concurrency.py"
