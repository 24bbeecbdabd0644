"""`/sitemap.xml`: every live page in every locale, each with its hreflang alternates.

Wagtail's own Sitemap lists the default site's root and its descendants, which
is the English tree only. This one lists each locale's tree and adds, to every
URL, ``<xhtml:link rel="alternate" hreflang>`` for each real translation plus
``x-default`` (Django's ``sitemap.xml`` template renders ``url.alternates``).
Fallback URLs (a locale prefix serving the English original) are not listed:
they repeat the original, whose canonical URL is the English one.
"""

from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

__all__ = ["AtlasSitemap"]


class AtlasSitemap(Sitemap):
    def items(self):
        site = self.get_wagtail_site()
        roots = site.root_page.get_translations(inclusive=True).live()
        in_any_tree = Q()
        for root in roots:
            in_any_tree |= Q(path__startswith=root.path)
        if not in_any_tree:
            return Page.objects.none()
        return (
            Page.objects.live()
            .public()
            .filter(in_any_tree, alias_of__isnull=True)
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _alternates_by_key(self, pages) -> dict:
        """translation_key -> {language code: absolute URL} for live, real translations."""
        keys = {page.translation_key for page in pages}
        translations = (
            Page.objects.live()
            .public()
            .filter(translation_key__in=keys, alias_of__isnull=True)
            .select_related("locale")
        )
        by_key = defaultdict(dict)
        for translation in translations:
            url = self.absolute_url(translation)
            if url:
                by_key[translation.translation_key][translation.locale.language_code] = url
        return by_key

    def absolute_url(self, page) -> str | None:
        """The page's URL on the host the sitemap was asked for, not the Site's stored
        hostname (the demo's `localhost`)."""
        path = page.get_url(self.request)
        if not path or self.request is None:
            return path
        return self.request.build_absolute_uri(path)

    def alternates_for(self, urls_by_language: dict[str, str]) -> list[dict]:
        order = [code for code, _name in settings.LANGUAGES]
        alternates = [
            {"lang_code": code, "location": urls_by_language[code]}
            for code in sorted(
                urls_by_language, key=lambda c: order.index(c) if c in order else len(order)
            )
        ]
        default = urls_by_language.get(settings.LANGUAGE_CODE)
        if default is None and alternates:
            default = alternates[0]["location"]
        if default:
            alternates.append({"lang_code": "x-default", "location": default})
        return alternates

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        by_key = self._alternates_by_key(pages)
        urls, last_mods = [], set()
        for item in pages:
            alternates = self.alternates_for(by_key.get(item.translation_key, {}))
            for url_info in item.get_sitemap_urls(self.request):
                location = self.absolute_url(item) or url_info["location"]
                urls.append({**url_info, "location": location, "alternates": alternates})
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
