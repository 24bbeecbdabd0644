"""The home page: the way into every section, with the newest material."""

from django.db import models
from django.template.loader import render_to_string
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail_localize.fields import TranslatableField

from config.cache import cached
from content.data.formatting import collate_sort
from content.pages.selectors import listing_queryset

from .base import AtlasPage
from .documents import PolicyDocumentPage
from .events import EventPage
from .profiles import CountryProfilePage
from .programmes import GuidePage

__all__ = ["HomePage", "home_sections"]


class HomePage(AtlasPage):
    intro = models.TextField(_("introduction"), blank=True)

    translatable_fields = AtlasPage.translatable_fields + [TranslatableField("intro")]
    content_panels = AtlasPage.content_panels + [FieldPanel("intro")]
    max_count_per_parent = 1
    template = "pages/home_page.html"

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The sections as rendered: the same for every visitor reading this language on
        # this site (the links are relative on their own site only), and only public
        # pages, so kept in the object cache, which a publish, unpublish or view
        # restriction retires. Rendering their links cost more than the rest of the page.
        where = f"{self.pk}:{get_language()}:{request.get_host()}"
        context["sections_html"] = cached(
            f"home-sections:{where}", lambda: self.render_sections(request)
        )
        return context

    def render_sections(self, request) -> str:
        context = {"page": self, "request": request, **home_sections(self.locale)}
        return render_to_string("pages/home_sections.html", context, request=request)


def home_sections(locale) -> dict:
    """What the home page shows: the country systems and the newest material.

    A fixed number of queries; pages not yet translated fall back to English.
    """
    profiles = listing_queryset(CountryProfilePage, locale, {}, None).select_related("country")
    documents = listing_queryset(PolicyDocumentPage, locale, {}, "publication_date")
    guides = listing_queryset(GuidePage, locale, {}, "publication_date")
    events = listing_queryset(EventPage, locale, {}, "start_date")
    return {
        "country_profiles": collate_sort(profiles, "title", locale.language_code),
        "latest_documents": list(documents.order_by("-publication_date", "-pk")[:4]),
        "latest_guides": list(guides.order_by("-publication_date", "-pk")[:3]),
        "latest_events": list(events.order_by("-start_date", "-pk")[:3]),
    }
