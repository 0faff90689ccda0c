#!/usr/bin/env bash
# A throwaway PostgreSQL for the test suite, on 127.0.0.1 only.
#   scripts/test-postgres.sh start   installs Debian's postgresql if needed (as root), starts a
#                                    fresh cluster and prints the test database URL
#   scripts/test-postgres.sh stop    stops it and removes its files
set -euo pipefail
DIR=${PGTEST_DIR:-/tmp/tracker-pgtest}
PORT=${PGTEST_PORT:-54329}
USER_NAME=tracker

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

as_owner() {
  # The server refuses to run as root: run it as the postgres system user then.
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  local bin
  bin=$(find_bin)
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      echo "Installerer PostgreSQL (Debian-pakken postgresql) ..." >&2
      apt-get update -qq >&2
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >&2
      bin=$(find_bin)
    else
      echo "PostgreSQL er ikke installeret, og jeg kan ikke installere det (kræver root og apt-get)." >&2
      exit 3
    fi
  fi
  stop >/dev/null 2>&1 || true
  mkdir -p "$DIR"
  [ "$(id -u)" = 0 ] && chown postgres "$DIR"
  as_owner "$bin/initdb" -D "$DIR/data" -U "$USER_NAME" -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  as_owner "$bin/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -c port=$PORT -c unix_socket_directories=$DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null
  for db in tracker_test tracker_migrate tracker_serve; do
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$PORT" -U "$USER_NAME" "$db"
  done
  echo "postgresql://$USER_NAME@127.0.0.1:$PORT/tracker_test"
}

stop() {
  local bin
  bin=$(find_bin)
  if [ -n "$bin" ] && [ -f "$DIR/data/PG_VERSION" ]; then
    as_owner "$bin/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null || true
  fi
  rm -rf "$DIR"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "brug: $0 start|stop" >&2; exit 2 ;;
esac
