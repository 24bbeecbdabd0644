"""Import indicator values from CSV or XLSX: validate every row, then write all or nothing.

Plain functions: `read_table` turns a file into numbered rows, `plan_import`
checks them against the database and says what would change, `import_rows`
applies the plan in one transaction when (and only when) no row is bad.
The management command and the admin view only call these.
"""

import csv
import io
from dataclasses import dataclass, field
from datetime import date

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from content.comparison.params import YEAR_MIN
from content.data.models import (
    Country,
    Indicator,
    IndicatorValue,
    IndicatorValueChange,
    parse_indicator_value,
)
from content.data.selectors import source_locale
from content.data.services import save_value

__all__ = [
    "COLUMNS",
    "REQUIRED",
    "RowError",
    "Planned",
    "ImportResult",
    "read_table",
    "plan_import",
    "import_rows",
    "IMPORT_LOG_ACTION",
]

# Each value an import creates or changes leaves an entry in Wagtail's audit log.
IMPORT_LOG_ACTION = "atlas.import"

COLUMNS = [
    "country",
    "indicator",
    "year",
    "value",
    "source_title",
    "source_url",
    "source_year",
    "is_sample",
    "note",
]
REQUIRED = ["country", "indicator", "year", "value"]
_BOOL = {"": False, "0": False, "no": False, "false": False, "1": True, "yes": True, "true": True}


class ImportFormatError(ValueError):
    pass


@dataclass(frozen=True)
class RowError:
    line: int
    reason: str

    def __str__(self):
        return _("line %(line)s: %(reason)s") % {"line": self.line, "reason": self.reason}


@dataclass
class Planned:
    line: int
    action: str  # create, update, unchanged
    country: str
    indicator: str
    year: int
    old_value: str
    new_value: str
    fields: dict = field(default_factory=dict)


@dataclass
class ImportResult:
    errors: list[RowError] = field(default_factory=list)
    planned: list[Planned] = field(default_factory=list)
    applied: bool = False
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors

    def count(self, action: str) -> int:
        return sum(1 for p in self.planned if p.action == action)

    @property
    def summary(self) -> dict:
        return {a: self.count(a) for a in ("create", "update", "unchanged")}


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _csv_dialect(text: str):
    """Commas, or the semicolons (or tabs) Excel writes where the decimal mark is a comma."""
    header = text.split("\n", 1)[0]
    try:
        return csv.Sniffer().sniff(header, delimiters=",;\t")
    except csv.Error:  # one column, or nothing to tell by: the standard
        return csv.excel


