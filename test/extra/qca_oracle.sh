#!/bin/bash
# qca_oracle: the extension's QCA (truth table, complex, parsimonious and
# intermediate solutions, model and term fit, qca_fit) against an oracle
# written from the method's definitions in exact rational arithmetic, on
# random crisp and fuzzy data sets from a fixed list of seeds; see
# qca_oracle.py.  QCA_ORACLE_SEEDS="17 42" runs only those data sets.
exec /usr/bin/python3 "$(dirname "$0")/qca_oracle.py" "$@"
