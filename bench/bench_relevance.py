"""Relevance benchmark: mean reciprocal rank and top-1 rate per locale and backend
on the relevance set of tests/search/relevance.py.

Runs the set on the database backend of DATABASE_URL (a scratch SQLite file
unless set) and, when ELASTICSEARCH_URL is set, on Elasticsearch under a
throw-away index prefix; `python -m bench` runs it once on SQLite and once on
PostgreSQL (PG_URL, in a scratch database of its own).
"""

import os
import sys
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_search import _setup  # noqa: E402


def _evaluate(engine):
    from search.query import SearchRequest
    from search.service import prepare
    from tests.search import relevance

    def run(query, locale):
        return [
            h.url for h in engine.search(prepare(SearchRequest(query=query, locale=locale))).hits
        ]

    return relevance.evaluate(run)


def _rows(name, report):
    lines = []
    for locale, row in report.items():
        lines.append(
            f"| {name} | {locale} | {len(row['rr'])} | {row['top1']:.0%} | {row['mrr']:.3f} |"
        )
    return lines


def main():
    _setup()
    from django.conf import settings

    from search.backends import DatabaseBackend, ElasticsearchBackend, elasticsearch_client
    from search.models import SearchEntry
    from tests.search import relevance

    docs = relevance.documents()
    SearchEntry.objects.all().delete()
    DatabaseBackend().bulk_load(docs)
    vendor = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    reports = {f"database ({vendor})": _evaluate(DatabaseBackend())}
    client = elasticsearch_client()
    if client is not None and os.environ.get("BENCH_SKIP_ES") != "1":
        settings.ELASTICSEARCH_INDEX_PREFIX = f"bench-{uuid.uuid4().hex[:8]}"
        engine = ElasticsearchBackend(client)
        try:
            engine.index(docs)
            reports["elasticsearch 8.19"] = _evaluate(engine)
        finally:
            engine.drop_all()
    firsts = [
        {q: r["first"][q] for r in rep.values() for q in r["first"]} for rep in reports.values()
    ]
    agree = sum(all(f[q] == firsts[0][q] for f in firsts) for q in firsts[0])
    print("| backend | locale | queries | top-1 | MRR |\n| --- | --- | --- | --- | --- |")
    for name, report in reports.items():
        print("\n".join(_rows(name, report)))
    print(f"\nSame first result on {' and '.join(reports)}: {agree}/{len(firsts[0])} queries.")


if __name__ == "__main__":
    main()
