"""Search benchmark: indexing throughput and query latency on a synthetic corpus.

A multilingual corpus (all eight locales; Thai, Khmer and Lao written without
spaces) is indexed into the database backend (a scratch SQLite file, or
PG_URL/DATABASE_URL when BENCH_DB_URL says so) and, when ELASTICSEARCH_URL is
set, into Elasticsearch under a throw-away index prefix; then random one- and
two-word queries are timed through the same service the views use.

    python -m bench            # 10,000 documents
    BENCH_SIZES=10000,100000 python -m bench
"""

import json
import os
import platform
import random
import statistics
import sys
import time
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDS = {
    "en": [
        "procurement",
        "tender",
        "contract",
        "supplier",
        "bid",
        "award",
        "framework",
        "audit",
        "budget",
        "quality",
        "safety",
        "competition",
        "electronic",
        "system",
        "public",
        "agency",
        "guide",
        "policy",
        "price",
        "market",
    ],
    "id": [
        "pengadaan",
        "barang",
        "jasa",
        "kontrak",
        "penyedia",
        "lelang",
        "anggaran",
        "kualitas",
        "sistem",
        "elektronik",
        "pemerintah",
        "harga",
        "pasar",
        "kebijakan",
        "panduan",
    ],
    "vi": [
        "mua",
        "sắm",
        "công",
        "đấu",
        "thầu",
        "hợp",
        "đồng",
        "nhà",
        "cung",
        "cấp",
        "ngân",
        "sách",
        "chất",
        "lượng",
        "hệ",
        "thống",
        "điện",
        "tử",
        "chính",
        "sách",
        "giá",
        "thị",
        "trường",
    ],
    "mn": [
        "худалдан",
        "авах",
        "тендер",
        "гэрээ",
        "нийлүүлэгч",
        "төсөв",
        "чанар",
        "систем",
        "цахим",
        "бодлого",
        "үнэ",
    ],
    "ko": [
        "조달청",
        "나라장터",
        "전자조달",
        "계약",
        "입찰",
        "공급자",
        "예산",
        "품질",
        "안전",
        "경쟁",
        "시스템",
        "정책",
        "가격",
        "시장",
    ],
    "th": [
        "การจัดซื้อ",
        "จัดจ้าง",
        "สัญญา",
        "ผู้ขาย",
        "ประมูล",
        "งบประมาณ",
        "คุณภาพ",
        "ระบบ",
        "อิเล็กทรอนิกส์",
        "นโยบาย",
        "ราคา",
    ],
    "km": [
        "លទ្ធកម្ម",
        "សាធារណៈ",
        "កិច្ចសន្យា",
        "អ្នកផ្គត់ផ្គង់",
        "ថវិកា",
        "គុណភាព",
        "ប្រព័ន្ធ",
        "អេឡិចត្រូនិក",
        "គោលនយោបាយ",
    ],
    "lo": ["ການຈັດຊື້", "ຈັດຈ້າງ", "ສັນຍາ", "ງົບປະມານ", "ຄຸນນະພາບ", "ລະບົບ", "ສາທາລະນະ", "ນະໂຍບາຍ", "ລາຄາ"],
}
UNSPACED = {"th", "km", "lo"}


def _text(rng, locale, n):
    words = [rng.choice(WORDS[locale]) + ("" if rng.random() < 0.8 else str(rng.randint(1, 99)))
             for _ in range(n)]  # fmt: skip
    return ("" if locale in UNSPACED and rng.random() < 0.7 else " ").join(words)


def corpus(size, seed=7):
    rng = random.Random(seed)
    locales = list(WORDS)
    for number in range(size):
        locale = locales[number % len(locales)]
        day = date(2015 + rng.randint(0, 10), rng.randint(1, 12), rng.randint(1, 28))
        yield {
            "page_id": number + 1, "locale": locale, "url": f"/{locale}/doc-{number}/",
            "type": rng.choice(["guide", "news", "policy", "event"]),
            "title": _text(rng, locale, 6), "summary": _text(rng, locale, 20),
            "body": _text(rng, locale, 150), "attachments": "",
            "countries": rng.sample(["KR", "VN", "KH", "TH", "LA", "ID", "MN"], 2),
            "topics": [rng.choice(["e-gp", "quality", "oda"])], "date": day, "year": day.year,
        }  # fmt: skip


