"""Each gunicorn worker holds what it imports: libraries only a rare download
needs (PDF, XLSX) are loaded by that download, not by the app at start."""

import json
import os
import subprocess
import sys

from django.conf import settings

RARE = ("fpdf", "fontTools", "openpyxl")

SCRIPT = """
import json, sys
import django
django.setup()
from django.urls import resolve
import config.urls  # every view module, as the first request loads them
resolve("/en/")
print(json.dumps(sorted({m.split(".")[0] for m in sys.modules} & set(sys.argv[1:]))))
"""


def test_serving_pages_does_not_load_pdf_or_spreadsheet_libraries():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test"}
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT, *RARE],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []


WSGI_SCRIPT = """
import json, sys
import config.wsgi
from django.conf import settings
from django.test import Client
from django.urls import resolve
import config.urls
resolve("/en/")
status = Client().get("/healthz/live").status_code
loaded = sorted({m for m in sys.modules if m.startswith(tuple(sys.argv[1:]))})
engines = [db["ENGINE"] for db in settings.DATABASES.values()]
print(json.dumps({"status": status, "loaded": loaded, "engines": engines}))
"""


def test_the_app_server_leaves_out_wagtail_api_v3_and_psycopg_on_sqlite():
    """config.lean_startup: Wagtail's API v3 routers (mounted nowhere) are not built,
    and on SQLite REST framework does not pull in psycopg."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test"}
    out = subprocess.run(
        [sys.executable, "-c", WSGI_SCRIPT, "wagtail.api.v3.routers", "psycopg"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report["status"] == 200
    on_postgres = any("postgresql" in engine for engine in report["engines"])
    expected = ["psycopg"] if on_postgres else []
    assert [m for m in report["loaded"] if m.split(".")[0] == "psycopg"][:1] == expected
    assert not [m for m in report["loaded"] if m.startswith("wagtail.api.v3.routers")]
