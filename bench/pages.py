"""Page benchmark: time to first byte per public page type under gunicorn, SQL queries
per page in every locale, throughput with wrk, worker memory; beside a floor view.

    python -m bench.pages            # prints JSON; `python -m bench` writes RESULTS.md

Builds the demo in a scratch SQLite database with production settings (bench/settings.py:
production plus the floor view at /bench/floor/, same middleware), starts two gunicorn
instances of 2 sync workers each (uncached pages on BENCH_PORT, default 8125; the whole-page
cache on BENCH_PORT + 1), and profiles each page type with pyinstrument in-process.
"""

import http.client
import json
import os
import re
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
LOCALES = ["en", "ko", "vi", "km", "id", "th", "mn", "lo", "pt", "tet"]
REQUESTS = int(os.environ.get("BENCH_REQUESTS", 20))
WRK = ["wrk", "-t2", "-c8", "-d10s"]
PROFILES = ROOT / "bench" / "profiles"


def environment(work: Path, port: int, page_cache: int) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "SECRET_KEY": os.environ.get("BENCH_SECRET_KEY") or secrets.token_urlsafe(50),
        "DATABASE_URL": f"sqlite:///{work}/db.sqlite3",
        "STATIC_ROOT": str(work / "static"),
        "MEDIA_ROOT": str(work / "media"),
        "SECURE_SSL_REDIRECT": "False",
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "TASKS_BACKEND": "dummy",
        "ELASTICSEARCH_INDEX_PREFIX": os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "atlas")
        + "_bench_pages",
        "PAGE_CACHE_SECONDS": str(page_cache),
        "API_RATE_LIMIT": "100000000/60",
        "LOG_LEVEL": "ERROR",
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": "2",
        "GUNICORN_ACCESS_LOG": str(work / f"access-{port}.log"),
        "GUNICORN_ERROR_LOG": str(work / f"error-{port}.log"),
        "GUNICORN_PID_FILE": str(work / f"gunicorn-{port}.pid"),
        "GUNICORN_MAX_REQUESTS": "0",
    }


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)


def build(env):
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "load_demo")
    manage(env, "collectstatic", "--no-input", "-v0")
    manage(env, "search_index", "rebuild")


def start_gunicorn(env, port):
    process = subprocess.Popen(
        [PYTHON, "-m", "gunicorn", "-c", "config/gunicorn.py", "config.wsgi:application"],
        cwd=ROOT,
        env=env,
    )
    for _ in range(120):
        try:
            if get(port, "/healthz/live")[0] == 200:
                return process
        except OSError:
            pass
        time.sleep(0.5)
    process.terminate()
    raise SystemExit(f"gunicorn on {port} did not answer")


