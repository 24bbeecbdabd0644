"""Names of countries, regions and languages in the reader's language, from CLDR.

Nobody types these by hand: Babel carries CLDR's names for every territory and
language in each locale it knows, so a locale added to settings gets them at once.
A language CLDR lacks (Tetum) asks the languages of its fallback chain in turn
(`LOCALE_FALLBACKS` in settings, see `formatting.locale_chain`).
"""

from content.data.formatting import babel_locales

__all__ = ["REGION_TERRITORIES", "country_name", "currency_name", "language_name", "region_name"]

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
