"""Chart markup for a Comparison, with titles in the active language.

Each bar and point carries its own tooltip (a <title>): the value as the table
shows it, the value's own year and its own source, for a country's latest value
may be older than the year compared, and each year of a time series may cite
another source. A name standing in for a missing translation keeps its `lang`.
"""

from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from content.comparison import charts
from content.comparison.table import format_value
from content.data.names import lang_span

__all__ = ["chart_context", "value_note"]


def _title(template: str, name: str, lang: str):
    """A translated chart title around a name, the name in its own <span lang> when it
    is not in the page's language."""
    return mark_safe(escape(template) % {"indicator": lang_span(name, lang)})  # noqa: S308


def value_note(label: str, display: str, value) -> str:
    """ "South Korea (KR): 99% (2024). Source: KONEPS statistics (2024)"."""
    source = value.source_name or value.source_url
    if value.source_year:
        source = f"{source} ({value.source_year})"
    note = _("%(country)s: %(value)s (%(year)s). Source: %(source)s") % {
        "country": label,
        "value": display,
        "year": value.year,
        "source": source,
    }
    if value.is_sample:
        note = f"{note} [{_('sample data')}]"
    return note


def chart_context(comparison) -> dict:
    cols = comparison.columns
    series = [(c.code, c.color, c.pattern, f"{c.name} ({c.code})") for c in cols]
    label = {code: text for code, _c, _p, text in series}
    context = {"pillar_chart": "", "indicator_chart": "", "history_chart": ""}
    if not cols:
        return context
    if comparison.score_rows:
        groups = [
            (row.name, row.lang, [score_bar(cell, label, comparison.year) for cell in row.cells])
            for row in comparison.score_rows
        ]
        context["pillar_chart"] = charts.grouped_bars(
            "chart-pillars",
            _("Pillar scores (0-100) by country"),
            groups,
            series,
            max_value=100,
            missing=_("no data"),
        )
    row = comparison.chart_row
    if row is not None:
        bars = [
            (
                cell.column.code,
                cell.value.numeric_value if cell.value else None,
                value_note(label[cell.column.code], cell.display, cell.value) if cell.value else "",
            )
            for cell in row.cells
        ]
        unit = row.unit.strip()
        suffix = "%" if unit == "%" else (f" {unit}" if unit else "")
        context["indicator_chart"] = charts.grouped_bars(
            "chart-indicator",
            _title(_("%(indicator)s by country"), row.name, row.lang),
            [(row.name, row.lang, bars)],
            series,
            max_value=None,
            suffix=suffix,
            missing=_("no data"),
        )
        if len(comparison.history) > 1:
            years = [y for y, _points in comparison.history]
            lines = [
                (
                    c.code,
                    c.color,
                    c.index,
                    [points[i][1] for _y, points in comparison.history],
                    [point_note(comparison, row, c, label, y) for y in years],
                )
                for i, c in enumerate(cols)
            ]
            context["history_chart"] = charts.line_chart(
                "chart-history",
                _title(_("%(indicator)s over time"), row.name, row.lang),
                years,
                lines,
            )
    return context


def score_bar(cell, label: dict, year) -> tuple:
    """(country code, score, tooltip): the score, how many indicators it rests on, the year."""
    code = cell.column.code
    if cell.score is None:
        return code, None, ""
    note = _("%(country)s: %(score)s (%(count)s of %(total)s indicators with data, %(year)s)") % {
        "country": label[code],
        "score": charts.fmt(cell.score),
        "count": cell.count,
        "total": cell.total,
        "year": year,
    }
    return code, cell.score, note


def point_note(comparison, row, column, label: dict, year: int) -> str:
    value = comparison.history_values.get((column.code, year))
    if value is None:
        return ""
    display = format_value(value.value, row.value_type, row.unit)
    return value_note(label[column.code], display, value)
