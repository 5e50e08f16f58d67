#!/usr/bin/env bash
# Takes the screenshots of the casusoverleg (agenda editor, projector in conduct mode, chair console)
# at 1920x1080 under Xvfb into docs/screenshots/casusoverleg/:
#   releng/scripts/screenshots-casusoverleg.sh [extra Maven arguments, e.g. -o]
# Needs xvfb, xauth and libgtk-3-0.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
casustafel_use_java
cd "$CASUSTAFEL_ROOT"
out="$CASUSTAFEL_ROOT/docs/screenshots/casusoverleg"
mkdir -p "$out"
xvfb-run -a -s "-screen 0 1920x1080x24" ./mvnw -B verify "$@" \
	-pl tests/nl.casustafel.meeting.ui.tests -am -Dtest=ScreenshotTour -Dsurefire.failIfNoSpecifiedTests=false \
	"-Dtests.argLine=-Xmx1g --enable-native-access=ALL-UNNAMED -Dcasustafel.screenshots=$out"
ls -l "$out"
