"""Template filters for locale-aware formatting in the active language.

{% load locale_format %}
{{ page.first_published_at|locale_date }}        {{ value|locale_date:"long" }}
{{ 1234567.5|locale_number }}                    {{ ratio|locale_number:2 }}
{{ 45.5|locale_percent }}                        {{ amount|locale_currency:"KRW" }}
{% for c in countries|collate:"name" %}...{% endfor %}
"""

from django import template

from content.comparison.table import format_value
from content.data import formatting, names

register = template.Library()


@register.filter
def locale_date(value, format="medium"):
    return formatting.format_date(value, format=format or "medium")


@register.filter
def locale_number(value, decimals=None):
    return formatting.format_number(
        value, decimals=None if decimals in (None, "") else int(decimals)
    )


@register.filter
def locale_percent(value):
    return formatting.format_percent(value)


@register.filter
def locale_currency(value, currency):
    return formatting.format_currency(value, currency)


@register.filter
def collate(items, key=None):
    """Sort a list by the active locale's collation, optionally by an attribute or key."""
    return formatting.collate_sort(items or [], key or None)


@register.filter
def indicator_value(value, indicator):
    """An IndicatorValue as a reader expects it: Yes/No translated, numbers in the
    locale's style, categories as entered. The unit is left to the template."""
    if value is None:
        return ""
    return format_value(value.value, indicator.value_type, "")


@register.filter
def locale_filesize(size):
    """Bytes as B, KB or MB with the locale's decimal sign (1,5 MB in id, 1.5 MB in en)."""
    if size in (None, ""):
        return ""
    size = float(size)
    for unit in ("B", "KB", "MB"):
        if size < 1024 or unit == "MB":
            break
        size /= 1024
    return f"{formatting.format_number(round(size, 1 if unit != 'B' else 0))} {unit}"


@register.filter
def language_name(code):
    """A language's name in the active language, from CLDR: ``{{ "vi"|language_name }}``."""
    return names.language_name(code) or code
