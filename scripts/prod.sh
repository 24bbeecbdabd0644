#!/usr/bin/env bash
# The production topology on loopback: Debian's nginx in front of two gunicorn
# app servers, a django-tasks database worker, Redis as the cache, PostgreSQL and
# Elasticsearch (docs/deploy.md). Every long-running process runs as the
# unprivileged RUN_USER. Idempotent:
#   up | down | status            the whole topology
#   app-up N | app-down N         one app server (1 or 2), e.g. to show failover
#   restart                       new code or settings: migrate and collect static, then
#                                 each app server in turn (nginx uses the other meanwhile)
#                                 and the worker
# Ports and names come from the environment, so a test can run its own copy:
#   PROD_PORT (8080, HTTP) PROD_TLS_PORT (8443, HTTPS) APP_PORTS ("8001 8002") PROD_REDIS_PORT (6380)
#   PROD_DB (atlas_live) PROD_ES_PREFIX (atlaslive) PROD_NAME (prod: the state
#   folder .services/<name>, or /var/tmp/atlas-services-<hash>/<name> when the
#   service user cannot reach the checkout, as for Elasticsearch); `state` prints it.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PROD_PORT="${PROD_PORT:-8080}"
PROD_TLS_PORT="${PROD_TLS_PORT:-8443}"
read -r -a APP_PORTS <<< "${APP_PORTS:-8001 8002}"
PROD_REDIS_PORT="${PROD_REDIS_PORT:-6380}"
PROD_DB="${PROD_DB:-atlas_live}"
PROD_ES_PREFIX="${PROD_ES_PREFIX:-atlaslive}"
PG_PORT="${PG_PORT:-5433}"
ES_URL="${PROD_ES_URL:-http://127.0.0.1:${ES_PORT:-9200}}"
RUN_USER="${RUN_USER:-atlas-svc}"
SERVICES="$ROOT/.services"
if [ "$(id -u)" = 0 ]; then
  id "$RUN_USER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$RUN_USER"
fi
if [ "$(id -u)" = 0 ] && ! su -s /bin/sh "$RUN_USER" -c "test -x $(printf %q "$ROOT")" 2>/dev/null; then
  SERVICES="/var/tmp/atlas-services-$(printf %s "$ROOT" | md5sum | cut -c1-12)"
fi
STATE="${PROD_STATE:-$SERVICES/${PROD_NAME:-prod}}"
PY="$ROOT/.venv/bin/python"
URL="https://127.0.0.1:$PROD_TLS_PORT"
HTTP_URL="http://127.0.0.1:$PROD_PORT"
ENV_FILE="$STATE/env"
LOGS="$STATE/logs"

is_root() { [ "$(id -u)" = 0 ]; }

as_user() {  # run a shell line as the service user, with the production environment
  local line="set -a; . $(printf %q "$ENV_FILE"); set +a; cd $(printf %q "$CODE"); $1"
  if is_root; then su -s /bin/bash "$RUN_USER" -c "$line"; else bash -c "$line"; fi
}

fail() {  # message, then the tails of the logs named after it
  echo "$1" >&2; shift
  for log in "$@"; do [ -f "$log" ] && { echo "--- $log" >&2; tail -n 40 "$log" >&2; }; done
  exit 1
}

answers() { curl -fsS -m 3 -o /dev/null --cacert "$STATE/tls/cert.pem" "$1" 2>/dev/null; }

