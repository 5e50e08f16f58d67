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
