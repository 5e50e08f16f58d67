# Shared by the scripts in releng/scripts (sourced, not executed).
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

# The Xvfb that casustafel_start_xvfb started, for casustafel_stop_xvfb.
CASUSTAFEL_XVFB_PID=

# For scripts that start the product and watch its windows with xwininfo: installs x11-utils and
# xvfb when they are missing and, when there is no DISPLAY, starts Xvfb (1920x1080) on a free display
# and exports DISPLAY. A script that calls it calls casustafel_stop_xvfb from its EXIT trap.
casustafel_start_xvfb() {
	local n i
	if ! command -v xwininfo >/dev/null 2>&1 || ! command -v Xvfb >/dev/null 2>&1; then
		casustafel_apt_install x11-utils xvfb xauth
	fi
	[[ -z ${DISPLAY:-} ]] || return 0
	n=$((90 + RANDOM % 100))
	while [[ -e /tmp/.X$n-lock || -e /tmp/.X11-unix/X$n ]]; do
		n=$((n + 1))
	done
	Xvfb ":$n" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
	CASUSTAFEL_XVFB_PID=$!
	export DISPLAY=:$n
	for ((i = 0; i < 100; i++)); do
		xwininfo -root >/dev/null 2>&1 && return 0
		kill -0 "$CASUSTAFEL_XVFB_PID" 2>/dev/null || break
		sleep 0.1
	done
	echo "$(basename "$0"): Xvfb did not start on $DISPLAY" >&2
	exit 1
}

# Stops the Xvfb that casustafel_start_xvfb started, if any.
casustafel_stop_xvfb() {
	[[ -n $CASUSTAFEL_XVFB_PID ]] && kill "$CASUSTAFEL_XVFB_PID" 2>/dev/null || true
	CASUSTAFEL_XVFB_PID=
}
