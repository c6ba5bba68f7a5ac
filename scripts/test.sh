#!/usr/bin/env bash
# Runs every test: installs what the tests need (Debian packages, npm packages via the build),
# starts a throwaway PostgreSQL on 127.0.0.1, runs all test projects, and prints "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" = 0 ] && { ! command -v chromium >/dev/null || ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || ! fc-list :lang=zh | grep -q .; }; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql chromium fonts-noto-cjk >/dev/null
fi

PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGDIR=$(mktemp -d /tmp/fazhi-pg.XXXXXX)
chown postgres:postgres "$PGDIR"
for PORT in $(seq 55432 55532); do (exec 3<>/dev/tcp/127.0.0.1/$PORT) 2>/dev/null || break; done
runuser -u postgres -- "$PGBIN/initdb" -D "$PGDIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$PGDIR/initdb.log"
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k $PGDIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
trap 'runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDIR/data" -m fast -w stop >/dev/null 2>&1; rm -rf "$PGDIR"' EXIT
export PG_CONN="Host=127.0.0.1;Port=$PORT;Username=postgres;Database=postgres"
export CHROMIUM_PATH=${CHROMIUM_PATH:-/usr/bin/chromium}

dotnet build Fazhi.slnx -c Release -v q -nologo
OUT=$(mktemp)
set +e
dotnet test Fazhi.slnx -c Release --no-build --logger "console;verbosity=normal" 2>&1 | tee "$OUT" | grep -vE '^\s+(at |Passed )'
STATUS=${PIPESTATUS[0]}
set -e
count() { awk -v k="$1" '$1 == k":" { n += $2 } END { print n + 0 }' "$OUT"; }
passed=$(count Passed); failed=$(count Failed); skipped=$(count Skipped)
rm -f "$OUT"
echo "$passed passed, $failed failed, $skipped skipped"
exit "$STATUS"
