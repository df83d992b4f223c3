#!/bin/bash
# drivers: every type and every workspace view through psycopg2, pgJDBC and
# psqlODBC (pyodbc); see hardening/drivers.py
exec /usr/bin/python3 "$(dirname "$0")/hardening/drivers.py"
