"""Bridging languages with the glossary.

A query that contains a glossary term of one language also searches for the
same concept's terms in every other language (전자조달 -> e-procurement,
đấu thầu qua mạng, ...). The glossary model is named here and only here.
"""

from django.apps import apps

from search.text import query_groups, required

__all__ = ["GLOSSARY_MODEL", "glossary_expansions", "expansions_from_rows"]

GLOSSARY_MODEL = "data.GlossaryTerm"  # rows with term, concept and locale
MAX_ROWS = 5000
MAX_EXPANSIONS = 12


def _contains(query_terms: list[set[str]], term: str, locale: str) -> bool:
    groups = required(query_groups(term, locale))
    return bool(groups) and all(any(set(g.terms) & q for q in query_terms) for g in groups)


def expansions_from_rows(query: str, locale: str, rows: list[dict]) -> list[dict]:
    """Pure: rows are {term, concept, locale}; returns the added {term, locale}."""
    query_terms = [set(g.terms) for g in query_groups(query, locale)]
    if not query_terms:
        return []
    concepts = {
        row["concept"]
        for row in rows
        if row["concept"] and _contains(query_terms, row["term"], row["locale"])
    }
    added, seen = [], set()
    for row in rows:
        key = row["term"].casefold()
        if (
            row["concept"] in concepts
            and key not in seen
            and not _contains(query_terms, row["term"], row["locale"])
        ):
            seen.add(key)
            added.append({"term": row["term"], "locale": row["locale"]})
    return added[:MAX_EXPANSIONS]


def glossary_rows() -> list[dict]:
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
    return expansions_from_rows(query, locale, glossary_rows())