# The service user reads the code and the virtualenv's packages where they are
# when it can, else from a copy in the state folder (a checkout under /root).
# Debian's own python3 runs them: the venv's interpreter may sit in a private home.
prepare_code() {
  SITE="$("$PY" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
  CODE="$ROOT"
  if is_root && ! su -s /bin/sh "$RUN_USER" -c "test -r $(printf %q "$ROOT/manage.py") && test -r $(printf %q "$SITE/django/__init__.py")" 2>/dev/null; then
    echo "copying the code and packages where $RUN_USER can read them" >&2
    local copy="/var/tmp/atlas-prod-app-$(printf %s "$ROOT" | md5sum | cut -c1-12)"
    mkdir -p "$copy/code" "$copy/site"
    tar -C "$ROOT" --exclude=./.venv --exclude=./.services --exclude=./node_modules --exclude=./.git \
      --exclude=./media --exclude=./static_collected -cf - . | tar -C "$copy/code" -xf -
    [ "$copy/site/.stamp" -nt "$ROOT/pyproject.toml" ] || { cp -a "$SITE/." "$copy/site/"; touch "$copy/site/.stamp"; }
    chmod -R a+rX "$copy"
    CODE="$copy/code" SITE="$copy/site"
  fi
}

write_env() {
  mkdir -p "$STATE" "$LOGS" "$STATE/media" "$STATE/static"
  [ -s "$STATE/secret_key" ] || "$PY" -c 'import secrets; print(secrets.token_urlsafe(50))' > "$STATE/secret_key"
  cat > "$ENV_FILE" <<ENV
DJANGO_SETTINGS_MODULE=config.settings.production
SECRET_KEY=$(cat "$STATE/secret_key")
DATABASE_URL=postgres://atlas:atlas@127.0.0.1:$PG_PORT/$PROD_DB
ELASTICSEARCH_URL=$ES_URL
ELASTICSEARCH_INDEX_PREFIX=$PROD_ES_PREFIX
REDIS_URL=redis://127.0.0.1:$PROD_REDIS_PORT/0
STATIC_ROOT=$STATE/static
MEDIA_ROOT=$STATE/media
ALLOWED_HOSTS=127.0.0.1,localhost
WAGTAILADMIN_BASE_URL=$URL
LOG_LEVEL=${PROD_LOG_LEVEL:-INFO}
PYTHONPATH=$SITE
PYTHONDONTWRITEBYTECODE=1
GUNICORN_WORKERS=${GUNICORN_WORKERS:-}
API_RATE_LIMIT=${API_RATE_LIMIT:-}
PAGE_CACHE_SECONDS=${PAGE_CACHE_SECONDS:-}
ENV
  # Unset here means the default of config/gunicorn.py or the settings.
  sed -i '/^[A-Z_]*=$/d' "$ENV_FILE"
  chmod 600 "$ENV_FILE" "$STATE/secret_key"
  if is_root; then
    id "$RUN_USER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$RUN_USER"
    chown -R "$RUN_USER" "$STATE"
    chmod o+x "$STATE" "$(dirname "$STATE")" 2>/dev/null || true
  fi
}

manage() {  # management commands as root with the venv's python, production settings
  (set -a; . "$ENV_FILE"; set +a; unset PYTHONPATH; export LOG_LEVEL=WARNING; cd "$ROOT"; "$PY" manage.py "$@")
}

setup_database() {
  local exists
  exists="$(PGPASSWORD=atlas psql -h 127.0.0.1 -p "$PG_PORT" -U atlas -d atlas -tAc \
    "SELECT 1 FROM pg_database WHERE datname='$PROD_DB'")"
  if [ "$exists" != 1 ]; then
    PGPASSWORD=atlas createdb -h 127.0.0.1 -p "$PG_PORT" -U atlas "$PROD_DB"
    rm -f "$STATE/.demo-loaded"
  fi
  manage migrate --no-input -v0
  manage collectstatic --no-input -v0
  if [ ! -f "$STATE/.demo-loaded" ]; then
    # Demo pages would each enqueue an index job; one rebuild afterwards does it all.
    TASKS_BACKEND=dummy manage load_demo
    manage search_index rebuild
    touch "$STATE/.demo-loaded"
  fi
  is_root && chown -R "$RUN_USER" "$STATE/media" "$STATE/static"
  return 0
}

