"""The rebuild's bulk load writes the index page by page indexing writes: the same
entries, tags, FTS5 rows and vocabulary (SQLite) or weighted vectors (PostgreSQL),
the same bm25()/ts_rank() scores and search results; in one transaction, so a
failed rebuild leaves the old index."""

import io
from functools import partialmethod

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import DatabaseError, connection

from bench.bench_search import document
from search.analysis import analysed
from search.backends.database import (
    FTS_WEIGHTS,
    TS_RANK_WEIGHTS,
    DatabaseBackend,
    fts_expression,
    ts_expression,
)
from search.models import SearchEntry, SearchTag, SearchTerm
from search.query import parse_params
from search.service import prepare
from tests.search.conftest import LOCALES, search

ENTRY_COLUMNS = [f.name for f in SearchEntry._meta.concrete_fields if f.name != "updated_at"]
ENTRY_COLUMNS.remove("id")  # a rebuild gives new ids; rows are matched by page


def _docs():
    """Three documents per locale of the benchmark corpus (generated multilingual text),
    some with attachments, one without a summary, tags or date."""
    docs, words = [], {}
    for number in range(24):
        doc, drawn = document(number)
        words.setdefault(doc["locale"], []).extend(drawn)
        docs.append(doc)
    for number, doc in enumerate(docs):
        if number % 3 == 0:
            doc["attachments"] = docs[(number + 5) % len(docs)]["body"][:2000]
    docs[1].update(summary="", countries=[], topics=[], date=None, year=None)
    return docs, words


def _queries(words):
    """Per locale: a common word, a rarer one, and both."""
    queries = []
    for locale, drawn in sorted(words.items()):
        common = max(set(drawn), key=drawn.count)
        rare = sorted(set(drawn))[len(set(drawn)) // 2]
        queries += [(common, locale), (rare, locale), (f"{common} {rare}", locale)]
    return queries


def _scores(query, locale):
    """bm25() (SQLite) or ts_rank() (PostgreSQL) of each matching page, as the index holds it."""
    request = prepare(parse_params({"q": query, "locale": locale}, "en", LOCALES))
    assert request.clauses, query
    table = SearchEntry._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(
                f"SELECT e.page_id, bm25(search_entry_fts, {FTS_WEIGHTS}) FROM search_entry_fts "
                f"JOIN {table} e ON e.id = search_entry_fts.rowid "
                "WHERE search_entry_fts MATCH %s ORDER BY e.page_id",
                [fts_expression(request.clauses, [locale])],
            )
        else:
            cursor.execute(
                f"SELECT page_id, ts_rank('{TS_RANK_WEIGHTS}'::float4[], search_vector, "
                f"%s::tsquery) FROM {table} WHERE search_vector @@ %s::tsquery ORDER BY page_id",
                [ts_expression(request.clauses)] * 2,
            )
        return cursor.fetchall()


def _index_rows():
    """What the full-text index holds, by page."""
    table = SearchEntry._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(
                "SELECT e.page_id, f.title_terms, f.summary_terms, f.body_terms, "
                f"f.attachment_terms FROM search_entry_fts f JOIN {table} e ON e.id = f.rowid "
                "ORDER BY e.page_id"
            )
            rows = cursor.fetchall()
            cursor.execute("SELECT term, col, doc, cnt FROM search_entry_vocab ORDER BY term, col")
            return rows, cursor.fetchall()
        cursor.execute(f"SELECT page_id, search_vector::text FROM {table} ORDER BY page_id")
        return cursor.fetchall(), []


def _snapshot(queries):
    return {
        "entries": list(SearchEntry.objects.order_by("page_id").values(*ENTRY_COLUMNS)),
        "tags": sorted(SearchTag.objects.values_list("entry__page_id", "kind", "value")),
        "terms": sorted(
            SearchTerm.objects.filter(documents__gt=0).values_list(
                "locale", "field", "term", "documents"
            )
        ),
        "index": _index_rows(),
        "scores": [_scores(q, locale) for q, locale in queries],
        "results": [
            [(h.page_id, h.title, h.snippet) for h in search(q, locale).hits]
            + [search(q, locale).total]
            for q, locale in queries
        ],
    }


@pytest.fixture
def database_only(settings, db):
    settings.ELASTICSEARCH_URL = ""


def test_bulk_load_writes_what_page_indexing_writes(database_only):
    docs, words = _docs()
    queries = _queries(words)
    backend = DatabaseBackend()
    backend.index(docs)  # one page at a time, as reindex_pages after a publish
    one_by_one = _snapshot(queries)
    assert len(one_by_one["entries"]) == len(docs)
    assert sum(map(len, one_by_one["scores"])) > len(queries)  # the queries do match
    assert all(r[-1] for r in one_by_one["results"])

    backend.clear()
    assert not _index_rows()[0]
    backend.bulk_load(iter(analysed(_docs()[0], workers=2)), batch_size=5)
    assert _snapshot(queries) == one_by_one


def test_rebuild_writes_what_publishing_and_update_wrote(database_only, atlas_page):
    texts = {
        "en": "Suppliers bid for public contracts on the national e-procurement system.",
        "ko": "조달청은 나라장터에서 전자조달 계약을 공급자와 체결한다",
        "th": "การจัดซื้อจัดจ้างภาครัฐด้วยระบบอิเล็กทรอนิกส์ งบประมาณ สัญญา",
        "vi": "Mua sắm công, đấu thầu qua mạng; hợp đồng với nhà cung cấp.",
    }
    for locale, text in texts.items():
        atlas_page(f"Published {locale}", locale=locale, body=text, countries=["KR"])
        atlas_page(f"Second {locale}", locale=locale, body=text[::-1], topics=["e-gp"])
    queries = [("contracts", "en"), ("procurement system", "en"), ("나라장터", "ko")]
    queries += [("สัญญา", "th"), ("mua sam", "vi")]
    # the home pages too, page by page: they were made without a publish
    call_command("search_index", "update", stdout=io.StringIO())
    published = _snapshot(queries)
    assert all(r[-1] for r in published["results"])

    call_command("search_index", "rebuild", workers=2, stdout=io.StringIO())
    assert _snapshot(queries) == published


def test_a_failed_rebuild_leaves_the_old_index(database_only, atlas_page, monkeypatch):
    from search.management.commands import search_index

    page = atlas_page("Framework agreements", body="Suppliers bid for framework agreements.")
    queries = [("framework", "en")]
    call_command("search_index", "rebuild", stdout=io.StringIO())
    before = _snapshot(queries)
    assert [h.page_id for h in search("framework", "en").hits] == [page.pk]

    real = search_index.analysing

    def failing(docs, workers=None):
        yield from real(docs, workers)
        raise DatabaseError("disk I/O error")

    # small batches: rows are written before the failure
    monkeypatch.setattr(DatabaseBackend, "bulk_load", partialmethod(_bulk_load, batch_size=1))
    monkeypatch.setattr(search_index, "analysing", failing)
    with pytest.raises(CommandError, match="disk I/O error"):
        call_command("search_index", "rebuild", stdout=io.StringIO())
    if connection.vendor == "sqlite":  # loaded batch by batch (bulk_load): run again, it
        monkeypatch.setattr(search_index, "analysing", real)  # finds what it found (FTS5's
        monkeypatch.setattr(DatabaseBackend, "bulk_load", _bulk_load)  # bm25 keeps deletes)
        call_command("search_index", "rebuild", stdout=io.StringIO())
        assert _snapshot(queries)["results"] == before["results"]
        return
    assert _snapshot(queries) == before


_bulk_load = DatabaseBackend.bulk_load
