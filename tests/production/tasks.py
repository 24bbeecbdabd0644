"""Tasks for the worker's tests: one that always fails (retries), one that logs."""

import logging

from django_tasks import task


@task()
def always_fails(note: str) -> None:
    raise RuntimeError(f"failing on purpose: {note}")


@task()
def log_note(note: str) -> None:
    logging.getLogger("tests.production.tasks").warning("task says %s", note)
