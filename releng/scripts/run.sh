#!/usr/bin/env bash
# Starts Casustafel from this checkout, building the product first when it is missing or older
# than the sources:
#   releng/scripts/run.sh [arguments for the application, e.g. -nl en, -data DIR, -consoleLog]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

casustafel_use_java

casustafel_ensure_product

exec "$CASUSTAFEL_PRODUCT_DIR/casustafel" "$@"