def get(port, url):
    """(status, seconds to the first byte of the response, body length)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    started = time.perf_counter()
    connection.request("GET", url, headers={"Host": "127.0.0.1"})
    response = connection.getresponse()  # returns once the status line has arrived
    ttfb = time.perf_counter() - started
    body = response.read()
    connection.close()
    return response.status, ttfb, len(body)


def page_urls() -> dict[str, str]:
    """One English URL per public page type, from the demo."""
    from wagtail.models import Page

    from content.data.models import Country

    first = {}
    for page in Page.objects.live().filter(locale__language_code="en", depth__gt=1).specific():
        first.setdefault(type(page).__name__, page.url)
    codes = list(
        Country.objects.filter(locale__language_code="en")
        .order_by("code")
        .values_list("code", flat=True)
    )
    four = ",".join(c.lower() for c in ["KR", "VN", "KH", "TH"])
    every = ",".join(c.lower() for c in codes)
    return {
        "minimal view (floor)": "/bench/floor/",
        "home": first["HomePage"],
        "country profile": first["CountryProfilePage"],
        "policy document": first["PolicyDocumentPage"],
        "guide": first["GuidePage"],
        "document listing": first["PolicyDocumentIndexPage"],
        "compare, 4 countries × all indicators": f"/en/compare/?countries={four}",
        f"compare, {len(codes)} countries × all indicators": f"/en/compare/?countries={every}",
        "compare CSV (4 countries)": f"/en/compare/?countries={four}&format=csv",
        "search page, one word": "/en/search/?q=procurement",
        "/api/values/?country=kr": "/api/values/?country=kr",
    }


def in_locale(url: str, locale: str) -> str:
    return re.sub(r"^/en/", f"/{locale}/", url)


def count_queries(urls) -> dict[str, dict[str, int]]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    counts = {}
    for name, url in urls.items():
        counts[name] = {}
        for locale in LOCALES if url.startswith("/en/") else ["en"]:
            target = in_locale(url, locale)
            client.get(target)  # warm: per-process caches are not what is measured
            with CaptureQueriesContext(connection) as queries:
                status = client.get(target).status_code
            counts[name][locale] = len(queries) if status == 200 else -status
    return counts


def profile(urls) -> dict[str, str]:
    """pyinstrument over 5 renders of each page type (in-process, test client)."""
    from django.test import Client
    from pyinstrument import Profiler

    PROFILES.mkdir(exist_ok=True)
    client = Client()
    written = {}
    for name, url in urls.items():
        for target in {url, in_locale(url, "km")}:
            client.get(target)
            profiler = Profiler(interval=0.0005)
            profiler.start()
            for _ in range(5):
                client.get(target)
            profiler.stop()
            slug = re.sub(r"[^a-z0-9]+", "-", f"{name} {target.split('/')[1]}".lower()).strip("-")
            path = PROFILES / f"{slug}.txt"
            path.write_text(profiler.output_text(unicode=True, color=False, show_all=False))
            written[f"{name} ({target.split('/')[1] or 'api'})"] = str(path.relative_to(ROOT))
    return written


def ttfb(port, urls) -> dict[str, dict]:
    out = {}
    for name, url in urls.items():
        for _ in range(4):  # both workers warm
            get(port, url)
        times = []
        for _ in range(REQUESTS):
            status, seconds, _size = get(port, url)
            assert status == 200, (url, status)
            times.append(seconds * 1000)
        out[name] = {"url": url, "median_ms": statistics.median(times), "max_ms": max(times)}
    return out


def wrk(port, url) -> float:
    result = subprocess.run(
        [*WRK, f"http://127.0.0.1:{port}{url}"], capture_output=True, text=True, check=True
    )
    match = re.search(r"Requests/sec:\s+([\d.]+)", result.stdout)
    if "Non-2xx" in result.stdout or not match:
        raise SystemExit(f"wrk on {url}: {result.stdout}")
    return float(match.group(1))


def worker_memory_mb(master_pid: int, field: str) -> list[float]:
    """Each worker's Rss or Pss (its share of pages shared with the master and the
    other workers) from /proc/<pid>/smaps_rollup."""
    children = subprocess.run(
        ["pgrep", "-P", str(master_pid)], capture_output=True, text=True, check=False
    ).stdout.split()
    sizes = []
    for pid in children:
        rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
        kb = int(re.search(rf"^{field}:\s+(\d+) kB", rollup, re.MULTILINE).group(1))
        sizes.append(kb / 1024)
    return sorted(sizes)


def main() -> dict:
    port = int(os.environ.get("BENCH_PORT", 8125))
    # BENCH_WORK: keep (and reuse) the built demo in that folder instead of a scratch one.
    keep = os.environ.get("BENCH_WORK")
    work = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="atlas-bench-pages-"))
    work.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("BENCH_SECRET_KEY", secrets.token_urlsafe(50))
    uncached = environment(work, port, page_cache=0)
    cached = environment(work, port + 1, page_cache=600)
    started = time.perf_counter()
    if not (keep and (work / "db.sqlite3").exists()):
        build(uncached)
    build_s = time.perf_counter() - started

    os.environ.update({k: v for k, v in uncached.items() if k not in ("PATH",)})
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    urls = page_urls()
    home_km = in_locale(urls["home"], "km")
    timed = {
        **{k: v for k, v in urls.items() if k != "home"},
        "home, en": urls["home"],
        "home, km": home_km,
    }
    queries = count_queries(urls)
    profiles = profile({k: v for k, v in urls.items() if k != "minimal view (floor)"})

    servers = []
    try:
        servers.append(start_gunicorn(uncached, port))
        servers.append(start_gunicorn(cached, port + 1))
        pages = ttfb(port, timed)
        for _ in range(10):
            get(port + 1, urls["home"])
        throughput = {
            "minimal view (floor)": wrk(port, urls["minimal view (floor)"]),
            "home, en, uncached": wrk(port, urls["home"]),
            "home, en, cached (X-Cache: hit)": wrk(port + 1, urls["home"]),
        }
        rss = {
            "uncached instance": worker_memory_mb(servers[0].pid, "Rss"),
            "cached instance": worker_memory_mb(servers[1].pid, "Rss"),
        }
        pss = {
            "uncached instance": worker_memory_mb(servers[0].pid, "Pss"),
            "cached instance": worker_memory_mb(servers[1].pid, "Pss"),
        }
    finally:
        for server in servers:
            server.send_signal(signal.SIGTERM)
        for server in servers:
            server.wait(timeout=30)
    if not keep:
        shutil.rmtree(work, ignore_errors=True)
    return {
        "build_s": build_s,
        "requests": REQUESTS,
        "pages": pages,
        "queries": queries,
        "throughput": throughput,
        "rss_mb": rss,
        "pss_mb": pss,
        "profiles": profiles,
    }


if __name__ == "__main__":
    figures = json.dumps(main(), indent=1, ensure_ascii=False)
    if os.environ.get("BENCH_JSON"):  # python -m bench reads them there (manage.py prints too)
        Path(os.environ["BENCH_JSON"]).write_text(figures)
    print(figures)
