#!/usr/bin/env bash
# Dropins benchmark: what the p2 dropins reconciler costs when the product starts. Measures, on
# copies of the packaged product, the time from starting the casustafel script until the Casustafel
# window is on screen:
#   without  - the reconciler and the p2 bundles only it needs left out of the configuration
#              (bundles.info, osgi.framework.extensions), as the product was before issue 8;
#   empty    - the product as shipped, nothing in dropins/;
#   dropped  - the first start after the example partner plug-in was copied into dropins/
#              (the reconciler plans and installs it);
#   installed - a later start with the example installed.
# Each start after a warm-up start (configuration caches written), RUNS times each (default 5).
# Records the result in docs/benchmarks.md (section "Installing plug-ins from dropins"). Not a test:
# nothing fails, the numbers are written down.
#   releng/scripts/benchmark-dropins.sh [extra Maven arguments, e.g. -o]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
casustafel_use_java
casustafel_ensure_product

runs=${RUNS:-5}
example_jar=$(ls "$CASUSTAFEL_ROOT"/examples/nl.casustafel.examples.probation/target/nl.casustafel.examples.probation-*.jar 2>/dev/null | grep -v sources | head -n 1 || true)
if [[ -z $example_jar ]]; then
	(cd "$CASUSTAFEL_ROOT" && ./mvnw -B -q verify -DskipTests "$@" -pl examples/nl.casustafel.examples.probation -am)
	example_jar=$(ls "$CASUSTAFEL_ROOT"/examples/nl.casustafel.examples.probation/target/nl.casustafel.examples.probation-*.jar | grep -v sources | head -n 1)
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/casustafel-dropins-benchmark.XXXXXX")
product_pid=
cleanup() {
	[[ -n $product_pid ]] && kill "$product_pid" 2>/dev/null || true
	casustafel_stop_xvfb
	rm -rf "$work"
}
trap cleanup EXIT
casustafel_start_xvfb

now_ms() { date +%s%3N; }
# Starts the product in $1 and prints the milliseconds until its window exists; then stops it.
time_to_window() {
	local product=$1 start elapsed=timeout deadline
	start=$(now_ms)
	"$product/casustafel" -data "$product.workspace" -demo "$work/demo" >>"$product.log" 2>&1 &
	product_pid=$!
	deadline=$((start + 120000))
	while (($(now_ms) < deadline)); do
		if xwininfo -root -tree 2>/dev/null | grep -qF '"Casustafel'; then
			elapsed=$(($(now_ms) - start))
			break
		fi
		sleep 0.05
	done
	sleep 2 # let the start finish before the next one
	kill "$product_pid" 2>/dev/null || true
	wait "$product_pid" 2>/dev/null || true
	product_pid=
	echo "$elapsed"
}
# Prints "median (min–max)" in seconds of the numbers (milliseconds) given.
summary() {
	printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END {
		m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
		printf "%.2f s (%.2f–%.2f)", m / 1000, v[1] / 1000, v[NR] / 1000 }'
}

# The product without the reconciler: the bundles only p2 needs out of bundles.info.
cp -a "$CASUSTAFEL_PRODUCT_DIR" "$work/without"
sed -i -E '/^(org\.eclipse\.equinox\.p2\.|org\.eclipse\.equinox\.frameworkadmin|org\.eclipse\.equinox\.simpleconfigurator\.manipulator|org\.eclipse\.osgi\.compatibility\.state|org\.sat4j\.)/d' \
	"$work/without/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
sed -i -E 's/^osgi\.framework\.extensions=.*/osgi.framework.extensions=/' "$work/without/configuration/config.ini"
cp -a "$CASUSTAFEL_PRODUCT_DIR" "$work/with"
mkdir -p "$work/with/dropins"

declare -a without empty dropped installed
echo "benchmark-dropins.sh: warm-up starts" >&2
time_to_window "$work/without" >/dev/null
time_to_window "$work/with" >/dev/null
for ((i = 1; i <= runs; i++)); do
	without+=("$(time_to_window "$work/without")")
	empty+=("$(time_to_window "$work/with")")
	cp "$example_jar" "$work/with/dropins/"
	dropped+=("$(time_to_window "$work/with")")
	installed+=("$(time_to_window "$work/with")")
	rm "$work/with/dropins/$(basename "$example_jar")"
	time_to_window "$work/with" >/dev/null # uninstalls it again
	echo "benchmark-dropins.sh: run $i: without ${without[-1]} ms, empty ${empty[-1]} ms, dropped ${dropped[-1]} ms, installed ${installed[-1]} ms" >&2
done
if grep -q '^!ENTRY org\.eclipse\.equinox\.p2' "$work/with.workspace/.metadata/.log" 2>/dev/null; then
	echo "benchmark-dropins.sh: p2 logged problems:" >&2
	cat "$work/with.workspace/.metadata/.log" >&2
fi

java_version=$(java -version 2>&1 | head -n 1)
load=$(cut -d' ' -f1-3 /proc/loadavg)
section=$work/section.md
{
	echo "## Installing plug-ins from dropins (issue 8)"
	echo
	echo "**What:** the start-up cost of the p2 dropins reconciler that installs partner plug-ins copied into"
	echo "\`dropins/\` (docs/partner-install.md). **Command:** \`releng/scripts/benchmark-dropins.sh\` (\`RUNS=$runs\`)."
	echo "Time from starting the \`casustafel\` script until the window is on screen, under Xvfb at 1920x1080,"
	echo "median (min–max) of $runs warm starts each. *Without* leaves the reconciler and the p2 bundles only"
	echo "it needs out of the configuration (the product before issue 8); *empty* is the product as shipped;"
	echo "*dropped* the first start after copying the example plug-in into \`dropins/\`; *installed* a later"
	echo "start with it installed."
	echo
	echo "| Date | Machine | Load average | Without | Empty dropins/ | Plug-in dropped | Plug-in installed |"
	echo "| --- | --- | --- | --- | --- | --- | --- |"
	echo "| $(date -u +%Y-%m-%d) | $(nproc) cores, ${java_version//\"/} | $load | $(summary "${without[@]}") | $(summary "${empty[@]}") | $(summary "${dropped[@]}") | $(summary "${installed[@]}") |"
} >"$section"
cat "$section"

doc=$CASUSTAFEL_ROOT/docs/benchmarks.md
# A new run adds a row to the table of the section (the reading below it is kept); the first run
# writes the whole section.
python3 - "$doc" "$section" <<'PY'
import re, sys
doc, section = sys.argv[1], open(sys.argv[2]).read()
text = open(doc).read()
heading = "## Installing plug-ins from dropins (issue 8)\n"
row = section.rstrip("\n").splitlines()[-1]
if heading in text:
    start = text.index(heading)
    end = text.find("\n## ", start + len(heading))
    body = text[start:] if end < 0 else text[start:end + 1]
    rows = [m.end() for m in re.finditer(r"^\| \d{4}-\d\d-\d\d .*$", body, re.M)]
    body = body[:rows[-1]] + "\n" + row + body[rows[-1]:] if rows else body.rstrip("\n") + "\n" + row + "\n"
    text = text[:start] + body + ("" if end < 0 else text[end + 1:])
else:
    text = text.rstrip("\n") + "\n\n" + section
open(doc, "w").write(text)
PY
echo "benchmark-dropins.sh: recorded in docs/benchmarks.md" >&2
