"""Build the demo site. Idempotent: running it twice gives the same content."""

from django.core.management.base import BaseCommand
from django.db import transaction

from content.demo.loader import load_demo


class Command(BaseCommand):
    help = "Create the locales, the page tree and the demo content (idempotent)."

    def handle(self, *args, **options):
        with transaction.atomic():
            summary = load_demo(stdout=self.stdout)
        for name, count in summary.items():
            self.stdout.write(f"{name}: {count}")
