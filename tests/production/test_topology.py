"""The production topology for real, brought up by scripts/prod.sh on ports of its
own: nginx (HTTPS), two gunicorn app servers, the task worker, Redis, with the
shared PostgreSQL and Elasticsearch. Slow (a fresh database loads the demo site)."""

import os
import ssl
import subprocess
import threading
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import pytest
from django.conf import settings

pytestmark = [pytest.mark.slow, pytest.mark.postgres]

ROOT = Path(settings.BASE_DIR)
HTTP_PORT, TLS_PORT = 8180, 8543
BASE = f"https://127.0.0.1:{TLS_PORT}"
ENV = {
    "PROD_PORT": str(HTTP_PORT),
    "PROD_TLS_PORT": str(TLS_PORT),
    "APP_PORTS": "8181 8182",
    "PROD_REDIS_PORT": "6381",
    "PROD_DB": "atlas_prodtest",
    "PROD_ES_PREFIX": "atlasprodtest",
    "PROD_NAME": "prodtest",
    "GUNICORN_WORKERS": "2",
    "PROD_LOG_LEVEL": "WARNING",
    "API_RATE_LIMIT": "100000/60",  # the failover test sends many API requests
}
SECURITY_HEADERS = (
    "Content-Security-Policy",
    "Strict-Transport-Security",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "X-Frame-Options",
)


def prod(*args, timeout=600):
    env = {**os.environ, **ENV}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return subprocess.run(
        ["bash", str(ROOT / "scripts" / "prod.sh"), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def state_folder() -> Path:
    return Path(prod("state", timeout=30).stdout.strip())


def drop_test_database():
    """The topology's database belongs to this test: start it from today's migrations,
    never from a schema an earlier run (or an earlier layout of the apps) left."""
    import psycopg

    with psycopg.connect(
        "postgresql://atlas:atlas@127.0.0.1:5433/atlas", autocommit=True
    ) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{ENV["PROD_DB"]}" WITH (FORCE)')


@pytest.fixture(scope="module")
def topology():
    started = time.monotonic()
    prod("down", timeout=120)  # nothing of an interrupted run may hold the database
    drop_test_database()
    up = prod("up")
    try:
        assert up.returncode == 0, f"prod.sh up failed:\n{up.stdout}\n{up.stderr}"
        print(f"topology up in {time.monotonic() - started:.0f} s")
        yield ssl.create_default_context(cafile=str(state_folder() / "tls" / "cert.pem"))
    finally:
        down = prod("down", timeout=120)
        print(down.stdout, down.stderr)
        status = prod("status", timeout=60)
        assert status.returncode != 0 and "app 1 down" in status.stdout, status.stdout


def fetch(context, path, **headers):
    request = urllib.request.Request(BASE + path, headers={"Accept-Language": "en", **headers})
    try:
        with urllib.request.urlopen(request, context=context, timeout=30) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


PATHS = ["/en/", "/ko/", "/km/", "/en/compare/?countries=kr,vn", "/api/search/?q=procurement"]


def test_pages_answer_through_nginx_with_security_headers(topology):
    for path in PATHS:
        status, headers, _body = fetch(topology, path)
        assert status == 200, path
        for name in SECURITY_HEADERS:
            assert headers[name], (path, name)
        assert (
            "unsafe-inline"
            not in headers["Content-Security-Policy"].split("script-src")[1].split(";")[0]
        )
        assert headers["X-Request-ID"]
    # plain HTTP: health for load balancers, a redirect for everything else
    with urllib.request.urlopen(f"http://127.0.0.1:{HTTP_PORT}/healthz", timeout=10) as response:
        assert response.status == 200
    opener = urllib.request.build_opener(NoRedirect)
    with pytest.raises(urllib.error.HTTPError) as redirect:
        opener.open(f"http://127.0.0.1:{HTTP_PORT}/en/", timeout=10)
    assert redirect.value.code == 301
    assert redirect.value.headers["Location"] == f"https://127.0.0.1:{TLS_PORT}/en/"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def test_second_request_is_a_cache_hit(topology):
    for path in ("/en/", "/en/compare/?countries=kr,vn"):
        fetch(topology, path)
        status, headers, _body = fetch(topology, path)
        assert status == 200 and headers["X-Cache"] == "hit", path


def test_ready_sees_every_component(topology):
    status, _headers, body = fetch(topology, "/healthz/ready")
    assert status == 200, body
    assert '"cache": {"status": "ok", "backend": "RedisCache"}' in body
    assert '"backend": "elasticsearch"' in body and '"DatabaseBackend"' in body


PUBLISH = """
from wagtail.models import Page
home = Page.objects.get(depth=2, locale__language_code="en").specific
home.title = "{title}"
home.save_revision().publish()
"""


def test_publish_shows_at_once_and_is_searchable_soon(topology):
    fetch(topology, "/en/")
    assert fetch(topology, "/en/")[1]["X-Cache"] == "hit"
    word = f"zq{uuid.uuid4().hex[:8]}"
    title = f"Procurement Atlas {word}"
    env = {**os.environ, **ENV, "PYTHONPATH": ""}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    shell = subprocess.run(
        [
            "bash",
            "-c",
            f'set -a; . "{state_folder()}/env"; set +a; unset PYTHONPATH; '
            f'"{ROOT}/.venv/bin/python" manage.py shell -c "$0"',
            PUBLISH.format(title=title),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert shell.returncode == 0, shell.stderr
    status, headers, body = fetch(topology, "/en/")
    assert status == 200 and headers["X-Cache"] == "miss" and word in body
    deadline = time.monotonic() + 30  # the worker polls every second
    while time.monotonic() < deadline:
        found = fetch(topology, f"/api/search/?q={word}&locale=en")[2]
        if title in found:
            break
        time.sleep(1)
    else:
        pytest.fail(f"the worker did not index the published page: {found[:300]}")


def test_stopping_one_app_server_fails_no_request(topology):
    results, stop = [], threading.Event()

    def hammer(path):
        while not stop.is_set():
            results.append((path, fetch(topology, path, Cookie="sessionid=none")[0]))

    # A session cookie bypasses the page cache: every request reaches an app server.
    threads = [threading.Thread(target=hammer, args=(p,)) for p in ("/en/", "/api/countries/")]
    for thread in threads:
        thread.start()
    time.sleep(2)
    down = prod("app-down", "1", timeout=60)
    time.sleep(3)
    stop.set()
    for thread in threads:
        thread.join(timeout=60)
    assert down.returncode == 0, down.stderr
    assert len(results) > 10
    failed = [r for r in results if r[1] != 200]
    assert not failed, f"{len(failed)} of {len(results)} failed: {failed[:5]}"
    up = prod("app-up", "1", timeout=120)
    assert up.returncode == 0, up.stderr
