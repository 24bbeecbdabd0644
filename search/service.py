"""Running a search: analysis, glossary bridging, the engine, the fallback, the log."""

import logging
from dataclasses import replace

from django.db import DatabaseError

from search.backends import ES_ERRORS, DatabaseBackend, get_backends
from search.fallback import apply_fallback, localize_hits
from search.glossary import glossary_expansions
from search.models import SearchQuery
from search.query import SearchRequest, SearchResult
from search.spelling import correct_query
from search.text import query_groups

logger = logging.getLogger(__name__)

__all__ = ["run_search", "suggest", "spelled_search", "log_query"]


def prepare(request: SearchRequest) -> SearchRequest:
    """Fill in the request's clauses: the visitor's words, then each glossary term added."""
    main = query_groups(request.query, request.locale)
    request.clauses = [main] if main else []
    if main:
        request.expansions = glossary_expansions(request.query, request.locale)
        for added in request.expansions:
            groups = query_groups(added["term"], added["locale"])
            if groups:
                request.clauses.append(groups)
    return request


def run_search(request: SearchRequest) -> SearchResult:
    """Search with the first engine that answers; the database is the last resort."""
    apply_fallback(prepare(request))
    return localize_hits(request, _engine_search(request))


def _engine_search(request: SearchRequest) -> SearchResult:
    backends = get_backends()
    for backend in backends[:-1]:
        try:
            return backend.search(request)
        except ES_ERRORS as exc:
            logger.warning(
                "Search falls back to the database: %s from %s",
                exc.__class__.__name__,
                backend.name,
                extra={
                    "backend": backend.name,
                    "fallback": backends[-1].name,
                    "error": exc.__class__.__name__,
                    "detail": str(exc)[:500],
                    "query": request.query[:200],
                    "locale": request.locale,
                    "page": request.page,
                },
            )
    result = backends[-1].search(request)
    result.degraded = len(backends) > 1
    return result


def suggest(query: str, locale: str) -> list[str]:
    backends = get_backends()
    for backend in backends[:-1]:
        try:
            return backend.suggest(query, locale)
        except ES_ERRORS:
            break
    return DatabaseBackend().suggest(query, locale)


def spelled_search(
    request: SearchRequest, locales: list[str]
) -> tuple[SearchRequest, SearchResult]:
    """Run the search; when a word of it is one no page uses and the pages' spelling of
    it finds something, that search instead (its request's `typed` holds the query as
    typed, for "Showing results for")."""
    result = run_search(request)
    if request.exact or not request.query:
        return request, result
    searched = [request.locale, request.fallback_locale] if not request.all_locales else locales
    correction = correct_query(request.query, [code for code in searched if code])
    if not correction:
        return request, result
    corrected = replace(
        request, query=correction, typed=request.query, clauses=[], expansions=[],
        fallback_locale="", fallback_exclude=[],
    )  # fmt: skip
    found = run_search(corrected)
    return (corrected, found) if found.total else (request, result)


def log_query(request: SearchRequest, result: SearchResult) -> None:
    """Note the query for the staff report; a visitor's search never fails for it (on
    SQLite a write waits for a rebuild's transaction, then gives up)."""
    if not (request.query and request.page == 1):
        return
    try:
        SearchQuery.objects.create(
            query=(request.typed or request.query)[:255].casefold(),
            locale="all" if request.all_locales else request.locale,
            results=result.total,
            backend=result.backend,
        )
    except DatabaseError as exc:
        logger.warning("Search query not logged: %s", exc.__class__.__name__)
