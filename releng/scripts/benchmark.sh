#!/usr/bin/env bash
# Foundation benchmark: for synthetic casebooks of 1k and 10k cases it measures
#   - time to window: product start until the Casustafel window is on screen, and until the
#     window title names the opened casebook (measured from outside, on the real product);
#   - open-and-list time, one-edit save time and heap used (measured inside the running workbench
#     by tests/nl.casustafel.cases.ui.tests FoundationBenchmark);
# and records the results in docs/benchmarks.md (section "Foundation"). Not a test: nothing fails
# when a target is missed; the numbers are written down.
#   releng/scripts/benchmark.sh [extra Maven arguments, e.g. -o]
#   SIZES="1000" releng/scripts/benchmark.sh     measures other sizes
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
casustafel_use_java
casustafel_ensure_product

sizes=${SIZES:-1000 10000}
work=$(mktemp -d "${TMPDIR:-/tmp}/casustafel-benchmark.XXXXXX")
product_pid=
cleanup() {
	[[ -n $product_pid ]] && kill "$product_pid" 2>/dev/null || true
	casustafel_stop_xvfb
	rm -rf "$work"
}
trap cleanup EXIT
casustafel_start_xvfb

launcher=$(ls "$CASUSTAFEL_PRODUCT_DIR"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
now_ms() { date +%s%3N; }
# Waits until a window whose name contains $1 exists; prints the milliseconds since $2.
wait_for_window() {
	local name=$1 since=$2 deadline=$(( $(now_ms) + 120000 ))
	while (( $(now_ms) < deadline )); do
		if xwininfo -root -tree 2>/dev/null | grep -qF "$name"; then
			echo $(( $(now_ms) - since ))
			return 0
		fi
		sleep 0.05
	done
	echo "timeout"
	return 1
}

declare -A window_ms casebook_ms
for n in $sizes; do
	folder=$work/cases-$n
	echo "benchmark.sh: generating a synthetic casebook of $n cases" >&2
	java -Xmx3g -jar "$launcher" -data "$work/generate-ws" -application nl.casustafel.core.generate \
		-cases "$n" -seed 42 -out "$folder" >/dev/null
	name="Synthetische regio"
	start=$(now_ms)
	"$CASUSTAFEL_PRODUCT_DIR/casustafel" -data "$work/ws-$n" -casebook "$folder" >"$work/product-$n.log" 2>&1 &
	product_pid=$!
	window_ms[$n]=$(wait_for_window '"Casustafel' "$start" || true)
	casebook_ms[$n]=$(wait_for_window "$name" "$start" || true)
	kill "$product_pid" 2>/dev/null || true
	wait "$product_pid" 2>/dev/null || true
	product_pid=
	echo "benchmark.sh: $n cases: window after ${window_ms[$n]} ms, casebook in the title after ${casebook_ms[$n]} ms" >&2
done

echo "benchmark.sh: measuring open-and-list, save and heap inside the workbench" >&2
inside=$work/inside.txt
cd "$CASUSTAFEL_ROOT"
if ! ./mvnw -B verify "$@" -pl features/nl.casustafel.feature,bundles/nl.casustafel.ui.views.nl,tests/nl.casustafel.cases.ui.tests -am -Dtest=FoundationBenchmark \
	-Dsurefire.failIfNoSpecifiedTests=false \
	"-Dtests.argLine=-Xmx2g --enable-native-access=ALL-UNNAMED -Dcasustafel.benchmark=$inside -Dcasustafel.benchmark.sizes=${sizes// /,}" \
	>"$work/maven.log" 2>&1; then
	tail -n 60 "$work/maven.log" >&2
	exit 1
fi

java_version=$(java -version 2>&1 | head -n 1)
load=$(cut -d' ' -f1-3 /proc/loadavg)
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
section=$work/section.md
{
	echo "## Foundation (issue 3)"
	echo
	echo "Recorded $(date -u +%Y-%m-%d) by \`releng/scripts/benchmark.sh\` on $(nproc) cores ($cpu),"
	echo "$(free -g | awk '/Mem:/ {print $2}') GB, $java_version. Synthetic casebooks from"
	echo "\`SyntheticCasebookGenerator\` (seed 42). Targets: 10k cases open and listed < 3 s; one edit saved"
	echo "< 0.5 s; heap < 1 GB. Load average when the run ended: $load (above 2 means other work"
	echo "competed for the two cores and the times are inflated)."
	echo
	echo "| cases | window shown | casebook in title | open + list (cold / warm) | one-edit save (cold / warm) | heap in use |"
	echo "|---:|---:|---:|---:|---:|---:|"
	for n in $sizes; do
		line=$(grep "^cases=$n " "$inside")
		get() { sed -n "s/.*$1=\([^ ]*\).*/\1/p" <<<"$line"; }
		printf '| %s | %s ms | %s ms | %s / %s | %s / %s | %s |\n' "$n" "${window_ms[$n]}" "${casebook_ms[$n]}" \
			"$(get openAndList.cold)" "$(get openAndList.warm)" "$(get save.cold)" "$(get save.warm)" "$(get heap)"
	done
	echo
	echo "*Window shown* and *casebook in title* are measured from outside on the packaged product (start"
	echo "of the \`casustafel\` script until the window exists, and until its title names the opened"
	echo "casebook). *Open + list* is opening the folder until the cases navigator lists every case; *cold*"
	echo "is the first open of that size in the JVM, *warm* the median of three more. *Save* writes one"
	echo "changed case. *Heap* is the heap in use after a full GC with the casebook open."
} >"$section"

doc=$CASUSTAFEL_ROOT/docs/benchmarks.md
[[ -f $doc ]] || printf '# Benchmarks\n\nRecorded results of the benchmark commands; targets come from the issues.\n\n' >"$doc"
python3 - "$doc" "$section" <<'PY'
import re, sys
doc, section = sys.argv[1], open(sys.argv[2]).read()
text = open(doc).read()
pattern = re.compile(r"^## Foundation \(issue 3\)\n.*?(?=^## |\Z)", re.S | re.M)
text = pattern.sub(lambda m: section + "\n", text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section
open(doc, "w").write(text)
PY
cat "$section"
