# Shared by releng/scripts/run.sh and test.sh (sourced, not executed).
#
# The Java search itself lives in the product's launcher script
# (features/nl.casustafel.feature/rootfiles/casustafel), which defines its functions without
# running anything when it is sourced; so the JDK rule exists exactly once.

CASUSTAFEL_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
CASUSTAFEL_PRODUCT_DIR=$CASUSTAFEL_ROOT/releng/nl.casustafel.product/target/products/nl.casustafel.product/linux/gtk/x86_64/casustafel

# shellcheck source=../../features/nl.casustafel.feature/rootfiles/casustafel
source "$CASUSTAFEL_ROOT/features/nl.casustafel.feature/rootfiles/casustafel"

# Exports JAVA_HOME (and PATH) for a Java >= 21, or explains what is missing and exits.
casustafel_use_java() {
	local home
	if ! home=$(casustafel_find_java_home "$CASUSTAFEL_MIN_JAVA"); then
		echo "$(basename "$0"): no Java ${CASUSTAFEL_MIN_JAVA} or newer found (looked at JAVA_HOME, /usr/lib/jvm/* and the PATH)." >&2
		casustafel_java_install_hint >&2
		exit 1
	fi
	export JAVA_HOME=$home
	export PATH=$JAVA_HOME/bin:$PATH
	echo "$(basename "$0"): using JAVA_HOME=$JAVA_HOME" >&2
}

# Installs the given Debian packages when running as root, or prints the command and exits 1.
casustafel_apt_install() {
	if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
		echo "$(basename "$0"): installing $*" >&2
		apt-get update -qq
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
	else
		echo "$(basename "$0"): missing packages; install them with:" >&2
		echo "    sudo apt-get update && sudo apt-get install -y --no-install-recommends $*" >&2
		exit 1
	fi
}

# Builds the product (tests skipped) when it is missing or older than the sources.
casustafel_ensure_product() {
	local stamp=$CASUSTAFEL_PRODUCT_DIR/configuration/config.ini
	(
		cd "$CASUSTAFEL_ROOT"
		if [[ ! -f "$stamp" ]]; then
			echo "$(basename "$0"): no product yet, building it (tests skipped; releng/scripts/test.sh runs them)" >&2
			./mvnw -B -q verify -DskipTests
		elif [[ -n $(find bundles features releng targetplatform pom.xml .mvn \
				-name target -prune -o -name codegen -prune -o -newer "$stamp" -type f -print -quit) ]]; then
			echo "$(basename "$0"): sources changed since the last product build, rebuilding (tests skipped)" >&2
			./mvnw -B -q verify -DskipTests
		fi
	)
}
