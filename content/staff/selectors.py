"""Reads for the staff dashboard; each answers in a fixed number of queries."""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, Max, Q
from wagtail.models import Locale, Page

from content.data.models import Country, Indicator, IndicatorValue
from content.data.selectors import source_locale

__all__ = ["LocaleStatus", "translation_status", "indicators_missing_latest_year"]


@dataclass
class LocaleStatus:
    locale: Locale
    untranslated: list[dict] = field(default_factory=list)  # source pages with no translation
    outdated: list[dict] = field(default_factory=list)  # translations older than their source


def translation_status() -> list[LocaleStatus]:
    """Per target locale: source pages not yet translated, and translations whose
    source was published after the translation was last edited (two queries)."""
    locales = list(Locale.objects.exclude(language_code=settings.LANGUAGE_CODE))
    source_id = source_locale().pk
    rows = Page.objects.filter(depth__gt=2).values(
        "id", "title", "translation_key", "locale_id", "live",
        "last_published_at", "latest_revision_created_at", "alias_of_id",
    )  # fmt: skip
    sources, translations = {}, {}
    for row in rows:
        if row["locale_id"] == source_id:
            if row["live"]:
                sources[row["translation_key"]] = row
        elif row["alias_of_id"] is None:
            translations[(row["translation_key"], row["locale_id"])] = row
    statuses = []
    for locale in locales:
        status = LocaleStatus(locale)
        for key, source in sources.items():
            translated = translations.get((key, locale.pk))
            if translated is None:
                status.untranslated.append(source)
            elif (
                source["last_published_at"]
                and translated["latest_revision_created_at"]
                and source["last_published_at"] > translated["latest_revision_created_at"]
            ):
                status.outdated.append({**translated, "source_id": source["id"]})
        statuses.append(status)
    return statuses


def indicators_missing_latest_year(limit: int = 10) -> dict:
    """Indicators with fewer values than there are countries in the latest year any
    value has (four queries); each with `.have` values."""
    locale = source_locale()
    latest = IndicatorValue.objects.aggregate(year=Max("year"))["year"]
    countries = Country.objects.filter(locale=locale).count()
    if latest is None:
        return {"year": None, "countries": countries, "indicators": []}
    indicators = (
        Indicator.objects.filter(locale=locale)
        .annotate(have=Count("values", filter=Q(values__year=latest)))
        .filter(have__lt=countries)
        .order_by("have", "code")
    )
    return {
        "year": latest,
        "countries": countries,
        "total": indicators.count(),
        "indicators": list(indicators[:limit]),
    }
