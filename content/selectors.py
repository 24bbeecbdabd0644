"""Reads: content in the names of a locale, listings with filters, a country's values.

Each function runs a fixed number of queries, whatever the amount of data.
"""

from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from django.utils.translation import get_language
from wagtail.models import Locale

from content.models import Country, Indicator, IndicatorValue, IndicatorValueChange, Pillar

__all__ = [
    "home_sections",
    "localized_by_key",
    "display",
    "countries_list",
    "indicators_list",
    "pillars_list",
    "values_list",
    "value_changes",
    "localized",
    "localized_map",
    "source_locale",
    "listing_queryset",
    "country_values_by_pillar",
    "public_pages",
]


def public_pages(qs):
    """The one rule for what a visitor may see listed anywhere: live, and no view
    restriction (password, login, groups) on the page or any of its ancestors."""
    return qs.live().public()


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


def listing_queryset(model, locale, filters: dict, date_field: str | None, type_field=None):
    """Live pages of `model` in `locale`, plus source-locale pages not yet translated
    into it, narrowed by the filters (country ISO code, topic slug, type, year)."""
    qs = public_pages(model.objects.all())
    default = source_locale()
    if locale.pk != default.pk:
        # Only a live translation replaces the original; a draft one leaves it listed.
        translated = model.objects.live().filter(locale=locale).values("translation_key")
        qs = qs.filter(Q(locale=locale) | (Q(locale=default) & ~Q(translation_key__in=translated)))
    else:
        qs = qs.filter(locale=locale)
    if filters.get("country"):
        qs = qs.filter(countries__country__code=filters["country"].upper())
    if filters.get("topic") and hasattr(model, "topics"):
        qs = qs.filter(topics__topic__slug=filters["topic"])
    if filters.get("type") and type_field:
        qs = qs.filter(**{type_field: filters["type"]})
    if filters.get("year") and date_field:
        qs = qs.filter(**{f"{date_field}__year": filters["year"]})
    return qs.distinct()


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
        row = grouped[pillar_key].setdefault(
            v.indicator.translation_key,
            {
                "indicator": indicators.get(v.indicator.translation_key, v.indicator),
                "unit": v.indicator.unit,
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
        result.append({"pillar": pillars.get(key, pillar), "rows": rows})
    return result, years


def related_pages(page, model, limit: int = 3) -> list:
    """Live pages of `model` in the page's locale sharing a country or topic (one query)."""
    codes = page.country_codes()
    slugs = page.topic_slugs()
    if not (codes or slugs):
        return []
    match = Q(countries__country__code__in=codes)
    if slugs and hasattr(model, "topics"):
        match |= Q(topics__topic__slug__in=slugs)
    qs = public_pages(model.objects.filter(locale_id=page.locale_id)).exclude(pk=page.pk)
    qs = qs.filter(match)
    return list(qs.distinct().order_by("-first_published_at", "-pk")[:limit])


# --- Comparison reads: source-locale rows, names looked up by translation_key ---


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


def home_sections(locale) -> dict:
    """What the home page shows: the country systems and the newest material.

    A fixed number of queries; pages not yet translated fall back to English.
    """
    from content.formatting import collate_sort
    from content.models import CountryProfilePage, EventPage, GuidePage, PolicyDocumentPage

    profiles = listing_queryset(CountryProfilePage, locale, {}, None).select_related("country")
    documents = listing_queryset(PolicyDocumentPage, locale, {}, "publication_date")
    guides = listing_queryset(GuidePage, locale, {}, "publication_date")
    events = listing_queryset(EventPage, locale, {}, "start_date")
    return {
        "country_profiles": collate_sort(profiles, "title", locale.language_code),
        "latest_documents": list(documents.order_by("-publication_date", "-pk")[:4]),
        "latest_guides": list(guides.order_by("-publication_date", "-pk")[:3]),
        "latest_events": list(events.order_by("-start_date", "-pk")[:3]),
    }
