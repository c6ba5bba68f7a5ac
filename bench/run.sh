#!/usr/bin/env bash
# Benchmarks; rewrites bench/results.md: the report reviewer (accuracy against hand labels, speed), then the platform at
# province scale on SQLite and on a throwaway PostgreSQL.
# Usage: bash bench/run.sh [CASES]   (default 1,000,000)
set -euo pipefail
cd "$(dirname "$0")/.."
CASES=${1:-1000000}
OUT=bench/results.md
dotnet build bench/Fazhi.Bench -c Release -v q -nologo >/dev/null
BENCH=bench/Fazhi.Bench/bin/Release/net10.0/Fazhi.Bench.dll
{
  echo "# Benchmark results"
  echo
  echo "Written by \`bash bench/run.sh $CASES\` on $(date -u '+%Y-%m-%d %H:%M UTC')."
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/{print $2}') GiB memory;"
  echo ".NET $(dotnet --version); $("$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)/postgres" --version); SQLite through Microsoft.Data.Sqlite."
  echo "Each timing runs the application's own services (FigureService, ReconsiderationService, CaseExchange) in-process,"
  echo "with the caller's data scope resolved as a request resolves it; median and best of 5 after one warm-up."
  echo "Targets (issue): year figures for the province ≤ 1 s on PostgreSQL; a list page ≤ 100 ms; import ≥ 20,000 rows/s on PostgreSQL."
  echo
} > "$OUT"
dotnet "$BENCH" review tests/Fazhi.Tests/ReportReview/Seeds tests/Fazhi.Tests/ReportReview/Labels tests/Fazhi.Tests/ReportReview/HeldOut "$OUT"
echo "## Platform store (province scale)" >> "$OUT"
echo >> "$OUT"
rm -f /tmp/fazhi-bench.db*
dotnet "$BENCH" sqlite "Data Source=/tmp/fazhi-bench.db" "$CASES" "$OUT"
rm -f /tmp/fazhi-bench.db*
source scripts/postgres.sh
dotnet "$BENCH" postgres "$PG_CONN;Database=fazhi_bench" "$CASES" "$OUT"
echo "results in $OUT"
