#!/usr/bin/env bash
# Starts Casustafel from this checkout, building the product first when it is missing or older
# than the sources:
#   releng/scripts/run.sh [arguments for the application, e.g. -nl en, -data DIR, -consoleLog]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

casustafel_use_java

stamp=$CASUSTAFEL_PRODUCT_DIR/configuration/config.ini
cd "$CASUSTAFEL_ROOT"
if [[ ! -f "$stamp" ]]; then
	echo "run.sh: no product yet, building it (tests skipped; releng/scripts/test.sh runs them)" >&2
	./mvnw -B -q verify -DskipTests
elif [[ -n $(find bundles features releng targetplatform pom.xml .mvn \
		-name target -prune -o -name codegen -prune -o -newer "$stamp" -type f -print -quit) ]]; then
	echo "run.sh: sources changed since the last product build, rebuilding (tests skipped)" >&2
	./mvnw -B -q verify -DskipTests
fi

exec "$CASUSTAFEL_PRODUCT_DIR/casustafel" "$@"