# Each row's figures, for `python -m bench` (BENCH_JSON names the file to write them to).
FIGURES = []


def _queries(n, seed=11):
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        locale = rng.choice(list(WORDS))
        out.append((" ".join(rng.sample(WORDS[locale], rng.choice([1, 2]))), locale))
    return out


def _latency(run, queries):
    times = []
    for query, locale in queries:
        started = time.perf_counter()
        run(query, locale)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def _setup():
    os.environ.setdefault(
        "DATABASE_URL", f"sqlite:////tmp/atlas-bench-{uuid.uuid4().hex[:6]}.sqlite3"
    )
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def _row(name, size, elapsed, p50, p95):
    rate = f"{size / elapsed:,.0f} docs/s ({elapsed:.1f} s)"
    return f"| {name} | {size:,} | {rate} | {p50:.1f} | {p95:.1f} |"


def bench(size, lines):
    from django.conf import settings

    from search.backends import DatabaseBackend, ElasticsearchBackend, elasticsearch_client
    from search.models import SearchEntry
    from search.query import SearchRequest
    from search.service import prepare

    docs = list(corpus(size))
    queries = _queries(200)

    def run(backend):
        def go(query, locale):
            backend.search(prepare(SearchRequest(query=query, locale=locale)))

        return go

    database = DatabaseBackend()
    SearchEntry.objects.all().delete()
    started = time.perf_counter()
    database.bulk_load(docs)
    elapsed = time.perf_counter() - started
    p50, p95 = _latency(run(database), queries)
    engine_name = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    lines.append(_row(f"database ({engine_name})", size, elapsed, p50, p95))
    FIGURES.append({"backend": "database", "engine": engine_name, "documents": size,
                    "docs_per_s": size / elapsed, "p50_ms": p50, "p95_ms": p95})  # fmt: skip
    print(lines[-1], flush=True)
    client = elasticsearch_client()
    if client is None:
        return
    settings.ELASTICSEARCH_INDEX_PREFIX = f"bench-{uuid.uuid4().hex[:8]}"
    engine = ElasticsearchBackend(client)
    try:
        started = time.perf_counter()
        for locale in WORDS:
            index = engine.create_index(locale)
            engine.bulk(index, [d for d in docs if d["locale"] == locale])
            engine.swap_alias(locale, index)
        client.indices.refresh(index=f"{settings.ELASTICSEARCH_INDEX_PREFIX}-*")
        elapsed = time.perf_counter() - started
        p50, p95 = _latency(run(engine), queries)
        lines.append(_row("elasticsearch 8.19", size, elapsed, p50, p95))
        FIGURES.append({"backend": "elasticsearch", "engine": "elasticsearch", "documents": size,
                        "docs_per_s": size / elapsed, "p50_ms": p50, "p95_ms": p95})  # fmt: skip
        print(lines[-1], flush=True)
    finally:
        engine.drop_all()


def main():
    _setup()
    sizes = [int(s) for s in os.environ.get("BENCH_SIZES", "10000").split(",")]
    lines = [
        "| backend | documents | indexing (analysis included) | query p50 ms | query p95 ms |",
        "| --- | --- | --- | --- | --- |",
    ]
    for size in sizes:
        bench(size, lines)
    cpu = platform.processor() or platform.machine()
    header = (
        f"\n## {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, `BENCH_SIZES={','.join(map(str, sizes))} "
        f"python -m bench`\n\nMachine: {platform.node()}, {os.cpu_count()} CPUs ({cpu}), "
        f"Python {platform.python_version()}; 200 random 1-2 word queries per backend, "
        "relevance sort, page 1 of 10, facets included.\n\n"
    )
    if os.environ.get("BENCH_JSON"):  # python -m bench writes RESULTS.md itself
        Path(os.environ["BENCH_JSON"]).write_text(json.dumps(FIGURES))
        print(header + "\n".join(lines))
        return
    results = ROOT / "bench" / "RESULTS.md"
    if not results.exists():
        results.write_text("# Benchmark results\n")
    with results.open("a") as handle:
        handle.write(header + "\n".join(lines) + "\n")
    print(header + "\n".join(lines))


if __name__ == "__main__":
    main()
