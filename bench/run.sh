#!/usr/bin/env bash
# Measures the edit loop: wall time of `./mvnw -o -DskipTests …` for three scenarios, run N times (default 3),
# then prints min and median per scenario as a Markdown table, plus the per-stage times of the last run of each.
#   cold       : `clean package`, nothing cached (JVM, Maven repository and npm cache stay warm)
#   no-change  : `package` right after, every cached stage skipped (build/cache/stages)
#   one-chapter: `package` after appending a sentence to one chapter of Volume 1; "html" is when the document's
#                HTML was rewritten, "all" when the build finished. The chapter is restored on exit.
# After each cold run the deliverables' SHA-256 are compared with the first cold run's (byte-identical rebuilds).
# Not a test: numbers depend on the machine and on what else runs on it (the script prints the load average).
# Usage: bench/run.sh [runs] [scenario...]   (default: 3 runs of cold no-change one-chapter; without cold, an untimed
#        `package` first brings build/ up to date)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
shift || true
scenarios="${*:-cold no-change one-chapter}"
if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
chapter=docs/proposta/05-dados.adoc
html=build/document/arquitetura.html
work="$(mktemp -d)"
cp "$chapter" "$work/chapter"
trap 'cp "$work/chapter" "$chapter"; rm -rf "$work"' EXIT

deliverables() { # the files a person receives, with their SHA-256, stable order
  (cd build && find site pdf k8s cdk.out generated diagrams -type f 2>/dev/null | LC_ALL=C sort | xargs -d '\n' sha256sum)
}

# build <scenario> <maven args...>: appends "<ms>" to $work/<scenario>; for one-chapter also the HTML time
build() {
  local scenario="$1"; shift
  local start end html_ms="" marker="$work/marker"
  touch "$marker"
  start=$(date +%s%N)
  if [ "$scenario" = one-chapter ]; then
    ( # polls for the rewritten HTML: the document stage writes it before starting the PDF
      while [ ! "$html" -nt "$marker" ]; do sleep 0.2; done
      echo $(( ($(date +%s%N) - start) / 1000000 )) >"$work/html-now"
    ) &
    local poller=$!
  fi
  ./mvnw -o -B -ntp -DskipTests "$@" >"$work/log" 2>&1 || { cat "$work/log"; echo "bench: build failed" >&2; exit 1; }
  end=$(date +%s%N)
  local ms=$(( (end - start) / 1000000 ))
  echo "$ms" >>"$work/$scenario"
  if [ "$scenario" = one-chapter ]; then
    sleep 0.3; kill "$poller" 2>/dev/null || true
    if [ -f "$work/html-now" ]; then html_ms=$(cat "$work/html-now"); rm -f "$work/html-now"; echo "$html_ms" >>"$work/one-chapter-html"; fi
  fi
  printf '%-12s %7d ms%s | %s\n' "$scenario" "$ms" "${html_ms:+ (html $html_ms ms)}" \
    "$(sed -n "s/^\[archgen\] stage '\(.*\)' took \([0-9]*\) ms$/\1=\2/p" "$work/log" | tr '\n' ' ')"
  printf '%-12s skipped: %s\n' "" "$(grep -c 'unchanged, skipped' "$work/log" || true)"
}

stats() { # min and median of the numbers in a file, in seconds
  sort -n "$1" | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f | %.1f", v[1] / 1000, m / 1000 }'
}

echo "bench: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start, $(date -u +%FT%TZ)"
./mvnw -o -B -ntp -q -DskipTests compile >/dev/null # compile once, so no run pays for it
case " $scenarios " in *" cold "*) ;; *) ./mvnw -o -B -ntp -q -DskipTests package >/dev/null ;; esac
for i in $(seq 1 "$runs"); do
  for scenario in $scenarios; do
    case "$scenario" in
      cold)
        build cold clean package
        deliverables >"$work/sums-$i"
        if [ "$i" -gt 1 ]; then
          if cmp -s "$work/sums-1" "$work/sums-$i"; then echo "cold build $i: deliverables byte-identical to cold build 1"
          else echo "cold build $i: DELIVERABLES DIFFER from cold build 1:"; diff "$work/sums-1" "$work/sums-$i" | head -20 || true; fi
        fi ;;
      no-change) build no-change package ;;
      one-chapter)
        printf '\nFrase acrescentada pelo benchmark, edição %s.\n' "$i" >>"$chapter" # visible: the volume is printed again
        build one-chapter package
        cp "$work/chapter" "$chapter" ;;
      *) echo "bench: unknown scenario $scenario (cold, no-change, one-chapter)" >&2; exit 2 ;;
    esac
  done
done
# The anchor: bare AsciidoctorJ + asciidoctorj-pdf on the same volumes (attributes, theme, generated fragments), without
# the generator's extensions, checks or cache, in one JVM like the document stage: what the PDF engine alone costs here.
./mvnw -o -B -ntp -q dependency:build-classpath -Dmdep.outputFile="$work/classpath" >/dev/null
volumes=$(ls docs/arquitetura.adoc docs/referencia.adoc 2>/dev/null | tr '\n' ' ')
start=$(date +%s%N)
# the generator's JVM flags (pom.xml's archgen.jvmFlags: collector, young generation), so the anchor runs as tuned
jvm_flags=$(sed -n 's:.*<archgen.jvmFlags>\(.*\)</archgen.jvmFlags>.*:\1:p' pom.xml)
# shellcheck disable=SC2086 # the flags are words
"${JAVA_HOME:+$JAVA_HOME/bin/}java" $jvm_flags -cp "$(cat "$work/classpath")" bench/BareAsciidoctor.java build $volumes | tee "$work/anchor-log"
echo $(( ($(date +%s%N) - start) / 1000000 )) >"$work/anchor"
echo "bench: load average $(cut -d' ' -f1-3 /proc/loadavg) at end, $(date -u +%FT%TZ)"
echo
echo "| Scenario (\`./mvnw -o -DskipTests …\`), $runs runs | min (s) | median (s) |"
echo "|---|---|---|"
[ -s "$work/cold" ] && echo "| cold \`clean package\` | $(stats "$work/cold") |"
[ -s "$work/no-change" ] && echo "| no-change \`package\` | $(stats "$work/no-change") |"
[ -s "$work/one-chapter-html" ] && echo "| one chapter edited: its HTML rewritten | $(stats "$work/one-chapter-html") |"
[ -s "$work/one-chapter" ] && echo "| one chapter edited: all outputs | $(stats "$work/one-chapter") |"
echo "| anchor: bare AsciidoctorJ, HTML + PDF of $volumes(one run, JVM start included) | $(stats "$work/anchor") |"
if [ -s "$work/cold" ]; then
  sort -n "$work/cold" | awk -v anchor="$(cat "$work/anchor")" '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
    printf "\nratio: cold build median / anchor = %.2f (the whole build, every deliverable and check, per second of bare PDF engine)\n", m / anchor }'
fi
true
