"""SQLite as configured (config/settings/base.py): WAL, and a writer that waits for
another's transaction instead of failing with "database is locked"."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Run in a fresh interpreter on a SQLite file whatever database the suite uses.
SCRIPT = """
import sqlite3, threading, time
import django
django.setup()
from django.db import connection, transaction
from search.models import SearchQuery

with connection.schema_editor() as editor:
    editor.create_model(SearchQuery)
with connection.cursor() as cursor:
    cursor.execute("PRAGMA journal_mode")
    print("journal", cursor.fetchone()[0])
    cursor.execute("PRAGMA synchronous")
    print("synchronous", cursor.fetchone()[0])

held = threading.Event()

def writer_elsewhere():  # the task worker, say: a write transaction held for 1 s
    other = sqlite3.connect(connection.settings_dict["NAME"], isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO atlas_search_searchquery"
                  " (query, locale, results, backend, created_at)"
                  " VALUES ('worker', 'en', 0, 'database', '2026-01-01')")
    held.set()
    time.sleep(1)
    other.execute("COMMIT")

thread = threading.Thread(target=writer_elsewhere)
thread.start()
held.wait()
with transaction.atomic():
    before = SearchQuery.objects.count()  # a read first: a DEFERRED transaction fails here
    SearchQuery.objects.create(query="visitor", locale="en", results=0, backend="database")
thread.join()
print("rows", before, SearchQuery.objects.count())
"""


LOG_WHILE_LOCKED = """
import sqlite3
import django
django.setup()
from django.db import connection
from search.models import SearchQuery
from search.query import SearchRequest, SearchResult
from search.service import log_query

connection.settings_dict["OPTIONS"]["timeout"] = 0.5  # as the 20 s, sooner
with connection.schema_editor() as editor:
    editor.create_model(SearchQuery)
other = sqlite3.connect(connection.settings_dict["NAME"], isolation_level=None)
other.execute("BEGIN IMMEDIATE")  # a rebuild's transaction, say
log_query(SearchRequest(query="tender"), SearchResult(total=3))
other.execute("ROLLBACK")
print("logged", SearchQuery.objects.count())
log_query(SearchRequest(query="tender"), SearchResult(total=3))
print("logged", SearchQuery.objects.count())
"""


def _run(script, tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp_path}/atlas.sqlite3",
        "PYTHONPATH": str(ROOT),
    }
    return subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True
    )


def test_sqlite_waits_for_another_writer_in_wal_mode(tmp_path):
    run = _run(SCRIPT, tmp_path)
    assert run.returncode == 0, run.stderr[-2000:]
    lines = run.stdout.split("\n")
    assert "journal wal" in lines
    assert "synchronous 1" in lines  # NORMAL
    assert "rows 1 2" in lines  # it waited for the other's row, then wrote its own


def test_a_search_is_answered_when_its_query_cannot_be_logged(tmp_path):
    run = _run(LOG_WHILE_LOCKED, tmp_path)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.split("\n")[:2] == ["logged 0", "logged 1"]
    assert "Search query not logged: OperationalError" in run.stderr
