"""Chart markup for a Comparison, with titles in the active language."""

from django.utils.translation import gettext as _

from content.comparison import charts

__all__ = ["chart_context"]


def chart_context(comparison) -> dict:
    cols = comparison.columns
    series = [(c.code, c.color, c.pattern, f"{c.name} ({c.code})") for c in cols]
    context = {"pillar_chart": "", "indicator_chart": "", "history_chart": ""}
    if not cols:
        return context
    if comparison.score_rows:
        groups = [
            (row.name, [(cell.column.code, cell.score) for cell in row.cells])
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
            (cell.column.code, cell.value.numeric_value if cell.value else None)
            for cell in row.cells
        ]
        unit = row.unit.strip()
        suffix = "%" if unit == "%" else (f" {unit}" if unit else "")
        context["indicator_chart"] = charts.grouped_bars(
            "chart-indicator",
            _("%(indicator)s by country") % {"indicator": row.name},
            [(row.name, bars)],
            series,
            max_value=None,
            suffix=suffix,
            missing=_("no data"),
        )
        if len(comparison.history) > 1:
            years = [y for y, _points in comparison.history]
            lines = [
                (f"{c.code}", c.color, c.index, [points[i][1] for _y, points in comparison.history])
                for i, c in enumerate(cols)
            ]
            context["history_chart"] = charts.line_chart(
                "chart-history",
                _("%(indicator)s over time") % {"indicator": row.name},
                years,
                lines,
            )
    return context
