#!/usr/bin/env bash
# Run by the product's build (releng/org.quartierwerk.product/pom.xml) after Tycho has materialized and archived the
# Linux x86_64 product: makes the Java runtime with jlink from the build's JDK and writes the archive anew with the
# product, the start file, the desktop entry, the icon and the runtime at its top level (docs/auslieferung.md).
#   linux-archive.sh JDK TARGET ARCHIVE mit|ohne
# JDK: the build's JDK (its bin/jlink); TARGET: the product module's target folder; ARCHIVE: the archive Tycho wrote,
# replaced; ohne leaves the runtime out (only to show that the archive's tests need it).
set -euo pipefail

jdk="$1" target="$2" archive="$3" runtime_wanted=true
[ "${4:-mit}" = ohne ] && runtime_wanted=false
module="$(cd "$(dirname "${BASH_SOURCE[0]}")/../org.quartierwerk.product" && pwd)"
product="$target/products/org.quartierwerk.product/linux/gtk/x86_64"
top="$target/archive-top"

# The modules the product needs and how they were found: docs/auslieferung.md, "Die Java-Laufzeit".
modules=java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.prefs,java.security.jgss
modules+=,java.sql,java.sql.rowset,java.xml,jdk.dynalink,jdk.xml.dom,jdk.localedata

rm -rf -- "$top" && mkdir -p -- "$top"
cp -- "$module/root/quartierwerk" "$module/root/quartierwerk.desktop" "$top/"
cp -- "$module/../../bundles/org.quartierwerk.app/icons/quartierwerk-256.png" "$top/quartierwerk.png"
chmod 755 "$top/quartierwerk" && chmod 644 "$top/quartierwerk.desktop" "$top/quartierwerk.png"
if $runtime_wanted; then
  "$jdk/bin/jlink" --add-modules "$modules" --include-locales=de,en --strip-debug --no-header-files --no-man-pages \
    --compress=zip-6 --output "$top/runtime"
fi

before=$(stat -c %s "$archive")
mapfile -t product_entries < <(ls -A "$product")
mapfile -t top_entries < <(ls -A "$top")
tar --create --gzip --file "$archive.tmp" --sort=name --owner=0 --group=0 --numeric-owner \
  -C "$product" "${product_entries[@]}" -C "$top" "${top_entries[@]}"
mv -f -- "$archive.tmp" "$archive"
echo "Linux archive: $archive, $(stat -c %s "$archive") bytes (without start file and runtime: $before bytes)"
