"""Language analysis for public search, shared by both backends on both sides.

The Elasticsearch node we can run carries no analysis-common, nori or icu
plugin (see README), and Wagtail's database backend does not segment Thai or
Khmer nor split Korean words. So text is analysed here, in Python, into plain
space-separated terms; Elasticsearch indexes them with its `whitespace`
analyzer and the database backend matches them as they are. The index side
(`index_terms`) and the query side (`query_groups`) use the same tokenizer,
so what a visitor types is cut exactly as the page was.

Text is segmented as written (NFC): compatibility folding (NFKC) splits Lao ໜ
into ຫ+ນ and ຳ into ໍ+າ, which misleads the dictionary segmenter, so folding
is applied to each term after segmentation, never to the text before it.

Thai, Lao, Khmer and Myanmar are written without spaces and ICU's dictionary
breaks a word differently depending on its neighbours (ການຊຳລະ in a title,
ຊຳລະ alone in a query). Each unspaced run is therefore also indexed as
overlapping character bigrams, and a query requires the bigrams of its runs
while its dictionary words only add to the score (whole-word matches first).

Pure functions: no Django, no I/O.
"""

import itertools
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
    "required",
    "fold_term",
    "mongolian_stem",
    "MAX_QUERY_CHARS",
]

MAX_QUERY_CHARS = 500  # a visitor's query is cut here; 10 KB of paste must not cost 10 KB of work
MAX_QUERY_GROUPS = 24
HIGHLIGHT_SCAN_CHARS = 50_000  # snippets come from the start of long texts; bounded work per hit
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


MAX_TERM_CHARS = 255  # Elasticsearch's whitespace tokenizer cuts longer tokens in pieces
BIGRAM_WEIGHT = 0.5  # a bigram is evidence of a word, not the word: whole words score more


def normalize(text: str) -> str:
    """NFC (composed, as typed), control characters as spaces: what is segmented."""
    return _CONTROL.sub(" ", unicodedata.normalize("NFC", text or ""))


def fold_term(word: str) -> str:
    """What the index stores for a segmented word: NFKC (full-width letters and
    compatibility forms meet their plain forms) and case folded."""
    return unicodedata.normalize("NFKC", word).casefold()


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _utf16_offsets(text: str) -> list[int] | None:
    """Map ICU's UTF-16 offsets to Python indexes when astral characters (emoji) occur."""
    if _ASTRAL.search(text) is None:
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


_HANGUL_RUN = re.compile("[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]+")  # as _is_hangul


# Scripts written without spaces, segmented by ICU's dictionaries: Thai, Lao,
# Myanmar (with extensions A and B), Khmer (with Khmer symbols).
_UNSPACED = ((0x0E00, 0x0EFF), (0x1000, 0x109F), (0xA9E0, 0xA9FF), (0xAA60, 0xAA7F),
             (0x1780, 0x17FF), (0x19E0, 0x19FF))  # fmt: skip


_UNSPACED_CHARS = frozenset(chr(o) for low, high in _UNSPACED for o in range(low, high + 1))


def _is_unspaced(ch: str) -> bool:
    return ch in _UNSPACED_CHARS


def _is_cyrillic(ch: str) -> bool:
    return 0x0400 <= ord(ch) <= 0x04FF


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


# Mongolian (Khalkha, Cyrillic) case, reflexive-possessive and plural endings,
# longest first: the suffix tables of Janhunen, "Mongolian" (John Benjamins,
# 2012), ch. 6, as summarised on Wikipedia's "Mongolian language" (Cases). No
# Snowball stemmer exists for Mongolian; stripping these finds тендер in
# Тендерийн (genitive), тендерээ (reflexive), тендерт (dative). Stems keep at
# least 4 letters so short words (гэрээ 'contract', not гэр 'ger') stay apart.
_MN_ENDINGS = tuple(sorted(
    ("гийн", "ийн", "ын", "ний", "гийг", "ийг", "ыг", "нд", "д", "т",
     "аас", "ээс", "оос", "өөс", "иас", "иос", "гаас", "гээс", "гоос", "гөөс",
     "аар", "ээр", "оор", "өөр", "иар", "иор", "гаар", "гээр", "гоор", "гөөр",
     "тай", "тэй", "той", "руу", "рүү", "луу", "лүү",
     "аа", "ээ", "оо", "өө", "яа", "ёо", "ууд", "үүд", "нууд", "нүүд", "чууд", "чүүд"),
    key=len, reverse=True,
))  # fmt: skip
_MN_MIN_STEM = 4


