#!/usr/bin/env bash
# Fuzzes Quartierwerk's readers with Jazzer, each target for a bounded time:
#   bench/fuzz/fuzz.sh [SECONDS_PER_TARGET] [TARGET ...]
#   (default 120 s; targets XmiLoader JsonImport DstgbImport CourseReader)
# The targets (src/) run on a plain class path made of the jars of the built product, so they test the shipped code,
# through the entry points of the command line (see bench/README.md). Their workspaces and the sentinel files live in
# /dev/shm/quartierwerk-fuzz (a tmpfs: imports fsync) and are removed afterwards.
# Findings (crash-*, Crash_*.java reproducers) go to bench/fuzz/target/findings/<target>/; figures to bench/results/fuzz.csv.
# Up to 10 distinct findings per target are collected before it stops. Exit code 1 when a target found something.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds="${1:-120}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(XmiLoader JsonImport DstgbImport CourseReader)

# shellcheck source=releng/scripts/jdk.sh
. "$root/releng/scripts/jdk.sh"
quartierwerk_select_jdk || exit 1

product="$root/releng/org.quartierwerk.product/target/products/org.quartierwerk.product/linux/gtk/x86_64"
[ -d "$product/plugins" ] || { echo "fuzz: no built product in $product; build it first (./mvnw -B -DskipTests package)" >&2; exit 1; }

lib="$here/target/lib"
if ! ls "$lib"/jazzer-*.jar >/dev/null 2>&1; then
  "$root/mvnw" -B -q -f "$here/pom.xml" dependency:copy-dependencies -DoutputDirectory="$lib" >&2
fi
jazzer_cp="$(ls "$lib"/jazzer-0*.jar):$(ls "$lib"/jazzer-api-*.jar)"

# the bundles the readers need, as shipped; a flat class path (no OSGi) is enough for them
cp_entries=()
for pattern in 'org.quartierwerk.model_*' 'org.quartierwerk.core_*' 'org.quartierwerk.content_*' 'org.quartierwerk.catalog_*' 'org.quartierwerk.exchange_*' \
    'org.quartierwerk.courses_*' 'org.quartierwerk.courses.model_*' 'org.eclipse.emf.common_*' 'org.eclipse.emf.ecore_*' 'org.eclipse.emf.ecore.xmi_*' \
    'org.eclipse.emfcloud.emfjson-jackson_*' 'com.fasterxml.jackson.core.jackson-*' 'org.eclipse.osgi_*' \
    'org.eclipse.equinox.common_*' 'org.eclipse.core.runtime_*' 'org.osgi.service.component_*' 'org.osgi.util.*'; do
  for jar in "$product"/plugins/$pattern.jar; do
    [ -f "$jar" ] && cp_entries+=("$jar")
  done
done
product_cp="$(IFS=:; echo "${cp_entries[*]}")"

classes="$here/target/classes"
rm -rf "$classes" && mkdir -p "$classes"
# release 21: Jazzer 0.24 instruments class files up to Java 21 (the JDK's own classes stay uninstrumented)
javac -nowarn --release 21 -cp "$product_cp:$jazzer_cp" -d "$classes" $(find "$here/src" -name '*.java')
# the host name resolver of the network sensor (Guard, Resolver)
cp -r "$here/src/META-INF" "$classes/"
base=/dev/shm/quartierwerk-fuzz
[ -d /dev/shm ] || base="${TMPDIR:-/tmp}/quartierwerk-fuzz"

# the files of format 1.0 as users have them (issue 17): the loaders gain a migration path for them
format10="$root/tests/org.quartierwerk.core.tests/fixtures/format-1.0"

