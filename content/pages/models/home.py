"""The home page: the way into every section, with the newest material."""

from django.db import models
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
        # The same for every visitor in a locale, and only public pages: kept in the
        # object cache, which a publish, unpublish or view restriction retires.
        code = self.locale.language_code
        context.update(cached(f"home-sections:{code}", lambda: home_sections(self.locale)))
        return context


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
