#!/usr/bin/env bash
# Start, stop or query a PostgreSQL cluster on 127.0.0.1 for development and CI.
# Uses Debian's packages; pg_ctlcluster runs the server as the postgres user.
set -euo pipefail

PG_PORT="${PG_PORT:-5433}"
CLUSTER="atlas"
DB_USER="atlas"
DB_PASSWORD="atlas"

version() { ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -1; }

install() {
  if [ -z "$(version)" ]; then
    echo "installing PostgreSQL from Debian's packages" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
}

answers() { pg_isready -q -h 127.0.0.1 -p "$PG_PORT"; }

up() {
  install
  local v; v="$(version)"
  if ! pg_lsclusters -h | awk '{print $2}' | grep -qx "$CLUSTER"; then
    pg_createcluster "$v" "$CLUSTER" -p "$PG_PORT" -- --auth-host=scram-sha-256 --auth-local=peer >/dev/null
    # Loopback only; the test database is thrown away, so durability is traded for speed.
    cat >> "/etc/postgresql/$v/$CLUSTER/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
  fi
  answers || pg_ctlcluster "$v" "$CLUSTER" start
  for _ in $(seq 1 30); do answers && break; sleep 1; done
  if ! answers; then
    echo "postgresql did not answer on 127.0.0.1:$PG_PORT; log tail:" >&2
    tail -n 40 "/var/log/postgresql/postgresql-$v-$CLUSTER.log" >&2 || true
    exit 1
  fi
  su postgres -c "psql -q -p $PG_PORT -tAc \"SELECT 1 FROM pg_roles WHERE rolname='$DB_USER'\"" | grep -q 1 \
    || su postgres -c "psql -q -p $PG_PORT -c \"CREATE ROLE $DB_USER LOGIN CREATEDB PASSWORD '$DB_PASSWORD'\""
  su postgres -c "psql -q -p $PG_PORT -tAc \"SELECT 1 FROM pg_database WHERE datname='atlas'\"" | grep -q 1 \
    || su postgres -c "createdb -p $PG_PORT -O $DB_USER atlas"
  echo "postgresql up: postgres://$DB_USER:$DB_PASSWORD@127.0.0.1:$PG_PORT/atlas"
}

down() {
  local v; v="$(version)"
  if [ -n "$v" ] && pg_lsclusters -h 2>/dev/null | awk '{print $2}' | grep -qx "$CLUSTER"; then
    pg_ctlcluster "$v" "$CLUSTER" stop 2>/dev/null || true
  fi
  echo "postgresql down"
}

status() {
  if answers; then echo "postgresql up on 127.0.0.1:$PG_PORT"; else echo "postgresql not running on 127.0.0.1:$PG_PORT"; return 1; fi
}

case "${1:-}" in
  up) up ;; down) down ;; status) status ;;
  *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
