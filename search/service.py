"""Running a search: analysis, glossary bridging, the engine, the fallback, the log."""

import difflib
import logging

from search.backends import ES_ERRORS, DatabaseBackend, get_backends
from search.fallback import apply_fallback, localize_hits
from search.glossary import glossary_expansions
from search.models import SearchEntry, SearchQuery
from search.query import SearchRequest, SearchResult
from search.text import normalize, query_groups, tokens

logger = logging.getLogger(__name__)

__all__ = ["run_search", "suggest", "did_you_mean", "log_query"]


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


def did_you_mean(query: str, locale: str) -> str:
    """A nearby spelling made of words in the locale's indexed titles, or ''."""
    vocabulary = set()
    for title in SearchEntry.objects.filter(locale=locale).values_list("title", flat=True)[:3000]:
        vocabulary.update(w.casefold() for w in title.split() if len(w) > 2)
    changed, words = False, []
    query = normalize(query[:200])
    for token in (t for t in tokens(query, locale) if not t.compound):
        word = query[token.start : token.end].casefold()
        close = difflib.get_close_matches(word, vocabulary, n=1, cutoff=0.75) if word else []
        if close and close[0] != word and word not in vocabulary:
            words.append(close[0])
            changed = True
        else:
            words.append(word)
    return " ".join(words) if changed else ""


def log_query(request: SearchRequest, result: SearchResult) -> None:
    if request.query and request.page == 1:
        SearchQuery.objects.create(
            query=request.query[:255].casefold(),
            locale="all" if request.all_locales else request.locale,
            results=result.total,
            backend=result.backend,
        )
