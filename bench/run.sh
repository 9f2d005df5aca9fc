#!/usr/bin/env bash
# Quartierwerk benchmark and fault-test harness: one command for all parts, never part of the test build.
#
#   bench/run.sh [--quick] [--parts startup,scale,reports,crash,fuzz,product,web] [--runs N] [--sizes 1000,10000,50000]
#                [--kills N] [--fuzz-seconds S] [--heap SIZE] [--web-size N]
#
#   startup  launch to main window (Xvfb) of the Quartierwerk product vs. a bare e4 product, alternating runs,
#            medians and ratio; CLI --version start to exit
#   scale    synthetic Praxisbeispiele at each size: load all vs. plain SAX, validate all, facet search p50/p95,
#            save one, heap after GC, growth per project from size to size
#   reports  the BIRT report benchmark (and LibreOffice DOCX->PDF for comparison)
#   crash    SIGKILL during saves, N times; every file must be a complete old or new version, nothing lost
#   fuzz     Jazzer on project files (XMI), the import (any JSON, DStGB JSON) and the course reader, S s each
#   product  size of the product archive (tar.gz, no Java runtime in it) and of the installed folder, bundle count
#   web      the web site of N projects (veroeffentlichen --web) vs. the Sammlungsbericht over them, ratio in one run;
#            its index page in headless Chromium: load + one filter (issue 20 item 4)
#
# Full run (default): all parts, 7 start-up runs each, sizes 1000,10000,50000, 200 kills, 180 s per fuzz target,
# a site of 10 000 projects; 20-30 minutes on 2 cores plus the web part.
# --quick: 5 start-up runs, sizes 500,2000, 50 kills, 20 s per fuzz target, a site of 1 000 projects;
# about 5 minutes plus the build. Prints one table, writes bench/results/<part>.csv and bench/results/harness.csv,
# and appends the table with date, machine and load average to bench/RESULTS.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

all_args="$*"
mode=full parts=startup,scale,reports,crash,fuzz,product,web runs=7 sizes=1000,10000,50000 kills=200 fuzz_seconds=180 heap=4g queries=200
web_size=10000
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) mode=quick runs=5 sizes=500,2000 kills=50 fuzz_seconds=20 queries=50 web_size=1000 ;;
    --parts) parts="$2"; shift ;;
    --runs) runs="$2"; shift ;;
    --sizes) sizes="$2"; shift ;;
    --kills) kills="$2"; shift ;;
    --fuzz-seconds) fuzz_seconds="$2"; shift ;;
    --heap) heap="$2"; shift ;;
    --web-size) web_size="$2"; shift ;;
    -h|--help) sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
has() { [[ ",$parts," == *",$1,"* ]]; }
[ "$runs" -ge 5 ] || { echo "run.sh: at least 5 start-up runs" >&2; exit 2; }

# shellcheck source=releng/scripts/jdk.sh
. "$root/releng/scripts/jdk.sh"
quartierwerk_select_jdk || exit 1

[ "$parts" = startup,scale,reports,crash,fuzz,product,web ] || mode="$mode, parts $parts"
started="$(date +%s)"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
command_line="bench/run.sh${all_args:+ $all_args}"
results="$root/bench/results"
mkdir -p "$results"
echo "bench: $mode run of $parts (load average $load_before)"

if has reports && ! command -v soffice >/dev/null; then
  echo "bench: installing LibreOffice Writer (no GUI) for the DOCX->PDF comparison"
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq libreoffice-writer-nogui
fi

# One Maven run builds what the parts need and runs the OSGi benchmarks (scale, crash, reports) in tycho-surefire.
modules=()
if has startup || has fuzz || has product; then modules+=(releng/org.quartierwerk.product); fi
if has startup; then modules+=(bench/org.quartierwerk.bench.bare.product); fi
if has scale || has crash; then modules+=(bench/org.quartierwerk.store.bench); fi
if has reports; then modules+=(bench/org.quartierwerk.reports.bench); fi
if has web; then modules+=(bench/org.quartierwerk.publishing.bench bench/org.quartierwerk.web.bench); fi
status=0
if [ ${#modules[@]} -gt 0 ]; then
  log="$root/bench/target/harness-maven.log"
  mkdir -p "$(dirname "$log")"
  echo "bench: Maven build and OSGi benchmarks (log: $log)"
  set +e +o pipefail
  ./mvnw -B -Pbench verify -am -pl "$(IFS=,; echo "${modules[*]}")" \
    -Dbench.harness=true -Dbench.parts="$parts" -Dbench.results="$results" -Dbench.sizes="$sizes" \
    -Dbench.kills="$kills" -Dbench.queries="$queries" -Dbench.heap="$heap" -Dbench.web.size="$web_size" \
    -Dbench.site="$root/bench/target/webauftritt" 2>&1 \
    | tee "$log" | grep --line-buffered -E '^(scale|crash|web|browser) |^(crash|web):|Tests run:|BUILD|\[ERROR\]'
  maven_status=${PIPESTATUS[0]}
  set -e -o pipefail
  [ "$maven_status" -eq 0 ] || { echo "bench: the Maven part failed, see $log"; status=1; }
fi

if has startup; then
  echo "bench: start-up, $runs alternating runs"
  if [ -n "${DISPLAY:-}" ]; then
    java "$root/bench/startup/StartupBenchmark.java" "$root" "$results" "$runs" || status=1
  else
    xvfb-run -a -s "-screen 0 1280x1024x24" java "$root/bench/startup/StartupBenchmark.java" "$root" "$results" "$runs" || status=1
  fi
fi

if has fuzz; then
  "$root/bench/fuzz/fuzz.sh" "$fuzz_seconds" || status=1
fi

if has product; then
  # What a user downloads: the archive the build made (no Java runtime inside), and what it unpacks to.
  product_dir="$root/releng/org.quartierwerk.product/target/products/org.quartierwerk.product/linux/gtk/x86_64"
  archive="$(ls "$root"/releng/org.quartierwerk.product/target/products/quartierwerk-*linux.gtk.x86_64.tar.gz 2>/dev/null | head -n1)"
  if [ -n "$archive" ] && [ -d "$product_dir/plugins" ]; then
    archive_bytes="$(stat -c %s "$archive")"
    folder_kb="$(du -sk "$product_dir" | cut -f1)"
    bundles="$(ls "$product_dir/plugins" | wc -l)"
    {
      echo "part,measure,size,value,unit,n"
      echo "product,\"archive $(basename "$archive")\",,$(awk "BEGIN{printf \"%.1f\", $archive_bytes/1048576}"),MB,1"
      echo "product,\"archive vs. goal of 50 MB (issue 21)\",,$(awk "BEGIN{printf \"%.2f\", $archive_bytes/1048576/50}"),ratio,1"
      echo "product,\"installed folder\",,$(awk "BEGIN{printf \"%.1f\", $folder_kb/1024}"),MB,1"
      echo "product,\"bundles in plugins/\",,$bundles,count,1"
    } > "$results/product.csv"
    echo "bench: product archive $(basename "$archive"): $archive_bytes bytes"
  else
    echo "bench: no product archive under releng/org.quartierwerk.product/target/products" >&2
    status=1
  fi
fi

java -Dbench.heap="$heap" "$root/bench/harness/Summary.java" "$results" "$root/bench/RESULTS.md" "$started" "$mode" \
  "$command_line" "$load_before" $(echo "$parts" | tr ',' ' ') $(has web && echo browser)
exit $status
