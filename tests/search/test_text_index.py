"""index_terms, the indexing path without tokens: the terms of `tokens`, cached words alike."""

import pytest

from search import text
from search.text import index_terms, tokens

# Every kind of word and where runs end: spaced and unspaced scripts side by side,
# Hangul glued to Latin, hyphenated compounds (also beside unspaced words), marks
# alone, full-width letters, control characters and astral characters (UTF-16).
TEXTS = {
    "en": "E-procurement frameworks: suppliers' bids, re-tendered e‐GP (2024-25) ＡＢＣ x\x07y",
    "id": "Pengadaan barang/jasa diadakan secara e-katalog oleh penyedia-penyedia",
    "vi": "Mua sắm công, đấu thầu qua mạng - Đấu-thầu 🎉 hợp đồng",
    "mn": "Тендерийн тендерээ тендерт гэрээ ПРОЦ-ЕСС",
    "ko": "조달청은 나라장터에서 KONEPS는 전자조달-계약 가 🎉조달",
    "th": "การจัดซื้อจัดจ้างภาครัฐ ทด-สอบ e-ทดสอบ ั่ ้ ๆ งบประมาณ🎉สัญญา 2567",
    "km": "លទ្ធកម្មសាធារណៈ។ កិច្ចសន្យាអ្នកផ្គត់ផ្គង់ ក្ខ ថវិកា-គុណភាព",
    "lo": "ການຈັດຊື້ຈັດຈ້າງ ການຊຳລະເງິນໃຫ້ຜູ້ສະໜອງ ໜ ຳ ກ-ຂ",
}


def _token_terms(value, locale):
    return " ".join(term for token in tokens(value, locale) for term in token.terms)


@pytest.mark.parametrize("locale", TEXTS)
def test_index_terms_are_the_terms_of_the_tokens(locale):
    for value in (TEXTS[locale], " ".join(TEXTS.values())):
        assert index_terms(value, locale) == _token_terms(value, locale)


def test_cached_words_give_the_terms_of_words_seen_first(monkeypatch):
    """The word cache is shared by all locales: a text analysed after the others
    (warm cache) gets the terms it gets alone (cold cache)."""
    cold = {}
    for locale, value in TEXTS.items():
        text._SEGMENTS.clear()
        cold[locale] = index_terms(value, locale)
    for locale in reversed(TEXTS):
        assert index_terms(TEXTS[locale], locale) == cold[locale]
    every = " ".join(TEXTS.values())
    warm = {locale: index_terms(every, locale) for locale in TEXTS}
    for locale in TEXTS:
        text._SEGMENTS.clear()
        assert index_terms(every, locale) == warm[locale]


def test_word_cache_stays_bounded(monkeypatch):
    expected = index_terms(" ".join(TEXTS.values()), "en")
    monkeypatch.setattr(text, "_SEGMENTS_MAX", 5)
    text._SEGMENTS.clear()
    assert index_terms(" ".join(TEXTS.values()), "en") == expected
    assert len(text._SEGMENTS) <= 5


def _whole_text_snippet(value, groups, locale):
    """The snippet from every token of the whole text (what `snippet` avoids making)."""
    whole = text.normalize(value)[: text.HIGHLIGHT_SCAN_CHARS]
    wanted = {t for g in groups if not g.prefix for t in g.terms}
    prefixes = tuple(t for g in groups if g.prefix for t in g.terms)
    hits = [(t.start, t.end) for t in tokens(whole, locale) if text._matches(t, wanted, prefixes)]
    return text._marked(whole, hits, 240) if hits else None


@pytest.mark.parametrize("locale", TEXTS)
def test_snippets_are_those_of_the_tokens(locale):
    """Marks found from the cached words are the tokens' marks: every word of the
    locale's text (and all texts together) as a query, and a prefix."""
    every = " ".join(TEXTS.values())
    for word in dict.fromkeys(index_terms(TEXTS[locale], locale).split()):
        for query in (word, word[:2]):
            groups = text.query_groups(query, locale)
            for value in (TEXTS[locale], every, TEXTS[locale].replace("-", " ")):
                assert text.snippet(value, groups, locale) == _whole_text_snippet(
                    value, groups, locale
                )


@pytest.mark.parametrize("locale", TEXTS)
def test_a_long_texts_snippet_is_the_whole_texts(locale):
    """Text is segmented chunk by chunk up to its first hit: the snippet is the one
    the whole text gives, whether the hit is early, by a chunk's end or far beyond."""
    filler = (TEXTS[locale] + " ") * 200  # many chunks
    word = next(w for w in index_terms(TEXTS[locale], locale).split() if len(w) > 3)
    groups = text.query_groups(word, locale)
    chunk = text.SNIPPET_CHUNK_CHARS
    for at in (0, chunk - 150, chunk - 10, chunk + 40, 30_000):
        value = "x " * (at // 2) + filler if at else filler
        expected = _whole_text_snippet(value, groups, locale)
        assert text.snippet(value, groups, locale) == expected
        assert "<mark>" in expected
    assert text.snippet("x " * 5000, groups, locale) is None


def test_a_mark_running_past_the_window_is_dropped_as_for_the_whole_text():
    """Hits separated only by spaces share one <mark>; one that runs past the snippet's
    end is left out whole, even when its last word is in a chunk past the window."""
    chunk = text.SNIPPET_CHUNK_CHARS
    for lead in range(chunk - 320, chunk + 20, 7):
        value = "x " * (lead // 2) + "tender" + " " * 300 + "tender " + "y " * 2000
        groups = text.query_groups("tender", "en")
        assert text.snippet(value, groups, "en") == _whole_text_snippet(value, groups, "en")
