"""Migration 0006 fills the term counts of entries indexed before it, and on SQLite
leaves the FTS5 triggers its table rebuild drops, both ways; 0007 counts their terms'
documents (SearchTerm)."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from search.ranking import field_counts, term_frequency
from tests.search.conftest import index_docs

BEFORE = [("atlas_search", "0005_weighted_vector")]
LATEST = [("atlas_search", "0007_term_documents")]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)


@pytest.fixture
def before_0006(transactional_db):
    _migrate(BEFORE)
    try:
        yield
    finally:
        _migrate(LATEST)


def _old_entry(page_id: int, body_terms: str) -> None:
    table = "atlas_search_searchentry"
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (page_id, locale, type, url, title, summary, body, "
            "attachments, title_terms, summary_terms, body_terms, attachment_terms, all_terms, "
            "title_length, summary_length, body_length, attachment_length, updated_at) "
            "VALUES (%s, 'en', 'page', '/x/', 'Audit', '', 'x', '', ' audit ', ' ', %s, ' ', "
            "%s, 1, 0, %s, 0, CURRENT_TIMESTAMP)",
            [page_id, body_terms, body_terms, len(body_terms.split())],
        )


def test_entries_indexed_before_get_their_counts_and_stay_findable(before_0006):
    from search.backends import DatabaseBackend
    from search.models import SearchEntry, SearchTerm
    from search.query import SearchRequest
    from search.service import prepare

    _old_entry(7001, " tender bid tender ")
    _old_entry(7004, " bid ")
    _migrate(LATEST)
    entry = SearchEntry.objects.get(page_id=7001)
    lines = field_counts(entry.term_counts)
    assert term_frequency(lines["body_terms"], "tender") == 2
    assert term_frequency(lines["title_terms"], "audit") == 1
    rows = SearchTerm.objects.filter(locale="en").values_list("field", "term", "documents")
    documents = {(name, term): count for name, term, count in rows}
    assert documents[("body_terms", "tender")] == 1
    assert documents[("body_terms", "bid")] == 2
    assert documents[("title_terms", "audit")] == 2

    def found(query):
        request = prepare(SearchRequest(query=query, locale="en"))
        return [h.page_id for h in DatabaseBackend().search(request).hits]

    assert found("tender") == [7001]
    index_docs({"page_id": 7002, "title": "tender rules"})  # the triggers index new pages
    assert found("rules") == [7002]
    _migrate(BEFORE)  # and back: the old table still matches (SQLite: its triggers again)
    _old_entry(7003, " supplier ")
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(
                "SELECT rowid FROM search_entry_fts WHERE search_entry_fts MATCH '\"en_supplier\"'"
            )
        else:
            cursor.execute(
                "SELECT page_id FROM atlas_search_searchentry "
                "WHERE search_vector @@ 'supplier'::tsquery"
            )
        assert len(cursor.fetchall()) == 1
