from django.core.management.base import BaseCommand

from search.backends import search_status


class Command(BaseCommand):
    help = "Build (rebuild), refresh (update) or describe (status) the public search index."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["rebuild", "update", "status"])

    def handle(self, *args, action, **options):
        # The indexer lands with the search work; until then only status answers.
        self.stdout.write(f"search_index {action}: {search_status()}")
