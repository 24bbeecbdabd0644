"""A task that always fails, for the worker's retry test."""

from django_tasks import task


@task()
def always_fails(note: str) -> None:
    raise RuntimeError(f"failing on purpose: {note}")
