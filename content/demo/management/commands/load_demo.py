"""Build the demo site. Idempotent: running it twice gives the same content."""

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, transaction
from django.test.utils import override_settings

from content.demo.loader import DEMO_STEPS, load_demo
from ops.progress import progress

# While the demo loads, background tasks are queued and dropped: every page publish
# would otherwise reindex its whole subtree for public search (extracting each PDF's
# text again), and every save would update Wagtail's reference and admin search
# indexes row by row. Each index is built once instead, when the load is done.
DEFERRED_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
REBUILDS = [
    ("search_index", "update"),  # public search, both backends
    ("wagtail_update_index",),  # Wagtail's admin search
    ("rebuild_references_index",),  # Wagtail's usage counts ("used in 3 pages")
]


class Command(BaseCommand):
    help = (
        "Create the locales, the page tree and the demo content (idempotent), "
        "then build the search and reference indexes once."
    )

    def handle(self, *args, **options):
        try:
            with (
                override_settings(TASKS=DEFERRED_TASKS),
                progress(self.stdout, "load_demo", DEMO_STEPS) as bar,
                transaction.atomic(),
            ):
                summary = load_demo(stdout=self.stdout, advance=bar.advance)
        except (DatabaseError, OSError) as exc:
            reason = str(exc).splitlines()[0][:300] if str(exc) else ""
            raise CommandError(f"load_demo failed: {exc.__class__.__name__}: {reason}") from exc
        for name, count in summary.items():
            self.stdout.write(f"{name}: {count}")
        failed = []
        for command in REBUILDS:
            # The content is saved by now: an index that cannot be built (Elasticsearch
            # down) is reported with the command that builds it, not left half-done silently.
            try:
                call_command(*command, stdout=self.stdout, verbosity=0)
            except Exception as exc:
                self.stderr.write(f"{' '.join(command)} failed: {exc.__class__.__name__}: {exc}")
                failed.append(" ".join(command))
        if failed:
            raise CommandError(
                "Demo loaded, but these indexes were not built; run: "
                + "; ".join(f"manage.py {c}" for c in failed)
            )
