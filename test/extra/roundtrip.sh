#!/bin/bash
# roundtrip: random values of every type through text and binary I/O, and
# equal values hash equally; see hardening/roundtrip.py
exec /usr/bin/python3 "$(dirname "$0")/hardening/roundtrip.py"
