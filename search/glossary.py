"""Bridging languages with the glossary.

A query that contains a glossary term of one language also searches for the
same concept's terms in every other language (전자조달 -> e-procurement,
đấu thầu qua mạng, ...). The glossary model is named here and only here.
"""

import hashlib
from functools import lru_cache

from django.apps import apps

from config.cache import cached
from search.text import query_groups, required

__all__ = ["GLOSSARY_MODEL", "glossary_expansions", "expansions_from_rows"]

GLOSSARY_MODEL = "data.GlossaryTerm"  # rows with term, concept and locale
MAX_ROWS = 5000
MAX_EXPANSIONS = 12


@lru_cache(maxsize=4 * MAX_ROWS)
def _required_terms(term: str, locale: str) -> tuple[frozenset[str], ...]:
    """The terms of each required group of a glossary term: analysed once per process
    (the analysis is a pure function of the text and its language)."""
    return tuple(frozenset(g.terms) for g in required(query_groups(term, locale)))


def _contains(query_terms: set[str], term: str, locale: str) -> bool:
    """Whether every required group of the term meets a term of the query."""
    groups = _required_terms(term, locale)
    return bool(groups) and all(not g.isdisjoint(query_terms) for g in groups)


def expansions_from_rows(query: str, locale: str, rows: list[dict]) -> list[dict]:
    """Pure: rows are {term, concept, locale}; returns the added {term, locale}."""
    query_terms = {t for g in query_groups(query, locale) for t in g.terms}
    if not query_terms:
        return []
    # Which rows the query holds: each row is looked at once.
    held = [
        bool(row["concept"]) and _contains(query_terms, row["term"], row["locale"]) for row in rows
    ]
    concepts = {row["concept"] for row, hit in zip(rows, held, strict=True) if hit}
    added, seen = [], set()
    for row, hit in zip(rows, held, strict=True):
        key = row["term"].casefold()
        if row["concept"] in concepts and key not in seen and not hit:
            seen.add(key)
            added.append({"term": row["term"], "locale": row["locale"]})
    return added[:MAX_EXPANSIONS]


def glossary_rows() -> list[dict]:
    """Every glossary term (and abbreviation) as {term, concept, locale}; kept in the
    object cache under the content version, which a saved glossary term moves."""
    return cached("search:glossary-rows", _read_glossary_rows)


def _read_glossary_rows() -> list[dict]:
    try:
        model = apps.get_model(GLOSSARY_MODEL)
    except LookupError:  # the glossary is not installed (yet): no bridging
        return []
    fields = {f.name for f in model._meta.get_fields()}
    extra = ["abbreviation"] if "abbreviation" in fields else []
    rows = []
    for values in model.objects.values("term", "concept", "locale__language_code", *extra)[
        :MAX_ROWS
    ]:
        for term in filter(None, (values["term"], values.get("abbreviation"))):
            rows.append(
                {
                    "term": term,
                    "concept": values["concept"],
                    "locale": values["locale__language_code"],
                }
            )
    return rows


def glossary_expansions(query: str, locale: str) -> list[dict]:
    """The terms of other languages that the glossary adds to `query`."""
    if not query.strip():
        return []
    # A few terms per query, kept under the content version like the rows they come from.
    digest = hashlib.sha256(query.encode()).hexdigest()
    return cached(
        f"search:expansions:{locale}:{digest}",
        lambda: expansions_from_rows(query, locale, glossary_rows()),
    )