app_port() { echo "${APP_PORTS[$(($1 - 1))]}"; }

app_up() {
  local n="$1" port; port="$(app_port "$n")"
  if answers "http://127.0.0.1:$port/healthz/live"; then echo "app $n already up on :$port"; return; fi
  as_user "GUNICORN_BIND=127.0.0.1:$port GUNICORN_PROC_NAME=atlas-app-$n \
    GUNICORN_PID_FILE=$STATE/app-$n.pid GUNICORN_ACCESS_LOG=$LOGS/app-$n.access.log \
    GUNICORN_ERROR_LOG=$LOGS/app-$n.log /usr/bin/python3 -m gunicorn -c config/gunicorn.py \
    --daemon config.wsgi:application" || fail "app $n did not start" "$LOGS/app-$n.log"
  for _ in $(seq 1 60); do
    answers "http://127.0.0.1:$port/healthz/live" && { echo "app $n up on 127.0.0.1:$port"; return; }
    sleep 0.5
  done
  fail "app $n did not answer on 127.0.0.1:$port within 30 s" "$LOGS/app-$n.log"
}

stop_pid_file() {  # pid file, seconds to wait
  local file="$1" pid
  [ -s "$file" ] || return 0
  pid="$(cat "$file")"
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    for _ in $(seq 1 $(($2 * 2))); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
  fi
  rm -f "$file"
}

app_down() { stop_pid_file "$STATE/app-$1.pid" 25; echo "app $1 down"; }

worker_up() {
  if [ -s "$STATE/worker.pid" ] && kill -0 "$(cat "$STATE/worker.pid")" 2>/dev/null; then
    echo "worker already up"; return
  fi
  as_user "nohup /usr/bin/python3 manage.py db_worker --queue-name default --interval 0.25 \
    --no-startup-delay >>$LOGS/worker.log 2>&1 & echo \$! > $STATE/worker.pid"
  sleep 2
  kill -0 "$(cat "$STATE/worker.pid")" 2>/dev/null || fail "worker exited at start" "$LOGS/worker.log"
  echo "worker up (pid $(cat "$STATE/worker.pid"))"
}

tls_certificate() {  # a self-signed certificate for 127.0.0.1 and localhost, once
  local dir="$1/tls"
  [ -s "$dir/cert.pem" ] && return
  mkdir -p "$dir"
  openssl req -x509 -newkey rsa:2048 -nodes -days 365 -subj "/CN=localhost" \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
    -keyout "$dir/key.pem" -out "$dir/cert.pem" 2>/dev/null
  chmod 600 "$dir/key.pem"
}

render_nginx() {  # template, output, state folder, http port, https port
  mkdir -p "$3/nginx/tmp"
  tls_certificate "$3"
  sed -e "s|@STATE@|$3|g" -e "s|@LISTEN@|127.0.0.1:$4|g" \
      -e "s|@TLS_LISTEN@|127.0.0.1:$5|g" -e "s|@TLS_PORT@|$5|g" \
      -e "s|@TLS_CERT@|$3/tls/cert.pem|g" -e "s|@TLS_KEY@|$3/tls/key.pem|g" \
      -e "s|@APP_1@|127.0.0.1:$(app_port 1)|g" -e "s|@APP_2@|127.0.0.1:$(app_port 2)|g" \
      -e "s|@STATIC_ROOT@|$STATE/static|g" -e "s|@MEDIA_ROOT@|$STATE/media|g" \
      -e "s|@MAX_BODY@|${NGINX_MAX_BODY:-50m}|g" "$1" > "$2"
}

