"""Reads for countries, indicators and values, with names in the active locale.

Indicator values point at the source-locale (English) rows; the name a visitor
sees comes from the row with the same `translation_key` in the active locale.
Each function here costs a fixed number of queries, whatever the row count.
"""

from django.utils.translation import get_language
from wagtail.models import Locale

from content.models import Country, Indicator, IndicatorValue, IndicatorValueChange, Pillar

__all__ = [
    "source_locale",
    "localized_by_key",
    "countries_list",
    "indicators_list",
    "pillars_list",
    "values_list",
    "value_changes",
]


def source_locale() -> Locale:
    return Locale.get_default()


def localized_by_key(model, rows, language_code: str | None = None) -> dict:
    """{translation_key: row in the active locale} for `rows`; one query.

    Rows without a translation are missing from the dict: callers fall back
    to the source row (see `display`).
    """
    language_code = (language_code or get_language() or "").split("-")[0]
    keys = {row.translation_key for row in rows}
    if not keys:
        return {}
    qs = model.objects.filter(translation_key__in=keys, locale__language_code=language_code)
    return {row.translation_key: row for row in qs}


def display(row, localized: dict):
    """The active-locale version of a source row, or the row itself."""
    return localized.get(row.translation_key, row)


def countries_list(codes=None) -> list[Country]:
    qs = Country.objects.filter(locale=source_locale())
    if codes is not None:
        qs = qs.filter(code__in=[c.upper() for c in codes])
    return list(qs.order_by("name"))


def pillars_list() -> list[Pillar]:
    return list(Pillar.objects.filter(locale=source_locale()).order_by("sort_order", "code"))


def indicators_list(codes=None) -> list[Indicator]:
    """Source-locale indicators by indicator or pillar code (all when None)."""
    from django.db.models import Q

    qs = Indicator.objects.filter(locale=source_locale()).select_related("pillar")
    if codes is not None:
        qs = qs.filter(Q(code__in=codes) | Q(pillar__code__in=codes))
    return list(qs.order_by("pillar__sort_order", "pillar__code", "sort_order", "code"))


def values_list(indicator_ids=None, country_ids=None, year=None, related=True):
    """Values with their source document; with country and indicator unless `related`
    is False (callers that already hold those rows map them by id instead)."""
    qs = IndicatorValue.objects.select_related("source_document")
    if related:
        qs = qs.select_related("country", "indicator")
    if indicator_ids is not None:
        qs = qs.filter(indicator_id__in=indicator_ids)
    if country_ids is not None:
        qs = qs.filter(country_id__in=country_ids)
    if year is not None:
        qs = qs.filter(year__lte=year)
    return qs


def value_changes(value_ids) -> dict[int, list[IndicatorValueChange]]:
    """{value id: changes, newest first}; one query."""
    out: dict[int, list] = {}
    for change in IndicatorValueChange.objects.filter(value_id__in=value_ids).select_related(
        "user"
    ):
        out.setdefault(change.value_id, []).append(change)
    return out
