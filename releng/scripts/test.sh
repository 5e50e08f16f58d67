#!/usr/bin/env bash
# Builds the whole reactor and runs all tests, including the UI tests:
#   releng/scripts/test.sh [extra Maven arguments, e.g. -o]
# Without a display the build runs under Xvfb. Needs Java >= 21 (found like the product does)
# and the Debian packages xvfb, xauth, libgtk-3-0 (installed automatically when run as root).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

casustafel_use_java

needs_xvfb=false
[[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]] && needs_xvfb=true
missing=()
casustafel_have_gtk3 || missing+=(libgtk-3-0)
if $needs_xvfb; then
	command -v xvfb-run >/dev/null 2>&1 || missing+=(xvfb)
	command -v xauth >/dev/null 2>&1 || missing+=(xauth)
	command -v dbus-launch >/dev/null 2>&1 || missing+=(dbus-x11)
fi
if (( ${#missing[@]} > 0 )); then
	# Install the full set, so one apt run gets everything the UI tests use.
	casustafel_apt_install xvfb xauth libgtk-3-0 dbus-x11
fi

cd "$CASUSTAFEL_ROOT"
# Manifests: versioned exports, internal packages marked, ranges on every requirement.
releng/scripts/check-manifests.sh
# The committed EMF code must equal a fresh headless generation of the .ecore/.genmodel files.
releng/scripts/check-generated.sh

mvn_cmd=(./mvnw -B verify "$@")
if $needs_xvfb; then
	echo "test.sh: no display, running under Xvfb" >&2
	exec xvfb-run -a -s "-screen 0 1920x1200x24" "${mvn_cmd[@]}"
fi
exec "${mvn_cmd[@]}"
