#!/usr/bin/env bash
# Hostile uploads against a running Fazhi (its own process, SQLite, demo data): every answer, the server's peak
# resident memory after each, and whether it still answers. Rewrites bench/uploads.md whole.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT=bench/uploads.md
NEW=$(mktemp)
dotnet build src/Fazhi -c Release -v q -nologo >/dev/null
dotnet build bench/Fazhi.Bench -c Release -v q -nologo >/dev/null
APP="$ROOT/src/Fazhi/bin/Release/net10.0/fazhi.dll"
WORK=$(mktemp -d)
cd "$WORK"
dotnet "$APP" demo >/dev/null
READER=$(dotnet "$APP" token create --user guest --days 1)
WRITER=$(dotnet "$APP" token create --user sfj --days 1)
dotnet "$APP" serve --urls http://127.0.0.1:5099 >server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; cd "$ROOT"; rm -rf "$WORK"' EXIT
for _ in $(seq 60); do curl -sf -o /dev/null http://127.0.0.1:5099/account/login && break; sleep 1; done
cd "$ROOT"
{
  echo "# Hostile uploads"
  echo
  echo "Written by \`bash bench/uploads.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'): each upload is posted to a" \
    "running server"
  echo "(its own process, SQLite with the demo county; read-only token for /api/review, coordinator's for imports)."
  echo "\"Server peak RSS\" is the process's VmHWM from /proc after the upload: the most it ever held, so each row"
  echo "includes every row before it. Target: under 1 GB whatever is uploaded, and the server still answering."
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB memory; .NET $(dotnet --version)."
  echo
} > "$NEW"
curl -s -o /dev/null -H "Authorization: Bearer $READER" http://127.0.0.1:5099/api/units
echo "Baseline (started, one API call): $(awk '/VmHWM/{printf "%d MB", $2/1024}' /proc/$SERVER/status)" >> "$NEW"
echo >> "$NEW"
dotnet bench/Fazhi.Bench/bin/Release/net10.0/Fazhi.Bench.dll uploads http://127.0.0.1:5099 "$READER" "$WRITER" \
  "$SERVER" "$NEW"
mv "$NEW" "$OUT"
echo "results in $OUT"
