"""Names of countries, regions and languages in the reader's language, from CLDR.

Nobody types these by hand: Babel carries CLDR's names for every territory and
language in each locale it knows, so a locale added to settings gets them at once.
A language CLDR lacks (Tetum) asks the languages of its fallback chain in turn
(`LOCALE_FALLBACKS` in settings, see `formatting.locale_chain`).
"""

from django.utils.html import conditional_escape, format_html
from django.utils.translation import get_language

from content.data.formatting import babel_locales

__all__ = [
    "REGION_TERRITORIES",
    "country_name",
    "currency_name",
    "lang_span",
    "language_name",
    "region_name",
]

# Our regions as UN M49 areas, which CLDR names in every locale.
REGION_TERRITORIES = {
    "east_asia": "030",
    "south_east_asia": "035",
    "south_asia": "034",
    "central_asia": "143",
    "pacific": "009",
}


def _first(attribute: str, key: str, language: str | None) -> str | None:
    for locale in babel_locales(language):
        name = getattr(locale, attribute).get(key)
        if name:
            return name
    return None


def country_name(code: str, language: str | None = None) -> str | None:
    """A country's name by ISO 3166-1 alpha-2 code (any case), or None when CLDR has
    none; ``language`` None means the active language."""
    return _first("territories", (code or "").upper(), language)


def region_name(region: str, language: str | None = None) -> str | None:
    """One of `Region`'s values (``south_east_asia``) as CLDR names that area."""
    territory = REGION_TERRITORIES.get(region)
    return _first("territories", territory, language) if territory else None


def language_name(code: str, language: str | None = None) -> str | None:
    """A language's name by its Django code (``pt``, ``zh-hans``) in ``language``."""
    code = (code or "").replace("-", "_")
    return _first("languages", code, language) or _first("languages", code.split("_")[0], language)


def currency_name(code: str, language: str | None = None) -> str | None:
    """An ISO 4217 currency's name (``KRW``) in ``language``."""
    return _first("currencies", (code or "").upper(), language)


def lang_span(text, code: str) -> str:
    """Text in another language than the page's, marked so for screen readers and
    hyphenation: `<span lang="en">Share online</span>` on a Khmer page; the plain
    (escaped) text when `code` is empty or the page's own language. Templates call it
    as the `lang_span` filter; Python that writes HTML (charts) calls it directly."""
    if not text:
        return ""
    if not code or code == get_language():
        return conditional_escape(text)
    return format_html('<span lang="{}">{}</span>', code, text)
