"""Language analysis for public search, shared by both backends on both sides.

The Elasticsearch node we can run carries no analysis-common, nori or icu
plugin (see README), and Wagtail's database backend does not segment Thai or
Khmer nor split Korean words. So text is analysed here, in Python, into plain
space-separated terms; Elasticsearch indexes them with its `whitespace`
analyzer and the database backend matches them as they are. The index side
(`index_terms`) and the query side (`query_groups`) use the same tokenizer,
so what a visitor types is cut exactly as the page was.

Pure functions: no Django, no I/O.
"""

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import icu
import snowballstemmer

__all__ = [
    "Token",
    "Group",
    "normalize",
    "fold",
    "tokens",
    "index_terms",
    "query_groups",
    "highlight",
    "MAX_QUERY_CHARS",
]

MAX_QUERY_CHARS = 500  # a visitor's query is cut here; 10 KB of paste must not cost 10 KB of work
MAX_QUERY_GROUPS = 24
HIGHLIGHT_SCAN_CHARS = 50_000  # snippets come from the start of long texts; bounded work per hit
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def normalize(text: str) -> str:
    """NFKC so full-width letters and compatibility forms meet their plain forms;
    control characters become spaces."""
    return _CONTROL.sub(" ", unicodedata.normalize("NFKC", text or ""))


def _utf16_offsets(text: str) -> list[int] | None:
    """Map ICU's UTF-16 offsets to Python indexes when astral characters (emoji) occur."""
    if all(ord(c) < 0x10000 for c in text):
        return None
    mapping = []
    for i, c in enumerate(text):
        mapping.append(i)
        if ord(c) >= 0x10000:
            mapping.append(i)
    mapping.append(len(text))
    return mapping


def fold(word: str) -> str:
    """Strip diacritics from Latin letters: Vietnamese 'mua sắm' is also 'mua sam'.

    Vietnamese readers often type without tone marks, so every Latin word is
    indexed both as written and folded; đ has no decomposition and is mapped by hand.
    """
    decomposed = unicodedata.normalize("NFD", word.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    )


def _is_hangul(ch: str) -> bool:
    o = ord(ch)
    return 0xAC00 <= o <= 0xD7A3 or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F


def _is_latin(ch: str) -> bool:
    o = ord(ch)
    return ch.isascii() and ch.isalnum() or 0xC0 <= o <= 0x24F or 0x1E00 <= o <= 0x1EFF


# Snowball stemmers for the two languages whose words inflect with suffixes that
# readers vary ('procure', 'procurement'; Indonesian 'pengadaan', 'diadakan').
_STEMMED = ("english", "indonesian")


@lru_cache(maxsize=2)
def _stemmer(language: str):
    return snowballstemmer.stemmer(language)


_stem_lock = threading.Lock()


@lru_cache(maxsize=200_000)
def _latin_forms(word: str) -> tuple[str, ...]:
    """The word, folded, and its stems; cached, since running text repeats its words."""
    folded = fold(word)
    with _stem_lock:  # snowball stemmers keep state; one word at a time
        stems = {_stemmer(lang).stemWord(folded) for lang in _STEMMED}
    return tuple(sorted({word, folded} | stems))


_local = threading.local()


def _word_breaker(locale: str):
    """ICU's word BreakIterator for the locale: dictionary segmentation for Thai,
    Khmer and Lao (written without spaces between words), UAX #29 elsewhere.

    It is the same segmenter as Elasticsearch's icu_tokenizer. Breakers are not
    thread-safe, so each thread keeps its own.
    """
    cache = getattr(_local, "breakers", None)
    if cache is None:
        cache = _local.breakers = {}
    if locale not in cache:
        cache[locale] = icu.BreakIterator.createWordInstance(icu.Locale(locale or "en"))
    return cache[locale]


@dataclass(frozen=True)
class Token:
    start: int  # offsets into normalize(text)
    end: int
    terms: tuple[str, ...]  # what the index stores for this stretch of text
    groups: tuple[tuple[str, ...], ...]  # what a query must find: every group, any term in it
    prefix: bool = False  # a one-syllable Korean query word matches as a prefix
    part: bool = False  # one piece of a hyphenated compound ('e' of 'e-procurement')
    compound: bool = False  # the joined compound itself, spanning its pieces


def _hangul_token(start: int, end: int, word: str) -> Token:
    """Korean: syllable bigrams plus the whole eojeol.

    A Korean word carries its particles ('조달청은' = 조달청 + 은), so whole-word
    matching fails; overlapping bigrams find 조달청 and 조달 inside it without a
    morphological dictionary (the approach of Elasticsearch's `cjk` analyzer).
    """
    bigrams = tuple(word[i : i + 2] for i in range(len(word) - 1))
    terms = (word, *bigrams) if bigrams else (word,)
    if len(word) == 1:
        return Token(start, end, terms, ((word,),), prefix=True)
    return Token(start, end, terms, tuple((b,) for b in bigrams))


def _latin_token(start: int, end: int, word: str) -> Token:
    """Latin script: case-folded, diacritics folded, and stemmed.

    The stems of both stemmed languages are added so an English word matches in
    any locale's query (all-languages mode); the query needs any one form.
    """
    terms = _latin_forms(word)
    return Token(start, end, terms, (terms,))


def _script_runs(word: str):
    """Split a word into runs of Hangul and of everything else ('KONEPS는')."""
    hangul = [_is_hangul(c) for c in word]
    if all(hangul) or not any(hangul):
        yield 0, word
        return
    run_start = 0
    for i in range(1, len(word) + 1):
        if i == len(word) or _is_hangul(word[i]) != _is_hangul(word[run_start]):
            yield run_start, word[run_start:i]
            run_start = i