def mongolian_stem(word: str) -> str:
    """Strip up to two endings (case then plural, or reflexive then case)."""
    for _round in range(2):
        for ending in _MN_ENDINGS:
            stem = word[: -len(ending)]
            if word.endswith(ending) and len(stem) >= _MN_MIN_STEM:
                if ending in ("д", "т") and stem[-1] in ("д", "т"):
                    continue
                word = stem
                break
        else:
            break
    return word


@lru_cache(maxsize=200_000)
def _cyrillic_forms(word: str) -> tuple[str, ...]:
    stem = mongolian_stem(word)
    return (word,) if stem == word else (word, stem)


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
class Group:
    """One thing a query asks for: any of `terms` (or a term starting with it).

    A required group must match for a page to be found; an optional one only adds
    to the score (a dictionary word of an unspaced script, beside its bigrams).
    `weight` scales what a match scores.
    """

    terms: tuple[str, ...]
    prefix: bool = False
    optional: bool = False
    weight: float = 1.0


@dataclass(frozen=True)
class Token:
    start: int  # offsets into normalize(text)
    end: int
    terms: tuple[str, ...]  # what the index stores for this stretch of text
    groups: tuple[Group, ...]  # what a query made of this token asks for
    part: bool = False  # one piece of a hyphenated compound ('e' of 'e-procurement')
    compound: bool = False  # the joined compound itself, spanning its pieces
    run: bool = False  # the bigrams of an unspaced run, spanning its words
    marks: tuple[str, ...] = ()  # more terms that make a snippet <mark> this token


def _hangul_terms(word: str) -> tuple[str, ...]:
    return (word, *(word[i : i + 2] for i in range(len(word) - 1)))


def _hangul_token(start: int, end: int, word: str) -> Token:
    """Korean: syllable bigrams plus the whole eojeol.

    A Korean word carries its particles ('조달청은' = 조달청 + 은), so whole-word
    matching fails; overlapping bigrams find 조달청 and 조달 inside it without a
    morphological dictionary (the approach of Elasticsearch's `cjk` analyzer).
    """
    terms = _hangul_terms(word)
    bigrams = terms[1:]
    if len(word) == 1:
        return Token(start, end, terms, (Group((word,), prefix=True),))
    return Token(start, end, terms, tuple(Group((b,)) for b in bigrams))


def _latin_token(start: int, end: int, word: str) -> Token:
    """Latin script: case-folded, diacritics folded, and stemmed.

    The stems of both stemmed languages are added so an English word matches in
    any locale's query (all-languages mode); the query needs any one form.
    """
    terms = _latin_forms(word)
    return Token(start, end, terms, (Group(terms),))


def _plain_terms(word: str) -> tuple[str, ...]:
    return _cyrillic_forms(word) if _is_cyrillic(word[0]) else (word,)


def _plain_token(start: int, end: int, word: str) -> Token:
    terms = _plain_terms(word)
    return Token(start, end, terms, (Group(terms),))


def _bigrams(word: str) -> tuple[str, ...]:
    """Overlapping pairs; a pair of two marks (vowel and tone) is left out, since the
    database indexes (FTS5, PostgreSQL's parser) see no letter in it."""
    pairs = (word[i : i + 2] for i in range(len(word) - 1))
    return tuple(p for p in pairs if p[0].isalnum() or p[1].isalnum())


def _run_tokens(words: list[Token], query: bool = True) -> list[Token]:
    """An unspaced run: its dictionary words (optional in a query) and its bigrams
    (required), so a query matches however the dictionary cut either side.

    With `query` false only the terms are wanted (indexing): the query groups and
    snippet marks, most of the cost of a long run, are left empty."""
    joined = "".join(w.terms[0] for w in words)
    if not query and len(joined) > 1:
        bigrams = _bigrams(joined)
        if bigrams:
            return [*words, Token(words[0].start, words[-1].end, bigrams, (), run=True)]
    if len(joined) == 1:
        return [Token(words[0].start, words[0].end, (joined,), (Group((joined,), prefix=True),))]
    bigrams = _bigrams(joined)
    if not bigrams:  # a letter and its marks: the words themselves must match
        return [Token(w.start, w.end, w.terms, (Group(w.terms),)) for w in words]
    out = [
        Token(w.start, w.end, w.terms, (Group(w.terms, optional=True),), marks=_bigrams(w.terms[0]))
        for w in words
    ]
    groups = tuple(Group((b,), weight=BIGRAM_WEIGHT) for b in bigrams)
    return [*out, Token(words[0].start, words[-1].end, bigrams, groups, run=True)]


