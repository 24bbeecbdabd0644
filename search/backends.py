"""Which search engine answers, and whether it is healthy.

The search helper extends this module with the backend interface; healthz
only needs `search_status`.
"""

from django.conf import settings
from elasticsearch import Elasticsearch
from elasticsearch import exceptions as es_exceptions


def elasticsearch_client() -> Elasticsearch | None:
    if not settings.ELASTICSEARCH_URL:
        return None
    return Elasticsearch(
        settings.ELASTICSEARCH_URL,
        request_timeout=settings.ELASTICSEARCH_TIMEOUT,
        max_retries=0,
    )


def search_status() -> dict:
    client = elasticsearch_client()
    if client is None:
        return {"backend": "database", "status": "ok"}
    try:
        health = client.cluster.health()
    except (es_exceptions.ConnectionError, es_exceptions.ConnectionTimeout,
            es_exceptions.TransportError, es_exceptions.ApiError) as exc:
        return {
            "backend": "database",
            "status": "degraded",
            "elasticsearch": f"unreachable: {exc.__class__.__name__}",
        }
    return {"backend": "elasticsearch", "status": "ok", "cluster": health.get("status")}
