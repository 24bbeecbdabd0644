"""Search benchmark: indexing throughput and query latency on a synthetic corpus.

A multilingual corpus (all eight locales; Thai, Khmer and Lao written without
spaces) is indexed into the database backend (a scratch SQLite file unless
DATABASE_URL is set; `python -m bench` runs it again on a scratch PostgreSQL
database with PG_URL, Elasticsearch off) and, when ELASTICSEARCH_URL is
set, into Elasticsearch under a throw-away index prefix; then queries are
timed through `/api/search/` (Django's test client, in-process: the view, the
search service with its fallback locale, facets, snippets and the query log;
DEBUG off), the database row with Elasticsearch switched off.

The corpus is seeded and any document can be made alone (`document(n)`): per
locale a vocabulary of 3,000 words (the domain words below among pseudo-words
built from syllables in the locale's script) drawn with Zipf frequencies,
bodies of 150-2,000 words (log-uniform). Half the queries are 1-3 words of a
random document (selective), half one of the locale's most common words. The
text is analysed once, in worker processes (BENCH_WORKERS, default one per
core), for both backends; each row's indexing time includes that analysis.

    python -m bench            # 10,000 documents
    BENCH_SIZES=10000,100000 python -m bench
"""

import itertools
import json
import math
import os
import platform
import random
import statistics
import sys
import time
import uuid
from contextlib import closing
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

# Pseudo-words are built from syllables in each locale's script: one letter (or
# cluster) from each part in turn; "" in a part makes it optional.
_LATIN_ONSETS = ["", "b", "c", "d", "f", "g", "h", "l", "m", "n", "p", "r", "s", "t", "v", "w",
                 "pr", "tr", "st", "pl", "cr", "gr", "br", "ch", "sh", "th"]  # fmt: skip
_TH_CONSONANTS = list("กขคงจชซดตถทนบปผพฟมยรลวสหอ")
_LO_CONSONANTS = list("ກຂຄງຈສຊຍດຕຖທນບປຜຝພຟມຢຣລວຫອຮ")
_KM_CONSONANTS = [
    chr(c) for c in range(0x1780, 0x17A3) if c not in (0x179D, 0x179E)
]  # not obsolete ឝ ឞ
_HANGUL = [chr(0xAC00 + (lead * 21 + vowel) * 28 + tail)
           for lead in range(19) for vowel in range(0, 21, 2)
           for tail in (0, 4, 8, 16, 21)]  # fmt: skip
SYLLABLES = {
    "en": ([_LATIN_ONSETS, ["a", "e", "i", "o", "u", "ea", "ou", "io", "ai"],
            ["", "", "n", "r", "s", "t", "l", "m", "nd", "nt", "st", "ct", "ng"]], (1, 3)),
    "id": ([["", "b", "d", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "w", "y", "ng",
             "ny"], ["a", "a", "e", "i", "o", "u"], ["", "", "", "n", "ng", "r", "s", "t", "k", "l",
             "h"]], (2, 3)),
    "vi": ([["", "b", "c", "ch", "d", "đ", "g", "h", "kh", "l", "m", "n", "ng", "nh", "ph", "qu",
             "r", "s", "t", "th", "tr", "v", "x"],
            ["a", "á", "à", "ả", "ã", "ạ", "ă", "ắ", "â", "ấ", "ầ", "e", "é", "ê", "ế", "ề", "i",
             "í", "o", "ó", "ô", "ố", "ộ", "ơ", "ờ", "u", "ú", "ư", "ứ", "ươ", "ướ", "uy", "oa"],
            ["", "", "c", "m", "n", "ng", "nh", "p", "t"]], (1, 1)),
    "mn": ([["", "б", "г", "д", "ж", "з", "л", "м", "н", "п", "р", "с", "т", "х", "ц", "ч", "ш"],
            ["а", "э", "и", "о", "у", "ө", "ү", "аа", "ээ", "оо", "уу"],
            ["", "", "н", "р", "л", "г", "д", "с", "х"]], (2, 3)),
    "ko": ([_HANGUL], (2, 4)),
    "th": ([["", "", "", "เ", "แ", "โ", "ไ"], _TH_CONSONANTS,
            ["", "า", "า", "ิ", "ี", "ุ", "ู", "ั", "ำ"], ["", "", "่", "้"],
            ["", "", "น", "ม", "ง", "ก", "ด", "บ", "ย", "ว"]], (1, 3)),
    "lo": ([["", "", "", "ເ", "ແ", "ໂ", "ໄ"], _LO_CONSONANTS,
            ["", "າ", "າ", "ິ", "ີ", "ຸ", "ູ", "ັ", "ຳ"], ["", "", "່", "້"],
            ["", "", "ນ", "ມ", "ງ", "ກ", "ດ", "ບ", "ຍ", "ວ"]], (1, 3)),
    "km": ([_KM_CONSONANTS, ["", "", "", "", "្រ", "្ត", "្ម", "្ន"],
            ["ា", "ិ", "ី", "ឹ", "ុ", "ូ", "ួ", "ើ", "ៀ", "េ", "ែ", "ៃ", "ោ", "ៅ", ""],
            ["", "", "ន", "ម", "ង", "ក", "ត", "ប", "យ", "ល", "ស"]], (1, 3)),
}  # fmt: skip
# Endings running text adds to a vocabulary word (Korean particles, Mongolian cases).
ENDINGS = {"ko": ["은", "는", "이", "가", "을", "를", "의", "에", "에서", "으로"],
           "mn": ["ийн", "ын", "д", "т", "аас", "ээс", "тай", "тэй", "ууд", "ыг"]}  # fmt: skip
