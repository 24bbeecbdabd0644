"""On PostgreSQL the database backend ranks in SQL with ts_rank() over the weighted
vector (migration 0005) and scores the best candidates exactly, as on SQLite."""

import pytest

from tests.search.conftest import index_docs

pytestmark = pytest.mark.postgres


def search(query, **params):
    """The database backend itself, whichever backends are configured."""
    from search.backends import DatabaseBackend
    from search.query import SearchRequest
    from search.service import prepare

    return DatabaseBackend().search(prepare(SearchRequest(query=query, locale="en", **params)))


def _stats(query, locale="en"):
    from search.backends.database import _locale_stats
    from search.query import SearchRequest
    from search.service import prepare

    request = prepare(SearchRequest(query=query, locale=locale))
    return _locale_stats([locale], request.clauses)[locale]


def test_the_vector_holds_the_terms_weighted_by_field(postgres_db):
    index_docs({"title": "Tender rules", "summary": "Can't wait", "body": "tender tender"})
    with postgres_db.cursor() as cursor:
        cursor.execute("SELECT search_vector::text FROM atlas_search_searchentry")
        (vector,) = cursor.fetchone()
    assert "'tender':5A,7C,11C" in vector  # 4 * n + field
    assert "'can''t':6B" in vector  # as analysed: PostgreSQL's parser would cut it in two
    assert "'can':" not in vector


def test_document_frequencies_follow_edits_and_deletions(postgres_db):
    """Per field and locale, as the vector holds them after an update and a delete."""
    from search.backends import DatabaseBackend

    index_docs(
        {"title": "tender rules", "body": "tender tender"},
        {"title": "framework", "body": "tender notice"},
        {"title": "tender", "body": "other"},
        {"title": "tender", "locale": "vi"},  # another locale's page counts apart
    )
    stats = _stats("tender")
    assert stats.df[("title_terms", "tender")] == 2
    assert stats.df[("body_terms", "tender")] == 2
    assert stats.df.get(("summary_terms", "tender"), 0) == 0
    backend = DatabaseBackend()
    backend.index([{"page_id": 100002, "locale": "en", "title": "tender", "body": "none"}])
    backend.delete([100003])
    stats = _stats("tender")
    assert stats.df[("title_terms", "tender")] == 2  # 100001 and the edited 100002
    assert stats.df[("body_terms", "tender")] == 1
    assert stats.docs["title_terms"] == 2


def test_document_frequencies_are_exact_for_terms_with_punctuation(postgres_db):
    """'can't' is one term: it neither counts for 'can' nor is cut by the parser."""
    index_docs(
        {"title": "can't", "body": "x"},
        {"title": "can", "body": "can't can"},
        {"title": "other", "body": "cant"},
    )
    stats = _stats("can't can")
    assert stats.df[("title_terms", "can't")] == 1
    assert stats.df[("title_terms", "can")] == 1
    assert stats.df[("body_terms", "can't")] == 1
    assert stats.df[("body_terms", "can")] == 1
    assert {h.title for h in search("can't").hits} == {"can't", "can"}


def test_more_matches_than_candidates_keep_the_total_and_the_facets(postgres_db, monkeypatch):
    import search.backends.database as database

    monkeypatch.setattr(database, "CANDIDATES", 3)
    index_docs(*({"title": f"audit {n}", "body": "audit " * (n % 4 + 1)} for n in range(9)))
    result = search("audit", page_size=1)  # three candidates of nine matches
    assert result.total == 9
    assert sum(row["count"] for row in result.facets["type"]) == 9
    assert len(result.hits) == 1
    page_two = search("audit", page=2, page_size=2)
    assert page_two.total == 9 and len(page_two.hits) == 2
    assert not {h.page_id for h in page_two.hits} & {h.page_id for h in search("audit").hits[:2]}


def test_complete_when_the_candidates_are_all_the_matches(postgres_db, monkeypatch):
    import search.backends.database as database
    from search.backends import DatabaseBackend
    from search.query import SearchRequest
    from search.service import prepare

    monkeypatch.setattr(database, "CANDIDATES", 3)
    index_docs(*({"title": f"audit {n}"} for n in range(3)), {"title": "other"})
    request = prepare(SearchRequest(query="audit", locale="en", page_size=1))
    rows, complete = DatabaseBackend().ranked(request)
    assert len(rows) == 3 and not complete  # as many as asked for: there may be more
    index_docs(*({"title": f"audit {n}"} for n in range(2)), {"title": "other"})
    rows, complete = DatabaseBackend().ranked(request)
    assert len(rows) == 2 and complete


@pytest.mark.parametrize("sort", ["relevance", "date"])
def test_the_first_page_is_the_exact_order(postgres_db, sort):
    """Scored in Python over the candidates SQL ranks best: the order ranking.py gives."""
    index_docs(
        {"title": "supplier", "body": "x"},
        {"title": "market", "body": "supplier supplier supplier"},
        {"title": "market", "summary": "supplier"},
    )
    hits = search("supplier", sort=sort).hits
    if sort == "relevance":
        assert hits[0].title == "supplier"  # a title hit outweighs three in the body
    else:
        assert [h.date for h in hits] == sorted((h.date for h in hits), reverse=True)


def test_few_candidates_still_hold_the_best(postgres_db, monkeypatch):
    """ts_rank() puts the title hits first, so three candidates give the exact top three."""
    import search.backends.database as database

    index_docs(
        *({"title": "market", "body": "supplier " * n + "filler " * 30} for n in range(1, 7)),
        {"title": "supplier register", "body": "x"},
        {"title": "supplier", "body": "supplier"},
        {"title": "market", "summary": "supplier"},
    )
    exact = [h.page_id for h in search("supplier").hits[:3]]
    monkeypatch.setattr(database, "CANDIDATES", 3)
    assert [h.page_id for h in search("supplier", page_size=1).hits] == exact[:1]
    assert [h.page_id for h in search("supplier", page_size=3).hits] == exact


def test_the_readers_locale_comes_first_with_a_fallback(postgres_db, monkeypatch):
    import search.backends.database as database
    from search.backends import DatabaseBackend
    from search.query import SearchRequest
    from search.service import prepare

    monkeypatch.setattr(database, "CANDIDATES", 2)
    index_docs(
        *({"title": "audit audit", "locale": "en"} for _ in range(3)),
        {"title": "audit", "locale": "vi", "body": "audit"},
    )
    request = prepare(SearchRequest(query="audit", locale="vi", page_size=1))
    request.fallback_locale = "en"
    rows, _complete = DatabaseBackend().ranked(request)
    assert rows[0]["locale"] == "vi"


def test_matching_uses_the_vector_index(postgres_db):
    from search.backends.database import DatabaseBackend
    from search.query import SearchRequest
    from search.service import prepare

    index_docs({"title": "Tender guide"})
    request = prepare(SearchRequest(query="tender", locale="en", all_locales=True))
    with postgres_db.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
    plan = DatabaseBackend()._matching(request).explain()
    assert "search_entry_vector_gin" in plan


def test_suggest_and_known_terms(postgres_db):
    from search.backends import DatabaseBackend

    index_docs({"title": "Tender guide"}, {"title": "Tendering rules"}, {"title": "can't stop"})
    backend = DatabaseBackend()
    assert set(backend.suggest("tend", "en")) == {"Tender guide", "Tendering rules"}
    assert backend.known_terms({"guide", "can't", "can", "nothing"}, ["en"]) == {"guide", "can't"}
    assert backend.known_terms({"guide"}, ["vi"]) == set()
