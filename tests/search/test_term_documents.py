"""SearchTerm: each term's document count per locale and field, kept as pages are
indexed, edited and deleted, counted again after a bulk load, and read in one query."""

from collections import Counter

import pytest

from search.backends import DatabaseBackend
from search.backends.database import _locale_stats, recount_terms
from search.models import LENGTH_FIELDS, SearchEntry, SearchTerm
from search.query import SearchRequest
from search.service import prepare
from tests.search.conftest import index_docs


@pytest.fixture
def database_only(settings, db):
    settings.ELASTICSEARCH_URL = ""


def _kept() -> dict:
    rows = SearchTerm.objects.filter(documents__gt=0)
    return {(r.locale, r.field, r.term): r.documents for r in rows}


def _counted() -> dict:
    """The same counts made from the entries' terms columns, apart from the backend."""
    counts = Counter()
    for entry in SearchEntry.objects.all():
        for name in LENGTH_FIELDS:
            counts.update((entry.locale, name, t) for t in set(getattr(entry, name).split()))
    return dict(counts)


def test_counts_follow_indexing_edits_and_deletions(database_only):
    index_docs(
        {"title": "Tender rules", "body": "tender tender notice"},
        {"title": "Framework", "summary": "tender", "body": "notice"},
        {"title": "Đấu thầu", "body": "đấu thầu qua mạng", "locale": "vi"},
        {"title": "การจัดซื้อจัดจ้าง", "body": "การจัดซื้อจัดจ้างภาครัฐ", "locale": "th"},
    )
    assert _kept() == _counted()
    assert _kept()[("en", "body_terms", "notice")] == 2
    backend = DatabaseBackend()
    backend.index([{"page_id": 100002, "locale": "en", "title": "Framework", "body": "audit"}])
    backend.delete([100003])
    assert _kept() == _counted()
    assert ("en", "body_terms", "notice") in _kept()
    assert ("en", "summary_terms", "tender") not in _kept()
    assert not [key for key in _kept() if key[0] == "vi"]

    recount_terms()  # what a bulk load does: the same counts, from the full-text index
    assert _kept() == _counted()
    assert not SearchTerm.objects.filter(documents__lte=0).exists()
    backend.clear()
    assert not SearchTerm.objects.exists()


def test_a_bulk_load_counts_what_it_loaded(database_only):
    index_docs({"title": "Tender rules", "body": "tender"})
    DatabaseBackend().bulk_load(
        [
            {"page_id": 7, "locale": "en", "type": "page", "url": "/7/", "title": "Tender"},
            {"page_id": 8, "locale": "km", "type": "page", "url": "/8/", "title": "លទ្ធកម្ម"},
        ]
    )
    assert _kept() == _counted()
    assert _kept()[("en", "title_terms", "tender")] == 2


def test_statistics_take_two_queries_however_many_terms(database_only, django_assert_num_queries):
    index_docs({"title": "audit tender", "body": "bid"}, {"title": "audit", "body": "notice"})
    for query, queries in (("audit", 2), ("audit tender bid notice contract rules", 2)):
        request = prepare(SearchRequest(query=query, locale="en"))
        with django_assert_num_queries(queries):
            stats = _locale_stats(["en"], request.clauses)["en"]
        assert stats.df[("title_terms", "audit")] == 2
        assert stats.docs["title_terms"] == 2


def test_a_deleted_pages_terms_are_no_longer_known(database_only):
    index_docs({"title": "tender"}, {"title": "framework"})
    backend = DatabaseBackend()
    assert backend.known_terms({"tender", "framework", "other"}, ["en"]) == {"tender", "framework"}
    backend.delete([100002])
    assert backend.known_terms({"tender", "framework"}, ["en"]) == {"tender"}
    assert backend.known_terms({"tender"}, ["vi"]) == set()


def test_indexing_a_page_again_replaces_its_entry_in_a_fixed_number_of_queries(
    database_only, django_assert_num_queries
):
    index_docs({"title": "Tender", "body": "notice", "countries": ["kr"], "topics": ["ict"]})
    entry = SearchEntry.objects.get()
    edited = {
        "page_id": entry.page_id,
        "locale": "en",
        "type": "page",
        "url": "/edited/",
        "title": "Framework agreements",
        "body": "audit " * 50 + "framework contract award notice",
        "countries": ["vn", "la"],
        "topics": [],
    }
    # savepoint, the old entry, its update, its tags read and deleted (Django's
    # collector), the term counts, the new tags, release: the old entry is read once,
    # and none of this grows with the text.
    with django_assert_num_queries(8):
        DatabaseBackend().index([edited])
    again = SearchEntry.objects.get()
    assert (again.pk, again.url, again.title) == (entry.pk, "/edited/", "Framework agreements")
    assert again.updated_at > entry.updated_at
    assert sorted(again.tags.values_list("kind", "value")) == [("country", "la"), ("country", "vn")]
    assert _kept() == _counted()
    assert ("en", "title_terms", "tender") not in _kept()
