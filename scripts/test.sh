#!/usr/bin/env bash
# Runs every test: installs what the tests need (Debian packages, npm packages via the build),
# starts a throwaway PostgreSQL on 127.0.0.1, runs all test projects, and prints "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."

missing() {
  ! command -v chromium >/dev/null || ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 \
    || ! fc-list :lang=zh | grep -q .
}
if [ "$(id -u)" = 0 ] && missing; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql chromium fonts-noto-cjk >/dev/null
fi

source scripts/postgres.sh
export CHROMIUM_PATH=${CHROMIUM_PATH:-/usr/bin/chromium}

dotnet build Fazhi.slnx -c Release -v q -nologo
OUT=$(mktemp)
set +e
dotnet test Fazhi.slnx -c Release --no-build --logger "console;verbosity=normal" 2>&1 | tee "$OUT" \
  | grep -vE '^\s+(at |Passed )'
STATUS=${PIPESTATUS[0]}
set -e
count() { awk -v k="$1" '$1 == k":" { n += $2 } END { print n + 0 }' "$OUT"; }
passed=$(count Passed); failed=$(count Failed); skipped=$(count Skipped)
rm -f "$OUT"
echo "$passed passed, $failed failed, $skipped skipped"
exit "$STATUS"
