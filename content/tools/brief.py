"""The country brief: one page a visiting official takes into a meeting.

A pipeline over what the site already knows, computing nothing of its own:
the pillar scores, peer medians and Korea's scores come from the comparison's
pipeline (content.comparison.service), the values and their sources from the
data layer, the system at a glance and related programmes and guides from the
public pages in the reader's language.

    resolve country -> compare (country beside Korea) -> pillars, facts -> pages
"""

from dataclasses import dataclass, field

from wagtail.models import Locale

from content.comparison.params import CompareParams
from content.comparison.service import build_comparison
from content.comparison.table import DEFAULT_BASELINE
from content.data import selectors
from content.data.models import Country
from content.pages.models import CountryProfilePage, GuidePage, ODAProgrammePage
from content.pages.selectors import listing_queryset

__all__ = ["Brief", "PillarLine", "Fact", "build_brief", "KEY_FACTS"]

KEY_FACTS = 5
RELATED = 5


@dataclass
class Source:
    title: str
    url: str
    year: int | None
    is_sample: bool


@dataclass
class PillarLine:
    code: str
    name: str
    score: float | None
    count: int
    total: int
    region_median: float | None
    income_median: float | None
    korea: float | None
    sources: list[Source] = field(default_factory=list)


@dataclass
class Fact:
    name: str
    display: str
    year: int
    source: Source


@dataclass
class Brief:
    code: str
    name: str
    name_local: str
    name_local_lang: str
    region_label: str
    income_label: str
    year: int | None
    pillars: list[PillarLine]
    facts: list[Fact]
    profile: object  # CountryProfilePage or None
    programmes: list
    guides: list

    @property
    def has_sample(self) -> bool:
        return any(f.source.is_sample for f in self.facts) or any(
            s.is_sample for p in self.pillars for s in p.sources
        )


def _source(value) -> Source:
    url = value.source_url or (value.source_document.url if value.source_document_id else "")
    title = value.source_name
    return Source(title, url, value.source_year or value.year, value.is_sample)


def find_country(code: str) -> Country | None:
    code = (code or "").upper()
    if len(code) != 2 or not code.isalpha():
        return None
    found = selectors.countries_list([code])
    return found[0] if found else None


def build_brief(country: Country, language_code: str) -> Brief:
    code = country.code.upper()
    codes = [code] if code == DEFAULT_BASELINE else [code, DEFAULT_BASELINE]
    comparison = build_comparison(CompareParams(countries=codes), language_code)
    column = next(c for c in comparison.columns if c.code == code)
    pillars = pillar_lines(comparison, code)
    facts = [
        Fact(row.name, cell.display, cell.value.year, _source(cell.value))
        for group in comparison.groups
        for row in group.rows
        for cell in row.cells
        if cell.column.code == code and cell.value is not None
    ][:KEY_FACTS]
    locale = Locale.objects.get(language_code=language_code)
    profile = (
        listing_queryset(CountryProfilePage, locale, {}, None)
        .filter(country__code=code)
        .order_by("-locale_id")
        .first()
    )
    related = {"country": code}
    programmes = listing_queryset(ODAProgrammePage, locale, related, None)
    guides = listing_queryset(GuidePage, locale, related, "publication_date")
    return Brief(
        code=code,
        name=column.name,
        name_local=column.name_local,
        name_local_lang=column.name_local_lang,
        region_label=column.region_label,
        income_label=column.income_label,
        year=comparison.year,
        pillars=pillars,
        facts=facts,
        profile=profile,
        programmes=list(programmes.order_by("-start_year", "title")[:RELATED]),
        guides=list(guides.order_by("-publication_date", "title")[:RELATED]),
    )


def pillar_lines(comparison, code: str) -> list[PillarLine]:
    """Each pillar's score for the country, its peer medians and Korea's score, with
    the sources of the values the score stands on."""
    groups = {g.code: g for g in comparison.groups}
    lines = []
    for row in comparison.score_rows:
        mine = next(c for c in row.cells if c.column.code == code)
        korea = next((c for c in row.cells if c.column.code == DEFAULT_BASELINE), mine)
        sources, seen = [], set()
        for indicator_row in groups[row.code].rows:
            for cell in indicator_row.cells:
                if cell.column.code == code and cell.value is not None:
                    source = _source(cell.value)
                    if (source.title, source.url, source.year) not in seen:
                        seen.add((source.title, source.url, source.year))
                        sources.append(source)
        lines.append(
            PillarLine(
                row.code,
                row.name,
                mine.score,
                mine.count,
                mine.total,
                mine.region_median,
                mine.income_median,
                korea.score,
                sources,
            )
        )
    return lines
