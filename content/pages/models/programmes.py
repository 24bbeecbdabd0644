"""ODA programmes and the downloadable guides that come out of them."""

import datetime

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

from content.pages.blocks import BodyStreamBlock
from content.pages.selectors import public_pages

from .base import AtlasPage, page_tabs
from .documents import FilePage
from .relations import CountryLink, LanguageFile, TaggedPageMixin, TopicLink

__all__ = [
    "ODAProgrammePage",
    "ODAProgrammeCountry",
    "ODAProgrammeTopic",
    "ODAProgrammeRelated",
    "ODAProgrammeMaterial",
    "GuidePage",
    "GuideCountry",
    "GuideTopic",
    "GuideFile",
]

RICH = ["bold", "italic", "link", "ol", "ul"]


class ODAProgrammePage(TaggedPageMixin, AtlasPage):
    start_year = models.PositiveSmallIntegerField(_("start year"))
    end_year = models.PositiveSmallIntegerField(
        _("end year"), null=True, blank=True, help_text=_("Leave empty while it is running.")
    )
    implementing_bodies = models.CharField(
        _("implementing bodies"),
        max_length=500,
        help_text=_(
            "Who carries it out, e.g. PPS with KOICA and the partner's procurement agency."
        ),
    )
    objectives = RichTextField(
        _("objectives"),
        features=RICH,
        blank=True,
        help_text=_("What the programme sets out to achieve."),
    )
    activities = RichTextField(
        _("activities"),
        features=RICH,
        blank=True,
        help_text=_("What was done: consulting, training, systems built."),
    )
    results = RichTextField(
        _("results"),
        features=RICH,
        blank=True,
        help_text=_("What came of it, with figures where there are any."),
    )
    contacts = RichTextField(
        _("contacts"),
        features=RICH,
        blank=True,
        help_text=_("Office or role to contact; no personal phone numbers."),
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("more detail"))

    translatable_fields = AtlasPage.translatable_fields + [
        TranslatableField("implementing_bodies"),
        TranslatableField("objectives"),
        TranslatableField("activities"),
        TranslatableField("results"),
        TranslatableField("contacts"),
        TranslatableField("body"),
        SynchronizedField("start_year"),
        SynchronizedField("end_year"),
        SynchronizedField("countries"),
        SynchronizedField("topics"),
        SynchronizedField("related_links"),
        SynchronizedField("files"),
    ]
    content_panels = AtlasPage.content_panels + [
        FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")], heading=_("Years")),
        FieldPanel("implementing_bodies"),
        InlinePanel("countries", label=_("Partner country"), heading=_("Partner countries")),
        InlinePanel("topics", label=_("Topic"), heading=_("Topics")),
    ]
    programme_panels = [
        FieldPanel("objectives"),
        FieldPanel("activities"),
        FieldPanel("results"),
        FieldPanel("contacts"),
        FieldPanel("body"),
    ]
    related_panels = [
        InlinePanel("files", label=_("Language version"), heading=_("Materials")),
        InlinePanel(
            "related_links", label=_("Related page"), heading=_("Related guides and documents")
        ),
    ]
    edit_handler = page_tabs(
        (content_panels, _("Content")),
        (programme_panels, _("Programme")),
        (related_panels, _("Related")),
    )

    parent_page_types = ["pages.ODAProgrammeIndexPage"]
    subpage_types = []
    template = "pages/oda_programme_page.html"
    search_type = "oda_programme"
    search_text_fields = ("implementing_bodies", "objectives", "activities", "results", "body")
    search_date_field = "date"
    search_files = "files"

    class Meta:
        verbose_name = _("ODA programme")

    @property
    def date(self):
        return datetime.date(self.start_year, 1, 1)

    def materials(self) -> list:
        """The files in this page's language; where it has none, the English ones
        (each file is labelled with its language)."""
        files = list(self.files.select_related("document"))
        for language in (self.locale.language_code, settings.LANGUAGE_CODE):
            chosen = [f for f in files if f.language == language]
            if chosen:
                return chosen
        return files

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["files"] = self.materials()
        ids = [link.related_page_id for link in self.related_links.all()]
        shown = public_pages(Page.objects.filter(pk__in=ids)).specific().in_bulk()
        context["related"] = [shown[pk] for pk in ids if pk in shown]
        return context


class ODAProgrammeCountry(CountryLink):
    page = ParentalKey(ODAProgrammePage, on_delete=models.CASCADE, related_name="countries")


class ODAProgrammeTopic(TopicLink):
    page = ParentalKey(ODAProgrammePage, on_delete=models.CASCADE, related_name="topics")


class ODAProgrammeRelated(Orderable):
    page = ParentalKey(ODAProgrammePage, on_delete=models.CASCADE, related_name="related_links")
    related_page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("page"),
        help_text=_("A guide or policy document from this programme."),
    )
    panels = [PageChooserPanel("related_page", ["pages.GuidePage", "pages.PolicyDocumentPage"])]


class ODAProgrammeMaterial(LanguageFile):
    page = ParentalKey(ODAProgrammePage, on_delete=models.CASCADE, related_name="files")


class GuidePage(FilePage):
    publication_date = models.DateField(_("publication date"))
    publisher = models.CharField(
        _("publisher"), max_length=255, help_text=_("Who wrote or published the guide.")
    )
    body = StreamField(
        BodyStreamBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("What the guide covers and who it is for."),
    )

    translatable_fields = AtlasPage.translatable_fields + [
        TranslatableField("publisher"),
        TranslatableField("body"),
        SynchronizedField("publication_date"),
        SynchronizedField("countries"),
        SynchronizedField("topics"),
        SynchronizedField("files"),
    ]
    content_panels = AtlasPage.content_panels + [
        FieldPanel("publication_date"),
        FieldPanel("publisher"),
        FieldPanel("body"),
    ]
    details_panels = [
        InlinePanel("files", label=_("Language version"), heading=_("Language versions")),
        InlinePanel("countries", label=_("Country"), heading=_("Countries")),
        InlinePanel("topics", label=_("Topic"), heading=_("Topics")),
    ]
    edit_handler = page_tabs((content_panels, _("Content")), (details_panels, _("Files and tags")))

    parent_page_types = ["pages.GuideLibraryPage"]
    subpage_types = []
    template = "pages/guide_page.html"
    search_type = "guide"
    search_text_fields = ("publisher", "body")

    class Meta:
        verbose_name = _("guide")


class GuideCountry(CountryLink):
    page = ParentalKey(GuidePage, on_delete=models.CASCADE, related_name="countries")


class GuideTopic(TopicLink):
    page = ParentalKey(GuidePage, on_delete=models.CASCADE, related_name="topics")


class GuideFile(LanguageFile):
    page = ParentalKey(GuidePage, on_delete=models.CASCADE, related_name="files")
