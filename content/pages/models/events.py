"""Events (policy sessions, workshops, visits) and news, with materials and photos."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.fields import StreamField
from wagtail_localize.fields import SynchronizedField, TranslatableField

from content.pages.blocks import BodyStreamBlock
from content.pages.blocks.streams import SourcesStreamBlock
from content.pages.selectors import related_for

from .base import AtlasPage, page_tabs
from .relations import CountryLink, LanguageFile, Photo, TaggedPageMixin, TopicLink

__all__ = [
    "EventType",
    "EventPage",
    "EventCountry",
    "EventTopic",
    "EventMaterial",
    "EventPhoto",
    "NewsPage",
    "NewsCountry",
    "NewsTopic",
    "NewsPhoto",
]


class EventType(models.TextChoices):
    POLICY_SESSION = "policy_session", _("Policy session")
    WORKSHOP = "workshop", _("Workshop")
    VISIT = "visit", _("Study visit")
    CONFERENCE = "conference", _("Conference")
    TRAINING = "training", _("Training")


class _StoryPage(TaggedPageMixin, AtlasPage):
    """Fields events and news share."""

    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))
    sources = StreamField(
        SourcesStreamBlock(),
        blank=True,
        verbose_name=_("sources"),
        help_text=_("Public sources for the facts reported here: title, URL and year."),
    )

    search_text_fields = ("body",)
    search_date_field = "date"

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["photos"] = self.photos.select_related("image")
        context["related"] = related_for(request, self)
        return context


class EventPage(_StoryPage):
    event_type = models.CharField(
        _("kind of event"),
        max_length=20,
        choices=EventType.choices,
        help_text=_("Visitors filter events by it."),
    )
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("Leave empty for a one-day event.")
    )
    place = models.CharField(
        _("place"), max_length=255, help_text=_("Venue and city, e.g. Korea Press Center, Seoul.")
    )
    organiser = models.CharField(_("organiser"), max_length=255, blank=True)

    translatable_fields = AtlasPage.translatable_fields + [
        TranslatableField("place"),
        TranslatableField("organiser"),
        TranslatableField("body"),
        SynchronizedField("event_type"),
        SynchronizedField("start_date"),
        SynchronizedField("end_date"),
        SynchronizedField("sources"),
        SynchronizedField("countries"),
        SynchronizedField("topics"),
        SynchronizedField("materials"),
        SynchronizedField("photos"),
    ]
    content_panels = AtlasPage.content_panels + [
        FieldPanel("event_type"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")], heading=_("Dates")),
        FieldPanel("place"),
        FieldPanel("organiser"),
        FieldPanel("body"),
    ]
    details_panels = [
        InlinePanel("countries", label=_("Country"), heading=_("Participating countries")),
        InlinePanel("topics", label=_("Topic"), heading=_("Topics")),
        FieldPanel("sources"),
    ]
    media_panels = [
        InlinePanel("materials", label=_("Material"), heading=_("Materials")),
        InlinePanel("photos", label=_("Photo"), heading=_("Photos")),
    ]
    edit_handler = page_tabs(
        (content_panels, _("Content")),
        (details_panels, _("Countries and sources")),
        (media_panels, _("Materials and photos")),
    )

    parent_page_types = ["pages.EventIndexPage"]
    subpage_types = []
    template = "pages/event_page.html"
    search_type = "event"
    search_text_fields = ("place", "body")
    search_files = "materials"

    class Meta:
        verbose_name = _("event")

    @property
    def date(self):
        return self.start_date

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["materials"] = self.materials.select_related("document")
        return context


class EventCountry(CountryLink):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="countries")


class EventTopic(TopicLink):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="topics")


class EventMaterial(LanguageFile):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="materials")


class EventPhoto(Photo):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="photos")


class NewsPage(_StoryPage):
    date = models.DateField(_("date"), help_text=_("The date the news is about or was announced."))

    translatable_fields = AtlasPage.translatable_fields + [
        TranslatableField("body"),
        SynchronizedField("date"),
        SynchronizedField("sources"),
        SynchronizedField("countries"),
        SynchronizedField("topics"),
        SynchronizedField("photos"),
    ]
    content_panels = AtlasPage.content_panels + [FieldPanel("date"), FieldPanel("body")]
    details_panels = [
        InlinePanel("countries", label=_("Country"), heading=_("Countries")),
        InlinePanel("topics", label=_("Topic"), heading=_("Topics")),
        InlinePanel("photos", label=_("Photo"), heading=_("Photos")),
        FieldPanel("sources"),
    ]
    edit_handler = page_tabs(
        (content_panels, _("Content")), (details_panels, _("Countries, photos and sources"))
    )

    parent_page_types = ["pages.NewsIndexPage"]
    subpage_types = []
    template = "pages/news_page.html"
    search_type = "news"

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")


class NewsCountry(CountryLink):
    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="countries")


class NewsTopic(TopicLink):
    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="topics")


class NewsPhoto(Photo):
    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="photos")