_HYPHENS = frozenset("-\u2010\u2011")


def _compounds(text: str, out: list[Token]) -> list[Token]:
    """Join Latin words linked by single hyphens ('e-procurement') into one more token.

    ICU breaks at the hyphen, so 'e-procurement' would be 'e' AND 'procurement' and
    also match 'e-GP ... procurement'. The joined form ('eprocurement', folded and
    stemmed) is indexed beside the pieces, and a query asks for the joined form only.
    """
    result, i = [], 0
    while i < len(out):
        j = i
        while (
            j + 1 < len(out)
            and _is_latin(text[out[j].start])
            and _is_latin(text[out[j + 1].start])
            and text[out[j].end : out[j + 1].start] in _HYPHENS
        ):
            j += 1
        if j == i:
            result.append(out[i])
            i += 1
            continue
        pieces = out[i : j + 1]
        joined = "".join(text[t.start : t.end].casefold() for t in pieces)
        terms = _latin_forms(joined)
        result += [Token(t.start, t.end, t.terms, t.groups, part=True) for t in pieces]
        result.append(Token(pieces[0].start, pieces[-1].end, terms, (terms,), compound=True))
        i = j + 1
    return result


def tokens(text: str, locale: str = "en") -> list[Token]:
    """Segment normalized text into tokens with their index terms and query groups."""
    text = normalize(text)
    if not text.strip():
        return []
    breaker = _word_breaker(locale)
    breaker.setText(text)
    mapping = _utf16_offsets(text)
    out = []
    start = breaker.first()
    for end16 in breaker:
        end = mapping[end16] if mapping else end16
        if breaker.getRuleStatus() != 0:  # 0: spaces, punctuation, symbols
            for offset, run in _script_runs(text[start:end]):
                word = run.casefold()
                if not any(c.isalnum() for c in word):
                    continue
                pos, stop = start + offset, start + offset + len(run)
                if _is_hangul(word[0]):
                    out.append(_hangul_token(pos, stop, word))
                elif _is_latin(word[0]):
                    out.append(_latin_token(pos, stop, word))
                else:
                    # Thai, Khmer, Lao, Mongolian Cyrillic, Han...: ICU's word is the term.
                    out.append(Token(pos, stop, (word,), ((word,),)))
        start = end
    return _compounds(text, out)


def index_terms(text: str, locale: str = "en") -> str:
    """The space-separated terms the index stores for a text."""
    return " ".join(term for token in tokens(text, locale) for term in token.terms)


@dataclass(frozen=True)
class Group:
    """One thing a query requires: any of `terms` (or a term starting with it)."""

    terms: tuple[str, ...]
    prefix: bool = False


def _lone_letter(token: Token) -> bool:
    return all(len(t) == 1 and t.isalpha() and _is_latin(t) for t in token.terms)


def query_groups(query: str, locale: str = "en") -> list[Group]:
    """The groups a document must all contain to match `query` (bounded in size)."""
    seen, groups = set(), []
    found = [t for t in tokens((query or "")[:MAX_QUERY_CHARS], locale) if not t.part]
    # A lone Latin letter ('e procurement', 'plan b') is noise beside other words.
    words = [t for t in found if not _lone_letter(t)]
    if words:
        found = words
    for token in found:
        for terms in token.groups:
            key = (terms, token.prefix)
            if key not in seen:
                seen.add(key)
                groups.append(Group(terms, token.prefix))
    return groups[:MAX_QUERY_GROUPS]


def _matches(token: Token, wanted: set[str], prefixes: tuple[str, ...]) -> bool:
    return any(t in wanted for t in token.terms) or (
        bool(prefixes) and any(t.startswith(prefixes) for t in token.terms)
    )


def highlight(text: str, groups: list[Group], locale: str = "en", width: int = 240) -> str:
    """An HTML snippet of `text` around the first hit, hits in <mark>, the rest escaped."""
    from html import escape

    text = normalize(text)[:HIGHLIGHT_SCAN_CHARS]
    wanted = {t for g in groups if not g.prefix for t in g.terms}
    prefixes = tuple(t for g in groups if g.prefix for t in g.terms)
    hits = [(t.start, t.end) for t in tokens(text, locale) if _matches(t, wanted, prefixes)]
    begin = 0
    if hits and hits[0][0] > width // 3:
        begin = hits[0][0] - width // 3
    end = min(len(text), begin + width)
    merged = []
    for start, stop in hits:
        if merged and text[merged[-1][1] : start].strip() == "":
            merged[-1] = (merged[-1][0], stop)  # one <mark> over neighbouring hits
        else:
            merged.append((start, stop))
    parts, cursor = [], begin
    for start, stop in merged:
        if start < cursor or stop > end:
            continue
        parts += [escape(text[cursor:start]), "<mark>", escape(text[start:stop]), "</mark>"]
        cursor = stop
    parts.append(escape(text[cursor:end]))
    prefix = "…" if begin > 0 else ""
    suffix = "…" if end < len(text) else ""
    return prefix + "".join(parts).strip() + suffix


def has_hit(text: str, groups: list[Group], locale: str = "en") -> bool:
    wanted = {t for g in groups if not g.prefix for t in g.terms}
    prefixes = tuple(t for g in groups if g.prefix for t in g.terms)
    return any(_matches(t, wanted, prefixes) for t in tokens(text[:HIGHLIGHT_SCAN_CHARS], locale))