VOCABULARY_SIZE = 3000
ZIPF_EXPONENT = 1.0
BODY_WORDS = (150, 2000)  # log-uniform


def _vocabulary(locale, seed=7):
    """The locale's words, most frequent first: the domain words spread over the
    first few hundred ranks among generated pseudo-words."""
    rng = random.Random(f"{seed}-{locale}")
    parts, (low, high) = SYLLABLES[locale]
    domain = list(dict.fromkeys(WORDS[locale]))
    made = dict.fromkeys(domain)
    while len(made) < VOCABULARY_SIZE:
        word = "".join("".join(rng.choice(p) for p in parts) for _ in range(rng.randint(low, high)))
        made.setdefault(word)
    words = [w for w in made if w not in domain]
    for word in domain:
        words.insert(rng.randrange(300), word)
    return words


_VOCABULARIES = {}


def vocabulary(locale):
    """(words, cumulative Zipf weights) of a locale, made once."""
    if locale not in _VOCABULARIES:
        words = _vocabulary(locale)
        weights = [1 / (rank**ZIPF_EXPONENT) for rank in range(1, len(words) + 1)]
        _VOCABULARIES[locale] = words, list(itertools.accumulate(weights))
    return _VOCABULARIES[locale]


def _text(rng, locale, n, words_out):
    """n Zipf-drawn words as running text: sentences for spaced scripts, runs of
    2-8 words without spaces for Thai, Khmer and Lao; a few numbers."""
    words, cumulative = vocabulary(locale)
    drawn = rng.choices(words, cum_weights=cumulative, k=n)
    words_out.extend(drawn)
    endings = ENDINGS.get(locale)
    out, i = [], 0
    while i < n:
        size = rng.randint(2, 8) if locale in UNSPACED else rng.randint(6, 20)
        piece = drawn[i : i + size]
        i += size
        if endings:
            piece = [w + rng.choice(endings) if rng.random() < 0.3 else w for w in piece]
        if rng.random() < 0.1:
            piece.insert(rng.randrange(len(piece) + 1), str(rng.randint(1, 2030)))
        if locale in UNSPACED:
            out.append("".join(piece) + ("។" if locale == "km" and rng.random() < 0.3 else ""))
        else:
            out.append(" ".join([piece[0].capitalize(), *piece[1:]]) + ".")
    return " ".join(out)


def document(number, seed=7):
    """Document `number` of the corpus (any one alone, deterministically) and its words."""
    rng = random.Random(seed * 1_000_003 + number)
    locale = list(WORDS)[number % len(WORDS)]
    day = date(2015 + rng.randint(0, 10), rng.randint(1, 12), rng.randint(1, 28))
    length = round(math.exp(rng.uniform(*map(math.log, BODY_WORDS))))
    words = []
    doc = {
        "page_id": number + 1, "locale": locale, "url": f"/{locale}/doc-{number}/",
        "type": rng.choice(["guide", "news", "policy", "event"]),
        "title": _text(rng, locale, 6, words), "summary": _text(rng, locale, 20, words),
        "body": _text(rng, locale, length, words), "attachments": "",
        "countries": rng.sample(["KR", "VN", "KH", "TH", "LA", "ID", "MN"], 2),
        "topics": [rng.choice(["e-gp", "quality", "oda"])], "date": day, "year": day.year,
    }  # fmt: skip
    return doc, words


def corpus(size, seed=7):
    for number in range(size):
        yield document(number, seed)[0]


