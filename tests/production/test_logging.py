"""Structured logs: the request id from nginx on every record of the request, in the
worker's records of the tasks that request enqueued; slow requests and search-engine
failures logged with their context."""

import json
import logging
import os
import subprocess
import sys
from urllib.parse import quote

import pytest
from django.db import connection

from config.logs import RequestIdFilter

RID = "4f2a9c0e1b7d4e6f8a3b5c7d9e1f2a3b"
HEADERS = {"HTTP_X_REQUEST_ID": RID}


def slow_records(caplog):
    return [r for r in caplog.records if r.name == "atlas.requests"]


@pytest.mark.django_db
def test_slow_request_logged_with_request_id_and_context(client, settings, caplog, site_tree):
    settings.SLOW_REQUEST_MS = 0  # every request is "slow"
    with caplog.at_level(logging.WARNING, logger="atlas.requests"):
        response = client.get("/en/?utm=x", **HEADERS)
    assert response.status_code == 200
    assert response["X-Request-ID"] == RID
    (record,) = slow_records(caplog)
    assert record.request_id == RID
    assert (record.method, record.path, record.query_string) == ("GET", "/en/", "utm=x")
    assert record.status == 200
    assert record.sql_queries > 0
    assert record.duration_ms >= 0
    assert record.threshold_ms == 0


@pytest.mark.django_db
def test_fast_request_not_logged(client, settings, caplog, site_tree):
    settings.SLOW_REQUEST_MS = 60_000
    with caplog.at_level(logging.WARNING, logger="atlas.requests"):
        client.get("/en/", **HEADERS)
    assert slow_records(caplog) == []


@pytest.mark.django_db
@pytest.mark.parametrize("sent", ["", "a b", "x" * 65, 'evil"}\n{"level": "ERROR'])
def test_missing_or_unsafe_request_id_is_replaced(client, settings, caplog, sent):
    settings.SLOW_REQUEST_MS = 0
    with caplog.at_level(logging.WARNING, logger="atlas.requests"):
        response = client.get("/healthz/live", HTTP_X_REQUEST_ID=sent)
    rid = response["X-Request-ID"]
    assert rid != sent and len(rid) == 32 and rid.isalnum()
    assert slow_records(caplog)[0].request_id == rid


def test_records_outside_a_request_have_no_id():
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "hello", (), None)
    RequestIdFilter().filter(record)
    assert record.request_id is None


def test_json_lines_carry_the_request_id_and_extras():
    (console,) = [h for h in logging.getLogger().handlers if h.name == "console"]
    formatter = console.formatter
    record = logging.LogRecord(
        "atlas.requests", logging.WARNING, __file__, 1, "Slow %s", ("x",), None
    )
    record.request_id = RID
    record.status = 200
    line = json.loads(formatter.format(record))
    assert line["message"] == "Slow x"
    assert (line["level"], line["logger"]) == ("WARNING", "atlas.requests")
    assert line["request_id"] == RID
    assert line["status"] == 200
    assert "time" in line


@pytest.mark.django_db
def test_search_engine_failure_logged_with_context(client, settings, caplog, site_tree):
    # A real client against a port where nothing listens: a real connection error.
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"
    settings.ELASTICSEARCH_TIMEOUT = 1.0
    with caplog.at_level(logging.WARNING, logger="search.service"):
        response = client.get("/api/search/?q=tender&locale=km", **HEADERS)
    assert response.status_code == 200
    assert response.json()["backend"] == "database"
    (record,) = [r for r in caplog.records if r.name == "search.service"]
    assert record.request_id == RID
    assert (record.backend, record.fallback) == ("elasticsearch", "database")
    assert record.error == "ConnectionError"
    assert record.query == "tender"
    assert record.locale == "km"


# --- the worker: a task carries the id of the request that enqueued it ---------


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
@pytest.mark.urls("tests.production.urls_enqueue")
def test_worker_logs_under_the_enqueuing_request_id(postgres_db, settings, client):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "config.logs.DatabaseBackend"}}
    assert client.get("/enqueue/", **HEADERS).content == b"queued"
    row = DBTaskResult.objects.get(task_path="tests.production.tasks.log_note")
    assert row.args_kwargs == {"args": ["hello"], "kwargs": {}, "request_id": RID}

    db = connection.settings_dict
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "worker-test-" + "z" * 40,
        "DATABASE_URL": f"postgres://{db['USER']}:{quote(db['PASSWORD'])}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        "ELASTICSEARCH_URL": "",
        "LOG_LEVEL": "INFO",
        "LOG_FORMAT": "json",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "db_worker", "--batch", "--no-startup-delay", "--no-reload"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stderr.splitlines() if line.startswith("{")]
    said = [line for line in lines if line["message"] == "task says hello"]
    assert said and said[0]["request_id"] == RID, result.stderr
    finished = [line for line in lines if "state=SUCCESSFUL" in line["message"]]
    assert finished and finished[0]["request_id"] == RID, result.stderr
    row.refresh_from_db()
    assert row.status == "SUCCESSFUL"
