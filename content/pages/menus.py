"""The main navigation and the home page's section links, found by page type.

An editor may rename a section's slug or title: the links follow the page,
because they are looked up by type (one query), never by a hard-coded path.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.urls import translate_url
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from config.cache import cached
from content.pages.models import (
    CountryIndexPage,
    EventIndexPage,
    GlossaryPage,
    GuideLibraryPage,
    NewsIndexPage,
    ODAProgrammeIndexPage,
    PolicyDocumentIndexPage,
)
from content.pages.selectors import public_pages

__all__ = ["SECTIONS", "section_urls"]

# (key the templates use, page type, label in the main navigation)
SECTIONS = [
    ("countries", CountryIndexPage, _("Countries")),
    ("documents", PolicyDocumentIndexPage, _("Policy documents")),
    ("oda", ODAProgrammeIndexPage, _("ODA programmes")),
    ("guides", GuideLibraryPage, _("Guides")),
    ("events", EventIndexPage, _("Events")),
    ("news", NewsIndexPage, _("News")),
    ("glossary", GlossaryPage, _("Glossary")),
]


def section_urls(language_code: str) -> dict[str, str]:
    """{section key: URL in this language} for each section the site has; a section
    not yet translated links to its original under this language's prefix, where
    it is served as a fallback. Every page shows them: kept in the object cache."""
    return cached(f"sections:{language_code}", lambda: _section_urls(language_code))


def _section_urls(language_code: str) -> dict[str, str]:
    types = ContentType.objects.get_for_models(*[model for _key, model, _label in SECTIONS])
    source = settings.LANGUAGE_CODE
    pages = public_pages(
        Page.objects.filter(
            content_type__in=types.values(), locale__language_code__in={language_code, source}
        )
    ).select_related("locale")
    found: dict[tuple[int, str], Page] = {}
    for page in pages.order_by("path"):
        found.setdefault((page.content_type_id, page.locale.language_code), page)
    urls = {}
    for key, model, _label in SECTIONS:
        type_id = types[model].pk
        if (type_id, language_code) in found:
            urls[key] = found[(type_id, language_code)].url
        elif (type_id, source) in found:
            # translate_url resolves the path in the active language: resolve as source
            with translation.override(source):
                urls[key] = translate_url(found[(type_id, source)].url, language_code)
    return urls
