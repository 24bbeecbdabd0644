"""Background work in production: a publish enqueues a job in the database, and
`manage.py db_worker`, run for real as a subprocess, makes the page findable."""

import os
import subprocess
import sys
import uuid
from urllib.parse import quote

import pytest
from django.conf import settings
from django.db import connection

from tests.production.conftest import page_model

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

DATABASE_BACKEND = {"default": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"}}


def run_worker(**extra_env):
    """One batch of the real db_worker, in production settings, on this test database."""
    db = connection.settings_dict
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "worker-test-" + "z" * 40,
        "DATABASE_URL": f"postgres://{db['USER']}:{quote(db['PASSWORD'])}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        "ELASTICSEARCH_URL": "",  # the database copy of the index, to read it back here
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "LOG_LEVEL": "INFO",
        **extra_env,
    }
    return subprocess.run(
        [sys.executable, "manage.py", "db_worker", "--batch", "--no-startup-delay", "--no-reload"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_publish_is_indexed_by_the_worker(postgres_db, site_tree, settings, client):
    from django_tasks_db.models import DBTaskResult

    from tests.production.tasks import always_fails

    settings.ELASTICSEARCH_URL = ""
    settings.TASKS = DATABASE_BACKEND
    word = f"zq{uuid.uuid4().hex[:8]}"
    standard_page = page_model("StandardPage")
    page = standard_page(title=f"Worker indexed {word}", slug=word, locale=site_tree["en"].locale)
    site_tree["en"].add_child(instance=page)
    page.save_revision().publish()  # commits: transactional test
    always_fails.enqueue("retry me")

    queued = DBTaskResult.objects.filter(task_path="search.indexing.reindex_pages")
    assert queued.filter(status="READY").exists()
    # The worker takes ours first, before Wagtail's own index tasks queued ahead of it.
    ready = list(DBTaskResult.objects.ready().values_list("task_path", flat=True))
    assert ready[0] == "search.indexing.reindex_pages", ready
    assert len(ready) > 2
    assert client.get(f"/api/search/?q={word}").json()["total"] == 0  # not yet: queued

    result = run_worker()
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert not queued.exclude(status="SUCCESSFUL").exists(), output
    hits = client.get(f"/api/search/?q={word}").json()
    assert [hit["title"] for hit in hits["results"]] == [page.title]

    # The failing task is logged with its traceback and enqueued again, later.
    failing = DBTaskResult.objects.filter(task_path="tests.production.tasks.always_fails")
    failed = failing.get(status="FAILED")
    assert "failing on purpose: retry me" in failed.traceback
    retry = failing.get(status="READY")
    assert retry.args_kwargs == {"args": ["retry me"], "kwargs": {}}
    assert retry.run_after > failed.finished_at
    assert "failing on purpose" in output and "retry" in output
