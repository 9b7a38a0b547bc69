#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL cluster on 127.0.0.1, started from Debian's postgresql
# package, then removes the cluster. The command sees TEST_DATABASE_URL (a superuser URL to database
# "postgres"; each test file creates and drops its own database on it).
# Usage: scripts/with-postgres.sh COMMAND [ARGS...]
set -euo pipefail

bindir="${PG_BINDIR:-}"
if [[ -z "$bindir" ]]; then
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
fi
if [[ -z "$bindir" || ! -x "$bindir/initdb" ]]; then
  echo "with-postgres: PostgreSQL is not installed (on Debian: apt-get install postgresql)" >&2
  exit 1
fi

base=$(mktemp -d /tmp/certa-pg.XXXXXX)
port="${PG_PORT:-$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}"
as_owner=()
# PostgreSQL refuses to run as root: run the cluster as an unprivileged user.
if [[ $(id -u) -eq 0 ]]; then
  if ! id certa-pg >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin certa-pg
  fi
  chown certa-pg "$base"
  as_owner=(runuser -u certa-pg --)
fi

cleanup() {
  "${as_owner[@]}" "$bindir/pg_ctl" -D "$base/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$base"
}
trap cleanup EXIT

"${as_owner[@]}" "$bindir/initdb" -D "$base/data" -U certa --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$base/initdb.log" 2>&1 ||
  { cat "$base/initdb.log" >&2; exit 1; }
"${as_owner[@]}" "$bindir/pg_ctl" -D "$base/data" -l "$base/server.log" -w -t 60 \
  -o "-h 127.0.0.1 -p $port -k $base -c fsync=off -c max_connections=200" start >/dev/null ||
  { cat "$base/server.log" >&2; exit 1; }

export TEST_DATABASE_URL="postgres://certa@127.0.0.1:$port/postgres"
echo "with-postgres: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2
"$@"
