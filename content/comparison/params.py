"""The compare tool's state as it travels in the URL: parse and serialise, pure."""

import re
from dataclasses import dataclass, field, replace
from urllib.parse import urlencode

from django.utils.translation import gettext as _

__all__ = ["CompareParams", "parse_compare_query", "to_query", "FORMATS", "YEAR_MIN", "YEAR_MAX"]

FORMATS = ("html", "csv", "xlsx", "json")
YEAR_MIN, YEAR_MAX = 1990, 2100
_COUNTRY = re.compile(r"^[A-Za-z]{2}$")
_CODE = re.compile(r"^[-a-zA-Z0-9_]{1,40}$")


@dataclass(frozen=True)
class CompareParams:
    countries: list[str] = field(default_factory=list)  # upper-case ISO codes, in order
    indicators: list[str] = field(default_factory=list)  # indicator or pillar codes
    year: int | None = None
    baseline: str | None = None
    diff: bool = False
    chart: str | None = None  # indicator code for the single-indicator charts
    format: str = "html"

    def with_format(self, fmt: str) -> "CompareParams":
        return replace(self, format=fmt)


def _split(values) -> list[str]:
    """`a,b` and repeated `x=a&x=b` both work; order kept, duplicates dropped."""
    out = []
    for value in values:
        for part in str(value).split(","):
            part = part.strip()
            if part and part not in out:
                out.append(part)
    return out


def parse_compare_query(query) -> tuple[CompareParams, list[str]]:
    """Read a QueryDict (or a dict of lists) into params and a list of messages."""
    getlist = query.getlist if hasattr(query, "getlist") else lambda k: query.get(k, [])
    first = lambda k: (getlist(k) or [""])[-1].strip()  # noqa: E731
    errors = []

    countries = []
    for code in _split(getlist("countries")):
        if _COUNTRY.match(code):
            if code.upper() not in countries:
                countries.append(code.upper())
        else:
            errors.append(_("“%(code)s” is not a two-letter country code.") % {"code": code})

    indicators = []
    for code in _split(getlist("indicators")):
        if _CODE.match(code):
            indicators.append(code.lower())
        else:
            errors.append(_("“%(code)s” is not an indicator or pillar code.") % {"code": code})

    year = None
    raw_year = first("year")
    if raw_year:
        if raw_year.isdigit() and YEAR_MIN <= int(raw_year) <= YEAR_MAX:
            year = int(raw_year)
        else:
            errors.append(
                _("“%(year)s” is not a year between %(min)s and %(max)s; showing the latest data.")
                % {"year": raw_year, "min": YEAR_MIN, "max": YEAR_MAX}
            )

    baseline = first("baseline").upper() or None
    if baseline and not _COUNTRY.match(baseline):
        errors.append(_("“%(code)s” is not a two-letter country code.") % {"code": baseline})
        baseline = None

    fmt = first("format").lower() or "html"
    if fmt not in FORMATS:
        errors.append(
            _("“%(format)s” is not a download format; use csv, xlsx or json.") % {"format": fmt}
        )
        fmt = "html"

    chart = first("chart").lower() or None
    if chart and not _CODE.match(chart):
        chart = None

    diff = first("diff").lower() in {"1", "on", "true", "yes"}
    params = CompareParams(countries, indicators, year, baseline, diff, chart, fmt)
    return params, errors


def to_query(params: CompareParams, **overrides) -> str:
    """The canonical query string for params; parse_compare_query(to_query(p)) == p."""
    p = replace(params, **overrides) if overrides else params
    pairs = []
    if p.countries:
        pairs.append(("countries", ",".join(c.lower() for c in p.countries)))
    if p.indicators:
        pairs.append(("indicators", ",".join(p.indicators)))
    if p.year:
        pairs.append(("year", str(p.year)))
    if p.baseline:
        pairs.append(("baseline", p.baseline.lower()))
    if p.diff:
        pairs.append(("diff", "1"))
    if p.chart:
        pairs.append(("chart", p.chart))
    if p.format != "html":
        pairs.append(("format", p.format))
    return urlencode(pairs, safe=",")
