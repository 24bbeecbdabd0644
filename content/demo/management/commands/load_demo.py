"""Build the demo site. Idempotent: running it twice gives the same content."""

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test.utils import override_settings

from content.demo.loader import load_demo

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
        with override_settings(TASKS=DEFERRED_TASKS), transaction.atomic():
            summary = load_demo(stdout=self.stdout)
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
