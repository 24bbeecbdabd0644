"""Template filters for locale-aware formatting in the active language.

{% load locale_format %}
{{ page.first_published_at|locale_date }}        {{ value|locale_date:"long" }}
{{ 1234567.5|locale_number }}                    {{ ratio|locale_number:2 }}
{{ 45.5|locale_percent }}                        {{ amount|locale_currency:"KRW" }}
{% for c in countries|collate:"name" %}...{% endfor %}
"""

from django import template

from content import formatting

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
