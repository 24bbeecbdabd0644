"""How far each locale's content is translated: for every page and snippet of the
source language, whether the locale has a reviewed translation, a draft one, or
none that readers see (they get the source: a fallback)."""

from collections import Counter

from django.apps import apps
from django.conf import settings
from wagtail.models import Locale

from content.data.models import Country, GlossaryTerm, Indicator, Pillar, Topic
from content.data.models.translation import TranslationStatus

from .models import AtlasPage

__all__ = ["STATES", "SNIPPETS", "locale_content_status"]

STATES = ("reviewed", "draft", "fallback")
SNIPPETS = {
    "countries": Country,
    "pillars": Pillar,
    "indicators": Indicator,
    "topics": Topic,
    "glossary terms": GlossaryTerm,
}


def _page_models() -> list:
    return [m for m in apps.get_models() if issubclass(m, AtlasPage)]


def _count(rows, locales) -> dict[str, Counter]:
    """rows: (translation_key, language, shown to readers, translation_status)."""
    rows = list(rows)
    sources = {
        key
        for key, language, shown, _status in rows
        if language == settings.LANGUAGE_CODE and shown
    }
    found = {
        (key, language): status for key, language, shown, status in rows if shown and key in sources
    }
    result = {}
    for language in locales:
        counts = Counter(dict.fromkeys(STATES, 0))
        for key in sources:
            status = found.get((key, language))
            if status is None:
                counts["fallback"] += 1
            elif status == TranslationStatus.REVIEWED:
                counts["reviewed"] += 1
            else:
                counts["draft"] += 1
        result[language] = counts
    return result


def locale_content_status() -> dict[str, dict[str, Counter]]:
    """{language: {"pages": Counter(reviewed=, draft=, fallback=), "countries": ..., ...}}
    for every locale but the source; one query per page type and per snippet type.

    A page counts when live in the source locale; its translation counts when live and
    not an alias (an alias shows the source's text)."""
    locales = list(
        Locale.objects.exclude(language_code=settings.LANGUAGE_CODE)
        .order_by("language_code")
        .values_list("language_code", flat=True)
    )
    page_rows = []
    for model in _page_models():
        for key, language, live, alias_of, status in model.objects.filter(depth__gte=2).values_list(
            "translation_key", "locale__language_code", "live", "alias_of_id", "translation_status"
        ):
            page_rows.append((key, language, live and alias_of is None, status))
    by_kind = {"pages": _count(page_rows, locales)}
    for kind, model in SNIPPETS.items():
        rows = (
            (key, language, True, status)
            for key, language, status in model.objects.values_list(
                "translation_key", "locale__language_code", "translation_status"
            )
        )
        by_kind[kind] = _count(rows, locales)
    return {
        language: {kind: counts[language] for kind, counts in by_kind.items()}
        for language in locales
    }
