#!/usr/bin/env bash
# Regenerates the EMF model and edit code headlessly (what "Generate Model Code" + "Generate Edit
# Code" on the .genmodel do in the IDE), with merging: @generated NOT members survive.
#
#   releng/scripts/generate-model.sh                 # every bundles/*/model/*.genmodel
#   releng/scripts/generate-model.sh bundles/nl.casustafel.model/model/casustafel.genmodel
#   releng/scripts/generate-model.sh --prune         # also delete .java files of classes removed from the model
#   releng/scripts/generate-model.sh --verbose       # print every generator step
#   releng/scripts/generate-model.sh --help
#
# Builds releng/codegen with Maven when needed (first run, or after a change in it), then runs it
# with plain "java -cp" (~2 s). Uses JAVA_HOME if it is a JDK >= 21, else the newest JDK >= 21 under
# /usr/lib/jvm, else any Java >= 17. Environment: CASUSTAFEL_BUNDLES overrides the bundles folder.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CODEGEN="$ROOT/releng/codegen"
MAIN=nl.casustafel.releng.codegen.Main

die() { echo "generate-model: $*" >&2; exit 2; }

# Prints the major version of the java binary $1 (empty if it does not run).
java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9.]*\).*/\1/p' | sed 's/^1\.//' | cut -d. -f1
}

pick_java_home() {
  local candidates=() c best="" best_v=0 v
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  for c in /usr/lib/jvm/*; do [ -d "$c" ] && [ ! -L "$c" ] && candidates+=("$c"); done
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  # JAVA_HOME wins if it is >= 21; otherwise the newest >= 21; otherwise the newest >= 17.
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    v="$(java_major "$JAVA_HOME/bin/java")"
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then echo "$JAVA_HOME"; return; fi
  fi
  for c in "${candidates[@]}"; do
    [ -x "$c/bin/java" ] || continue
    v="$(java_major "$c/bin/java")"
    [ -n "$v" ] || continue
    if [ "$v" -gt "$best_v" ]; then best="$c"; best_v="$v"; fi
  done
  if [ -z "$best" ] || [ "$best_v" -lt 17 ]; then
    die "no Java 17 or newer found (looked at JAVA_HOME, /usr/lib/jvm/*, java on PATH); install a JDK >= 21"
  fi
  [ "$best_v" -lt 21 ] && echo "generate-model: note: no JDK >= 21 found, using Java $best_v ($best)" >&2
  echo "$best"
}

JAVA_HOME="$(pick_java_home)"
export JAVA_HOME
JAVA="$JAVA_HOME/bin/java"

# Build releng/codegen when target/ is missing, its sources changed since the last build (content
# hash, not mtimes), or a jar on its class path went missing from the local Maven repository.
source_hash() {
  (cd "$CODEGEN" && find pom.xml .mvn src -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1)
}
needs_build() {
  local stamp="$CODEGEN/target/codegen.stamp" cp jar
  [ -f "$stamp" ] && [ -f "$CODEGEN/target/classpath.txt" ] && [ -d "$CODEGEN/target/classes" ] || return 0
  [ "$(cat "$stamp")" = "$(source_hash)" ] || return 0
  cp="$(cat "$CODEGEN/target/classpath.txt")"
  local IFS=:
  for jar in $cp; do [ -f "$jar" ] || return 0; done
  return 1
}

if needs_build; then
  if [ -x "$ROOT/mvnw" ]; then MVN=("$ROOT/mvnw"); elif command -v mvn >/dev/null 2>&1; then MVN=(mvn); else
    die "neither $ROOT/mvnw nor mvn found: Maven is needed to build releng/codegen"; fi
  echo "generate-model: building releng/codegen (${MVN[*]}, JAVA_HOME=$JAVA_HOME)" >&2
  log="$(mktemp)"
  if ! "${MVN[@]}" -B -q -f "$CODEGEN/pom.xml" clean package >"$log" 2>&1; then
    cat "$log" >&2; rm -f "$log"; die "building releng/codegen failed"
  fi
  rm -f "$log"
  source_hash >"$CODEGEN/target/codegen.stamp"
fi

args=("$@")
has_bundles=false
for a in "$@"; do [ "$a" = "--bundles" ] && has_bundles=true; done
if ! $has_bundles; then args=(--bundles "${CASUSTAFEL_BUNDLES:-$ROOT/bundles}" "${args[@]}"); fi

exec "$JAVA" -Dfile.encoding=UTF-8 -Xshare:auto -XX:TieredStopAtLevel=1 \
  -cp "$CODEGEN/target/classes:$(cat "$CODEGEN/target/classpath.txt")" "$MAIN" "${args[@]}"
