"""Liveness and readiness for load balancers and process supervisors.

`/healthz/live`: the process answers (no dependency touched).
`/healthz/ready`: it can serve: database, search, cache and the task queue.
503 when the database or the cache is down; search down or a long queue
only degrade (search falls back to the database; indexing catches up).
The site's `/healthz` contract (database and search) is kept where it is.
"""

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.utils.crypto import get_random_string
from django.views.decorators.cache import never_cache

from search.backends import search_status

QUEUE_DEPTH_DEGRADED = 1000


@never_cache
def live(request):
    return JsonResponse({"status": "ok"})


def _database() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return "ok"
    except DatabaseError as exc:
        return f"error: {exc.__class__.__name__}"


def _cache() -> dict:
    backend = settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]
    probe = get_random_string(12)
    try:
        cache.set("atlas:healthz", probe, 10)
        ok = cache.get("atlas:healthz") == probe
    except Exception as exc:  # any client error means the cache is unusable
        return {"status": f"error: {exc.__class__.__name__}", "backend": backend}
    return {"status": "ok" if ok else "error: readback", "backend": backend}


def _queue(database_ok: bool) -> dict:
    backend = settings.TASKS["default"]["BACKEND"]
    if not backend.startswith("django_tasks_db") or not database_ok:
        return {"backend": backend.rsplit(".", 1)[-1], "depth": None}
    from django_tasks_db.models import DBTaskResult

    try:
        ready = DBTaskResult.objects.filter(status="READY").count()
        failed = DBTaskResult.objects.filter(status="FAILED").count()
    except DatabaseError as exc:
        return {"backend": "DatabaseBackend", "depth": None, "error": exc.__class__.__name__}
    return {"backend": "DatabaseBackend", "depth": ready, "failed": failed}


@never_cache
def ready(request):
    database = _database()
    cache_state = _cache()
    queue = _queue(database == "ok")
    search = search_status()
    if database != "ok" or cache_state["status"] != "ok":
        status, code = "down", 503
    elif search["status"] != "ok" or (queue["depth"] or 0) > QUEUE_DEPTH_DEGRADED:
        status, code = "degraded", 200
    else:
        status, code = "ok", 200
    body = {"status": status, "database": database, "search": search, "cache": cache_state}
    body["queue"] = queue
    return JsonResponse(body, status=code)