def _script_runs(word: str):
    """Split a word into runs of Hangul and of everything else ('KONEPS는')."""
    if _HANGUL_RUN.search(word) is None or _HANGUL_RUN.fullmatch(word):
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
    if not any(h in text for h in _HYPHENS):  # nothing to join (most texts): as below
        return out
    result, i = [], 0
    while i < len(out):
        j = i
        while (
            j + 1 < len(out)
            and _is_latin(out[j].terms[0][0])
            and _is_latin(out[j + 1].terms[0][0])
            and text[out[j].end : out[j + 1].start] in _HYPHENS
        ):
            j += 1
        if j == i:
            result.append(out[i])
            i += 1
            continue
        pieces = out[i : j + 1]
        joined = "".join(fold_term(text[t.start : t.end]) for t in pieces)
        terms = _latin_forms(joined)
        result += [Token(t.start, t.end, t.terms, t.groups, part=True) for t in pieces]
        result.append(Token(pieces[0].start, pieces[-1].end, terms, (Group(terms),), compound=True))
        i = j + 1
    return result


_UNSPACED_WORD, _HANGUL_WORD, _LATIN_WORD, _PLAIN_WORD = range(4)


def _segment(piece: str) -> tuple[str | None, tuple[tuple, ...], tuple | None]:
    """What one stretch of text that ICU calls a word gives, independent of its
    neighbours and of the locale: (offset, length, folded word, kind, terms,
    bigrams) for each of its script runs that holds a letter or digit. `terms`
    are the word's index terms; `bigrams`, of an unspaced word only, the
    bigrams within it (those across words are added when its run is known).
    First, when no word is unspaced, all the terms joined by spaces."""
    found = []
    for offset, run in _script_runs(piece):
        word = fold_term(run)
        if not (any(c.isalnum() for c in word) and len(word) <= MAX_TERM_CHARS):
            continue
        first, bigrams = word[0], ()
        if _is_unspaced(first):
            kind, terms, bigrams = _UNSPACED_WORD, (word,), _bigrams(word)
        elif _is_hangul(first):
            kind, terms = _HANGUL_WORD, _hangul_terms(word)
        elif _is_latin(first):
            kind, terms = _LATIN_WORD, _latin_forms(word)
        else:
            kind, terms = _PLAIN_WORD, _plain_terms(word)
        found.append((offset, len(run), word, kind, terms, bigrams))
    if not any(f[3] == _UNSPACED_WORD for f in found):
        return " ".join(term for f in found for term in f[4]), tuple(found), None
    alone = None  # one unspaced word, the whole stretch: what a run needs of it
    if len(found) == 1 and found[0][:2] == (0, len(piece)):
        word = found[0][2]
        alone = (word, found[0][5], word[0], word[0].isalnum(), word[-1], word[-1].isalnum())
    return None, tuple(found), alone


# Running text repeats its words: each distinct stretch is analysed once (per
# process). Keyed by the stretch alone, since nothing in `_segment` depends on
# the locale; its older half dropped when full so memory stays bounded (about 1 kB an
# entry).
# Web workers analyse only queries and snippets: a small cache. The rebuild's
# analysis processes, which exit afterwards, take a large one (segment_cache).
_SEGMENTS: dict[str, tuple[str | None, tuple[tuple, ...], tuple | None]] = {}
_SEGMENTS_MAX = 20_000


def segment_cache(entries: int) -> None:
    """Keep up to `entries` analysed stretches in this process."""
    global _SEGMENTS_MAX
    _SEGMENTS_MAX = entries


