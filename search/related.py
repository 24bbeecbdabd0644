"""What a search that found nothing can offer: the glossary terms and the countries
whose words resemble the query's.

Countries are the indexed country profiles (type `country_profile`, tagged with the
country's code), glossary terms link to their entry on the indexed glossary page
(`#concept`); both are looked up in the reader's locale, then in the source locale
whose pages are served under the reader's prefix (search.fallback).
"""

from dataclasses import dataclass
from urllib.parse import quote

from django.conf import settings

from config.i18n import url_in_locale
from search.glossary import glossary_rows
from search.models import SearchEntry
from search.spelling import close_words
from search.text import fold_term, normalize, tokens

__all__ = ["Related", "related_to"]

MAX_EACH = 5


@dataclass(frozen=True)
class Related:
    label: str
    url: str
    locale: str  # the language of the label


def _words(text: str, locale: str) -> list[str]:
    text = normalize(text)
    found = (fold_term(text[t.start : t.end]) for t in tokens(text, locale) if not t.compound)
    return [w for w in found if len(w) >= 3]


def _resembles(words: list[str], query_words: list[str]) -> bool:
    """Every word of a name is, or is close to, a word of the query."""
    return bool(words) and all(w in query_words or close_words(w, query_words) for w in words)


def _locales(locale: str) -> list[str]:
    return list(dict.fromkeys([locale, settings.LANGUAGE_CODE]))


def _first_entries(kind: str, locale: str) -> dict:
    """Entries of a type by their country tag (or None), the reader's locale first."""
    entries = {}
    rows = SearchEntry.objects.filter(type=kind, locale__in=_locales(locale)).prefetch_related(
        "tags"
    )
    for entry in sorted(rows, key=lambda e: (e.locale != locale, e.pk)):
        code = next((t.value for t in entry.tags.all() if t.kind == "country"), None)
        entries.setdefault(code, entry)
    return entries


def _url(entry: SearchEntry, locale: str) -> str:
    return entry.url if entry.locale == locale else url_in_locale(entry.url, locale)


def related_countries(query_words: list[str], locale: str) -> list[Related]:
    found = []
    for code, entry in _first_entries("country_profile", locale).items():
        if (code and code.casefold() in query_words) or _resembles(
            _words(entry.title, entry.locale), query_words
        ):
            found.append(Related(entry.title, _url(entry, locale), entry.locale))
    return found[:MAX_EACH]


def related_terms(query_words: list[str], locale: str) -> list[Related]:
    glossary = next(iter(_first_entries("glossary", locale).values()), None)
    found, concepts = [], set()
    for row in glossary_rows():
        if row["locale"] not in _locales(locale) or row["concept"] in concepts:
            continue
        if _resembles(_words(row["term"], row["locale"]), query_words):
            concepts.add(row["concept"])
            url = (
                f"{_url(glossary, locale)}#{row['concept']}"
                if glossary
                else f"?q={quote(row['term'])}"
            )
            found.append(Related(row["term"], url, row["locale"]))
    return found[:MAX_EACH]


def related_to(query: str, locale: str) -> dict[str, list[Related]]:
    """{"terms": [...], "countries": [...]} resembling the words of `query`."""
    query_words = _words(query[:200], locale)
    if not query_words:
        return {"terms": [], "countries": []}
    return {
        "terms": related_terms(query_words, locale),
        "countries": related_countries(query_words, locale),
    }
