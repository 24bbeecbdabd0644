#!/usr/bin/env bash
# Start, stop or query a single-node Elasticsearch on 127.0.0.1 for development and CI.
# The node is Maven Central's test distribution (no bundled JDK, no security plugin),
# run as an unprivileged user because Elasticsearch refuses to run as root.
set -euo pipefail

ES_VERSION="${ES_VERSION:-8.19.6}"
ES_PORT="${ES_PORT:-9200}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
RUN_USER="atlas-svc"
SERVICES="$ROOT/.services"
if [ "$(id -u)" = 0 ]; then
  id "$RUN_USER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$RUN_USER"
  # The service user must reach the node's files; a checkout inside a private
  # home (such as /root, mode 700) keeps them under /var/tmp instead.
  if ! su -s /bin/sh "$RUN_USER" -c "test -x $(printf %q "$ROOT")" 2>/dev/null; then
    SERVICES="/var/tmp/atlas-services-$(printf %s "$ROOT" | md5sum | cut -c1-12)"
  fi
fi
HOME_DIR="$SERVICES/elasticsearch-$ES_VERSION"
STATE="$SERVICES/es"  # data, logs and pid file, owned by the service user
DATA_DIR="$STATE/data"
LOG_DIR="$STATE/logs"
LOG_FILE="$STATE/console.log"
PID_FILE="$STATE/es.pid"
URL="http://127.0.0.1:$ES_PORT"

java_home() {
  # 8.19 runs on Java 17; a 9.x node would need the newer JDK beside it.
  for candidate in "${ES_JAVA_HOME:-}" /usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/temurin-25-jdk-amd64; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && { echo "$candidate"; return; }
  done
  echo "no Java found under /usr/lib/jvm" >&2; return 1
}

answers() { curl -fsS -m 2 "$URL/_cluster/health" >/dev/null 2>&1; }

fetch() {
  [ -x "$HOME_DIR/bin/elasticsearch" ] && return
  mkdir -p "$SERVICES"
  local zip="$HOME/.m2/repository/org/elasticsearch/distribution/integ-test-zip/elasticsearch/$ES_VERSION/elasticsearch-$ES_VERSION.zip"
  if [ ! -f "$zip" ]; then
    echo "fetching Elasticsearch $ES_VERSION from Maven Central" >&2
    mvn -q dependency:get -Dtransitive=false \
      -Dartifact="org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION:zip"
  fi
  rm -rf "$HOME_DIR.tmp" && mkdir -p "$HOME_DIR.tmp"
  (cd "$HOME_DIR.tmp" && unzip -q "$zip")
  mv "$HOME_DIR.tmp/elasticsearch-$ES_VERSION" "$HOME_DIR" && rmdir "$HOME_DIR.tmp"
}

up() {
  if answers; then echo "elasticsearch already up at $URL"; return; fi
  fetch
  mkdir -p "$DATA_DIR" "$LOG_DIR"
  local jh; jh="$(java_home)"
  local cmd=(env ES_JAVA_HOME="$jh" ES_JAVA_OPTS="-Xms512m -Xmx512m" ES_PATH_CONF="$HOME_DIR/config"
    "$HOME_DIR/bin/elasticsearch" -d -p "$PID_FILE"
    -E discovery.type=single-node -E network.host=127.0.0.1 -E http.port="$ES_PORT"
    -E path.data="$DATA_DIR" -E path.logs="$LOG_DIR"
    -E cluster.routing.allocation.disk.threshold_enabled=false
    -E action.destructive_requires_name=false -E xpack.security.enabled=false
)
  : > "$LOG_FILE"
  local started=0
  if [ "$(id -u)" = 0 ]; then
    chown -R "$RUN_USER" "$HOME_DIR" "$STATE"
    chmod o+x "$SERVICES" "$ROOT" 2>/dev/null || true
    su -s /bin/bash "$RUN_USER" -c "$(printf '%q ' "${cmd[@]}") >>$(printf '%q' "$LOG_FILE") 2>&1" || started=$?
  else
    "${cmd[@]}" >>"$LOG_FILE" 2>&1 || started=$?
  fi
  if [ "$started" != 0 ]; then
    echo "elasticsearch failed to start (exit $started); log tail:" >&2
    tail -n 40 "$LOG_FILE" >&2; exit 1
  fi
  for _ in $(seq 1 120); do
    if answers; then echo "elasticsearch $ES_VERSION up at $URL"; return; fi
    sleep 1
  done
  echo "elasticsearch did not answer at $URL within 120 s; log tail:" >&2
  tail -n 40 "$LOG_FILE" "$LOG_DIR"/elasticsearch.log 2>/dev/null >&2 || true
  exit 1
}

down() {
  if [ -s "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; then
    kill "$(cat "$PID_FILE")"
    for _ in $(seq 1 30); do answers || break; sleep 1; done
  fi
  rm -f "$PID_FILE"
  echo "elasticsearch down"
}

status() {
  if answers; then curl -fsS "$URL/_cluster/health?pretty"; else echo "elasticsearch not running at $URL"; return 1; fi
}

case "${1:-}" in
  up) up ;; down) down ;; status) status ;;
  *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
