"""Country profile pages: a narrative of the national system plus its indicator values."""

from django.db import models
from django.template.loader import render_to_string
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail_localize.fields import SynchronizedField, TranslatableField

from config.cache import cached
from content.data.selectors import country_values_by_pillar, localized
from content.pages.blocks import ProfileStreamBlock
from content.pages.blocks.streams import SourcesStreamBlock

from .base import AtlasPage, page_tabs

__all__ = ["CountryProfilePage"]


class CountryProfilePage(AtlasPage):
    country = models.ForeignKey(
        "data.Country",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("country"),
        help_text=_("The country this profile describes; its indicator values appear below."),
    )
    body = StreamField(
        ProfileStreamBlock(),
        blank=True,
        verbose_name=_("narrative"),
        help_text=_(
            "Sections on the legal framework, central purchasing body, e-procurement, "
            "thresholds, complaints and review, sustainable and SME policies."
        ),
    )
    eproc_system_name = models.CharField(
        _("e-procurement system"),
        max_length=200,
        blank=True,
        help_text=_("Name of the national e-procurement system, e.g. KONEPS."),
    )
    eproc_launch_year = models.PositiveSmallIntegerField(
        _("launch year"), null=True, blank=True, help_text=_("Year the system went live.")
    )
    eproc_url = models.URLField(_("system URL"), blank=True, help_text=_("Public web address."))
    sources = StreamField(
        SourcesStreamBlock(),
        blank=True,
        verbose_name=_("sources"),
        help_text=_("Public sources for the facts in the narrative: title, URL and year."),
    )

    translatable_fields = AtlasPage.translatable_fields + [
        TranslatableField("body"),
        TranslatableField("eproc_system_name"),
        SynchronizedField("country"),
        SynchronizedField("eproc_launch_year"),
        SynchronizedField("eproc_url"),
        SynchronizedField("sources"),
    ]
    content_panels = AtlasPage.content_panels + [FieldPanel("country"), FieldPanel("body")]
    system_panels = [
        MultiFieldPanel(
            [
                FieldPanel("eproc_system_name"),
                FieldPanel("eproc_launch_year"),
                FieldPanel("eproc_url"),
            ],
            heading=_("E-procurement system"),
        ),
        FieldPanel("sources"),
    ]
    edit_handler = page_tabs(
        (content_panels, _("Content")), (system_panels, _("System and sources"))
    )

    parent_page_types = ["pages.CountryIndexPage"]
    subpage_types = []
    template = "pages/country_profile_page.html"
    search_type = "country_profile"
    search_text_fields = ("eproc_system_name", "body")

    class Meta:
        verbose_name = _("country profile")

    def country_codes(self) -> list[str]:
        return [self.country.code]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The indicator tables, rendered: the same for every visitor reading this
        # language until a value, indicator or country is saved (content models: each
        # save retires the object cache). About forty values formatted by Babel and a
        # row each of template; the active language, not only the page's locale, as a
        # fallback page formats numbers and says Yes/No in the reader's language.
        key = f"country-values:{self.country_id}:{self.locale_id}:{get_language()}"
        context["country"], context["indicators_html"] = cached(key, self._indicators)
        return context

    def _indicators(self):
        pillars, years = country_values_by_pillar(self.country, self.locale_id)
        country = localized([self.country], self.locale_id)[0]
        has_sample_values = any(
            row["latest"].is_sample or any(c and c.is_sample for c in row["cell_list"])
            for p in pillars
            for row in p["rows"]
        )
        html = render_to_string(
            "components/country_indicators.html",
            {
                "country": country,
                "pillars": pillars,
                "years": years,
                "has_sample_values": has_sample_values,
            },
        )
        return country, html
