"""Retries for background tasks that fail.

django-tasks has no retries of its own: the database backend's worker marks a
task whose function raised as FAILED, stores the exception class and traceback
on its row (`django_tasks_db.DBTaskResult`, visible in the Django admin) and
logs it through the `django_tasks` logger. Here, on `task_finished`, a failed
task run by the database backend is enqueued again with the same arguments,
after 30 s, 60 s, 120 s, ... until it has failed `TASK_RETRIES` + 1 times;
then it is logged as given up. Tasks must therefore be idempotent (ours are:
`reindex_pages` recomputes the index from the pages).
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

logger = logging.getLogger(__name__)

BASE_DELAY = timedelta(seconds=30)


def _failures(task_result) -> int:
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(
        task_path=task_result.task.module_path,
        # by key: the row also holds the enqueuing request's id (config/logs.py)
        args_kwargs__args=list(task_result.args),
        args_kwargs__kwargs=dict(task_result.kwargs),
        status="FAILED",
    ).count()


def retry_failed(sender, task_result, **kwargs) -> None:
    from django_tasks_db.backend import DatabaseBackend

    if task_result.status != "FAILED" or not issubclass(sender, DatabaseBackend):
        return
    failures = _failures(task_result)
    if failures > settings.TASK_RETRIES:
        logger.error(
            "Task %s (%s) failed %d times; not retrying",
            task_result.id,
            task_result.task.module_path,
            failures,
        )
        return
    delay = BASE_DELAY * 2 ** (failures - 1)
    again = task_result.task.using(run_after=timezone.now() + delay).enqueue(
        *task_result.args, **task_result.kwargs
    )
    logger.warning(
        "Task %s (%s) failed (%d of %d); retry %s in %d s",
        task_result.id,
        task_result.task.module_path,
        failures,
        settings.TASK_RETRIES + 1,
        again.id,
        delay.total_seconds(),
    )


def connect_signals() -> None:
    from django_tasks.signals import task_finished

    task_finished.connect(retry_failed, dispatch_uid="atlas_task_retry")
