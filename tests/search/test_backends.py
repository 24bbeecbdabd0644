"""The same cases on both backends: languages, facets, paging, sorting, hostile input."""

from datetime import date

import pytest

from tests.search.conftest import index_docs, search


def titles(result):
    return [hit.title for hit in result.hits]


@pytest.mark.parametrize("query", ["조달청", "조달", "나라장터", "조달청은", "조"])
def test_korean_query_finds_korean_page(backend, query):
    index_docs(
        {"title": "조달청은 나라장터를 운영한다", "locale": "ko"},
        {"title": "예산 편성 지침", "locale": "ko"},
    )
    result = search(query, "ko")
    assert result.backend == backend
    assert titles(result) == ["조달청은 나라장터를 운영한다"]


@pytest.mark.parametrize("query", ["mua sam", "mua sắm", "MUA SẮM", "dau thau"])
def test_vietnamese_without_tone_marks(backend, query):
    index_docs(
        {"title": "Mua sắm công và đấu thầu qua mạng", "locale": "vi"},
        {"title": "Ngân sách nhà nước", "locale": "vi"},
    )
    assert titles(search(query, "vi")) == ["Mua sắm công và đấu thầu qua mạng"]


@pytest.mark.parametrize(
    ("locale", "text", "query"),
    [
        ("th", "การจัดซื้อจัดจ้างภาครัฐผ่านระบบอิเล็กทรอนิกส์", "จัดซื้อ"),
        ("th", "การจัดซื้อจัดจ้างภาครัฐผ่านระบบอิเล็กทรอนิกส์", "ระบบ"),
        ("km", "ប្រព័ន្ធលទ្ធកម្មសាធារណៈតាមអេឡិចត្រូនិក", "លទ្ធកម្ម"),
        ("lo", "ການຈັດຊື້ຈັດຈ້າງສາທາລະນະ", "ສາທາລະນະ"),
    ],
)
def test_words_inside_unspaced_text(backend, locale, text, query):
    index_docs({"title": "x", "body": text, "locale": locale}, {"title": "y", "locale": locale})
    result = search(query, locale)
    assert titles(result) == ["x"]
    assert "<mark>" in result.hits[0].snippet


@pytest.mark.parametrize(("query", "expected"), [("procured", 1), ("pengadaan", 1)])
def test_stemming(backend, query, expected):
    index_docs(
        {"title": "Procurement of works", "locale": "en"},
        {"title": "Pengadaan barang", "locale": "id"},
    )
    locale = "id" if query == "pengadaan" else "en"
    assert search(query, locale).total == expected


def test_title_outranks_body_and_highlight_is_escaped(backend):
    index_docs(
        {"title": "Annual report", "body": "<b>KONEPS</b> figures & more", "locale": "en"},
        {"title": "KONEPS at a glance", "locale": "en"},
    )
    result = search("koneps", "en")
    assert titles(result) == ["KONEPS at a glance", "Annual report"]
    assert result.hits[1].snippet == "&lt;b&gt;<mark>KONEPS</mark>&lt;/b&gt; figures &amp; more"


def test_facet_counts_equal_filtered_results(backend):
    index_docs(
        {"title": "Tender guide one", "type": "guide", "countries": ["KR"], "topics": ["e-gp"]},
        {"title": "Tender guide two", "type": "guide", "countries": ["VN", "KR"]},
        {"title": "Tender news", "type": "news", "countries": ["KH"], "topics": ["e-gp"],
         "date": date(2023, 5, 1)},
        {"title": "Unrelated", "type": "news", "countries": ["KR"]},
    )  # fmt: skip
    result = search("tender")
    assert result.total == 3
    facets = result.facets
    assert {f["value"]: f["count"] for f in facets["type"]} == {"guide": 2, "news": 1}
    assert {f["value"]: f["count"] for f in facets["country"]} == {"KR": 2, "VN": 1, "KH": 1}
    for name in ("type", "country", "topic", "year"):
        for facet in facets[name]:
            assert search("tender", **{name: facet["value"]}).total == facet["count"]


