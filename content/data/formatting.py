"""Locale-aware dates, numbers, currency and sorting, for every language the site speaks.

Babel (CLDR) formats dates, numbers and currency in all our locales alike:
Django's own format files have no Lao at all and only partial Khmer and
Mongolian formats, and none of them format currency. Sorting uses ICU's
collator (PyICU) when installed; without it, a locale-independent key that
ignores case and accents keeps lists stable and sensible.

Pure functions of (value, language): no request, no active-language lookups
unless the caller passes ``language=None``.
"""

import datetime
import unicodedata
from collections.abc import Callable, Iterable
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel import dates as babel_dates
from babel import numbers as babel_numbers
from django.conf import settings
from django.utils import timezone
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext as _

try:  # PyICU: real collation per locale (Hangul, Thai, Khmer, Lao, Vietnamese tones)
    import icu
except ImportError:  # pragma: no cover - depends on the machine
    icu = None

__all__ = [
    "babel_locale",
    "babel_locales",
    "locale_chain",
    "collate_sort",
    "collation_key",
    "format_currency",
    "format_date",
    "format_indicator_value",
    "format_number",
    "format_percent",
]

Number = int | float | Decimal


def locale_chain(language: str | None = None) -> list[str]:
    """The language, then its `LOCALE_FALLBACKS` from settings, then the site's default:
    the order in which CLDR data is looked for. None means the active language."""
    language = language or get_language() or settings.LANGUAGE_CODE
    fallbacks = getattr(settings, "LOCALE_FALLBACKS", {}).get(language, [])
    return list(dict.fromkeys([language, *fallbacks, settings.LANGUAGE_CODE]))


def babel_locales(language: str | None = None) -> list[Locale]:
    """Babel's Locales along the language's fallback chain, those CLDR has."""
    return [found for code in locale_chain(language) if (found := _cldr_locale(code))]


def babel_locale(language: str | None = None) -> Locale:
    """Babel's Locale for a Django language code (``zh-hans`` -> ``zh_Hans``), or for the
    first language of its fallback chain that CLDR has; None means the active language."""
    return babel_locales(language)[0]


@lru_cache(maxsize=64)
def _cldr_locale(language: str) -> Locale | None:
    code = getattr(settings, "CLDR_LOCALES", {}).get(language, language).replace("-", "_")
    try:
        return Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        return None


def format_date(value, language: str | None = None, format: str = "medium") -> str:
    """A date or datetime in the locale's words (``format``: short, medium, long, full or a
    CLDR pattern). Aware datetimes are shown in the site's time zone."""
    if value in (None, ""):
        return ""
    locale = babel_locale(language)
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return babel_dates.format_datetime(value, format=format, locale=locale)
    return babel_dates.format_date(value, format=format, locale=locale)


def format_number(value, language: str | None = None, decimals: int | None = None) -> str:
    """A number with the locale's grouping and decimal signs; ``decimals`` fixes the digits."""
    if value in (None, ""):
        return ""
    number = Decimal(str(value))
    locale = babel_locale(language)
    if decimals is None:
        return babel_numbers.format_decimal(number, locale=locale)
    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    return babel_numbers.format_decimal(number, format=pattern, locale=locale)


def format_percent(value, language: str | None = None) -> str:
    """``value`` given in percent (45.5 -> 45.5 %, in the locale's style)."""
    if value in (None, ""):
        return ""
    number = Decimal(str(value)) / 100
    return babel_numbers.format_percent(number, format="#,##0.#%", locale=babel_locale(language))


def format_currency(value, currency: str, language: str | None = None) -> str:
    """An amount in an ISO 4217 currency, with the currency's usual digits (KRW none)."""
    if value in (None, ""):
        return ""
    return babel_numbers.format_currency(
        Decimal(str(value)), currency.upper(), locale=babel_locale(language)
    )


@lru_cache(maxsize=16)
def _collator(language: str):
    return icu.Collator.createInstance(icu.Locale(str(babel_locale(language))))


def _fallback_key(text: str) -> tuple[str, str]:
    decomposed = unicodedata.normalize("NFKD", text)
    base = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return base, text


def collation_key(text: str, language: str | None = None):
    """A sort key that orders ``text`` as readers of ``language`` expect."""
    text = "" if text is None else str(text)
    if icu is not None:
        return _collator(language or get_language() or settings.LANGUAGE_CODE).getSortKey(text)
    return _fallback_key(text)


def collate_sort(
    items: Iterable,
    key: Callable | str | None = None,
    language: str | None = None,
    reverse: bool = False,
) -> list:
    """``items`` sorted by the locale's collation.

    ``key`` is a function, an attribute or dict key name (``"name"``), or None
    for the items themselves: ``collate_sort(countries, "name", "vi")``.
    """
    if key is None:
        get = str
    elif callable(key):
        get = key
    else:

        def get(item):
            return item[key] if isinstance(item, dict) else getattr(item, key)

    language = language or get_language() or settings.LANGUAGE_CODE
    return sorted(items, key=lambda item: collation_key(get(item), language), reverse=reverse)


def format_number_text(text, language: str | None = None) -> str:
    """An indicator value as stored (text): numbers in the locale's style, anything
    else (a category, "n/a") unchanged."""
    try:
        return format_number(Decimal(str(text).strip()), language)
    except (InvalidOperation, ValueError):
        return "" if text is None else str(text)


# The levels the benchmark's category indicators use; stored in English, shown in the
# reader's language. A category an editor adds beyond these shows as entered.
CATEGORY_LABELS = {
    "Full": pgettext_lazy("indicator category", "Full"),
    "Partial": pgettext_lazy("indicator category", "Partial"),
    "Planned": pgettext_lazy("indicator category", "Planned"),
    "None": pgettext_lazy("indicator category", "None"),
}


def format_indicator_value(value: str, value_type: str, unit: str = "") -> str:
    """A stored indicator value as readers read it, in the active language: yes/no and
    category levels translated, numbers in the locale's style with their unit. Pages,
    feeds, the change log and exports all show values through this one function."""
    if value_type == "boolean":
        return _("Yes") if value == "yes" else _("No")
    if value_type == "category":
        return str(CATEGORY_LABELS.get(value, value))
    if value_type in ("number", "percentage"):
        value = format_number_text(value)
    if unit and value_type in ("number", "percentage"):
        return f"{value}%" if unit.strip() == "%" else f"{value} {unit}"
    return value