nginx_up() {
  local conf="$STATE/nginx/nginx.conf"
  render_nginx "$ROOT/deploy/nginx/atlas.conf" "$conf" "$STATE" "$PROD_PORT" "$PROD_TLS_PORT"
  is_root && chown -R "$RUN_USER" "$STATE/nginx" "$STATE/tls"
  local nginx=(/usr/sbin/nginx -c "$conf" -p "$STATE/nginx" -e "$STATE/nginx/error.log")
  as_user "$(printf '%q ' "${nginx[@]}") -t -q" || fail "nginx config test failed" "$STATE/nginx/error.log"
  if [ -s "$STATE/nginx/nginx.pid" ] && kill -0 "$(cat "$STATE/nginx/nginx.pid")" 2>/dev/null; then
    as_user "$(printf '%q ' "${nginx[@]}") -s reload"
  else
    as_user "$(printf '%q ' "${nginx[@]}")" || fail "nginx did not start" "$STATE/nginx/error.log"
  fi
  for _ in $(seq 1 30); do
    answers "$URL/healthz" && answers "$HTTP_URL/healthz" && { echo "nginx up at $URL (and $HTTP_URL)"; return; }
    sleep 0.5
  done
  fail "nginx did not answer at $URL/healthz" "$STATE/nginx/error.log" "$LOGS/app-1.log"
}

up() {
  bash "$ROOT/scripts/system-deps.sh"
  bash "$ROOT/scripts/postgres.sh" up
  bash "$ROOT/scripts/elasticsearch.sh" up
  prepare_code
  write_env
  REDIS_PORT="$PROD_REDIS_PORT" REDIS_STATE="$STATE/redis" RUN_USER="$RUN_USER" \
    bash "$ROOT/scripts/redis.sh" up
  setup_database
  app_up 1
  app_up 2
  worker_up
  nginx_up
  echo "production topology up at $URL/ (state and logs in $STATE)"
}

down() {
  stop_pid_file "$STATE/nginx/nginx.pid" 10; echo "nginx down"
  stop_pid_file "$STATE/worker.pid" 20; echo "worker down"
  app_down 1
  app_down 2
  REDIS_PORT="$PROD_REDIS_PORT" REDIS_STATE="$STATE/redis" bash "$ROOT/scripts/redis.sh" down
  echo "(PostgreSQL and Elasticsearch are shared with development: scripts/postgres.sh down, scripts/elasticsearch.sh down)"
}

status() {
  local code=0
  if answers "$URL/healthz/ready"; then echo "nginx up at $URL"; curl -fsS --cacert "$STATE/tls/cert.pem" "$URL/healthz/ready"; echo
  else echo "nginx not answering at $URL"; code=1; fi
  for n in 1 2; do
    if answers "http://127.0.0.1:$(app_port "$n")/healthz/live"; then echo "app $n up on :$(app_port "$n")"
    else echo "app $n down"; code=1; fi
  done
  if [ -s "$STATE/worker.pid" ] && kill -0 "$(cat "$STATE/worker.pid")" 2>/dev/null; then echo "worker up"
  else echo "worker down"; code=1; fi
  REDIS_PORT="$PROD_REDIS_PORT" REDIS_STATE="$STATE/redis" bash "$ROOT/scripts/redis.sh" status || code=1
  return "$code"
}

restart() {
  prepare_code
  write_env
  setup_database
  for n in 1 2; do app_down "$n"; app_up "$n"; done
  stop_pid_file "$STATE/worker.pid" 20
  worker_up
}

case "${1:-}" in
  up) up ;; restart) restart ;; down) down ;; status) status ;;
  app-up) prepare_code; write_env; app_up "${2:?which app server, 1 or 2}" ;;
  app-down) app_down "${2:?which app server, 1 or 2}" ;;
  state) echo "$STATE" ;;
  render-nginx) render_nginx "$ROOT/deploy/nginx/atlas.conf" "${2:?output}" "${3:?state folder}" "${4:-$PROD_PORT}" "${5:-$PROD_TLS_PORT}" ;;
  *) echo "usage: $0 up|down|restart|status|state|app-up N|app-down N|render-nginx OUT STATE [PORT TLS_PORT]" >&2; exit 2 ;;
esac
