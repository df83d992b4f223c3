#!/bin/bash
# mutation: mutated text literals and damaged binary values of every type of
# the extension fail cleanly (class 22) or round-trip; see hardening/mutation.py
exec /usr/bin/python3 "$(dirname "$0")/hardening/mutation.py"
