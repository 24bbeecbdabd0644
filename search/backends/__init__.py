"""Which search engine answers, and whether it is healthy.

One interface (`index`, `delete`, `search`, `suggest`, `status`), two engines:
Elasticsearch when `ELASTICSEARCH_URL` is set, the database otherwise. The
database is always written too, so it can answer when Elasticsearch is down.
"""

import os
from functools import lru_cache

from django.conf import settings
from elasticsearch import Elasticsearch

from search.backends.base import ES_ERRORS, SearchBackend, analyse_document
from search.backends.database import DatabaseBackend
from search.backends.elasticsearch import ElasticsearchBackend

__all__ = [
    "ES_ERRORS",
    "SearchBackend",
    "DatabaseBackend",
    "ElasticsearchBackend",
    "analyse_document",
    "elasticsearch_client",
    "search_status",
    "get_backends",
]


def elasticsearch_client() -> Elasticsearch | None:
    if not settings.ELASTICSEARCH_URL:
        return None
    return _client(settings.ELASTICSEARCH_URL, settings.ELASTICSEARCH_TIMEOUT, os.getpid())


@lru_cache(maxsize=8)
def _client(url: str, timeout: float, pid: int) -> Elasticsearch:
    """One client per process and node, so its kept-alive connections serve every
    search (a client per search opened a connection per search); per pid, so a
    forked worker never shares its parent's sockets."""
    return Elasticsearch(url, request_timeout=timeout, max_retries=0)


def get_backends() -> list[SearchBackend]:
    """The engines in the order they should answer: Elasticsearch first when configured."""
    client = elasticsearch_client()
    database = DatabaseBackend()
    return [ElasticsearchBackend(client), database] if client else [database]


def search_status() -> dict:
    client = elasticsearch_client()
    if client is None:
        return DatabaseBackend().status()
    status = ElasticsearchBackend(client).status()
    if status["status"] != "ok":
        return {
            "backend": "database",
            "status": "degraded",
            "elasticsearch": status.get("elasticsearch", "unreachable"),
        }
    return status
