from django import template
from django.utils.translation import get_language

from content.i18n import language_links

register = template.Library()


@register.simple_tag(takes_context=True)
def page_language_links(context):
    request = context.get("request")
    page = context.get("page")
    return language_links(request, page, get_language())
