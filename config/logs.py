"""Structured logs: one request id from nginx through Django and into the task worker.

nginx names every request (`$request_id`, sent as X-Request-ID; gunicorn logs it
too). `RequestLogMiddleware` takes that id (or makes one when Django is reached
directly), keeps it in a context variable for the request's lifetime, answers
with it, and logs slow requests. `RequestIdFilter` puts it on every log record.
`DatabaseBackend` stores it beside each task it enqueues, and the worker sets it
again while that task runs, so a publish and the indexing it causes share an id.
"""

import logging
import re
import time
import uuid
from contextvars import ContextVar

from django.conf import settings
from django.db import connection
from django_tasks_db.backend import DatabaseBackend as BaseDatabaseBackend

logger = logging.getLogger("atlas.requests")

request_id: ContextVar[str | None] = ContextVar("request_id", default=None)

HEADER = "HTTP_X_REQUEST_ID"
# nginx's $request_id is 32 hex digits; accept any plain token a proxy might send,
# never one that could forge log lines.
VALID_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


class RequestIdFilter(logging.Filter):
    """Adds `request_id` (or None outside a request or task) to every record."""

    def filter(self, record):
        if not hasattr(record, "request_id"):
            record.request_id = request_id.get()
        return True


class RequestLogMiddleware:
    """Outermost: the request id for everything below, and a warning for slow requests."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.META.get(HEADER, "")
        rid = incoming if VALID_ID.match(incoming) else uuid.uuid4().hex
        token = request_id.set(rid)
        queries = [0]

        def count(execute, sql, params, many, context):
            queries[0] += 1
            return execute(sql, params, many, context)

        start = time.perf_counter()
        try:
            with connection.execute_wrapper(count):
                response = self.get_response(request)
            elapsed_ms = (time.perf_counter() - start) * 1000
            if elapsed_ms >= settings.SLOW_REQUEST_MS:
                logger.warning(
                    "Slow request: %s %s took %.0f ms",
                    request.method,
                    request.path,
                    elapsed_ms,
                    extra={
                        "method": request.method,
                        "path": request.path,
                        "query_string": request.META.get("QUERY_STRING", "")[:500],
                        "status": response.status_code,
                        "duration_ms": round(elapsed_ms, 1),
                        "sql_queries": queries[0],
                        "cache": response.get("X-Cache", ""),
                        "threshold_ms": settings.SLOW_REQUEST_MS,
                    },
                )
            if "X-Request-ID" not in response:
                response["X-Request-ID"] = rid
            return response
        finally:
            request_id.reset(token)


class DatabaseBackend(BaseDatabaseBackend):
    """django-tasks' database backend that remembers which request enqueued each task.

    The id rides in the row's `args_kwargs` JSON beside the arguments (the
    worker passes only `args` and `kwargs` to the task).
    """

    def _task_to_db_task(self, task, args, kwargs):
        db_task = super()._task_to_db_task(task, args, kwargs)
        rid = request_id.get()
        if rid:
            db_task.args_kwargs["request_id"] = rid
            db_task.save(update_fields=["args_kwargs"])
        return db_task


def task_request_id(sender, task_result, **kwargs) -> None:
    """In the worker, before a task runs: log under the id of the request that enqueued it."""
    db_result = getattr(task_result, "db_result", None)
    args_kwargs = getattr(db_result, "args_kwargs", None) or {}
    request_id.set(args_kwargs.get("request_id"))


def connect_signals() -> None:
    from django_tasks.signals import task_started

    task_started.connect(task_request_id, dispatch_uid="atlas_task_request_id")
