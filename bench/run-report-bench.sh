#!/usr/bin/env bash
# Report benchmark: BIRT rendering cold/warm per template and format, batch throughput, and the same Antrag as DOCX
# converted by LibreOffice (soffice --headless --convert-to pdf), the path Träger use today. Installs LibreOffice
# Writer when soffice is missing. Prints the table; writes bench/results/reports.csv and appends to bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if ! command -v soffice >/dev/null; then
  echo "bench: installing LibreOffice Writer (no GUI)"
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq libreoffice-writer-nogui
fi

modules=bundles/org.quartierwerk.model,bundles/org.quartierwerk.core,bundles/org.quartierwerk.catalog
modules=$modules,bundles/org.quartierwerk.exchange,bundles/org.quartierwerk.reports,bench,bench/org.quartierwerk.reports.bench
./mvnw -B -Pbench verify -pl "$modules"
