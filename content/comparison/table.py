"""What a comparison holds: columns, rows grouped by pillar, scores; and how a
value and its difference from the baseline read. Plain data, no queries."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from content.comparison.params import CompareParams, to_query
from content.data.formatting import format_indicator_value as format_value

__all__ = [
    "PALETTE",
    "PATTERNS",
    "DEFAULT_BASELINE",
    "Column",
    "Cell",
    "Row",
    "Group",
    "ScoreCell",
    "ScoreRow",
    "Comparison",
    "format_value",
    "difference",
    "source_url",
]

# Okabe-Ito: distinguishable with the common colour-vision deficiencies.
PALETTE = [
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#F0E442",
    "#000000",
]
PATTERNS = ["solid", "diagonal", "dots", "cross", "horizontal", "vertical", "grid", "zigzag"]
DEFAULT_BASELINE = "KR"


@dataclass
class Column:
    code: str
    name: str
    name_local: str
    name_local_lang: str
    region: str
    region_label: str
    income_group: str
    income_label: str
    is_baseline: bool
    index: int

    @property
    def color(self) -> str:
        return PALETTE[self.index % len(PALETTE)]

    @property
    def pattern(self) -> str:
        return PATTERNS[self.index % len(PATTERNS)]


@dataclass
class Cell:
    column: Column
    value: object = None  # IndicatorValue or None
    display: str = ""
    diff: str = ""
    source_url: str = ""
    changes: list = field(default_factory=list)

    @property
    def has_value(self) -> bool:
        return self.value is not None


@dataclass
class Row:
    code: str
    name: str
    unit: str
    value_type: str
    direction: str
    definition: str
    cells: list[Cell]
    all_same: bool
    lang: str = ""  # the language of name, unit and definition when not the reader's


@dataclass
class Group:
    code: str
    name: str
    rows: list[Row]
    lang: str = ""  # the language of name when not the reader's


@dataclass
class ScoreCell:
    column: Column
    score: float | None
    count: int
    total: int
    change: float | None
    region_median: float | None
    income_median: float | None


@dataclass
class ScoreRow:
    code: str
    name: str
    lang: str  # the language of name when not the reader's, else ""
    cells: list[ScoreCell]


@dataclass
class Comparison:
    params: CompareParams
    errors: list[str]
    columns: list[Column]
    groups: list[Group]
    score_rows: list[ScoreRow]
    year: int | None
    years: list[int]
    baseline: str | None
    all_countries: list  # (code, localized name) for the form
    all_pillars: list  # (code, name, lang, [(code, name, lang)]) for the form
    chart_row: Row | None = None
    history: list = field(default_factory=list)  # (year, [(Column, number or None)])
    history_values: dict = field(default_factory=dict)  # {(code, year): IndicatorValue}
    has_sample: bool = False
    selected_indicators: set = field(default_factory=set)

    @property
    def query(self) -> str:
        return to_query(self.params)

    @property
    def rows(self) -> list[Row]:
        return [row for group in self.groups for row in group.rows]

    def visible_groups(self) -> list[Group]:
        if not self.params.diff:
            return self.groups
        groups = [
            Group(g.code, g.name, [r for r in g.rows if not r.all_same], g.lang)
            for g in self.groups
        ]
        return [g for g in groups if g.rows]

    @property
    def csv_query(self) -> str:
        return to_query(self.params, format="csv")

    @property
    def xlsx_query(self) -> str:
        return to_query(self.params, format="xlsx")

    @property
    def json_query(self) -> str:
        return to_query(self.params, format="json")


def _number(text: str) -> str:
    formatted = f"{text:+.2f}".rstrip("0").rstrip(".")
    return formatted.replace("-", "−")


def difference(cell_value, base_value, value_type: str, unit: str) -> str:
    if cell_value is None or base_value is None:
        return ""
    if value_type in ("number", "percentage") and cell_value.numeric_value is not None:
        delta = cell_value.numeric_value - (base_value.numeric_value or 0)
        if abs(delta) < 1e-9:
            return _("same as baseline")
        if value_type == "percentage":
            return _("%(delta)s percentage points") % {"delta": _number(delta)}
        return f"{_number(delta)} {unit}".strip()
    if cell_value.value == base_value.value:
        return _("same as baseline")
    return _("differs from baseline")


def source_url(value) -> str:
    if value.source_url:
        return value.source_url
    if value.source_document_id and value.source_document:
        return value.source_document.url
    return ""
