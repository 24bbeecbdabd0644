"""Publish → findable: how long after a publish the page is found by search, with the
real background worker running.

    python -m bench.bench_publish        # prints JSON; `python -m bench` writes RESULTS.md

Builds the demo in a scratch SQLite database (`migrate`, `load_demo`, which also indexes
it) with production settings (config.settings.production, the database task backend as
deployed), then per run starts `manage.py db_worker --queue-name default --interval <s>`
as a subprocess and, BENCH_PUBLISHES times (default 10), gives an English page a title
with a fresh word, publishes a revision as the admin does (`save_revision().publish()`,
timed from before `save_revision`) and asks the search service (`search.service.run_search`,
what /api/search/ calls) every 20 ms until the page is found. A publish not found within
10 s counts as missed.

Runs: Elasticsearch with the deployed polling interval (0.25 s, scripts/prod.sh), the
production path; the database backend (ELASTICSEARCH_URL empty), the same interval.
Between publishes a random pause (seeded) keeps each publish out of step with the
worker's poll. Each task's wait in the queue
and its run time are read back from the task table (django_tasks_db's DBTaskResult).

BENCH_DB_URL: the database instead of a scratch SQLite file (`python -m bench` gives a
scratch PostgreSQL database beside PG_URL's: on SQLite a publish can fail with "database
is locked" while the worker writes; such publishes are counted as failed, with the error,
and miss the target). BENCH_WORK: keep (and reuse) the built demo in that folder.
Elasticsearch indexes go under `$ELASTICSEARCH_INDEX_PREFIX_bench_publish` and are
dropped afterwards (unless kept).
"""

import json
import os
import random
import re
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
PUBLISHES = int(os.environ.get("BENCH_PUBLISHES", 10))
POLL_S = 0.02
TIMEOUT_S = 10.0
WARMUP_TIMEOUT_S = 90.0  # the worker's start (Django setup) on a busy machine
TASK_PATH = "search.indexing.reindex_pages"
# (engine, worker polling interval in seconds): the deployed command's (scripts/prod.sh)
RUNS = [("elasticsearch", 0.25), ("database", 0.25)]


def environment(work: Path) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": os.environ.get("BENCH_SECRET_KEY") or secrets.token_urlsafe(50),
        "DATABASE_URL": os.environ.get("BENCH_DB_URL") or f"sqlite:///{work}/db.sqlite3",
        "STATIC_ROOT": str(work / "static"),
        "MEDIA_ROOT": str(work / "media"),
        "SECURE_SSL_REDIRECT": "False",
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "ELASTICSEARCH_URL": os.environ.get("ELASTICSEARCH_URL", "http://127.0.0.1:9200"),
        "ELASTICSEARCH_INDEX_PREFIX": os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "atlas")
        + "_bench_publish",
        "TASKS_BACKEND": "database",
        "LOG_LEVEL": "WARNING",
    }


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)


def build(env):
    """The demo, indexed in both engines by load_demo; no tasks queued while loading."""
    quiet = {**env, "TASKS_BACKEND": "dummy"}
    manage(quiet, "migrate", "--no-input", "-v0")
    manage(quiet, "load_demo")


