from django import template
from django.conf import settings

from search.presenters import type_label

register = template.Library()


@register.filter
def search_type_label(value: str) -> str:
    """A result's type as readers see it ('policy_document' -> 'Policy document')."""
    return type_label(value)


@register.filter
def language_label(code: str) -> str:
    """A language's name in the reader's language ('en' on a km page: ភាសាអង់គ្លេស)."""
    return str(dict(settings.LANGUAGES).get(code, code))
