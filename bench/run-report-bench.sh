#!/usr/bin/env bash
# The report benchmark alone: BIRT rendering cold/warm per template and format, batch throughput, and LibreOffice
# DOCX->PDF for comparison. Kept for habit; it is the "reports" part of the harness: bench/run.sh --parts reports.
exec "$(dirname "${BASH_SOURCE[0]}")/run.sh" --parts reports "$@"
