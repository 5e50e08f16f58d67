#!/usr/bin/env bash
# Benchmark of the casusoverleg: how long the agenda of a meeting takes to open in a casebook of
# 10,000 synthetic cases (target: < 0.3 s). Runs the workbench under Xvfb and prints the result,
# also written to tests/nl.casustafel.meeting.ui.tests/target/benchmark-agenda.txt:
#   releng/scripts/benchmark-agenda.sh [extra Maven arguments, e.g. -o]
# CASES=1000 releng/scripts/benchmark-agenda.sh   measures another size.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
casustafel_use_java
cd "$CASUSTAFEL_ROOT"
result="$CASUSTAFEL_ROOT/tests/nl.casustafel.meeting.ui.tests/target/benchmark-agenda.txt"
mkdir -p "$(dirname "$result")"
rm -f "$result"
xvfb-run -a -s "-screen 0 1920x1080x24" ./mvnw -B verify "$@" \
	-pl tests/nl.casustafel.meeting.ui.tests -am -Dtest=AgendaOpenBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
	"-Dtests.argLine=-Xmx3g --enable-native-access=ALL-UNNAMED -Dcasustafel.benchmark=$result -Dcasustafel.benchmark.cases=${CASES:-10000} -Dcasustafel.benchmark.warm=${WARM:-10}" \
	> "${TMPDIR:-/tmp}/benchmark-agenda.log" 2>&1 || { tail -50 "${TMPDIR:-/tmp}/benchmark-agenda.log"; exit 1; }
echo "Agenda benchmark ($(nproc) cores, $(java -version 2>&1 | head -1)):"
cat "$result"
