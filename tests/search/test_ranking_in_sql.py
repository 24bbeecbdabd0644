"""The database backend ranks in SQL and scores the best candidates exactly."""

import pytest

from tests.search.conftest import index_docs


def search(query, locale="en", **params):
    """The database backend itself, whichever backends are configured."""
    from search.backends import DatabaseBackend
    from search.query import SearchRequest
    from search.service import prepare

    return DatabaseBackend().search(prepare(SearchRequest(query=query, locale=locale, **params)))


def _stats(query, locale="en"):
    from search.backends.database import _locale_stats
    from search.query import SearchRequest
    from search.service import prepare

    request = prepare(SearchRequest(query=query, locale=locale))
    return _locale_stats([locale], request.clauses)[locale]


def test_document_frequencies_follow_edits_and_deletions(db):
    """Per field and locale, as the index holds them after an update and a delete."""
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
    backend = DatabaseBackend()
    backend.index([{"page_id": 100002, "locale": "en", "title": "tender", "body": "none"}])
    backend.delete([100003])
    stats = _stats("tender")
    assert stats.df[("title_terms", "tender")] == 2  # 100001 and the edited 100002
    assert stats.df[("body_terms", "tender")] == 1
    assert stats.docs["title_terms"] == 2


def test_more_matches_than_candidates_keep_the_total_and_the_facets(db, monkeypatch):
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


@pytest.mark.parametrize("sort", ["relevance", "date"])
def test_the_first_page_is_the_exact_order(db, sort):
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


def test_a_term_repeated_in_a_long_field_counts_every_time(db):
    """Each occurrence counts, as in Elasticsearch (PostgreSQL's vector keeps 8 a field):
    twelve in twelve terms outscores nine in nine, newer and so first on a tie."""
    index_docs({"body": "tender " * 12}, {"body": "tender " * 9})
    hits = search("tender").hits
    assert [h.page_id for h in hits] == [100001, 100002]


def test_total_and_facets_are_one_query(db, django_assert_num_queries):
    """More matches than candidates: one query counts them and every facet, as four did."""
    import search.backends.database as database
    from search.backends import DatabaseBackend
    from search.models import SearchTag
    from search.query import SearchRequest
    from search.service import prepare

    index_docs(
        *(
            {"title": f"audit {n}", "type": ["guide", "news"][n % 2], "countries": ["kr"] * (n % 3)}
            for n in range(7)
        ),
        {"title": "other", "type": "guide", "countries": ["kr"]},
    )
    matching = DatabaseBackend()._matching(prepare(SearchRequest(query="audit", locale="en")))
    with django_assert_num_queries(1):
        total, facets = database._total_and_facets(matching)
    assert total == matching.count() == 7
    assert facets["type"] == [{"value": "guide", "count": 4}, {"value": "news", "count": 3}]
    assert facets["year"] == [{"value": "2024", "count": 7}]
    # n = 1, 2, 4, 5 hold "kr" (2 and 5 twice): pages are counted, not tags
    assert SearchTag.objects.filter(kind="country").count() == 7
    assert facets["country"] == [{"value": "kr", "count": 4}]


def test_many_matches_of_thai_words_keep_the_best_total_and_filters(db, monkeypatch):
    """More Thai matches than candidates (SQLite ranks them by the dictionary words
    alone, then takes the others): the best first, every match counted, no page twice,
    a filter kept."""
    import search.backends.database as database

    monkeypatch.setattr(database, "CANDIDATES", 3)
    budget = "งบประมาณ"  # budget
    index_docs(
        *(
            {"locale": "th", "body": f"{budget} สัญญา", "type": ["guide", "news"][n % 2]}
            for n in range(8)
        ),  # fmt: skip
        {"locale": "th", "title": budget, "body": budget, "type": "guide"},
        {"locale": "th", "title": "สัญญา"},
    )

    def found(**params):
        return search(budget, locale="th", page_size=2, **params)

    result = found()
    assert result.total == 9 and result.hits[0].title == budget
    assert sum(row["count"] for row in result.facets["type"]) == 9
    pages = [h.page_id for page in (1, 2, 3, 4, 5) for h in found(page=page).hits]
    assert len(pages) == len(set(pages)) == 9
    guides = found(filters={"type": "guide"})
    assert guides.total == 5 and guides.hits[0].title == budget
