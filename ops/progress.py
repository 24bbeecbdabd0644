"""Progress for long management commands: a bar with counts and time left on a
terminal (rich), plain lines elsewhere (logs, cron mail, CI)."""

from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

__all__ = ["progress"]


class _Lines:
    """One line per tenth of the work (and the last step), so a log stays short."""

    def __init__(self, stream, label: str, total: int):
        self.stream, self.label, self.total, self.done, self.shown = stream, label, total, 0, -1

    def advance(self, step: int = 1) -> None:
        self.done += step
        tenth = self.done * 10 // max(self.total, 1)
        if tenth != self.shown or self.done >= self.total:
            self.shown = tenth
            self.stream.write(f"{self.label}: {self.done}/{self.total}\n")
            self.stream.flush()


class _Bar:
    def __init__(self, bar: Progress, task):
        self.bar, self.task = bar, task

    def advance(self, step: int = 1) -> None:
        self.bar.advance(self.task, step)


@contextmanager
def progress(stream, label: str, total: int):
    """Yield an object whose `advance(n)` counts `n` of `total` steps done.

    `stream` is a command's `self.stdout` (Django's wrapper adds newlines, so the
    bar writes to the stream underneath)."""
    raw = getattr(stream, "_out", stream)
    if not (hasattr(raw, "isatty") and raw.isatty()):
        yield _Lines(raw, label, total)
        return
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("left"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=Console(file=raw), transient=False) as bar:
        yield _Bar(bar, bar.add_task(label, total=total))