def read_table(filename: str, data: bytes) -> list[tuple[int, dict]]:
    """(line number, {column: text}) per data row; line 1 is the header."""
    name = filename.lower()
    if name.endswith(".xlsx"):
        from openpyxl import load_workbook

        try:
            sheet = load_workbook(io.BytesIO(data), read_only=True, data_only=True).worksheets[0]
        except Exception as exc:  # openpyxl raises many types for a bad file
            raise ImportFormatError(_("Not a readable XLSX file: %(e)s") % {"e": exc}) from exc
        lines = [[_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    elif name.endswith(".csv"):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ImportFormatError(_("A CSV file must be UTF-8 encoded.")) from exc
        reader = csv.reader(io.StringIO(text), dialect=_csv_dialect(text))
        lines = [[c.strip() for c in row] for row in reader]
    else:
        raise ImportFormatError(_("Upload a .csv or .xlsx file."))
    if not lines:
        raise ImportFormatError(_("The file is empty."))
    header = [h.strip().lower() for h in lines[0]]
    missing = [c for c in REQUIRED + ["source_title"] if c not in header]
    if missing and not ("source_title" in missing and "source_url" in header and len(missing) == 1):
        raise ImportFormatError(
            _("Line 1: missing column(s) %(cols)s; expected %(all)s.")
            % {"cols": ", ".join(missing), "all": ", ".join(COLUMNS)}
        )
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        if not any(line):
            continue
        rows.append((number, {h: (line[i] if i < len(line) else "") for i, h in enumerate(header)}))
    return rows


def plan_import(rows) -> ImportResult:
    """Check every row; report all bad rows; say what each good row would do."""
    result = ImportResult()
    locale = source_locale()
    countries = {c.code.upper(): c for c in Country.objects.filter(locale=locale)}
    indicators = {i.code: i for i in Indicator.objects.filter(locale=locale)}
    existing = {
        (v.country_id, v.indicator_id, v.year): v
        for v in IndicatorValue.objects.filter(indicator__locale=locale)
    }
    max_year = date.today().year + 1
    seen: dict[tuple, int] = {}
    url_ok = URLValidator()

    for line, row in rows:
        reasons = []
        code = row.get("country", "").upper()
        country = countries.get(code)
        if not code:
            reasons.append(_("country is missing"))
        elif country is None:
            reasons.append(_("unknown country “%(c)s”") % {"c": row.get("country")})
        ind_code = row.get("indicator", "").strip().lower()
        indicator = indicators.get(ind_code)
        if not ind_code:
            reasons.append(_("indicator is missing"))
        elif indicator is None:
            reasons.append(_("unknown indicator “%(c)s”") % {"c": row.get("indicator")})
        raw_year = row.get("year", "")
        year = int(raw_year) if raw_year.isdigit() else None
        if year is None:
            reasons.append(_("year “%(y)s” is not a year") % {"y": raw_year})
        elif not (YEAR_MIN <= year <= max_year):
            reasons.append(
                _("year %(y)s is out of range (%(min)s to %(max)s)")
                % {"y": year, "min": YEAR_MIN, "max": max_year}
            )
        value, number = row.get("value", ""), None
        if indicator is not None:
            try:
                value, number = parse_indicator_value(
                    indicator.value_type, value, indicator.category_list
                )
            except ValueError as exc:
                reasons.append(str(exc))
        title, url = row.get("source_title", ""), row.get("source_url", "")
        if not title and not url:
            reasons.append(_("source is missing (give a source title or URL)"))
        if url:
            try:
                url_ok(url)
            except ValidationError:
                reasons.append(_("source URL “%(u)s” is not a valid URL") % {"u": url})
        raw_source_year = row.get("source_year", "")
        source_year = int(raw_source_year) if raw_source_year.isdigit() else None
        if raw_source_year and source_year is None:
            reasons.append(_("source year “%(y)s” is not a year") % {"y": raw_source_year})
        raw_sample = row.get("is_sample", "").lower()
        if raw_sample not in _BOOL:
            reasons.append(_("is_sample must be yes or no, got “%(v)s”") % {"v": raw_sample})
        key = (code, ind_code, year)
        if country and indicator and year is not None:
            if key in seen:
                reasons.append(_("duplicate of line %(line)s") % {"line": seen[key]})
            else:
                seen[key] = line
        if reasons:
            result.errors.append(RowError(line, "; ".join(str(r) for r in reasons)))
            continue

        fields = {
            "value": value,
            "numeric_value": number,
            "source_title": title or url,
            "source_url": url,
            "source_year": source_year,
            "is_sample": _BOOL[raw_sample],
            "note": row.get("note", ""),
        }
        current = existing.get((country.pk, indicator.pk, year))
        if current is None:
            action, old = "create", ""
        else:
            old = current.value
            same = all(getattr(current, k) == v for k, v in fields.items() if k != "numeric_value")
            action = "unchanged" if same else "update"
        fields["_current"] = current
        fields["_country"], fields["_indicator"] = country, indicator
        result.planned.append(Planned(line, action, code, ind_code, year, old, value, fields))
    return result


def import_rows(rows, *, dry_run: bool = False, user=None, advance=None) -> ImportResult:
    """Validate all rows; unless dry_run or any row is bad, write them in one transaction.
    `advance(1)` is called for each row written or found unchanged (a progress bar)."""
    result = plan_import(rows)
    result.dry_run = dry_run
    if dry_run or result.errors:
        return result
    with transaction.atomic():
        for planned in result.planned:
            if advance:
                advance(1)
            if planned.action == "unchanged":
                continue
            f = dict(planned.fields)
            instance = f.pop("_current") or IndicatorValue(
                country=f["_country"], indicator=f["_indicator"], year=planned.year
            )
            f.pop("_country"), f.pop("_indicator")
            for name, value in f.items():
                setattr(instance, name, value)
            save_value(instance, user=user, via=IndicatorValueChange.Via.IMPORT)
            log(instance, IMPORT_LOG_ACTION, user=user, data={"action": planned.action})
    result.applied = True
    return result
