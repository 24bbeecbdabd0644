"""The abstract page every public page type builds on, and a plain page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

from content.data.models import TranslationStatusMixin

__all__ = ["AtlasPage", "StandardPage"]


class AtlasPage(TranslationStatusMixin, Page):
    """Fields and translation contract shared by every public page.

    `summary` is what listings, search snippets and social cards show.
    `is_sample` marks content that is not from a cited public source, so every
    template can label it as sample data.
    """

    summary = models.TextField(
        _("summary"),
        blank=True,
        help_text=_("One or two sentences shown in listings, search results and link previews."),
    )
    is_sample = models.BooleanField(
        _("sample data"),
        default=False,
        help_text=_(
            "Tick when this page holds invented demo content rather than facts from a cited "
            "public source; the page then says so to every visitor."
        ),
    )

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("summary"),
        SynchronizedField("slug"),
        SynchronizedField("is_sample"),
    ]

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("is_sample"),
        FieldPanel("translation_status"),
    ]

    # The facet value public search files this page under; each page type sets its own.
    search_type = "page"

    class Meta:
        abstract = True

    def search_document(self) -> dict:
        """What the public search indexes for this page (see search/indexing.py).

        Page types extend the dict: `body` is plain text, `countries` ISO codes,
        `topics` topic slugs, `attachments` Wagtail documents whose text is extracted.
        """
        published = self.first_published_at or self.latest_revision_created_at
        return {
            "title": self.title,
            "summary": self.summary,
            "body": "",
            "countries": [],
            "topics": [],
            "date": published.date() if published else None,
            "attachments": [],
        }


class StandardPage(AtlasPage):
    """A plain page of text (about, contact, legal notices)."""

    body = RichTextField(_("body"), blank=True)

    translatable_fields = AtlasPage.translatable_fields + [TranslatableField("body")]
    content_panels = AtlasPage.content_panels + [FieldPanel("body")]
    template = "pages/standard_page.html"

    class Meta:
        verbose_name = _("standard page")
