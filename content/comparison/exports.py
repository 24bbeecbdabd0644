"""The comparison table as CSV, XLSX and JSON: the same rows, values and sources."""

import csv
import io
import json

from django.utils.translation import gettext as _

from content.comparison.table import format_value

__all__ = ["to_csv", "to_xlsx", "to_json", "table_records"]


def _cell_record(cell) -> dict | None:
    v = cell.value
    if v is None:
        return None
    return {
        "value": v.value,
        "display": cell.display,
        "year": v.year,
        "source_title": v.source_name,
        "source_url": cell.source_url,
        "source_year": v.source_year,
        "is_sample": v.is_sample,
        "difference": cell.diff,
    }


def table_records(comparison) -> dict:
    """The comparison as plain data; CSV, XLSX and JSON are all written from this."""
    return {
        "year": comparison.year,
        "baseline": comparison.baseline,
        "query": comparison.query,
        "countries": [
            {"code": c.code, "name": c.name, "region": c.region, "income_group": c.income_group}
            for c in comparison.columns
        ],
        "pillars": [
            {
                "code": g.code,
                "name": g.name,
                "indicators": [
                    {
                        "code": r.code,
                        "name": r.name,
                        "unit": r.unit,
                        "value_type": r.value_type,
                        "direction": r.direction,
                        "definition": r.definition,
                        "values": {c.column.code: _cell_record(c) for c in r.cells},
                    }
                    for r in g.rows
                ],
            }
            for g in comparison.visible_groups()
        ],
        "scores": [
            {
                "pillar": s.code,
                "name": s.name,
                "countries": {
                    c.column.code: {
                        "score": None if c.score is None else round(c.score, 1),
                        "indicators": c.count,
                        "of": c.total,
                        "change": None if c.change is None else round(c.change, 1),
                        "region_median": None
                        if c.region_median is None
                        else round(c.region_median, 1),
                        "income_group_median": None
                        if c.income_median is None
                        else round(c.income_median, 1),
                    }
                    for c in s.cells
                },
            }
            for s in comparison.score_rows
        ],
        "errors": comparison.errors,
    }


def _header(comparison) -> list[str]:
    head = [_("Pillar"), _("Indicator code"), _("Indicator"), _("Unit")]
    for c in comparison.columns:
        head += [f"{c.name} ({c.code})", _("%(code)s source") % {"code": c.code}]
    return head


def _label(value: str, value_type: str) -> str:
    """Yes/no and category levels in the reader's language, as the page shows them;
    numbers and text stay as stored, for spreadsheets to compute with."""
    if value_type in ("boolean", "category"):
        return format_value(value, value_type, "")
    return value


def _wide_rows(comparison):
    no_data, sample = _("no data"), _("sample data")
    labels = {}  # (value, type): label; a few levels repeat across every row
    for g in comparison.visible_groups():
        for r in g.rows:
            line = [g.name, r.code, r.name, r.unit]
            for cell in r.cells:
                if cell.value is None:
                    line += [no_data, ""]
                else:
                    source = cell.value.source_name
                    if cell.source_url:
                        source = f"{source} <{cell.source_url}>"
                    if cell.value.is_sample:
                        source = f"{source} [{sample}]"
                    key = (cell.value.value, r.value_type)
                    if key not in labels:
                        labels[key] = _label(*key)
                    line += [labels[key], source]
            yield line


def to_csv(comparison) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(_header(comparison))
    writer.writerows(_wide_rows(comparison))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def to_json(comparison) -> bytes:
    return json.dumps(table_records(comparison), ensure_ascii=False, indent=2).encode("utf-8")


def to_xlsx(comparison) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    table = book.active
    table.title = _("Comparison")[:31]
    table.append(_header(comparison))
    for line in _wide_rows(comparison):
        table.append(line)
    for cell in table[1]:
        cell.font = Font(bold=True)

    sources = book.create_sheet(_("Sources")[:31])
    sources.append(
        [
            _("Country"),
            _("Indicator code"),
            _("Year"),
            _("Value"),
            _("Source title"),
            _("Source URL"),
            _("Source year"),
            _("Sample data"),
        ]
    )
    for g in comparison.visible_groups():
        for r in g.rows:
            for cell in r.cells:
                v = cell.value
                if v is None:
                    continue
                sources.append(
                    [
                        cell.column.code,
                        r.code,
                        v.year,
                        v.value,
                        v.source_name,
                        cell.source_url,
                        v.source_year,
                        _("yes") if v.is_sample else _("no"),
                    ]
                )

    definitions = book.create_sheet(_("Definitions")[:31])
    definitions.append(
        [
            _("Indicator code"),
            _("Indicator"),
            _("Pillar"),
            _("Type"),
            _("Unit"),
            _("Direction"),
            _("Definition"),
        ]
    )
    for g in comparison.visible_groups():
        for r in g.rows:
            definitions.append(
                [r.code, r.name, g.name, r.value_type, r.unit, r.direction, r.definition]
            )
    for sheet in (sources, definitions):
        for cell in sheet[1]:
            cell.font = Font(bold=True)

    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