# Each row's figures, for `python -m bench` (BENCH_JSON names the file to write them to).
FIGURES = []
COMMON_QUERY_WORDS = 20  # one-word queries come from the locale's most frequent words


def _queries(n, size, seed=11):
    """Half 1-3 words drawn from a random document's own words (selective), half
    one of its locale's most common words."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        if i % 2 == 0:
            _doc, words = document(rng.randrange(size))
            picked = rng.sample(sorted(set(words)), rng.randint(1, 3))
            out.append((" ".join(picked), _doc["locale"]))
        else:
            locale = rng.choice(list(WORDS))
            out.append((rng.choice(vocabulary(locale)[0][:COMMON_QUERY_WORDS]), locale))
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
    os.environ.setdefault("DEBUG", "False")  # no query log in memory, as in production
    os.environ.setdefault("ALLOWED_HOSTS", "testserver")
    os.environ.setdefault("API_RATE_LIMIT", "100000000/60")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def _row(name, size, elapsed, p50, p95, analysis):
    rate = f"{size / elapsed:,.0f} docs/s ({elapsed:.1f} s, analysis {analysis:.1f} s)"
    return f"| {name} | {size:,} | {rate} | {p50:.1f} | {p95:.1f} |"


def bench(size, lines):
    from django.conf import settings
    from django.test import Client, override_settings

    from search.analysis import analysing
    from search.backends import DatabaseBackend, ElasticsearchBackend, elasticsearch_client

    docs = list(corpus(size))
    queries = _queries(200, size)
    workers = int(os.environ.get("BENCH_WORKERS") or os.cpu_count() or 1)

    client = Client()

    def through_api(backend_name):
        def go(query, locale):
            response = client.get("/api/search/", {"q": query, "locale": locale})
            if response.status_code != 200 or response.json()["backend"] != backend_name:
                raise SystemExit(f"/api/search/?q={query}: {response.content[:300]!r}")

        return go

    # One analysis, in `workers` processes, feeds both backends. As `search_index rebuild`
    # does, the database is loaded while the pool analyses (the row's time is both);
    # "analysis" is the time until the last document came back analysed.
    database = DatabaseBackend()
    started = time.perf_counter()
    analysed_at = []

    def stream():
        with closing(analysing(docs, workers)) as documents:
            yield from documents
        analysed_at.append(time.perf_counter())

    database.bulk_load(stream(), replace=True)
    elapsed = time.perf_counter() - started
    analysis = analysed_at[0] - started
    print(f"analysis: {size:,} documents in {analysis:.1f} s, {workers} workers "
          f"({size / analysis:,.0f} docs/s), loaded meanwhile", flush=True)  # fmt: skip
    with override_settings(ELASTICSEARCH_URL=""):
        p50, p95 = _latency(through_api("database"), queries)
    engine_name = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    lines.append(_row(f"database ({engine_name})", size, elapsed, p50, p95, analysis))
    FIGURES.append({"backend": "database", "engine": engine_name, "documents": size,
                    "docs_per_s": size / elapsed, "p50_ms": p50, "p95_ms": p95,
                    "analysis_s": analysis, "load_s": elapsed - analysis,
                    "workers": workers})  # fmt: skip
    print(lines[-1], flush=True)
    es = elasticsearch_client()
    if es is None:
        return
    settings.ELASTICSEARCH_INDEX_PREFIX = f"bench-{uuid.uuid4().hex[:8]}"
    engine = ElasticsearchBackend(es)
    try:
        started = time.perf_counter()
        for locale in WORDS:
            index = engine.create_index(locale)
            engine.bulk(index, [d for d in docs if d["locale"] == locale])
            engine.swap_alias(locale, index)
        es.indices.refresh(index=f"{settings.ELASTICSEARCH_INDEX_PREFIX}-*")
        elapsed = analysis + time.perf_counter() - started
        p50, p95 = _latency(through_api("elasticsearch"), queries)
        lines.append(_row("elasticsearch 8.19", size, elapsed, p50, p95, analysis))
        FIGURES.append({"backend": "elasticsearch", "engine": "elasticsearch", "documents": size,
                        "docs_per_s": size / elapsed, "p50_ms": p50, "p95_ms": p95,
                        "analysis_s": analysis, "load_s": elapsed - analysis,
                        "workers": workers})  # fmt: skip
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
        f"Python {platform.python_version()}; 200 queries per backend (half 1-3 words of a "
        "random document, half one of a locale's most common words), relevance sort, "
        "page 1 of 10, facets included. Indexing includes one text analysis shared by "
        "both backends, in worker processes (BENCH_WORKERS, default one per core).\n\n"
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
