#!/usr/bin/env bash
# CI check: the bundle manifests follow the rules of docs/contributing.md (section Manifests).
# Checks every bundles/*, examples/* and tests/* META-INF/MANIFEST.MF and fails (exit 1) with one
# line per problem when
#   - an Export-Package entry has no version,
#   - an ...internal... or ...impl... package is exported without x-internal:=true or x-friends,
#     or another bundle uses such a package without being a listed friend (examples never are),
#   - a Require-Bundle, Fragment-Host or Import-Package entry has no version range (JDK packages
#     excepted), or one that does not match: our own bundles [0.1.0,1.0.0), bundles listed in
#     targetplatform/*.target [<major.minor.0 there>,<next major>),
#   - Bundle-RequiredExecutionEnvironment is not JavaSE-21, or (outside tests/) Bundle-Name or
#     Bundle-Vendor is not a %key of the bundle's localization file.
# The rules live in releng/scripts/CheckManifests.java, run as a single-file program by the JDK.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

casustafel_use_java
exec "$JAVA_HOME/bin/java" "$CASUSTAFEL_ROOT/releng/scripts/CheckManifests.java" "$CASUSTAFEL_ROOT"
