#!/usr/bin/env bash
# Start, stop or query Debian's redis-server on 127.0.0.1 as the page cache and
# rate-limit store, run as an unprivileged user. REDIS_PORT (default 6380, beside
# any system Redis) and REDIS_STATE (its folder) pick the instance.
set -euo pipefail

REDIS_PORT="${REDIS_PORT:-6380}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
RUN_USER="${RUN_USER:-atlas-svc}"
STATE="${REDIS_STATE:-/var/tmp/atlas-redis-$REDIS_PORT}"
PID_FILE="$STATE/redis.pid"
LOG_FILE="$STATE/redis.log"

install() {
  command -v redis-server >/dev/null && return
  bash "$ROOT/scripts/system-deps.sh"
}

answers() { redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG; }

as_user() {
  if [ "$(id -u)" = 0 ]; then su -s /bin/bash "$RUN_USER" -c "$1"; else bash -c "$1"; fi
}

up() {
  install
  if answers; then echo "redis already up on 127.0.0.1:$REDIS_PORT"; return; fi
  if [ "$(id -u)" = 0 ]; then
    id "$RUN_USER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$RUN_USER"
  fi
  mkdir -p "$STATE"
  [ "$(id -u)" = 0 ] && chown "$RUN_USER" "$STATE"
  # A cache: no persistence, bounded memory, least recently used keys evicted.
  as_user "redis-server --bind 127.0.0.1 --port $REDIS_PORT --daemonize yes \
    --pidfile $PID_FILE --logfile $LOG_FILE --dir $STATE --save '' --appendonly no \
    --maxmemory ${REDIS_MAXMEMORY:-256mb} --maxmemory-policy allkeys-lru" || true
  for _ in $(seq 1 30); do
    if answers; then echo "redis up: redis://127.0.0.1:$REDIS_PORT/0"; return; fi
    sleep 0.5
  done
  echo "redis did not answer on 127.0.0.1:$REDIS_PORT; log tail:" >&2
  tail -n 40 "$LOG_FILE" >&2 || true
  exit 1
}

down() {
  if [ -s "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; then
    kill "$(cat "$PID_FILE")"
    for _ in $(seq 1 20); do answers || break; sleep 0.5; done
  fi
  rm -f "$PID_FILE"
  echo "redis down"
}

status() {
  if answers; then echo "redis up on 127.0.0.1:$REDIS_PORT"; else echo "redis not running on 127.0.0.1:$REDIS_PORT"; return 1; fi
}

case "${1:-}" in
  up) up ;; down) down ;; status) status ;;
  *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
