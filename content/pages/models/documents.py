"""Policy documents: laws, regulations, guidelines, reports, with a file per language."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import StreamField
from wagtail_localize.fields import SynchronizedField, TranslatableField

from content.pages.blocks import BodyStreamBlock
from content.pages.selectors import related_for

from .base import AtlasPage, page_tabs
from .relations import CountryLink, LanguageFile, TaggedPageMixin, TopicLink

__all__ = [
    "DocumentType",
    "FilePage",
    "PolicyDocumentPage",
    "PolicyDocumentCountry",
    "PolicyDocumentTopic",
    "PolicyDocumentFile",
]


class DocumentType(models.TextChoices):
    LAW = "law", _("Law")
    REGULATION = "regulation", _("Regulation")
    GUIDELINE = "guideline", _("Guideline")
    REPORT = "report", _("Report")
    PRESENTATION = "presentation", _("Presentation")
    CASE_STUDY = "case_study", _("Case study")


class FilePage(TaggedPageMixin, AtlasPage):
    """A publication offered as a file in one or more languages (`files`, an inline
    of LanguageFile), with its overview in `body`: policy documents and guides."""

    search_date_field = "publication_date"
    search_files = "files"

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["files"] = self.files.select_related("document")
        context["related"] = related_for(request, self)
        return context


class PolicyDocumentPage(FilePage):
    document_type = models.CharField(
        _("document type"),
        max_length=20,
        choices=DocumentType.choices,
        help_text=_("What kind of document this is; visitors filter by it."),
    )
    issuing_body = models.CharField(
        _("issuing body"),
        max_length=255,
        help_text=_("Who issued or wrote it, e.g. Public Procurement Service (PPS)."),
    )
    publication_date = models.DateField(
        _("publication date"), help_text=_("When it was issued or published.")
    )
    body = StreamField(
        BodyStreamBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("An overview of the document: what it covers and why it matters."),
    )
    source_url = models.URLField(
        _("source URL"),
        blank=True,
        help_text=_("Where the original is published, for documents from a public source."),
    )

    translatable_fields = AtlasPage.translatable_fields + [
        TranslatableField("issuing_body"),
        TranslatableField("body"),
        SynchronizedField("document_type"),
        SynchronizedField("publication_date"),
        SynchronizedField("source_url"),
        SynchronizedField("countries"),
        SynchronizedField("topics"),
        SynchronizedField("files"),
    ]
    content_panels = AtlasPage.content_panels + [FieldPanel("body")]
    details_panels = [
        FieldPanel("document_type"),
        FieldPanel("issuing_body"),
        FieldPanel("publication_date"),
        FieldPanel("source_url"),
        InlinePanel("countries", label=_("Countries"), heading=_("Countries")),
        InlinePanel("topics", label=_("Topics"), heading=_("Topics")),
    ]
    files_panels = [InlinePanel("files", label=_("File"), heading=_("Files, one per language"))]
    edit_handler = page_tabs(
        (content_panels, _("Content")),
        (details_panels, _("Details")),
        (files_panels, _("Files")),
    )

    parent_page_types = ["pages.PolicyDocumentIndexPage"]
    subpage_types = []
    template = "pages/policy_document_page.html"
    search_type = "policy_document"
    search_text_fields = ("issuing_body", "body")

    class Meta:
        verbose_name = _("policy document")


class PolicyDocumentCountry(CountryLink):
    page = ParentalKey(PolicyDocumentPage, on_delete=models.CASCADE, related_name="countries")


class PolicyDocumentTopic(TopicLink):
    page = ParentalKey(PolicyDocumentPage, on_delete=models.CASCADE, related_name="topics")


class PolicyDocumentFile(LanguageFile):
    page = ParentalKey(PolicyDocumentPage, on_delete=models.CASCADE, related_name="files")
