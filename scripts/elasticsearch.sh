#!/usr/bin/env bash
# Start, stop or query a single-node Elasticsearch on 127.0.0.1 for development and CI
# (up, down, status), or a two-node cluster beside it for the failover tests and the
# production topology (cluster-up, cluster-down, cluster-status: HTTP on
# ES_CLUSTER_PORT and the port after it, 9210 and 9211 by default).
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
URL="http://127.0.0.1:$ES_PORT"
CLUSTER_PORT="${ES_CLUSTER_PORT:-9210}"
CLUSTER_STATE="$SERVICES/es-cluster"

java_home() {
  # 8.19 runs on Java 17; a 9.x node would need the newer JDK beside it.
  for candidate in "${ES_JAVA_HOME:-}" /usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/temurin-25-jdk-amd64; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && { echo "$candidate"; return; }
  done
  echo "no Java found under /usr/lib/jvm" >&2; return 1
}

answers() { curl -fsS -m 2 "${1:-$URL}/_cluster/health" >/dev/null 2>&1; }

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

# start_node URL STATE_DIR -E settings...: start one node (as the service user when
# root) with its data, logs and pid file under STATE_DIR; wait until it answers.
start_node() {
  local url="$1" state="$2"; shift 2
  if answers "$url"; then echo "elasticsearch already up at $url"; return; fi
  fetch
  mkdir -p "$state/data" "$state/logs"
  local jh; jh="$(java_home)"
  local log="$state/console.log"
  local cmd=(env ES_JAVA_HOME="$jh" ES_JAVA_OPTS="-Xms512m -Xmx512m" ES_PATH_CONF="$HOME_DIR/config"
    "$HOME_DIR/bin/elasticsearch" -d -p "$state/es.pid"
    -E network.host=127.0.0.1 -E path.data="$state/data" -E path.logs="$state/logs"
    -E cluster.routing.allocation.disk.threshold_enabled=false
    -E action.destructive_requires_name=false -E xpack.security.enabled=false
    "$@"
)
  : > "$log"
  local started=0
  if [ "$(id -u)" = 0 ]; then
    chown -R "$RUN_USER" "$HOME_DIR" "$state"
    # Not "$ROOT": opening a private checkout here would move SERVICES (chosen above by
    # whether the service user can reach it) for every later call, which then finds
    # no pid file and stops nothing.
    chmod o+x "$SERVICES" "$(dirname "$state")" 2>/dev/null || true
    su -s /bin/bash "$RUN_USER" -c "$(printf '%q ' "${cmd[@]}") >>$(printf '%q' "$log") 2>&1" || started=$?
  else
    "${cmd[@]}" >>"$log" 2>&1 || started=$?
  fi
  if [ "$started" != 0 ]; then
    echo "elasticsearch failed to start (exit $started); log tail:" >&2
    tail -n 40 "$log" >&2; exit 1
  fi
  for _ in $(seq 1 120); do
    if answers "$url"; then echo "elasticsearch $ES_VERSION up at $url"; return; fi
    sleep 1
  done
  echo "elasticsearch did not answer at $url within 120 s; log tail:" >&2
  tail -n 40 "$log" "$state"/logs/*.log 2>/dev/null >&2 || true
  exit 1
}

# stop_node URL STATE_DIR
stop_node() {
  local pid_file="$2/es.pid"
  if [ -s "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then
    local pid; pid="$(cat "$pid_file")"
    kill "$pid"
    # Gone when the process is: a node still shutting down may answer no more yet
    # still be in the cluster.
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  fi
  rm -f "$pid_file"
}

up() {
  start_node "$URL" "$STATE" -E discovery.type=single-node -E http.port="$ES_PORT"
}

down() {
  stop_node "$URL" "$STATE"
  echo "elasticsearch down"
}

# Node N (1 or 2) of the loopback cluster: HTTP on CLUSTER_PORT+N-1, transport 100 above.
# Node 1 is the master (and holds data); node 2 holds data only, so the cluster keeps its
# master when node 2 goes: losing either node at will takes three master-eligible nodes.
node_url() { echo "http://127.0.0.1:$((CLUSTER_PORT + $1 - 1))"; }

cluster_node_up() {
  local n="$1" http=$((CLUSTER_PORT + $1 - 1)) role
  if [ "$n" = 1 ]; then role=(-E cluster.initial_master_nodes=node-1)
  else role=(-E node.roles=data,ingest); fi
  start_node "$(node_url "$n")" "$CLUSTER_STATE/node-$n" \
    -E cluster.name="atlas-cluster-$CLUSTER_PORT" -E node.name="node-$n" \
    -E http.port="$http" -E transport.port=$((http + 100)) \
    -E discovery.seed_hosts="127.0.0.1:$((CLUSTER_PORT + 100))" "${role[@]}"
}

# cluster-up [N]: both nodes, or node N alone (to bring a stopped node back).
cluster_up() {
  if [ -n "${1:-}" ]; then cluster_node_up "$1"; else cluster_node_up 1; cluster_node_up 2; fi
  curl -fsS -m 90 "$(node_url 1)/_cluster/health?wait_for_nodes=2&timeout=60s" >/dev/null \
    || { echo "the second node did not join; log tail:" >&2
         tail -n 40 "$CLUSTER_STATE"/node-*/logs/*.log >&2; exit 1; }
  echo "elasticsearch cluster up: $(node_url 1) $(node_url 2)"
}

# cluster-down [N]: both nodes, or node N alone (the failover test stops one).
cluster_down() {
  local nodes="${1:-1 2}"
  for n in $nodes; do stop_node "$(node_url "$n")" "$CLUSTER_STATE/node-$n"; done
  echo "elasticsearch cluster node(s) $nodes down"
}

cluster_status() {
  curl -fsS -m 5 "$(node_url 1)/_cluster/health?pretty" 2>/dev/null \
    || curl -fsS -m 5 "$(node_url 2)/_cluster/health?pretty" 2>/dev/null \
    || { echo "elasticsearch cluster not running at $(node_url 1)"; return 1; }
}

status() {
  if answers; then curl -fsS "$URL/_cluster/health?pretty"; else echo "elasticsearch not running at $URL"; return 1; fi
}

case "${1:-}" in
  up) up ;; down) down ;; status) status ;;
  cluster-up) cluster_up "${2:-}" ;; cluster-down) cluster_down "${2:-}" ;;
  cluster-status) cluster_status ;;
  *) echo "usage: $0 up|down|status|cluster-up [N]|cluster-down [N]|cluster-status" >&2; exit 2 ;;
esac
