"""Which language versions of a page or a view exist, for switchers, hreflang and SEO."""

import hashlib
from dataclasses import dataclass, field
from functools import cache

from babel.core import get_global
from django.conf import settings
from django.conf.locale import LANG_INFO
from django.urls import translate_url
from wagtail.models import Page

from config.cache import cached
from content.pages.fallbacks import fallback_for, site_for_request
from content.pages.selectors import public_pages


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name_local: str
    url: str
    translated: bool  # a real translation exists (else the link shows a fallback)
    current: bool
    page: Page | None = None  # that translation, when it is a page's
    href: str = ""  # where the switcher goes: `url` with the request's filters kept


@dataclass(frozen=True)
class SeoLinks:
    canonical: str
    alternates: list[tuple[str, str]]  # (hreflang, absolute URL), x-default last
    og_locale: str
    og_locale_alternates: list[str] = field(default_factory=list)


def language_name_local(code: str) -> str:
    return LANG_INFO.get(code, {}).get("name_local", code)


@cache
def og_locale(code: str) -> str:
    """Open Graph's language_TERRITORY for a language code (CLDR likely subtags): km -> km_KH."""
    code = getattr(settings, "CLDR_LOCALES", {}).get(code, code)  # pt -> pt_TL
    likely = get_global("likely_subtags").get(code.replace("-", "_").lower(), code)
    parts = likely.split("_")
    territory = next((p for p in parts[1:] if len(p) == 2 and p.isalpha()), None)
    return f"{parts[0]}_{territory}" if territory else parts[0]


def real_translations(page: Page | None) -> dict[str, Page]:
    """Live translations of a page by language code; alias pages are not translations.

    The pages, not their URLs (those depend on the request's site), are kept in
    the object cache: every language version of a page asks for the same set."""
    if page is None or not page.pk:
        return {}
    return cached(f"translations:{page.translation_key}", lambda: _real_translations(page))


def _real_translations(page: Page) -> dict[str, Page]:
    translations = public_pages(
        page.get_translations(inclusive=True).filter(alias_of__isnull=True)
    ).select_related("locale")
    return {t.locale.language_code: t for t in translations}


def language_links(request, page: Page | None, current: str) -> list[LanguageLink]:
    """One link per configured language, to the same page or view in that language.

    A language without a live translation links to the same path under its
    prefix, where `content.pages.fallbacks` serves the original with a notice.
    The switcher and the hreflang links both ask: worked out once per request.
    """
    memo = request.__dict__.setdefault("atlas_language_links", {}) if request else {}
    key = (page.pk if page is not None else None, current)
    if key not in memo:
        memo[key] = _language_links(request, page, current)
    return memo[key]


def _language_links(request, page, current):
    translations = real_translations(page)
    query = request.META.get("QUERY_STRING", "") if request else ""
    urls = language_urls(request, page, current, translations)
    links = []
    for code, _name in settings.LANGUAGES:
        translation = translations.get(code)
        url = urls[code]
        if translation is not None:
            href, translated = (f"{url}?{query}" if query else url), True  # a listing's filters
        else:
            url = f"{url}?{query}" if query else url
            href, translated = url, page is None  # a view: only UI strings to translate
        links.append(
            LanguageLink(
                code,
                language_name_local(code),
                url,
                translated,
                code == current,
                page=translation,
                href=href,
            )
        )
    return links


def language_urls(request, page, current, translations) -> dict[str, str]:
    """{code: path} of the page or view in each language, without the query string.

    Ten `get_url` or `translate_url` calls (a URL resolve each) that only a publish,
    move or slug change alters: kept in the object cache per page (or view path),
    site and language. A 404's path is not kept: any path can ask."""
    match = getattr(request, "resolver_match", None)
    if (
        request is None
        or page is None
        and (match is None or match.url_name in (None, "wagtail_serve"))
    ):
        return _language_urls(request, translations)
    site = site_for_request(request)
    digest = hashlib.sha256(request.path.encode()).hexdigest()  # any path makes a valid key
    page_id = page.pk if page is not None else "-"
    key = f"language-urls:{page_id}:{site and site.pk}:{current}:{digest}"
    return cached(key, lambda: _language_urls(request, translations))


def _language_urls(request, translations):
    urls = {}
    for code, _name in settings.LANGUAGES:
        translation = translations.get(code)
        if translation is not None:
            urls[code] = translation.get_url(request=request)
        elif request is not None:
            urls[code] = translate_url(request.path, code)
        else:
            urls[code] = f"/{code}/"
    return urls


def seo_links(request, page: Page | None, current: str) -> SeoLinks:
    """Canonical URL, hreflang alternates (with x-default) and og:locale for a response."""
    links = language_links(request, page, current)
    fallback = fallback_for(request, page)
    # A fallback repeats the original: search engines should index the original.
    canonical = fallback.original.get_url(request=request) if fallback else request.path
    alternates = [
        (link.code, request.build_absolute_uri(link.url)) for link in links if link.translated
    ]
    default = dict(alternates).get(settings.LANGUAGE_CODE) or (
        alternates[0][1] if alternates else None
    )
    if default:
        alternates.append(("x-default", default))
    return SeoLinks(
        canonical=request.build_absolute_uri(canonical),
        alternates=alternates,
        og_locale=og_locale(current),
        og_locale_alternates=[og_locale(code) for code, _url in alternates[:-1] if code != current],
    )
