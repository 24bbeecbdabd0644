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
