#!/usr/bin/env bash
# Benchmark of the network view (issue 6): a synthetic regional network of 500 organisations and
# 2,000 relations built, laid out with ELK and drawn in the real network view (target: < 1 s).
# Runs the workbench under Xvfb and prints the result, also written to
# tests/nl.casustafel.network.ui.tests/target/benchmark-network.txt:
#   releng/scripts/benchmark-network.sh [extra Maven arguments, e.g. -o]
# NODES=1000 EDGES=4000 releng/scripts/benchmark-network.sh   measures another size.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
casustafel_use_java
cd "$CASUSTAFEL_ROOT"
result="$CASUSTAFEL_ROOT/tests/nl.casustafel.network.ui.tests/target/benchmark-network.txt"
mkdir -p "$(dirname "$result")"
rm -f "$result"
xvfb-run -a -s "-screen 0 1920x1080x24" ./mvnw -B verify "$@" \
	-pl tests/nl.casustafel.network.ui.tests -am -Dtest=NetworkBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
	"-Dtests.argLine=-Xmx2g --enable-native-access=ALL-UNNAMED -Dcasustafel.benchmark=$result -Dcasustafel.benchmark.nodes=${NODES:-500} -Dcasustafel.benchmark.edges=${EDGES:-2000}" \
	> "${TMPDIR:-/tmp}/benchmark-network.log" 2>&1 || { tail -50 "${TMPDIR:-/tmp}/benchmark-network.log"; exit 1; }
echo "Network benchmark ($(nproc) cores, $(java -version 2>&1 | head -1)):"
cat "$result"
