#!/usr/bin/env bash
# CI check: the committed EMF code must be exactly what the .genmodel generates.
# Runs releng/scripts/generate-model.sh --prune and fails (exit 1) when that changed, added or
# deleted anything in the model or edit bundle. Fix: run releng/scripts/generate-model.sh --prune
# and commit the result (or fix the .genmodel/.ecore).
#
# Environment: CASUSTAFEL_BUNDLES overrides the bundles folder (it must lie in a git work tree);
# CHECK_BUNDLES overrides the bundle folders checked (default: every bundle with a src-gen folder).
# In each checked bundle only what the generator writes is compared: src-gen/, plugin.xml,
# plugin.properties, build.properties and icons/.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUNDLES="${CASUSTAFEL_BUNDLES:-$ROOT/bundles}"
if [ -n "${CHECK_BUNDLES:-}" ]; then
  read -r -a CHECKED <<<"$CHECK_BUNDLES"
else
  CHECKED=()
  for d in "$BUNDLES"/*/src-gen; do
    [ -d "$d" ] && CHECKED+=("$(basename "$(dirname "$d")")")
  done
fi

if ! "$ROOT/releng/scripts/generate-model.sh" --bundles "$BUNDLES" --prune; then
  echo "check-generated: FAILED: the code generator reported errors (see above)" >&2
  exit 1
fi

cd "$BUNDLES"
paths=()
for b in "${CHECKED[@]}"; do
  for f in src-gen plugin.xml plugin.properties build.properties icons; do
    paths+=("$b/$f")
  done
done

status="$(git status --porcelain --untracked-files=all -- "${paths[@]}")"
diff_rc=0
git diff --quiet --exit-code -- "${paths[@]}" || diff_rc=$?

if [ -n "$status" ] || [ "$diff_rc" -ne 0 ]; then
  {
    echo "check-generated: FAILED: the committed EMF code differs from what the genmodel generates."
    echo "Files that differ (git status --porcelain; M changed, ?? not committed, D stale/deleted):"
    if [ -n "$status" ]; then printf '%s\n' "$status" | sed 's/^/  /'; fi
    echo "Diff (first 200 lines):"
    git --no-pager diff --stat -- "${paths[@]}" | sed 's/^/  /'
    { git --no-pager diff -- "${paths[@]}" || true; } | head -n 200 || true
    echo "Fix: run releng/scripts/generate-model.sh --prune, review, and commit the result."
  } >&2
  exit 1
fi
echo "check-generated: OK: generated code in ${CHECKED[*]} is up to date"
