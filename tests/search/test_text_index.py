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


@pytest.mark.parametrize("locale", TEXTS)
def test_a_long_texts_snippet_is_the_whole_texts(locale):
    """The head is segmented first: the snippet is the one the whole text gives,
    whether the hit is early, just inside the head's margin, or far beyond it."""
    filler = (TEXTS[locale] + " ") * 200  # well past SNIPPET_HEAD_CHARS
    word = next(w for w in index_terms(TEXTS[locale], locale).split() if len(w) > 3)
    groups = text.query_groups(word, locale)
    for at in (0, text.SNIPPET_HEAD_CHARS - text.SNIPPET_HEAD_MARGIN - 300, 30_000):
        value = "x " * (at // 2) + filler if at else filler
        whole = text.normalize(value)[: text.HIGHLIGHT_SCAN_CHARS]
        expected = text._marked(whole, text._hits(whole, groups, locale), 240)
        assert text.snippet(value, groups, locale) == expected
        assert "<mark>" in expected
    assert text.snippet("x " * 5000, groups, locale) is None
