"""`python -m bench` (`make bench`): every benchmark, then bench/RESULTS.md's latest run.

Pages (bench/pages.py: gunicorn, floor view, TTFB, queries, wrk, memory, profiles),
the compare view in-process (bench_compare.py), search latency and indexing
(bench_search.py, BENCH_SIZES, default 10,000 documents; the database backend on SQLite
and, with PG_URL, on PostgreSQL in a scratch database) and the relevance set
(bench_relevance.py, SQLite and, with PG_URL, PostgreSQL) and publish → findable with
the real worker (bench_publish.py, PostgreSQL with PG_URL, else SQLite). Each benchmark
configures Django for its own throw-away database, so each runs in a process of its own. The
section between the markers in RESULTS.md is rewritten; the rest is kept.
"""

import contextlib
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "RESULTS.md"
START, END = "<!-- bench:latest:start -->", "<!-- bench:latest:end -->"
FLOOR = "minimal view (floor)"


def run(args, env=None, capture=False):
    print(f"== {' '.join(args)}", flush=True)
    result = subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, check=True, text=True, capture_output=capture
    )
    if capture:
        print(result.stdout[-4000:], flush=True)
        return result.stdout
    return ""


def versions() -> str:
    import django

    parts = [f"Python {platform.python_version()}", f"Django {django.get_version()}"]
    for name in ("wagtail", "gunicorn", "elasticsearch"):
        try:
            from importlib.metadata import version

            parts.append(f"{name} {version(name)}")
        except Exception:  # not installed: say nothing of it
            pass
    sqlite = subprocess.run(
        [sys.executable, "-c", "import sqlite3; print(sqlite3.sqlite_version)"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    wrk = subprocess.run(["wrk", "--version"], capture_output=True, text=True, check=False)
    parts.append(f"SQLite {sqlite}")
    parts.append((wrk.stdout or wrk.stderr).split("[")[0].strip() or "wrk")
    return ", ".join(parts)


def machine() -> str:
    meminfo = Path("/proc/meminfo").read_text()
    total_gb = int(re.search(r"MemTotal:\s+(\d+)", meminfo).group(1)) / 1024 / 1024
    cpu = "unknown CPU"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    load = os.getloadavg()
    return (
        f"{os.cpu_count()} cores ({cpu}), {total_gb:.1f} GB memory; load average "
        f"{load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} (1/5/15 min) when the run ended"
    )


def verdict(ok: bool | None) -> str:
    return "not measured" if ok is None else ("met" if ok else "**missed**")


def page_rows(pages: dict) -> list[str]:
    floor = pages["pages"][FLOOR]["median_ms"]
    rows = [
        "| page | TTFB p50 ms | × floor | target | met? | SQL queries en / km (all locales) |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    queries = pages["queries"]
    for name, figure in pages["pages"].items():
        ratio = figure["median_ms"] / floor
        key = "home" if name.startswith("home") else name
        counts = queries.get(key, {})
        if name == FLOOR:
            limit = None
        elif name.startswith("compare, ") and "4 countries" not in name:
            limit = 25
        else:
            limit = 10
        target = "—" if limit is None else f"≤ {limit}× ({limit * floor:.0f} ms)"
        met = "—" if limit is None else verdict(ratio <= limit)
        spread = sorted(set(counts.values()))
        same = "same" if len(spread) == 1 else f"{spread[0]}–{spread[-1]}"
        count_text = f"{counts.get('en', '?')} / {counts.get('km', counts.get('en', '?'))} ({same})"
        rows.append(
            f"| {name} (`{figure['url']}`) | {figure['median_ms']:.1f} | {ratio:.1f}× | "
            f"{target} | {met} | {count_text} |"
        )
    return rows


def query_rows(pages: dict) -> list[str]:
    locales = list(next(v for v in pages["queries"].values() if len(v) > 1))
    rows = [
        "| page | " + " | ".join(locales) + " | ≤ 12 and same in every locale? |",
        "| --- | " + " | ".join("---" for _ in locales) + " | --- |",
    ]
    for name, counts in pages["queries"].items():
        if name == FLOOR:
            continue
        values = [counts.get(code) for code in locales]
        shown = [str(v) if v is not None else "—" for v in values]
        present = [v for v in values if v is not None]
        ok = all(0 <= v <= 12 for v in present) and len(set(present)) == 1
        rows.append(f"| {name} | " + " | ".join(shown) + f" | {verdict(ok)} |")
    return rows


def search_rows(search: list[dict]) -> list[str]:
    rows = [
        "| backend | documents | indexing docs/s | p50 ms | p95 ms | target | met? |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for row in search:
        if row["backend"] == "database":
            limit = 150 if row["documents"] <= 10_000 else 500
            target, ok = f"p95 ≤ {limit} ms", row["p95_ms"] <= limit
        else:
            target = "p50 ≤ 15 ms, p95 ≤ 40 ms (at 100,000)"
            ok = row["p50_ms"] <= 15 and row["p95_ms"] <= 40
        rows.append(
            f"| {row['engine']} | {row['documents']:,} | {row['docs_per_s']:,.0f} | "
            f"{row['p50_ms']:.1f} | {row['p95_ms']:.1f} | {target} | {verdict(ok)} |"
        )
    return rows


def publish_rows(publish: dict | None) -> list[str]:
    """The indexing table's publish → findable rows (bench_publish.py), one per run."""
    if not publish:
        return ["| publish → findable with the worker running | not timed | ≤ 2 s | not measured |"]
    rows = []
    for run in publish["runs"]:
        engine = "Elasticsearch" if run["engine"] == "elasticsearch" else "database backend"
        deployed = ", as deployed" if run["interval_s"] == 1 else ""
        if run["found"]:
            figure = f"p50 {run['p50_s']:.2f} s, max {run['max_s']:.2f} s"
        else:
            figure = "never found"
        failed = run.get("failed", 0)
        missed = run["publishes"] - run["found"] - failed
        detail = f"{run['publishes']} publishes"
        if failed:
            detail += f", {failed} failed ({'; '.join(run['errors'])})"
        if missed:
            detail += f", {missed} not found in 10 s"
        if failed or missed:
            detail += ": p50 and max of the others"
        if run.get("queued_p50_s") is not None:
            detail += (
                f"; task p50 {run['queued_p50_s']:.2f} s queued + {run['task_p50_s']:.2f} s running"
            )
        rows.append(
            f"| publish → findable with the worker running ({engine}, {publish['database']}, "
            f"`db_worker --interval {run['interval_s']:g}`{deployed}) | {figure} ({detail}) "
            f"| ≤ 2 s | {verdict(run['met'])} |"
        )
    return rows


def report(pages, search, compare_out, relevance_out, commands, minutes, publish=None) -> str:
    floor = pages["pages"][FLOOR]["median_ms"]
    tp = pages["throughput"]
    cached_key = next(k for k in tp if "cached (" in k)
    cached_ratio = tp[cached_key] / tp[FLOOR]
    indexing = [r for r in search if r["backend"] == "database"]
    lines = [
        START,
        f"## Latest run: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC ({minutes:.1f} min)",
        "",
        f"Machine: {machine()}.",
        f"Versions: {versions()}.",
        "",
        "Commands: " + "; ".join(f"`{c}`" for c in commands) + ".",
        "",
        "Pages: gunicorn (config/gunicorn.py, 2 sync workers), production settings "
        "(bench/settings.py adds only the floor view's URL), `DEBUG` off, SQLite with the demo "
        f"(`load_demo`), Elasticsearch for search; warm; median of {pages['requests']} "
        "requests, time to first byte, one connection each; no whole-page cache. The floor "
        f"(a view returning a fixed 4 kB page, same gunicorn and middleware) took {floor:.1f} ms "
        "in this run; every target is a ratio to it.",
        "",
        *page_rows(pages),
        "",
        "SQL queries per page and locale (Django test client in-process, warm; "
        "`-404` = the page answered 404 in that locale):",
        "",
        *query_rows(pages),
        "",
        "Unchanged when data grows tenfold: asserted by tests/content/test_queries.py "
        "(timings stay out of tests; query counts stay in them).",
        "",
        "| throughput, `wrk -t2 -c8 -d10s` | requests/s | × floor | target | met? |",
        "| --- | --- | --- | --- | --- |",
        *[
            f"| {name} | {value:,.0f} | {value / tp[FLOOR]:.1%} | "
            + (
                f"≥ 70% ({0.7 * tp[FLOOR]:,.0f}/s) | {verdict(cached_ratio >= 0.7)} |"
                if name == cached_key
                else "— | — |"
            )
            for name, value in tp.items()
        ],
        "",
        "| memory after the load | RSS MB per worker | PSS MB per worker | target (RSS) | met? |",
        "| --- | --- | --- | --- | --- |",
        *[
            f"| {name} | {', '.join(f'{mb:.0f}' for mb in sizes)} | "
            f"{', '.join(f'{mb:.0f}' for mb in pages.get('pss_mb', {}).get(name, []))} | "
            f"≤ 150 MB | {verdict(max(sizes) <= 150)} |"
            for name, sizes in pages["rss_mb"].items()
        ],
        "",
        "Search (`bench/bench_search.py`: generated corpus of realistic multilingual documents, "
        "150–2,000 words; 200 queries, half 1–3 words of a document, half a common word; "
        "through `/api/search/` with facets and snippets):",
        "",
        *search_rows(search),
        "",
        "| indexing | figure | target | met? |",
        "| --- | --- | --- | --- |",
        *[
            f"| full rebuild, {r['engine']}, {r['documents']:,} documents, analysis in "
            f"{r.get('workers', 1)} processes | {r['docs_per_s']:,.0f} docs/s "
            f"(100,000 in ≈ {100_000 / r['docs_per_s'] / 60:.1f} min; loaded while analysed: "
            f"last document analysed at {r.get('analysis_s', 0):.1f} s, loaded at "
            f"{r['documents'] / r['docs_per_s']:.1f} s) "
            f"| 100,000 in ≤ 3 min (≥ 556 docs/s) | {verdict(r['docs_per_s'] >= 556)} |"
            for r in indexing
        ],
        *publish_rows(publish),
        "",
        "Page profiles (pyinstrument, 5 warm renders each, in-process): "
        + ", ".join(
            f"[{name}]({path.removeprefix('bench/')})" for name, path in pages["profiles"].items()
        )
        + ".",
        "",
        "<details><summary>compare view in-process (bench_compare.py) and relevance "
        "(bench_relevance.py) output</summary>",
        "",
        "```",
        compare_out.strip(),
        "",
        relevance_out.strip(),
        "```",
        "",
        "</details>",
        END,
    ]
    return "\n".join(lines)


def write_results(section: str) -> None:
    text = RESULTS.read_text() if RESULTS.exists() else "# Benchmark results\n"
    if START in text:
        before, rest = text.split(START, 1)
        after = rest.split(END, 1)[1]
        text = before + section + after
    else:
        head, _, tail = text.partition("\n## ")
        text = head.rstrip() + "\n\n" + section + "\n\n## " + tail if tail else text + section
    RESULTS.write_text(text)


@contextlib.contextmanager
def scratch_database(server_url: str, name: str):
    """A fresh PostgreSQL database beside PG_URL's, dropped afterwards."""
    import psycopg

    def admin(statement):
        with psycopg.connect(server_url, autocommit=True) as connection:
            connection.execute(statement)

    admin(f'DROP DATABASE IF EXISTS "{name}"')
    admin(f'CREATE DATABASE "{name}"')
    try:
        yield server_url.rsplit("/", 1)[0] + f"/{name}"
    finally:
        admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main() -> None:
    started = time.perf_counter()
    commands = ["make bench", "python -m bench"]
    with tempfile.TemporaryDirectory() as scratch:
        pages_json = Path(scratch) / "pages.json"
        search_json = Path(scratch) / "search.json"
        run(["-m", "bench.pages"], env={**os.environ, "BENCH_JSON": str(pages_json)})
        pages = json.loads(pages_json.read_text())
        compare_out = run([str(HERE / "bench_compare.py"), "--requests", "10"], capture=True)
        env = {**os.environ, "BENCH_JSON": str(search_json)}
        run([str(HERE / "bench_search.py")], env=env)
        search = json.loads(search_json.read_text())
        if os.environ.get("PG_URL"):  # the database backend's rows again, on PostgreSQL
            with scratch_database(os.environ["PG_URL"], "atlas_search_bench") as url:
                pg_env = {**env, "DATABASE_URL": url, "ELASTICSEARCH_URL": "",
                          "BENCH_SIZES": os.environ.get("BENCH_PG_SIZES", "10000")}  # fmt: skip
                run([str(HERE / "bench_search.py")], env=pg_env)
            search += json.loads(search_json.read_text())
        relevance_out = run([str(HERE / "bench_relevance.py")], capture=True)
        if os.environ.get("PG_URL"):  # the relevance set again, on PostgreSQL, scratch database
            with scratch_database(os.environ["PG_URL"], "atlas_rel_bench") as url:
                pg_env = {**os.environ, "DATABASE_URL": url}
                relevance_out += "\n(PostgreSQL)\n" + run(
                    [str(HERE / "bench_relevance.py")], env=pg_env, capture=True
                )
        # publish → findable with the real worker; PostgreSQL as deployed when PG_URL is set
        # (on SQLite a publish can fail as "database is locked" while the worker writes)
        publish_json = Path(scratch) / "publish.json"
        publish_env = {**os.environ, "BENCH_JSON": str(publish_json)}
        with contextlib.ExitStack() as stack:
            if os.environ.get("PG_URL"):
                publish_env["BENCH_DB_URL"] = stack.enter_context(
                    scratch_database(os.environ["PG_URL"], "atlas_publish_bench")
                )
            run(["-m", "bench.bench_publish"], env=publish_env)
        publish = json.loads(publish_json.read_text())
    minutes = (time.perf_counter() - started) / 60
    sizes = os.environ.get("BENCH_SIZES", "10000")
    commands.append(f"BENCH_SIZES={sizes} (search corpus sizes)")
    write_results(report(pages, search, compare_out, relevance_out, commands, minutes, publish))
    print(f"bench/RESULTS.md written ({minutes:.1f} min)")


if __name__ == "__main__":
    main()
