"""Build the demo site. Idempotent: running it twice gives the same content."""

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, transaction

from content.demo.loader import DEMO_STEPS, load_demo
from ops.progress import progress


class Command(BaseCommand):
    help = "Create the locales, the page tree and the demo content (idempotent)."

    def handle(self, *args, **options):
        try:
            with progress(self.stdout, "load_demo", DEMO_STEPS) as bar, transaction.atomic():
                summary = load_demo(stdout=self.stdout, advance=bar.advance)
        except (DatabaseError, OSError) as exc:
            reason = str(exc).splitlines()[0][:300] if str(exc) else ""
            raise CommandError(f"load_demo failed: {exc.__class__.__name__}: {reason}") from exc
        for name, count in summary.items():
            self.stdout.write(f"{name}: {count}")
