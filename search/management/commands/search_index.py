"""`manage.py search_index rebuild|update|status`.

With ELASTICSEARCH_URL set, `rebuild` loads each locale into a new timestamped
index and swaps the locale's alias to it in one atomic step, so searching keeps
working meanwhile; the database copy is rebuilt too. Unset, the commands work
on the database backend alone. `rebuild` analyses the text once, in worker
processes (`--workers`, default one per core), for both copies, and loads the
database meanwhile, as the documents come back analysed: both cores work. On
PostgreSQL the database copy is cleared and loaded in one transaction, so a
visitor searching it sees the old index until the new one is whole, and a
failure leaves the old; on SQLite it is loaded batch by batch (a failed rebuild
is run again).
"""

import time
from contextlib import closing

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from ops.progress import progress
from search.analysis import analysing
from search.backends import (
    ES_ERRORS,
    DatabaseBackend,
    ElasticsearchBackend,
    elasticsearch_client,
    search_status,
)
from search.indexing import all_documents


class Command(BaseCommand):
    help = "Build (rebuild), refresh (update) or describe (status) the public search index."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["rebuild", "update", "status"])
        parser.add_argument(
            "--workers",
            type=int,
            default=None,
            help="Processes analysing the text in a rebuild (default: one per core).",
        )

    def handle(self, *args, action, workers=None, **options):
        if workers is not None and workers < 1:
            raise CommandError("--workers must be at least 1")
        if action == "status":
            self.stdout.write(f"search_index status: {search_status()}")
            self.stdout.write(f"database: {DatabaseBackend().status()}")
            return
        try:
            self._run(action, workers)
        except (*ES_ERRORS, DatabaseError) as exc:
            reason = str(exc).splitlines()[0][:300] if str(exc) else ""
            raise CommandError(
                f"search_index {action} failed: {exc.__class__.__name__}: {reason}"
            ) from exc

    def _run(self, action: str, workers: int | None = None) -> None:
        started = time.monotonic()
        docs = list(all_documents())
        database = DatabaseBackend()
        kept = {d["page_id"] for d in docs}
        stale = set(database_ids()) - kept
        client = elasticsearch_client()
        if action == "rebuild":
            total = len(docs) * (2 if client is not None else 1)
            with progress(self.stdout, "search_index rebuild", total) as bar:
                loading = time.monotonic()
                # closing: a failed load stops the analysis processes at once. One
                # transaction on PostgreSQL; on SQLite the load commits batch by batch
                # (DatabaseBackend.bulk_load says why).
                with closing(analysing(docs, workers)) as stream:
                    database.bulk_load(_counted(stream, bar.advance), replace=True)
                self.stdout.write(
                    f"analysis: {len(docs)} documents in {time.monotonic() - loading:.1f}s, "
                    "the database loaded meanwhile"
                )
                if client is not None:
                    self._rebuild(ElasticsearchBackend(client), docs, bar.advance)
        else:
            database.delete(sorted(stale))
            database.index(docs)
        self.stdout.write(f"database: {len(docs)} documents indexed, {len(stale)} removed")
        if client is not None and action == "update":
            engine = ElasticsearchBackend(client)
            engine.delete(sorted(stale))
            engine.index(docs)
            self.stdout.write(f"elasticsearch: {len(docs)} documents updated")
        self.stdout.write(f"search_index {action}: done in {time.monotonic() - started:.1f}s")

    def _rebuild(self, engine: ElasticsearchBackend, docs: list[dict], advance) -> None:
        for code, _name in settings.LANGUAGES:
            batch = [d for d in docs if d["locale"] == code]
            index = engine.create_index(code)
            engine.bulk(index, batch, refresh=True)
            old = engine.swap_alias(code, index)
            for name in old:
                engine.client.indices.delete(index=name, ignore_unavailable=True)
            advance(len(batch))
            self.stdout.write(f"elasticsearch {code}: {len(batch)} documents in {index}")


def _counted(docs, advance):
    for doc in docs:
        yield doc
        advance(1)


def database_ids():
    from search.models import SearchEntry

    return SearchEntry.objects.values_list("page_id", flat=True)
