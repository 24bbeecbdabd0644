"""Spelling: a word of a query that no indexed page uses, spelt as the pages spell it.

The words come from the database's copy of the index, which every backend keeps
(see search.backends), so the correction is the same on Elasticsearch and on the
database. Only Latin-script words are corrected: the stems of English and
Indonesian let a typo ('procurment') match its word's stem, and Vietnamese is
often typed without its tone marks, which folding already covers. A word is
known when any field of any page in the reader's languages holds it as written;
the candidates are the words of titles and summaries, which name what the site
is about, matched with difflib's ratio.
"""

import difflib
from functools import lru_cache

from django.db.models import Count, Max

from search.backends import DatabaseBackend
from search.models import SearchEntry
from search.text import fold_term, normalize, tokens

__all__ = ["correct_query", "close_words", "vocabulary"]

MAX_QUERY_CHARS = 200
MAX_VOCABULARY_ROWS = 5000
MIN_WORD = 3  # 'eu', 'of': too short to tell a typo from another word
CUTOFF = 0.75


def _latin(word: str) -> bool:
    return (
        len(word) >= MIN_WORD
        and word.isalpha()
        and all(ord(c) < 0x250 or 0x1E00 <= ord(c) <= 0x1EFF for c in word)
    )


@lru_cache(maxsize=32)
def _vocabulary(locales: tuple[str, ...], version: tuple) -> frozenset[str]:
    words = set()
    rows = SearchEntry.objects.filter(locale__in=locales).order_by("-date", "pk")
    for locale, title, summary in rows.values_list("locale", "title", "summary")[
        :MAX_VOCABULARY_ROWS
    ]:
        text = normalize(f"{title} {summary}")
        for token in tokens(text, locale):
            word = fold_term(text[token.start : token.end])
            if not token.compound and _latin(word):
                words.add(word)
    return frozenset(words)


def vocabulary(locales: list[str]) -> frozenset[str]:
    """The Latin words of the titles and summaries in `locales`, as of the last index write."""
    locales = tuple(sorted(locales))
    version = tuple(
        SearchEntry.objects.filter(locale__in=locales)
        .aggregate(n=Count("pk"), last=Max("updated_at"))
        .values()
    )
    return _vocabulary(locales, version)


def close_words(word: str, words, n: int = 1) -> list[str]:
    return difflib.get_close_matches(word, words, n=n, cutoff=CUTOFF)


def correct_query(query: str, locales: list[str]) -> str:
    """The query with each unknown Latin word replaced by the closest known one
    (case folded, the rest kept as typed), or '' when nothing changed."""
    query = normalize((query or "")[:MAX_QUERY_CHARS])
    spans = [
        (t.start, t.end, fold_term(query[t.start : t.end]))
        for t in tokens(query, locales[0])
        if not t.compound
    ]
    spans = [span for span in spans if _latin(span[2])]
    if not spans:
        return ""
    known = DatabaseBackend().known_terms({word for _s, _e, word in spans}, locales)
    words = None
    replaced, end = [], 0
    for start, stop, word in spans:
        if word in known:
            continue
        words = words if words is not None else vocabulary(locales)
        close = close_words(word, words)
        if close:
            replaced += [query[end:start], close[0]]
            end = stop
    if not replaced:
        return ""
    return ("".join(replaced) + query[end:]).casefold()
