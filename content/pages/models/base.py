"""The abstract page every public page type builds on, and a plain page."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList, TabbedInterface
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.rich_text import get_text_for_indexing
from wagtail_localize.fields import SynchronizedField, TranslatableField

from content.data.models import TranslationStatusMixin
from content.pages.blocks import stream_text

__all__ = ["AtlasPage", "StandardPage", "page_tabs"]


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

    # What public search indexes for a page of this type (search/indexing.py).
    # The facet value its results are filed under:
    search_type = "page"
    # Text, rich text or stream fields (or properties) joined, in order, into `body`:
    search_text_fields: tuple[str, ...] = ()
    # The date field or property results show and sort by; else first publication:
    search_date_field: str | None = None
    # The related name of a LanguageFile inline whose documents' text is indexed:
    search_files: str | None = None

    class Meta:
        abstract = True

    def get_view_restrictions(self):
        """Wagtail's rule (restrictions on the page or an ancestor, an alias answering to
        its original's) in one query instead of two: the ancestors are the prefixes of
        the page's tree path."""
        steps = range(Page.steplen, len(self.path) + 1, Page.steplen)
        lineage = Page.objects.filter(path__in=[self.path[:end] for end in steps])
        return PageViewRestriction.objects.filter(
            Q(page__in=lineage.filter(alias_of__isnull=True))
            | Q(page__in=lineage.filter(alias_of__isnull=False).values("alias_of"))
        )

    def country_codes(self) -> list[str]:
        """ISO codes of the countries this page is about; search filters on them."""
        return []

    def topic_slugs(self) -> list[str]:
        return []

    def search_document(self) -> dict:
        """The dict search indexes, built from the declarations above."""
        if self.search_date_field:
            date = getattr(self, self.search_date_field)
        else:
            published = self.first_published_at or self.latest_revision_created_at
            date = published.date() if published else None
        files = getattr(self, self.search_files).all() if self.search_files else []
        return {
            "title": self.title,
            "summary": self.summary,
            "body": "\n".join(filter(None, map(self._search_text, self.search_text_fields))),
            "countries": self.country_codes(),
            "topics": self.topic_slugs(),
            "date": date,
            "attachments": [f.document for f in files],
        }

    def _search_text(self, name: str) -> str:
        value = getattr(self, name)
        field = next((f for f in self._meta.fields if f.name == name), None)
        if isinstance(field, StreamField):
            return stream_text(value)
        if isinstance(field, RichTextField):
            return get_text_for_indexing(value or "")
        return value or ""


def page_tabs(*tabs: tuple[list, str]) -> TabbedInterface:
    """The editor's tabs: the page type's own (panels, heading) pairs, then the
    Promote and Settings tabs every page has."""
    return TabbedInterface(
        [ObjectList(panels, heading=heading) for panels, heading in tabs]
        + [
            ObjectList(AtlasPage.promote_panels, heading=_("Promote")),
            ObjectList(AtlasPage.settings_panels, heading=_("Settings")),
        ]
    )


class StandardPage(AtlasPage):
    """A plain page of text (about, contact, legal notices)."""

    body = RichTextField(_("body"), blank=True)

    translatable_fields = AtlasPage.translatable_fields + [TranslatableField("body")]
    content_panels = AtlasPage.content_panels + [FieldPanel("body")]
    template = "pages/standard_page.html"
    search_text_fields = ("body",)

    class Meta:
        verbose_name = _("standard page")