def start_worker(env, interval: float, log):
    return subprocess.Popen(
        [
            PYTHON, "manage.py", "db_worker", "--queue-name", "default",
            "--interval", str(interval), "--no-startup-delay", "--no-reload",
        ],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip


def stop_worker(process) -> int:
    """SIGTERM (the worker finishes its task and exits), then SIGKILL if it hangs."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    return process.returncode


def fresh_word(rng) -> str:
    return "zq" + "".join(rng.choice("bcdfghjklmnpqrstvwxz") for _ in range(8))


def found(page, word) -> tuple[bool, str]:
    from search.query import SearchRequest
    from search.service import run_search

    result = run_search(SearchRequest(query=word, locale=page.locale.language_code))
    return any(hit.page_id == page.pk for hit in result.hits), result.backend


def publish_and_find(page, title, word, timeout) -> dict:
    from django.db import OperationalError
    from django.utils import timezone

    page.title = f"{title} {word}"
    wall = timezone.now()
    started = time.perf_counter()
    try:
        page.save_revision().publish()  # commits; on commit the index task is enqueued
    except OperationalError as exc:  # SQLite: "database is locked" while the worker writes
        return {"page_id": page.pk, "seconds": None, "error": str(exc), "publish_call_s": None,
                "backend": "", "tasks": 0, "queued_s": None, "task_s": None}  # fmt: skip
    published = time.perf_counter() - started
    seconds, backend = None, ""
    while time.perf_counter() - started < timeout:
        hit, backend = found(page, word)
        if hit:
            seconds = time.perf_counter() - started
            break
        time.sleep(POLL_S)
    return {"page_id": page.pk, "seconds": seconds, "publish_call_s": published,
            "backend": backend, **task_times(page.pk, wall)}  # fmt: skip


def task_times(page_id: int, since) -> dict:
    """Queue wait and run time of the index task this publish enqueued (task table)."""
    from django_tasks_db.models import DBTaskResult

    deadline = time.perf_counter() + 3
    while time.perf_counter() < deadline:
        tasks = [
            t
            for t in DBTaskResult.objects.filter(task_path=TASK_PATH, enqueued_at__gte=since)
            if t.args_kwargs.get("args") == [[page_id]]
        ]
        if tasks and all(t.finished_at for t in tasks):
            first = min(tasks, key=lambda t: t.enqueued_at)
            return {
                "tasks": len(tasks),
                "queued_s": (first.started_at - first.enqueued_at).total_seconds(),
                "task_s": (first.finished_at - first.started_at).total_seconds(),
                "status": first.status,
            }
        time.sleep(0.05)
    statuses = ",".join(sorted({t.status for t in tasks})) or "not enqueued"
    return {"tasks": len(tasks), "queued_s": None, "task_s": None, "status": statuses}


def drain(since, timeout: float = 15) -> None:
    """Wait for the tasks still queued (Wagtail's own, after ours) so the worker stops idle."""
    from django_tasks_db.models import DBTaskResult

    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        pending = DBTaskResult.objects.filter(
            enqueued_at__gte=since, status__in=["READY", "RUNNING"]
        )
        if not pending.exists():
            return
        time.sleep(0.1)


def pages_to_edit(count: int):
    from wagtail.models import Page

    from search.indexing import is_indexable, restricted_paths

    restricted = restricted_paths()
    chosen = []
    for page in Page.objects.live().filter(locale__language_code="en", depth__gt=2).specific():
        if is_indexable(page, restricted) and page.search_document().get("title"):
            chosen.append(page)
    if len(chosen) < 2:
        raise SystemExit("bench_publish: the demo has no indexable English pages")
    return [chosen[i % len(chosen)] for i in range(count)]


def median(values):
    return statistics.median(values) if values else None


def measure(env, engine: str, interval: float, log_path: Path, rng) -> dict:
    from django.conf import settings
    from django.utils import timezone
    from wagtail.models import Page

    settings.ELASTICSEARCH_URL = env["ELASTICSEARCH_URL"] if engine == "elasticsearch" else ""
    worker_env = {**env, "ELASTICSEARCH_URL": settings.ELASTICSEARCH_URL}
    pages = pages_to_edit(PUBLISHES + 1)
    # The title without words an earlier run added (a kept demo)
    titles = {p.pk: re.sub(r"( zq[a-z]{8})+$", "", Page.objects.get(pk=p.pk).title) for p in pages}
    samples = []
    with log_path.open("a") as log:
        log.write(f"\n== {engine}, --interval {interval}\n")
        log.flush()
        run_started = timezone.now()
        worker = start_worker(worker_env, interval, log)
        try:
            # Not counted: the worker's start, and the first search's connections.
            first = pages[0]
            warm = publish_and_find(first, titles[first.pk], fresh_word(rng), WARMUP_TIMEOUT_S)
            if warm["seconds"] is None or worker.poll() is not None:
                raise SystemExit(f"bench_publish: the worker indexed nothing; see {log_path}")
            for page in pages[1:]:
                time.sleep(rng.uniform(0, 1.0))  # out of step with the worker's poll
                page = type(page).objects.get(pk=page.pk)
                samples.append(publish_and_find(page, titles[page.pk], fresh_word(rng), TIMEOUT_S))
            drain(run_started)
        finally:
            returncode = stop_worker(worker)
    seconds = [s["seconds"] for s in samples if s["seconds"] is not None]
    missed = len(samples) - len(seconds)
    return {
        "engine": engine,
        "interval_s": interval,
        "publishes": len(samples),
        "found": len(seconds),
        "failed": sum(1 for s in samples if s.get("error")),  # the publish itself raised
        "errors": sorted({s["error"] for s in samples if s.get("error")}),
        "p50_s": median(seconds),
        "max_s": max(seconds) if seconds else None,
        "min_s": min(seconds) if seconds else None,
        "met": not missed and max(seconds) <= 2.0,
        "publish_call_p50_s": median([s["publish_call_s"] for s in samples if s["publish_call_s"]]),
        "queued_p50_s": median([s["queued_s"] for s in samples if s["queued_s"] is not None]),
        "task_p50_s": median([s["task_s"] for s in samples if s["task_s"] is not None]),
        "answered_by": sorted({s["backend"] for s in samples}),
        "worker_exit": returncode,
        "samples": samples,
    }


def main() -> dict:
    keep = os.environ.get("BENCH_WORK")
    work = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="atlas-bench-publish-"))
    work.mkdir(parents=True, exist_ok=True)
    env = environment(work)
    os.environ.update({k: v for k, v in env.items() if k != "PATH"})
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connection

    started = time.perf_counter()
    if "wagtailcore_page" not in connection.introspection.table_names():
        build(env)
    build_s = time.perf_counter() - started
    from search.backends import ElasticsearchBackend, elasticsearch_client
    from search.documents import alias_name

    client = elasticsearch_client()
    if client and not client.indices.exists_alias(name=alias_name("en")):  # another prefix
        manage(env, "search_index", "rebuild")
    rng = random.Random(20260)
    log_path = work / "worker.log"
    runs = []
    measured = time.perf_counter()
    try:
        for engine, interval in RUNS:
            if engine == "elasticsearch" and client is None:  # ELASTICSEARCH_URL set empty
                continue
            runs.append(measure(env, engine, interval, log_path, rng))
    finally:
        if not keep:
            if client:
                ElasticsearchBackend(client).drop_all()
            shutil.rmtree(work, ignore_errors=True)
    return {
        "build_s": build_s,
        "measure_s": time.perf_counter() - measured,
        "database": {"postgresql": "PostgreSQL", "sqlite": "SQLite"}.get(
            connection.vendor, connection.vendor
        ),
        "worker": "manage.py db_worker --queue-name default --interval <s> --no-startup-delay",
        "runs": runs,
    }


if __name__ == "__main__":
    figures = json.dumps(main(), indent=1, default=str)
    if os.environ.get("BENCH_JSON"):  # python -m bench reads them there
        Path(os.environ["BENCH_JSON"]).write_text(figures)
    print(figures)
