# Sourced by scripts/test.sh and bench/run.sh: starts a throwaway PostgreSQL on 127.0.0.1 as the postgres user,
# exports PG_CONN, and stops and removes it when the calling shell exits.
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGDIR=$(mktemp -d /tmp/fazhi-pg.XXXXXX)
chown postgres:postgres "$PGDIR"
for PORT in $(seq 55432 55532); do (exec 3<>/dev/tcp/127.0.0.1/$PORT) 2>/dev/null || break; done
runuser -u postgres -- "$PGBIN/initdb" -D "$PGDIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
  >"$PGDIR/initdb.log"
PG_OPTIONS="-c listen_addresses=127.0.0.1 -p $PORT -k $PGDIR"
PG_OPTIONS="$PG_OPTIONS -c fsync=off -c synchronous_commit=off -c full_page_writes=off ${PG_EXTRA_OPTIONS:-}"
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w -t 60 \
  -o "$PG_OPTIONS" start >/dev/null
trap 'runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDIR/data" -m fast -w stop >/dev/null 2>&1; rm -rf "$PGDIR"' EXIT
export PG_CONN="Host=127.0.0.1;Port=$PORT;Username=postgres;Database=postgres"
