"""The backend interface and what both implementations share."""

from typing import Protocol

from elasticsearch import exceptions as es_exceptions

from search.query import SearchRequest, SearchResult
from search.ranking import counts_column
from search.text import index_terms

__all__ = [
    "SearchBackend",
    "analyse_document",
    "document_counts",
    "ES_ERRORS",
    "Document",
    "TERMS_KEY",
    "COUNTS_KEY",
]

# What a missing, slow or failing Elasticsearch raises; search falls back to the database.
ES_ERRORS = (
    es_exceptions.ConnectionError,
    es_exceptions.ConnectionTimeout,
    es_exceptions.TransportError,
    es_exceptions.ApiError,
)

# A document as both backends take it: page_id, locale, type, url, title, summary,
# body, attachments (extracted text), countries, topics, date, year.
Document = dict

# Where search.analysis.analysed keeps a document's terms, computed once for both backends.
TERMS_KEY = "terms"
# And its term counts (the database copy's), made in the same worker process.
COUNTS_KEY = "term_counts"


def analyse_document(doc: Document) -> dict[str, str]:
    """The analysed terms of each searchable field, in the document's language
    (those already stored on the document under TERMS_KEY, when there are)."""
    if TERMS_KEY in doc:
        return doc[TERMS_KEY]
    locale = doc["locale"]
    return {
        "title_terms": index_terms(doc.get("title", ""), locale),
        "summary_terms": index_terms(doc.get("summary", ""), locale),
        "body_terms": index_terms(doc.get("body", ""), locale),
        "attachment_terms": index_terms(doc.get("attachments", ""), locale),
    }


def document_counts(doc: Document, terms: dict[str, str] | None = None) -> str:
    """The counts of the document's analysed terms (search.ranking.counts_column), those
    stored on it under COUNTS_KEY when there are; `terms`: its terms, when at hand."""
    if COUNTS_KEY in doc:
        return doc[COUNTS_KEY]
    return counts_column(terms if terms is not None else analyse_document(doc))


class SearchBackend(Protocol):
    name: str

    def index(self, docs: list[Document]) -> None: ...

    def delete(self, page_ids: list[int]) -> None: ...

    def search(self, request: SearchRequest) -> SearchResult: ...

    def suggest(self, query: str, locale: str, limit: int = 8) -> list[str]: ...

    def status(self) -> dict: ...
