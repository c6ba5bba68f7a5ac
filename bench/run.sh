#!/usr/bin/env bash
# Benchmarks; rewrites bench/results.md whole: the report reviewer (accuracy against hand labels, speed), then the
# platform at province scale on SQLite and on a throwaway PostgreSQL. How to read them: bench/commentary.md.
# Usage: bash bench/run.sh [CASES] [ENFORCEMENT_CASES]   (defaults 1,000,000 and 1,000,000; the 行政执法 target is
# stated for 10,000,000)
set -euo pipefail
cd "$(dirname "$0")/.."
CASES=${1:-1000000}
ENFORCEMENT_CASES=${2:-1000000}
OUT=bench/results.md
NEW=$(mktemp)
dotnet build bench/Fazhi.Bench -c Release -v q -nologo >/dev/null
BENCH=bench/Fazhi.Bench/bin/Release/net10.0/Fazhi.Bench.dll
{
  echo "# Benchmark results"
  echo
  echo "Written by \`bash bench/run.sh $CASES $ENFORCEMENT_CASES\` on $(date -u '+%Y-%m-%d %H:%M UTC');" \
    "how to read them: [commentary.md](commentary.md)."
  source bench/machine.sh
  echo "Year figures and the import run the application's services in-process; list pages are requested over HTTP" \
    "from the"
  echo "application on Kestrel with a user's token (authentication, data scope, queries and rendering included)."
  echo "Median and best of 5 after one warm-up."
  echo "Targets: year figures for the province ≤ 1 s on PostgreSQL; a list page ≤ 100 ms;" \
    "import ≥ 20,000 rows/s on PostgreSQL."
  echo
} > "$NEW"
R=tests/Fazhi.Tests/ReportReview
dotnet "$BENCH" review $R/Seeds $R/Labels $R/HeldOut $R/Unseen "$NEW"
echo "## Platform store (province scale)" >> "$NEW"
echo >> "$NEW"
rm -f /tmp/fazhi-bench.db*
dotnet "$BENCH" sqlite "Data Source=/tmp/fazhi-bench.db" "$CASES" "$NEW"
rm -f /tmp/fazhi-bench.db*
# A production server's memory setting; the default 128 MB cannot hold a province's indexes.
export PG_EXTRA_OPTIONS="-c shared_buffers=2GB"
source scripts/postgres.sh
dotnet "$BENCH" postgres "$PG_CONN;Database=fazhi_bench" "$CASES" "$NEW"
dotnet "$BENCH" enforcement postgres "$PG_CONN;Database=fazhi_bench_enforcement" "$ENFORCEMENT_CASES" "$NEW"
mv "$NEW" "$OUT"
echo "results in $OUT"
