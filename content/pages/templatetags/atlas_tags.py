from django import template
from django.conf import settings
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.templatetags.wagtailcore_tags import pageurl

from config.i18n import url_in_locale
from content.data import names
from content.pages.fallbacks import fallback_for
from content.pages.i18n import language_links, seo_links
from content.pages.menus import SECTIONS, section_urls

register = template.Library()


@register.simple_tag(takes_context=True)
def page_language_links(context):
    request = context.get("request")
    page = context.get("page")
    return language_links(request, page, get_language())


@register.simple_tag(takes_context=True)
def reader_url(context, page):
    """Where the reader opens `page`: under their own language prefix, where a page
    with no translation is served by fallback, so the link keeps them in it."""
    return url_in_locale(pageurl(context, page), get_language())


@register.simple_tag(takes_context=True)
def page_seo(context):
    """Canonical URL, hreflang alternates and og:locale (see content.pages.i18n.seo_links)."""
    request = context.get("request")
    if request is None:
        return None
    return seo_links(request, context.get("page"), get_language())


@register.simple_tag(takes_context=True)
def page_fallback(context):
    """The `content.pages.fallbacks.Fallback` when the page stands in for a missing translation."""
    return fallback_for(context.get("request"), context.get("page"))


@register.simple_tag(takes_context=True)
def page_draft_original(context):
    """The source-locale original when the page is a published translation nobody has
    reviewed yet (see `TranslationStatusMixin`), else None."""
    page = context.get("page")
    if not getattr(page, "is_draft_translation", False):
        return None
    # The language links have loaded every translation already (once per request).
    links = language_links(context.get("request"), page, get_language())
    return next(
        (link.page for link in links if link.code == settings.LANGUAGE_CODE and link.page), page
    )


@register.filter
def lang_span(text, code):
    """Mark text in another language than the page: `{{ c.name_local|lang_span:c.name_local_lang }}`
    gives `<span lang="km">កម្ពុជា</span>` on a non-Khmer page, the plain (escaped) text otherwise
    (content.data.names.lang_span, the one place that decides)."""
    return names.lang_span(text, code)


@register.simple_tag(takes_context=True)
def site_sections(context):
    """{key: url} of the site's sections in the active language, once per request."""
    request = context.get("request")
    language = get_language()
    cached = getattr(request, "_atlas_sections", None) if request is not None else None
    if cached is None or cached[0] != language:
        cached = (language, section_urls(language))
        if request is not None:
            request._atlas_sections = cached
    return cached[1]


@register.simple_tag(takes_context=True)
def main_menu(context):
    """[(label, url)] for the main navigation: the sections in the order of `SECTIONS`,
    with the compare tool after the first."""
    urls = site_sections(context)
    menu = [(label, urls[key]) for key, _model, label in SECTIONS if key in urls]
    menu.insert(1, (_("Compare"), reverse("compare")))
    return menu
