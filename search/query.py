"""Search requests and results as plain data, and the Elasticsearch query built from them.

Pure: no Django request objects, no I/O. The query is built from analysed terms
as bool/term queries, never from the visitor's string, so no input can be a
syntax error (no query_string, no simple_query_string).
"""

import re
from dataclasses import dataclass, field

from search.ranking import EXPANSION_BOOST, FIELDS, LOCALE_TIER
from search.text import Group, highlight, snippet

__all__ = [
    "FIELDS",
    "FACETS",
    "SearchRequest",
    "SearchResult",
    "Hit",
    "parse_params",
    "ParamError",
    "es_query",
    "snippet_for",
]

FACETS = ("type", "country", "topic", "year")
MAX_PAGE_SIZE = 50
MAX_PAGE = 100  # deep pages cost the engine; nobody reads page 101


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")  # never stored: PostgreSQL refuses NUL in text


class ParamError(ValueError):
    """A parameter a client sent that cannot be understood."""


@dataclass
class SearchRequest:
    query: str = ""
    locale: str = "en"
    all_locales: bool = False
    filters: dict[str, str] = field(default_factory=dict)  # facet name -> value
    page: int = 1
    page_size: int = 10
    sort: str = "relevance"  # or "date"
    exact: bool = False  # search the words as typed, never as the pages spell them
    typed: str = ""  # the query as typed when `query` is its spelling correction
    clauses: list[list[Group]] = field(default_factory=list)  # any clause matches
    expansions: list[dict] = field(default_factory=list)  # glossary terms added: term, locale
    # Also search this locale's pages, except these page ids (search.fallback fills both).
    fallback_locale: str = ""
    fallback_exclude: list[int] = field(default_factory=list)

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.page_size

    @property
    def groups(self) -> list[Group]:
        return [g for clause in self.clauses for g in clause]


@dataclass
class Hit:
    page_id: int
    title: str
    url: str
    type: str
    locale: str
    countries: list[str]
    date: str | None
    snippet: str
    score: float = 0.0


@dataclass
class SearchResult:
    total: int = 0
    hits: list[Hit] = field(default_factory=list)
    facets: dict[str, list[dict]] = field(default_factory=dict)  # name -> [{value, count}]
    took_ms: int = 0
    backend: str = "database"
    degraded: bool = False  # Elasticsearch was configured but did not answer


def _int(value: str | None, default: int, low: int, high: int) -> int:
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return default
    return max(low, min(high, number))


def _flag(value: str | None) -> bool:
    return (value or "").strip().lower() in ("1", "true", "yes", "on")


def parse_params(params, default_locale: str, locales: list[str]) -> SearchRequest:
    """A SearchRequest from query parameters (any mapping with .get).

    Unreadable numbers fall back to defaults; an unknown locale or sort raises
    ParamError, which the API answers with 400.
    """
    locale = (params.get("locale") or default_locale).strip().lower()
    if locale not in locales:
        raise ParamError(f"Unknown locale {locale!r}; use one of {', '.join(locales)}.")
    sort = (params.get("sort") or "relevance").strip().lower()
    if sort not in ("relevance", "date"):
        raise ParamError("sort must be 'relevance' or 'date'.")
    filters = {}
    for name in FACETS:
        value = _CONTROL.sub("", params.get(name) or "").strip()[:100]
        if value:
            filters[name] = value.upper() if name == "country" else value
    if "year" in filters and not filters["year"].isdigit():
        del filters["year"]
    return SearchRequest(
        query=_CONTROL.sub(" ", params.get("q") or "").strip()[:1000],
        locale=locale,
        all_locales=_flag(params.get("all_locales")),
        filters=filters,
        page=_int(params.get("page"), 1, 1, MAX_PAGE),
        page_size=_int(params.get("page_size"), 10, 1, MAX_PAGE_SIZE),
        sort=sort,
        exact=_flag(params.get("exact")),
    )


def _group_query(group: Group, boost: float) -> dict:
    """Any term of the group in any field; each match adds BM25 (or, for a prefix,
    its boost alone), as search.ranking scores it for the database."""
    kind = "prefix" if group.prefix else "term"
    should = [
        {kind: {name: {"value": term, "boost": weight * group.weight * boost}}}
        for term in group.terms
        for name, weight in FIELDS.items()
    ]
    return {"bool": {"should": should, "minimum_should_match": 1}}


def _clause_query(clause: list[Group], boost: float) -> dict:
    must = [_group_query(g, boost) for g in clause if not g.optional]
    should = [_group_query(g, boost) for g in clause if g.optional]
    return {"bool": {"must": must, "should": should}}


def es_filters(request: SearchRequest) -> list[dict]:
    filters = []
    names = {"type": "type", "country": "countries", "topic": "topics", "year": "year"}
    for name, value in request.filters.items():
        filters.append({"term": {names[name]: int(value) if name == "year" else value}})
    return filters


def es_locale_filter(request: SearchRequest) -> list[dict]:
    """With a fallback: the reader's pages, and the fallback locale's untranslated ones."""
    if not request.fallback_locale:
        return []
    fallback = {
        "bool": {
            "filter": [{"term": {"locale": request.fallback_locale}}],
            "must_not": [{"terms": {"page_id": request.fallback_exclude}}],
        }
    }
    own = {"term": {"locale": request.locale}}
    return [{"bool": {"should": [own, fallback], "minimum_should_match": 1}}]


def es_query(request: SearchRequest) -> dict:
    """The body of an Elasticsearch search for `request` (which has clauses)."""
    should = [
        _clause_query(clause, 1.0 if number == 0 else EXPANSION_BOOST)
        for number, clause in enumerate(request.clauses)
    ]
    query = {
        "bool": {
            "should": should,
            "minimum_should_match": 1,
            "filter": es_filters(request) + es_locale_filter(request),
        }
    }
    if request.fallback_locale:  # the reader's own pages rank above every fallback
        tier = {"constant_score": {"filter": {"term": {"locale": request.locale}}}}
        tier["constant_score"]["boost"] = LOCALE_TIER
        query = {"bool": {"must": [query], "should": [tier]}}
    newest = {"date": {"order": "desc", "missing": "_last"}}
    sort = ["_score", newest, {"page_id": "asc"}]
    if request.sort == "date":
        sort = [newest, "_score", {"page_id": "asc"}]
    return {
        "query": query,
        "aggs": {
            "type": {"terms": {"field": "type", "size": 50}},
            "country": {"terms": {"field": "countries", "size": 50}},
            "topic": {"terms": {"field": "topics", "size": 50}},
            "year": {"terms": {"field": "year", "size": 50}},
        },
        "sort": sort,
        "from": request.offset,
        "size": request.page_size,
        "track_total_hits": True,
        "_source": {"excludes": [f"{name}" for name in FIELDS]},
    }


def snippet_for(texts: dict[str, str], request: SearchRequest, locale: str) -> str:
    """The <mark>ed snippet of the first field with a hit (summary, body, files, title)."""
    groups = request.groups
    for name in ("summary", "body", "attachments", "title"):
        text = texts.get(name) or ""
        found = snippet(text, groups, locale) if text else None
        if found is not None:
            return found
    fallback = texts.get("summary") or texts.get("body") or ""
    return highlight(fallback, [], locale)
