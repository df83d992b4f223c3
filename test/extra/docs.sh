#!/bin/bash
# docs: every ```sql example of README.md and doc/*.md runs in a fresh
# database and prints what the ```text block after it shows; the convention
# is at the top of hardening/docs.py. With file names, only those files.
exec /usr/bin/python3 "$(dirname "$0")/hardening/docs.py" "$@"
