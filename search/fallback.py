"""Search what a reader can open in their locale: its own pages, then the source
locale's untranslated pages, which content.pages serves at the same path under the
reader's prefix (/km/guides/x/ shows /en/guides/x/ with a notice).

The reader's locale comes first; a source page with a live translation in that locale
is left out, since the translation is what the reader gets at that path.
"""

from django.conf import settings
from wagtail.models import Page

from config.cache import cached
from config.i18n import url_in_locale
from search.query import SearchRequest, SearchResult

__all__ = ["apply_fallback", "translated_source_ids", "localize_hits"]


def translated_source_ids(locale: str, source: str) -> list[int]:
    """Ids of source-locale pages with a live (non-alias) translation in `locale`."""
    translated = Page.objects.filter(
        locale__language_code=locale, live=True, alias_of__isnull=True
    ).values("translation_key")
    return list(
        Page.objects.filter(locale__language_code=source, translation_key__in=translated)
        .order_by("pk")
        .values_list("pk", flat=True)
    )


def apply_fallback(request: SearchRequest) -> SearchRequest:
    """In one locale other than the source, also search the untranslated source pages."""
    source = settings.LANGUAGE_CODE
    if request.all_locales or request.locale == source:
        return request
    request.fallback_locale = source
    # Under the content version, so that a search outside the source locale costs
    # no more queries than one in it; publishing a translation moves the version.
    request.fallback_exclude = cached(
        f"search:translated:{request.locale}:{source}",
        lambda: translated_source_ids(request.locale, source),
    )
    return request


def localize_hits(request: SearchRequest, result: SearchResult) -> SearchResult:
    """Fallback hits link to their page under the reader's prefix."""
    if request.fallback_locale:
        for hit in result.hits:
            if hit.locale != request.locale:
                hit.url = url_in_locale(hit.url, request.locale)
    return result
