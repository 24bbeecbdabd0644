"""Reads of reference data: rows in the names of a locale, a country's values, the
comparison's countries, indicators, values and their history.

Each function runs a fixed number of queries, whatever the amount of data.
"""

from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from django.utils.translation import get_language
from wagtail.models import Locale

from content.data.formatting import collate_sort
from content.data.models import (
    Country,
    GlossaryTerm,
    Indicator,
    IndicatorValue,
    IndicatorValueChange,
    Pillar,
    in_source_locale,
)

__all__ = [
    "localized_by_key",
    "display",
    "countries_list",
    "indicators_list",
    "pillars_list",
    "values_list",
    "value_changes_for_countries",
    "localized",
    "localized_map",
    "source_locale",
    "country_values_by_pillar",
    "sources_of",
    "glossary_entries",
]


def source_locale() -> Locale:
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


def localized_map(model, translation_keys, locale_id) -> dict:
    """{translation_key: row in the locale} for the keys that have one (one query)."""
    keys = set(translation_keys)
    if not keys:
        return {}
    rows = model.objects.filter(translation_key__in=keys, locale_id=locale_id)
    return {row.translation_key: row for row in rows}


def localized(objects, locale_id) -> list:
    """The same snippets in the given locale where translated, else as given."""
    objects = [o for o in objects if o is not None]
    if not objects:
        return []
    found = localized_map(type(objects[0]), [o.translation_key for o in objects], locale_id)
    return [found.get(o.translation_key, o) for o in objects]


def country_values_by_pillar(country, locale_id, max_years: int = 3):
    """The country's indicator values grouped by pillar, names in the locale.

    Returns (pillars, years): pillars is a list of dicts
    {pillar, rows: [{indicator, cells: {year: value}, latest}]}. Four queries.
    """
    values = list(
        IndicatorValue.objects.filter(country__translation_key=country.translation_key)
        .select_related("indicator", "indicator__pillar", "source_document")
        .order_by("indicator__pillar__sort_order", "indicator__sort_order", "-year")
    )
    years = sorted({v.year for v in values}, reverse=True)[:max_years]
    years.sort()
    indicators = localized_map(Indicator, {v.indicator.translation_key for v in values}, locale_id)
    pillars = localized_map(Pillar, {v.indicator.pillar.translation_key for v in values}, locale_id)
    grouped = defaultdict(dict)
    order = []
    for v in values:
        pillar_key = v.indicator.pillar.translation_key
        if pillar_key not in grouped:
            order.append((pillar_key, v.indicator.pillar))
        shown = indicators.get(v.indicator.translation_key, v.indicator)
        row = grouped[pillar_key].setdefault(
            v.indicator.translation_key,
            {
                "indicator": shown,
                "unit": shown.unit or v.indicator.unit,
                "cells": {},
                "latest": v,
            },
        )
        if v.year in years:
            row["cells"][v.year] = v
    result = []
    for key, pillar in order:
        rows = list(grouped[key].values())
        for row in rows:
            row["cell_list"] = [row["cells"].get(y) for y in years]
            row["sources"] = sources_of([c for c in row["cell_list"] if c is not None])
        result.append({"pillar": pillars.get(key, pillar), "rows": rows})
    return result, years


# --- Comparison reads: source-locale rows, names looked up by translation_key ---


def sources_of(values) -> list[dict]:
    """Each distinct source of the values, with the years of the values it supports:
    [{"value": a value citing it, "years": [2023, 2024]}], oldest first."""
    found: dict[tuple, dict] = {}
    for v in sorted(values, key=lambda v: v.year):
        key = (v.source_title, v.source_url, v.source_document_id, v.source_year)
        found.setdefault(key, {"value": v, "years": []})["years"].append(v.year)
    return list(found.values())


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
    qs = Country.objects.filter(**in_source_locale())
    if codes is not None:
        qs = qs.filter(code__in=[c.upper() for c in codes])
    return list(qs.order_by("name"))


def pillars_list() -> list[Pillar]:
    return list(Pillar.objects.filter(**in_source_locale()).order_by("sort_order", "code"))


def indicators_list(codes=None) -> list[Indicator]:
    """Source-locale indicators by indicator or pillar code (all when None)."""
    qs = Indicator.objects.filter(**in_source_locale()).select_related("pillar")
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


def value_changes_for_countries(country_ids) -> dict[int, list[IndicatorValueChange]]:
    """{value id: changes, newest first} for every value of the countries; one query."""
    out: dict[int, list] = {}
    changes = IndicatorValueChange.objects.filter(country_id__in=country_ids)
    for change in changes.select_related("indicator"):  # change_text reads its type
        out.setdefault(change.value_id, []).append(change)
    return out


def glossary_entries(language_code: str, topic: str = "") -> list[GlossaryTerm]:
    """The glossary in a language (English where it has no terms yet), sorted by the
    language's collation, each term with `others`: [(language code, term)] of the same
    concept in the other languages, in the order of settings.LANGUAGES. Two queries."""
    terms = GlossaryTerm.objects.filter(locale__language_code=language_code)
    if not terms.exists():
        terms = GlossaryTerm.objects.filter(**in_source_locale())
    if topic:
        terms = terms.filter(topic__slug=topic)
    terms = list(terms.select_related("topic", "locale"))
    order = {code: i for i, (code, _name) in enumerate(settings.LANGUAGES)}
    others = defaultdict(list)
    rows = GlossaryTerm.objects.filter(concept__in={t.concept for t in terms})
    for row in rows.exclude(locale__language_code=language_code).select_related("locale"):
        others[row.concept].append((row.locale.language_code, row.term))
    for term in terms:
        term.others = sorted(others[term.concept], key=lambda pair: order.get(pair[0], 99))
    return collate_sort(terms, "term", language_code)
