from django import template
from django.utils.html import conditional_escape, format_html
from django.utils.translation import get_language

from content.fallbacks import fallback_for
from content.i18n import language_links, seo_links

register = template.Library()


@register.simple_tag(takes_context=True)
def page_language_links(context):
    request = context.get("request")
    page = context.get("page")
    return language_links(request, page, get_language())


@register.simple_tag(takes_context=True)
def page_seo(context):
    """Canonical URL, hreflang alternates and og:locale (see content.i18n.seo_links)."""
    request = context.get("request")
    if request is None:
        return None
    return seo_links(request, context.get("page"), get_language())


@register.simple_tag(takes_context=True)
def page_fallback(context):
    """The `content.fallbacks.Fallback` when the page stands in for a missing translation."""
    return fallback_for(context.get("request"), context.get("page"))


@register.filter
def lang_span(text, code):
    """Mark text in another language than the page: `{{ c.name_local|lang_span:c.name_local_lang }}`
    gives `<span lang="km">កម្ពុជា</span>` on a non-Khmer page, the plain (escaped) text otherwise."""
    if not text:
        return ""
    current = get_language()
    if not code or code == current:
        return conditional_escape(text)
    return format_html('<span lang="{}">{}</span>', code, text)
