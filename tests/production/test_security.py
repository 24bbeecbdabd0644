"""Production hardening: deploy checks, CSP, login throttling, API rate limits, 500 page."""

import os
import re
import subprocess
import sys

import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import Client

pytestmark = pytest.mark.django_db


def _check_deploy(**extra_env):
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "k3y-" + "x7Qp2LmZ9vRt" * 5,
        **extra_env,
    }
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "DEBUG"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_check_deploy_reports_nothing():
    result = _check_deploy(REDIS_URL="redis://127.0.0.1:6399/0")  # not contacted by checks
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_check_deploy_warns_of_a_cache_each_worker_keeps_alone():
    result = _check_deploy()
    assert result.returncode != 0
    assert "atlas.W001" in result.stdout + result.stderr
    uncached = _check_deploy(PAGE_CACHE_SECONDS="0", OBJECT_CACHE_SECONDS="0")
    assert uncached.returncode == 0, uncached.stdout + uncached.stderr


def test_public_pages_allow_no_inline_script(client, site_tree):
    response = client.get("/en/")
    policy = dict(
        part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";")
    )
    # 'self' only (tests also allow the axe-core script they inject, by its hash)
    sources = policy["script-src"].split()
    assert sources[0] == "'self'" and all(s.startswith("'sha256-") for s in sources[1:])
    assert "unsafe" not in policy["script-src"]
    assert "unsafe" not in policy["default-src"] + policy["style-src"]
    assert policy["frame-ancestors"] == "'none'"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    # and the templates keep their side: no inline script or handler
    html = response.content.decode()
    assert not re.search(r"<script(?![^>]*\bsrc=)(?![^>]*application/(ld\+)?json)", html)
    assert not re.search(r"\son[a-z]+=", html)


def test_admin_login_is_throttled(client, django_user_model, settings):
    settings.AXES_FAILURE_LIMIT = 3
    django_user_model.objects.create_superuser("chief", "chief@example.org", "right-password-1")
    for attempt in (1, 2, 3):
        response = client.post(
            "/admin/login/", {"username": "chief", "password": "wrong"}, REMOTE_ADDR="10.0.0.7"
        )
        # the form again with its error, until the third failure locks the account
        assert response.status_code == (429 if attempt == 3 else 200)
    locked = client.post(
        "/admin/login/",
        {"username": "chief", "password": "right-password-1"},
        REMOTE_ADDR="10.0.0.7",
    )
    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session
    # another address may still log in
    other = Client()
    ok = other.post(
        "/admin/login/",
        {"username": "chief", "password": "right-password-1"},
        REMOTE_ADDR="10.0.0.8",
    )
    assert ok.status_code == 302 and "_auth_user_id" in other.session


def test_api_is_rate_limited_per_client(client, settings):
    settings.API_RATE_LIMIT = "3/60"
    cache.clear()
    for _ in range(3):
        assert client.get("/api/countries/", REMOTE_ADDR="10.1.1.1").status_code == 200
    limited = client.get("/api/countries/", REMOTE_ADDR="10.1.1.1")
    assert limited.status_code == 429
    assert 1 <= int(limited["Retry-After"]) <= 60
    assert limited.json()["error"] == "rate_limited"
    assert client.get("/api/countries/", REMOTE_ADDR="10.1.1.2").status_code == 200
    assert client.get("/en/", REMOTE_ADDR="10.1.1.1").status_code != 429  # pages are not limited
    cache.clear()


def test_rate_limit_uses_the_proxy_header_when_trusted(client, settings):
    settings.API_RATE_LIMIT = "1/60"
    settings.CLIENT_IP_HEADER = "HTTP_X_REAL_IP"
    cache.clear()
    assert client.get("/api/countries/", HTTP_X_REAL_IP="192.0.2.1").status_code == 200
    assert client.get("/api/countries/", HTTP_X_REAL_IP="192.0.2.2").status_code == 200
    assert client.get("/api/countries/", HTTP_X_REAL_IP="192.0.2.1").status_code == 429
    cache.clear()


SERVER_ERROR_TITLES = {
    "en": "Server error",
    "km": "កំហុសម៉ាស៊ីនមេ",
    "ko": "서버 오류",
}


@pytest.mark.urls("tests.production.urls_boom")
@pytest.mark.parametrize("code", [code for code, _name in settings.LANGUAGES])
def test_500_page_in_every_locale_reveals_nothing(code, site_tree):
    client = Client(raise_request_exception=False)
    response = client.get(f"/{code}/boom/")
    assert response.status_code == 500
    html = response.content.decode()
    assert f'<html lang="{code}"' in html
    for secret in ("secret-internal-detail", "RuntimeError", "Traceback", "/srv/atlas", "views.py"):
        assert secret not in html
    if code in SERVER_ERROR_TITLES:
        assert f"<h1>{SERVER_ERROR_TITLES[code]}</h1>" in html
    elif code != "en":
        assert "<h1>Server error</h1>" not in html  # translated