def _segmented(piece: str) -> tuple[str | None, tuple[tuple, ...], tuple | None]:
    found = _SEGMENTS.get(piece)
    if found is None:
        if len(_SEGMENTS) >= _SEGMENTS_MAX:  # the older half goes; common words come back first
            for old in list(itertools.islice(_SEGMENTS, len(_SEGMENTS) // 2 or 1)):
                del _SEGMENTS[old]
        found = _SEGMENTS[piece] = _segment(piece)
    return found


def _pieces(text: str, locale: str):
    """(start, segments) of each stretch ICU finds that is a word (not spaces,
    punctuation or symbols), with the offsets of `text`."""
    breaker = _word_breaker(locale)
    breaker.setText(text)
    mapping = _utf16_offsets(text)
    start = breaker.first()
    for end16 in breaker:
        end = mapping[end16] if mapping else end16
        if breaker.getRuleStatus() != 0:  # 0: spaces, punctuation, symbols
            yield start, _segmented(text[start:end])[1]
        start = end


def _words(text: str, locale: str):
    """(start, end, folded word) of each word ICU finds, split where Hangul meets other letters."""
    for start, found in _pieces(text, locale):
        for offset, length, word, *_ in found:
            yield start + offset, start + offset + length, word


def tokens(text: str, locale: str = "en") -> list[Token]:
    """Segment normalized text into tokens with their index terms and query groups."""
    return _tokens(text, locale, query=True)


def _tokens(text: str, locale: str, query: bool) -> list[Token]:
    text = normalize(text)
    if not text.strip():
        return []
    out, run = [], []
    for pos, stop, word in _words(text, locale):
        if _is_unspaced(word[0]):
            if run and run[-1].end != pos:  # a space or mark ends the run
                out += _run_tokens(run, query)
                run = []
            run.append(Token(pos, stop, (word,), ()))
            continue
        if run:
            out += _run_tokens(run, query)
            run = []
        if _is_hangul(word[0]):
            out.append(_hangul_token(pos, stop, word))
        elif _is_latin(word[0]):
            out.append(_latin_token(pos, stop, word))
        else:  # Mongolian Cyrillic, Han...: ICU's word is the term
            out.append(_plain_token(pos, stop, word))
    if run:
        out += _run_tokens(run, query)
    return _compounds(text, out)


def index_terms(text: str, locale: str = "en") -> str:
    """The space-separated terms the index stores for a text.

    The terms of `_tokens(text, locale, query=False)`, in their order, computed
    without making its tokens: the terms of each distinct word come from
    `_segmented` once, an unspaced run adds the bigrams across its words to
    those within them, and `_compounds` runs only when the text has a hyphen."""
    text = normalize(text)
    if not text.strip():
        return ""
    hyphens = any(h in text for h in _HYPHENS)
    # The terms (strings of them); (start, end, terms) of each token when compounds are joined.
    out: list = []
    add = out.append
    run_start = run_end = -1  # the unspaced run being read, if any
    run_bigrams: list[str] = []
    last, last_alnum = "", False  # the last letter of the run, and whether it is alphanumeric
    breaker = _word_breaker(locale)
    breaker.setText(text)
    mapping = _utf16_offsets(text)
    status = breaker.getRuleStatus
    segments, segmented = _SEGMENTS.get, _segmented
    start = breaker.first()
    for end16 in breaker:
        end = mapping[end16] if mapping else end16
        if status() == 0:  # spaces, punctuation, symbols
            start = end
            continue
        piece = text[start:end]
        joined, found, alone = segments(piece) or segmented(piece)
        if alone is not None and not hyphens:  # one unspaced word (as below, quicker)
            word, bigrams, head, head_alnum, tail, tail_alnum = alone
            if run_end == start:
                if last_alnum or head_alnum:
                    run_bigrams.append(last + head)
            elif run_bigrams:
                add(" ".join(run_bigrams))
                run_bigrams = []
            run_bigrams += bigrams
            run_end, last, last_alnum = end, tail, tail_alnum
            add(word)
            start = end
            continue
        if joined is not None and not hyphens:  # no unspaced word: its terms as they are
            if joined:
                if run_end >= 0:
                    if run_bigrams:
                        add(" ".join(run_bigrams))
                        run_bigrams = []
                    run_end = -1
                add(joined)
            start = end
            continue
        for offset, length, word, kind, terms, bigrams in found:
            pos = start + offset
            stop = pos + length
            if kind == _UNSPACED_WORD:
                if run_end == pos:  # the run goes on: the pair across the two words
                    if last_alnum or word[0].isalnum():
                        run_bigrams.append(last + word[0])
                else:
                    if run_bigrams:
                        add(
                            (run_start, run_end, tuple(run_bigrams))
                            if hyphens
                            else " ".join(run_bigrams)
                        )
                        run_bigrams = []
                    run_start = pos
                run_bigrams += bigrams
                run_end, last, last_alnum = stop, word[-1], word[-1].isalnum()
                add((pos, stop, terms) if hyphens else word)
                continue
            if run_end >= 0:
                if run_bigrams:
                    add(
                        (run_start, run_end, tuple(run_bigrams))
                        if hyphens
                        else " ".join(run_bigrams)
                    )
                    run_bigrams = []
                run_end = -1
            add((pos, stop, terms) if hyphens else " ".join(terms))
        start = end
    if run_bigrams:
        add((run_start, run_end, tuple(run_bigrams)) if hyphens else " ".join(run_bigrams))
    if hyphens:
        tokens = [Token(start, end, terms, ()) for start, end, terms in out]
        return " ".join([term for token in _compounds(text, tokens) for term in token.terms])
    return " ".join(out)


def _lone_letter(token: Token) -> bool:
    return all(len(t) == 1 and t.isalpha() and _is_latin(t) for t in token.terms)


def query_groups(query: str, locale: str = "en") -> list[Group]:
    """The groups of a query, required ones first (bounded in size)."""
    found = [t for t in tokens((query or "")[:MAX_QUERY_CHARS], locale) if not t.part]
    # A lone Latin letter ('e procurement', 'plan b') is noise beside other words.
    words = [t for t in found if not _lone_letter(t)]
    if words:
        found = words
    groups = list(dict.fromkeys(g for token in found for g in token.groups))
    groups.sort(key=lambda g: g.optional)  # stable: query order within each kind
    return groups[:MAX_QUERY_GROUPS]


def required(groups: list[Group]) -> list[Group]:
    return [g for g in groups if not g.optional]


def _matches(token: Token, wanted: set[str], prefixes: tuple[str, ...]) -> bool:
    if token.run:
        return False  # its words are marked instead
    if token.marks and 2 * sum(b in wanted for b in token.marks) >= len(token.marks):
        return True  # most of the word's bigrams: the query cuts the word differently
    return any(t in wanted for t in token.terms) or (
        bool(prefixes) and any(t.startswith(prefixes) for t in token.terms)
    )


# Snippets: text is read in chunks of about SNIPPET_CHUNK_CHARS, each cut just
# before a space, tab or line break. No token spans such a character (ICU breaks
# before it, an unspaced run and a compound end at it), so a chunk's tokens are
# the whole text's there: only the chunks up to the first hit and its window are
# segmented, and the snippet is the one the whole text gives.
SNIPPET_CHUNK_CHARS = 500
_CUT = re.compile(r"[ \t\n\r]")


def _chunks(text: str):
    """(start, end) of each chunk of `text`, in order."""
    start = 0
    while start < len(text):
        cut = _CUT.search(text, start + SNIPPET_CHUNK_CHARS)
        end = cut.start() if cut else len(text)
        yield start, end
        start = end


def _hits(text: str, groups: list[Group], locale: str) -> list[tuple[int, int]]:
    """(start, end) of each token of `text` that a snippet marks, in order."""
    wanted = {t for g in groups if not g.prefix for t in g.terms}
    prefixes = tuple(t for g in groups if g.prefix for t in g.terms)
    if not wanted and not prefixes:
        return []
    if any(h in text for h in _HYPHENS):  # compounds are tokens of their own
        return [(t.start, t.end) for t in tokens(text, locale) if _matches(t, wanted, prefixes)]
    # Without compounds the tokens that can match are the words themselves, an
    # unspaced word marked by its own bigrams (never its run's): the cached words
    # say it all, without making tokens.
    hits = []
    for start, found in _pieces(text, locale):
        for offset, length, _word, _kind, terms, bigrams in found:
            if (
                bigrams
                and 2 * sum(b in wanted for b in bigrams) >= len(bigrams)
                or any(t in wanted for t in terms)
                or prefixes
                and any(t.startswith(prefixes) for t in terms)
            ):
                hits.append((start + offset, start + offset + length))
    return hits


def snippet(text: str, groups: list[Group], locale: str = "en", width: int = 240) -> str | None:
    """An HTML snippet of `text` around its first hit, hits in <mark>, the rest
    escaped; None when `text` has no hit."""
    text = normalize(text)[:HIGHLIGHT_SCAN_CHARS]
    hits: list[tuple[int, int]] = []
    end = None  # where the snippet ends, once the first hit is known
    for start, stop in _chunks(text):
        # Past the window a chunk matters only if its first hit could join the last
        # one's <mark> (only spaces between them), which _marked then drops whole.
        if end is not None and start > end and text[hits[-1][1] : start].strip():
            break
        hits += [(start + a, start + b) for a, b in _hits(text[start:stop], groups, locale)]
        if end is None and hits:
            first = hits[0][0]
            end = (first - width // 3 if first > width // 3 else 0) + width
    return _marked(text, hits, width) if hits else None


def highlight(text: str, groups: list[Group], locale: str = "en", width: int = 240) -> str:
    """snippet(), or the start of `text` when it has no hit."""
    found = snippet(text, groups, locale, width)
    if found is None:
        found = _marked(normalize(text)[:HIGHLIGHT_SCAN_CHARS], [], width)
    return found


def _marked(text: str, hits: list[tuple[int, int]], width: int) -> str:
    from html import escape

    begin = 0
    if hits and hits[0][0] > width // 3:
        begin = hits[0][0] - width // 3
    end = min(len(text), begin + width)
    merged = []
    for start, stop in hits:
        if merged and text[merged[-1][1] : start].strip() == "":
            merged[-1] = (merged[-1][0], max(stop, merged[-1][1]))  # one <mark> over neighbours
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
