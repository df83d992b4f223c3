# check.bash: sourced by the shell suites of test/extra (not a suite itself).
# Counts checks and closes a suite with the line run-suites reads.
passed=0; failed=0

# check_eq NAME EXPECTED ACTUAL: the two strings are equal
check_eq() {
  if [ "$2" = "$3" ]; then
    echo "ok - $1"; passed=$((passed + 1))
  else
    echo "not ok - $1"; echo "#   expected: ${2:0:400}"; echo "#   got:      ${3:0:400}"
    failed=$((failed + 1))
  fi
}

# check_run NAME COMMAND...: the command succeeds
check_run() {
  if "${@:2}"; then passed=$((passed + 1)); echo "ok - $1"
  else failed=$((failed + 1)); echo "not ok - $1"; fi
}

# finish NAME: the suite's closing line; the exit status says whether all passed
finish() {
  echo "$1: $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}
