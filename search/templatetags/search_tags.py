from django import template

from search.presenters import type_label

register = template.Library()


@register.filter
def search_type_label(value: str) -> str:
    """A result's type as readers see it ('policy_document' -> 'Policy document')."""
    return type_label(value)
