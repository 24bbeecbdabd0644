"""Time the compare view: 14 countries x 60 indicators, N requests, Django's test client.

    .venv/bin/python bench/bench_compare.py [--requests 30]

Builds its own throw-away SQLite database (or uses DATABASE_URL when set to a
PostgreSQL database meant for benchmarks), fills it with the test factories'
grid, and prints median and p95 timings and the query count per request.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--countries", type=int, default=14)
    parser.add_argument("--indicators", type=int, default=60)
    args = parser.parse_args()

    if not os.environ.get("DATABASE_URL"):
        os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp()}/bench_compare.sqlite3"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    call_command("migrate", verbosity=0)
    from content.data.models import Country
    from content.demo.site import ensure_home_pages
    from tests.comparison.factories import grid

    ensure_home_pages()
    if not Country.objects.filter(code="QA").exists():
        grid(args.countries, args.indicators, years=(2022, 2023, 2024), pillars=6)
    codes = ",".join(Country.objects.order_by("code").values_list("code", flat=True))
    client = Client()
    results = {}
    for label, suffix in {"html": "", "csv": "&format=csv", "xlsx": "&format=xlsx"}.items():
        url = f"/en/compare/?countries={codes.lower()}{suffix}"
        assert client.get(url).status_code == 200  # warm up
        timings = []
        queries = []

        def count(run, sql, *rest, queries=queries):
            queries.append(sql)
            return run(sql, *rest)

        with connection.execute_wrapper(count):
            client.get(url)
        for _ in range(args.requests):
            start = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200
        timings.sort()
        results[label] = (
            statistics.median(timings),
            timings[int(len(timings) * 0.95) - 1],
            len(queries),
        )
    print(
        f"compare view, {args.countries} countries x {args.indicators} indicators x 3 years, "
        f"{args.requests} requests each, {connection.vendor}"
    )
    for label, (median, p95, queries) in results.items():
        print(f"  {label:5s} median {median:7.1f} ms  p95 {p95:7.1f} ms  queries {queries}")


if __name__ == "__main__":
    main()
