"""Elasticsearch documents: one index per locale, behind an alias.

The terms arrive analysed by search.text (see there for each language's
choice), so every `*_terms` field uses the built-in `whitespace` analyzer, the
only one that keeps them intact on a node without analysis-common. The
original texts are stored, not indexed, for snippets.
"""

from datetime import UTC, datetime

from django.conf import settings
from elasticsearch_dsl import Date, Document, Index, Integer, Keyword, Text

from search.ranking import K1, B

__all__ = ["PageDocument", "alias_name", "new_index_name", "index_for", "all_aliases"]


class PageDocument(Document):
    page_id = Integer()
    locale = Keyword()
    type = Keyword()
    url = Keyword(index=False)
    countries = Keyword()
    topics = Keyword()
    date = Date()
    year = Integer()
    title = Text(index=False)
    summary = Text(index=False)
    body = Text(index=False)
    attachments = Text(index=False)
    title_terms = Text(analyzer="whitespace", norms=True)
    summary_terms = Text(analyzer="whitespace")
    body_terms = Text(analyzer="whitespace")
    attachment_terms = Text(analyzer="whitespace")


def alias_name(locale: str) -> str:
    """The one place that chooses a locale's index: `<prefix>-<locale>`."""
    return f"{settings.ELASTICSEARCH_INDEX_PREFIX}-{locale}"


def all_aliases() -> list[str]:
    return [alias_name(code) for code, _name in settings.LANGUAGES]


def new_index_name(locale: str) -> str:
    return f"{alias_name(locale)}-{datetime.now(UTC).strftime('%Y%m%d%H%M%S%f')}"


def index_for(name: str) -> Index:
    index = Index(name)
    # Shards and replicas from settings (one shard by default: BM25 statistics are the
    # whole locale's, as the database backend counts them).
    index.settings(
        number_of_shards=settings.ELASTICSEARCH_SHARDS,
        number_of_replicas=settings.ELASTICSEARCH_REPLICAS,
        refresh_interval="1s",
        similarity={"default": {"type": "BM25", "k1": K1, "b": B}},
    )  # fmt: skip
    index.document(PageDocument)
    return index
