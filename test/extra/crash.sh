#!/bin/bash
# crash: SIGKILL of a backend mid-aggregate and mid-insert; see hardening/crash.py
exec /usr/bin/python3 "$(dirname "$0")/hardening/crash.py"
