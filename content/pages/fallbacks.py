"""Serve the default-language original where a translation is missing.

A page that exists in English but has no live translation in the requested
locale is served at the translated path (``/km/<same path>``) from the English
tree, with a notice. Slugs are synchronised across translations
(``SynchronizedField("slug")`` on ``AtlasPage``), so "the same path" in
another locale names the same page.

Why a wrapper around Wagtail's ``serve`` view rather than wagtail-localize's
synchronised tree of alias pages: aliases exist only where the locale's tree
was synchronised when the page was created, they look like real translations
to ``get_translations()`` and to search, and they would have to be created and
kept for every page in every locale. Routing the missing path in the default
locale's tree needs no data, cannot go stale, and works for every page type
(routable pages included, since ``route`` is the page's own). Alias pages that
do exist (made by wagtail-localize's tree sync) are treated as fallbacks too:
``fallback_for`` marks them, so the notice and the switcher stay truthful.
"""

import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.http import Http404
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site
from wagtail.url_routing import RouteResult
from wagtail.views import serve as wagtail_serve

from config.cache import cached
from content.data import names

__all__ = ["Fallback", "fallback_for", "find_page", "route_in_locale", "serve_with_fallback"]

REQUEST_ATTR = "atlas_fallback"


@dataclass(frozen=True)
class Fallback:
    """The page shown (``original``, in ``source_language``) in place of ``language``."""

    original: Page
    language: str
    source_language: str

    @property
    def language_name(self) -> str:
        return language_name(self.language)

    @property
    def source_language_name(self) -> str:
        return language_name(self.source_language)


def language_name(code: str) -> str:
    """The language's name in the active language, from CLDR (settings' LANGUAGES name
    a language CLDR does not)."""
    return names.language_name(code) or str(dict(settings.LANGUAGES).get(code, code))


def route_in_locale(request, path: str, language_code: str):
    """Route ``path`` in the site's tree for one locale: (page, args, kwargs) or None."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    try:
        locale = Locale.objects.get(language_code=language_code)
    except Locale.DoesNotExist:
        return None
    root = site.root_page
    if root.locale_id != locale.pk:
        root = root.get_translation_or_none(locale)
    if root is None:
        return None
    components = [component for component in path.split("/") if component]
    try:
        return root.specific.route(request, components)
    except Http404:
        return None


def site_for_request(request):
    """Wagtail's ``Site.find_for_request``, whose query (a few CASE expressions to
    rank the hostname matches) costs more to build than to run, kept in the object
    cache per host and port; the request keeps it where Wagtail looks for it."""
    if not hasattr(request, "_wagtail_site"):
        host = f"{request._get_raw_host()}|{request.get_port()}"
        digest = hashlib.sha256(host.encode()).hexdigest()  # any Host header makes a valid key
        request._wagtail_site = cached(f"site:{digest}", lambda: Site.find_for_request(request))
    return request._wagtail_site


def find_page(request, path: str):
    """(page, Fallback or None) for the page at ``path`` in the active language or, where
    it has no live translation there, in the default language's tree; None when no
    page has that path. Two queries whatever the depth (one on ``url_path``, one for
    the specific page), where routing down the tree costs two per level: the roots
    of each locale's tree come from Wagtail's cached site root paths."""
    site = site_for_request(request)
    if site is None:
        return None
    language = get_language()
    # Which page a path names changes only with content (publish, move, slug
    # change): kept in the object cache. Privacy is not decided here: Wagtail's
    # serve checks the page's view restrictions on every request.
    digest = hashlib.sha256(path.encode()).hexdigest()  # any path makes a valid key
    key = f"find-page:{site.pk}:{language}:{digest}"
    return cached(key, lambda: _find_page(site, language, path))


def _find_page(site, language, path):
    source = settings.LANGUAGE_CODE
    roots = {
        r.language_code: r.root_path for r in Site.get_site_root_paths() if r.site_id == site.pk
    }
    tail = "".join(f"{component}/" for component in path.split("/") if component)
    wanted = {
        roots[code] + tail: code for code in dict.fromkeys((language, source)) if code in roots
    }
    found = {page.url_path: page for page in Page.objects.live().filter(url_path__in=wanted)}
    for url_path, code in wanted.items():
        if url_path in found:
            page = found[url_path]
            model = page.specific_class or Page
            # An alias's original comes along: `fallback_for` shows it.
            page = model.objects.select_related("locale", "alias_of__locale").get(pk=page.pk)
            return page, (Fallback(page, language, code) if code != language else None)
    return None


def serve_with_fallback(request, path: str):
    """Wagtail's ``serve``, falling back to the default locale's page for a missing path."""
    found = find_page(request, path)
    if found is not None:
        page, fallback = found
        # Wagtail's serve (hooks: privacy, passwords, before_serve_page) takes the route from here.
        request._wagtail_route_for_request = RouteResult(page)
        if fallback is not None:
            setattr(request, REQUEST_ATTR, fallback)
        return wagtail_serve(request, path)
    # Not a page's own path: a page type that routes sub-paths itself would answer here.
    if Page.route_for_request(request, path) is not None:
        return wagtail_serve(request, path)
    language = get_language()
    source_language = settings.LANGUAGE_CODE
    if language == source_language:
        raise Http404
    route = route_in_locale(request, path, source_language)
    if route is None:
        raise Http404
    page, args, kwargs = route
    setattr(request, REQUEST_ATTR, Fallback(page, language, source_language))
    request._wagtail_route_for_request = route
    return wagtail_serve(request, path)


def fallback_for(request, page) -> Fallback | None:
    """Whether the page being rendered stands in for a missing translation: served by
    `serve_with_fallback`, an alias of a page in another locale, or a page whose locale
    is not the active language (Wagtail's own `Page.localized` silently answers with
    the source page when a locale has no translation of the site's root)."""
    fallback = getattr(request, REQUEST_ATTR, None) if request is not None else None
    if fallback is not None:
        return fallback
    if page is None or not getattr(page, "locale_id", None):
        return None
    alias_of_id = getattr(page, "alias_of_id", None)
    if alias_of_id:
        original = page.alias_of  # loaded with the page when `find_page` found it
        if original is not None and original.locale_id != page.locale_id:
            return Fallback(original, page.locale.language_code, original.locale.language_code)
    if getattr(request, "is_preview", False):
        return None  # an admin preview runs in the editor's UI language, not the page's
    language = get_language()
    languages = {code for code, _name in settings.LANGUAGES}
    if language in languages and page.locale.language_code != language:
        return Fallback(page, language, page.locale.language_code)
    return None