seed_dirs() {
  case "$1" in
    XmiLoader) printf '%s\n' "$here/seeds/xmi" "$format10/xmi" ;;
    JsonImport) mkdir -p "$here/target/seeds/json"; cp "$root/bundles/org.quartierwerk.exchange/beispiele/dstgb150-praxisbeispiele.json" "$here/target/seeds/json/"
      printf '%s\n' "$here/seeds/json" "$here/target/seeds/json" "$format10/json" ;;
    DstgbImport) ;; # structured: builds DStGB documents from the shipped examples itself
    CourseReader) mkdir -p "$here/target/seeds/kurs"; cp "$root"/bundles/org.quartierwerk.course.*/kurs/*.xmi "$here/target/seeds/kurs/"
      echo "$here/target/seeds/kurs" ;;
  esac
}

# libFuzzer grows the input length slowly from an empty corpus; the structured target needs a few KB from the start
target_flags() {
  case "$1" in
    DstgbImport) echo "-max_len=8192 -len_control=0" ;;
    *) echo "-max_len=70000" ;;
  esac
}

results="$root/bench/results"
mkdir -p "$results"
csv="$results/fuzz.csv"
echo "part,measure,size,value,unit,n" > "$csv"
status=0
for target in "${targets[@]}"; do
  corpus="$here/target/corpus/$target"
  findings="$here/target/findings/$target"
  # findings are this run's; the corpus grows from run to run (delete target/corpus to start from the seeds)
  rm -rf "$findings"
  mkdir -p "$corpus" "$findings"
  log="$here/target/$target.log"
  mapfile -t seeds < <(seed_dirs "$target")
  read -r -a flags <<< "$(target_flags "$target")"
  echo "fuzz: $target for $seconds s (log: $log)"
  set +e
  # German messages, as the product shows them (the targets check their wording); UTF-8 file names whatever the
  # caller's locale (under LANG=C the JDK cannot name a file "Bürger…", and every import would look like a finding)
  LC_ALL=C.UTF-8 java -Xmx2g -Duser.language=de -Duser.country=DE -Dquartierwerk.fuzz.base="$base" \
    -cp "$jazzer_cp:$classes:$product_cp" com.code_intelligence.jazzer.Jazzer \
    --target_class="org.quartierwerk.fuzz.${target}Fuzzer" \
    --instrumentation_includes='org.quartierwerk.**:org.eclipse.emf.**:org.eclipse.emfcloud.**:com.fasterxml.**' \
    --reproducer_path="$findings" -artifact_prefix="$findings/" --keep_going=10 \
    -max_total_time="$seconds" -timeout=30 -rss_limit_mb=4096 "${flags[@]}" \
    "$corpus" "${seeds[@]}" > "$log" 2>&1
  code=$?
  rm -rf "$base"
  set -e
  runs="$(sed -n 's/^Done \([0-9]*\) runs in \([0-9]*\) second.*/\1/p' "$log" | tail -n1)"
  [ -n "$runs" ] || runs="$(grep -ao '^#[0-9]*' "$log" | tail -n1 | tr -d '#')"
  cov="$(grep -ao 'cov: [0-9]*' "$log" | tail -n1 | cut -d' ' -f2)"
  found="$(ls "$findings" | grep -c '^crash-\|^timeout-\|^oom-' || true)"
  echo "fuzz,\"$target: executions\",$seconds,${runs:-0},runs,1" >> "$csv"
  echo "fuzz,\"$target: coverage (edges)\",$seconds,${cov:-0},edges,1" >> "$csv"
  echo "fuzz,\"$target: corpus inputs\",$seconds,$(ls "$corpus" | wc -l),inputs,1" >> "$csv"
  echo "fuzz,\"$target: findings\",$seconds,$found,count,1" >> "$csv"
  if [ "$code" -ne 0 ] || [ "$found" -gt 0 ]; then
    echo "fuzz: $target FOUND something (exit $code), see $findings and $log"
    grep -a '== Java Exception' "$log" | sort | uniq -c | cut -c1-300 || tail -n 20 "$log"
    status=1
  else
    echo "fuzz: $target: ${runs:-?} runs, coverage ${cov:-?} edges, no findings"
  fi
done
exit $status
