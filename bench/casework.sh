#!/usr/bin/env bash
# 矛盾纠纷化解 and 行政规范性文件 at province scale, on SQLite and on a throwaway PostgreSQL: the year figures, the list
# pages over HTTP and the public library's full-text search. Rewrites bench/casework.md whole.
# Usage: bash bench/casework.sh [DISPUTES] [DOCUMENTS]   (defaults 1,000,000 and 100,000, the targets' sizes)
set -euo pipefail
cd "$(dirname "$0")/.."
DISPUTES=${1:-1000000}
DOCUMENTS=${2:-100000}
OUT=bench/casework.md
NEW=$(mktemp)
dotnet build bench/Fazhi.Bench -c Release -v q -nologo >/dev/null
BENCH=bench/Fazhi.Bench/bin/Release/net10.0/Fazhi.Bench.dll
{
  echo "# Benchmark results: 矛盾纠纷化解 and 行政规范性文件"
  echo
  echo "Written by \`bash bench/casework.sh $DISPUTES $DOCUMENTS\` on $(date -u '+%Y-%m-%d %H:%M UTC')."
  source bench/machine.sh
  echo "The year figures run the application's services in-process; pages are requested over HTTP from the"
  echo "application on Kestrel (list pages with a coordinator's token, the library with none: it is public)."
  echo "Each document's text is fifteen sentences of the four seed reports, so the library searches real Chinese,"
  echo "and its issuer's name. The queries run from a word in no document through a department's and a county's name"
  echo "to words in nearly all; a search counts its hits up to 1,000 (then says 超过1,000) and shows the first page."
  echo "Pages are timed first page only. Median and best of 5 after one warm-up."
  echo "Targets: the province's year figures ≤ 1 s on PostgreSQL; a list page ≤ 100 ms; a library search"
  echo "< 100 ms over 100,000 documents on both stores."
  echo
} > "$NEW"
rm -f /tmp/fazhi-casework.db*
dotnet "$BENCH" casework sqlite "Data Source=/tmp/fazhi-casework.db" "$DISPUTES" "$DOCUMENTS" "$NEW"
rm -f /tmp/fazhi-casework.db*
export PG_EXTRA_OPTIONS="-c shared_buffers=2GB"
source scripts/postgres.sh
dotnet "$BENCH" casework postgres "$PG_CONN;Database=fazhi_casework" "$DISPUTES" "$DOCUMENTS" "$NEW"
mv "$NEW" "$OUT"
echo "results in $OUT"