def test_pagination_and_sort_by_date(backend):
    index_docs(*[{"title": f"Bid notice {n}", "date": date(2020 + n, 1, 1)} for n in range(5)])
    first = search("bid", page_size="2", sort="date")
    assert first.total == 5
    assert titles(first) == ["Bid notice 4", "Bid notice 3"]
    assert titles(search("bid", page_size="2", page="3", sort="date")) == ["Bid notice 0"]


def test_all_locales_labels_each_hit(backend):
    index_docs(
        {"title": "KONEPS overview", "locale": "en"},
        {"title": "KONEPS 개요", "locale": "ko"},
    )
    # In one locale the untranslated English page is found too, after the locale's own.
    assert [hit.locale for hit in search("koneps", "ko").hits] == ["ko", "en"]
    result = search("koneps", "ko", all_locales="1")
    assert sorted(hit.locale for hit in result.hits) == ["en", "ko"]


def test_suggestions(backend):
    from search.service import suggest

    index_docs({"title": "Procurement planning"}, {"title": "Price analysis"})
    assert suggest("procu", "en") == ["Procurement planning"]
    assert suggest("", "en") == []


HOSTILE = [
    'title:"koneps AND (x OR',
    '"unbalanced',
    "koneps*~2^3 ||| && !! {}[]",
    "x" * 10_000,
    "koneps " * 2000,
    "\x00\x01\x1f koneps \x7f",
    "😀🔥 koneps 🇰🇷",
    "조달 mua sắm การจัดซื้อ koneps",
    "\\/\\/<script>alert(1)</script>",
    " ",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_give_results_or_nothing(backend, query):
    index_docs({"title": "KONEPS overview"})
    result = search(query)
    assert result.total >= 0
    for hit in result.hits:
        assert "<script>" not in hit.snippet


@pytest.mark.parametrize("query", ["e-procurement", "E-Procurement", "eprocurement"])
def test_hyphenated_term_is_one_word(backend, query):
    index_docs(
        {"title": "KONEPS e-procurement system"},
        {"title": "An e-GP portal for procurement"},
    )
    assert titles(search(query)) == ["KONEPS e-procurement system"]


def test_lone_letter_is_dropped_beside_other_words(backend):
    index_docs({"title": "Plan for tenders"}, {"title": "Plan B"})
    assert search("b plan").total == 2
    assert titles(search("b")) == ["Plan B"]


def test_index_matches_the_like_scan(backend):
    """The FTS5/GIN path finds exactly what the plain LIKE scan finds."""
    from django.db.models import Q

    from search.backends.database import _like
    from search.models import SearchEntry
    from search.query import SearchRequest
    from search.service import prepare

    index_docs(
        {"title": "Tender guide", "body": "quality and safety"},
        {"title": "Safety audit", "body": "tenders"},
        {"title": "Mua sắm công", "locale": "vi"},
        {"title": "조달청 안내", "locale": "ko"},
    )
    for query, locale in [("tender", "en"), ("safety tender", "en"), ("mua sam", "vi"),
                          ("조", "ko"), ('"quality" OR *', "en")]:  # fmt: skip
        request = prepare(SearchRequest(query=query, locale=locale))
        like = Q()
        for clause in request.clauses:
            one = Q()
            for group in clause:
                one &= _like(group)
            like |= one
        expected = set(
            SearchEntry.objects.filter(like, locale=locale).values_list("title", flat=True)
        )
        assert set(titles(search(query, locale))) == expected, query


@pytest.mark.django_db
def test_database_search_uses_the_index():
    """SQLite answers through FTS5, PostgreSQL through the GIN index (no LIKE scan)."""
    from django.db import connection

    from search.backends.database import DatabaseBackend
    from search.query import SearchRequest
    from search.service import prepare

    index_docs({"title": "Tender guide"})
    request = prepare(SearchRequest(query="tender", locale="en", all_locales=True))
    entries = DatabaseBackend()._matching(request)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")
        plan = entries.explain()
        assert "search_entry_vector_gin" in plan, (plan, str(entries.query))
    else:
        assert "search_entry_fts" in str(entries.query)
    assert list(entries.values_list("title", flat=True)) == ["Tender guide"]
