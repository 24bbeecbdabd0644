"""`manage.py locale_status`: per locale, how many pages and snippets have a reviewed
translation, a draft one, or fall back to the source language."""

from django.core.management.base import BaseCommand

from content.pages.locale_status import STATES, locale_content_status


class Command(BaseCommand):
    help = "Per locale: pages and snippets reviewed, draft, or falling back to the source."

    def handle(self, *args, **options):
        status = locale_content_status()
        kinds = list(next(iter(status.values()), {}))
        self.stdout.write("| locale | " + " | ".join(kinds) + " |")
        self.stdout.write("| --- " * (len(kinds) + 1) + "|")
        for language, by_kind in status.items():
            cells = ["/".join(str(by_kind[kind][state]) for state in STATES) for kind in kinds]
            self.stdout.write(f"| {language} | " + " | ".join(cells) + " |")
        self.stdout.write("\nEach cell: " + " / ".join(STATES) + ".")
