"""The ODA programme atlas: the region's map shaded by programmes, and a timeline.

The map is Natural Earth's (public domain), bundled as SVG paths by
scripts/build_oda_map.py; nothing is fetched at run time. The programmes are
those the ODA index lists for the same filters, so map, timeline and list agree.

    the listing's rows (loaded once) -> count by country and by year -> shade -> present
"""

import datetime
import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from content.data.formatting import collate_sort
from content.data.names import country_name

__all__ = ["Atlas", "Shape", "build_atlas", "region_map", "count_by_country", "count_by_year"]

MAP_FILE = Path(__file__).resolve().parent / "data" / "asia_pacific.json"
SHADES = 4  # colour steps for countries with programmes


@cache
def region_map() -> dict:
    return json.loads(MAP_FILE.read_text())


@dataclass(frozen=True)
class Shape:
    code: str
    name: str
    path: str
    count: int
    shade: int  # 0 for none, 1..SHADES


@dataclass
class Atlas:
    view_box: str
    source: str
    shapes: list[Shape]
    countries: list[tuple[str, str, int]]  # (code, name, programmes), most first
    years: list[tuple[int, int]]  # (year, programmes running)
    total: int
    max_count: int
    max_year_count: int


def count_by_country(programmes) -> dict[str, int]:
    """{ISO code: programmes} over (start, end, [country codes]) triples."""
    counts: dict[str, int] = {}
    for _start, _end, codes in programmes:
        for code in set(codes):
            counts[code] = counts.get(code, 0) + 1
    return counts


def count_by_year(programmes, this_year: int) -> list[tuple[int, int]]:
    """[(year, programmes running that year)] from the first start to the last year
    any runs (a programme without an end runs until this year)."""
    spans = [(start, end or max(start, this_year)) for start, end, _codes in programmes]
    if not spans:
        return []
    first, last = min(s for s, _e in spans), max(e for _s, e in spans)
    return [(y, sum(1 for s, e in spans if s <= y <= e)) for y in range(first, last + 1)]


def shade(count: int, most: int) -> int:
    return 0 if not count or not most else max(1, math.ceil(SHADES * count / most))


def build_atlas(programmes, language: str) -> Atlas:
    """`programmes` are the ODA index's filtered listing, already loaded with their
    country links (and each link's country); this reads them and queries nothing."""
    rows = [
        (p.start_year, p.end_year, [link.country.code.upper() for link in p.countries.all()])
        for p in programmes
    ]
    counts = count_by_country(rows)
    most = max(counts.values(), default=0)
    data = region_map()
    shapes = [
        Shape(
            code,
            country_name(code, language) or code,
            path,
            counts.get(code, 0),
            shade(counts.get(code, 0), most),
        )
        for code, path in data["paths"].items()
    ]
    countries = collate_sort(
        [(code, country_name(code, language) or code, n) for code, n in counts.items()],
        key=lambda row: row[1],
        language=language,
    )
    countries.sort(key=lambda row: -row[2])  # stable: equal counts stay in name order
    years = count_by_year(rows, datetime.date.today().year)
    return Atlas(
        view_box=data["viewBox"],
        source=data["source"],
        shapes=shapes,
        countries=countries,
        years=years,
        total=len(rows),
        max_count=most,
        max_year_count=max((n for _y, n in years), default=0),
    )
