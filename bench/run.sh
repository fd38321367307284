#!/usr/bin/env bash
# Measures the build's wall time and per-stage times; prints a small table. Not a test: numbers vary by machine.
#   cold-ish : `./mvnw -o clean package`, so every diagram is rendered (JVM, Maven and caches stay warm-ish)
#   no-change: `./mvnw -o package` right after, so unchanged views are skipped
# Usage: bench/run.sh [runs]   (default 1; unit tests are skipped so the numbers show the generator)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-1}"
if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

measure() { # label, maven args...
  local label="$1"; shift
  local start end
  start=$(date +%s%N)
  ./mvnw -o -B -ntp -DskipTests "$@" >"$log" 2>&1 || { cat "$log"; echo "bench: build failed" >&2; exit 1; }
  end=$(date +%s%N)
  printf '%-10s wall %6d ms' "$label" $(( (end - start) / 1000000 ))
  sed -n "s/^\[archgen\] stage '\(.*\)' took \([0-9]*\) ms$/\1=\2ms/p" "$log" | tr '\n' ' ' | sed 's/^/ | /'
  sed -n 's/^\[archgen\]   \([0-9]* views: .*\) ->.*/| \1/p' "$log"
}

./mvnw -o -B -ntp -q -DskipTests compile >/dev/null # warm the local repository and compile once
for i in $(seq 1 "$runs"); do
  measure "cold-ish" clean package
  measure "no-change" package
done
