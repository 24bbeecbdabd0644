"""Abstract inline rows pages use to link countries, topics, files and photos.

Each page type subclasses these with its own `ParentalKey`, so wagtail-localize
copies and translates them with the page. Countries and topics are translatable
snippets; filters use their stable `code` / `slug`, the same in every locale.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from content.data.names import language_name
from content.data.selectors import localized

__all__ = ["CountryLink", "TopicLink", "LanguageFile", "Photo", "FILE_LANGUAGES", "TaggedPageMixin"]

FILE_LANGUAGES = [*settings.LANGUAGES, ("fr", _("French")), ("other", _("Other"))]


class CountryLink(Orderable):
    country = models.ForeignKey(
        "data.Country", on_delete=models.CASCADE, related_name="+", verbose_name=_("country")
    )
    panels = [FieldPanel("country")]

    class Meta(Orderable.Meta):
        abstract = True


class TopicLink(Orderable):
    topic = models.ForeignKey(
        "data.Topic", on_delete=models.CASCADE, related_name="+", verbose_name=_("topic")
    )
    panels = [FieldPanel("topic")]

    class Meta(Orderable.Meta):
        abstract = True


class LanguageFile(Orderable):
    """One language version of a downloadable file."""

    document = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("file"),
    )
    language = models.CharField(
        _("language"),
        max_length=8,
        choices=FILE_LANGUAGES,
        help_text=_("The language the file is written in; visitors pick their version by it."),
    )
    label = models.CharField(
        _("label"),
        max_length=200,
        blank=True,
        help_text=_("Optional link text; the document's title is used when empty."),
    )
    panels = [FieldPanel("document"), FieldPanel("language"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        abstract = True

    @property
    def language_name(self):
        return language_name(self.language) or dict(FILE_LANGUAGES).get(
            self.language, self.language
        )


class Photo(Orderable):
    image = models.ForeignKey(
        "wagtailimages.Image", on_delete=models.CASCADE, related_name="+", verbose_name=_("image")
    )
    alt_text = models.CharField(
        _("alternative text"),
        max_length=300,
        help_text=_("What the photo shows, for people who cannot see it. Required."),
    )
    caption = models.CharField(_("caption"), max_length=300, blank=True)
    panels = [FieldPanel("image"), FieldPanel("alt_text"), FieldPanel("caption")]

    class Meta(Orderable.Meta):
        abstract = True


class TaggedPageMixin:
    """For pages with `countries` and `topics` inlines (related names).

    A rendering asks for the links several times (related pages, the countries and
    topics shown, search): each inline is read once per page object, with its rows."""

    def _links(self, name: str, field: str) -> list:
        memo = self.__dict__.setdefault("_atlas_links", {})
        if name not in memo:
            memo[name] = (
                list(getattr(self, name).select_related(field)) if hasattr(self, name) else []
            )
        return memo[name]

    def country_codes(self) -> list[str]:
        return [link.country.code for link in self._links("countries", "country")]

    def topic_slugs(self) -> list[str]:
        return [link.topic.slug for link in self._links("topics", "topic")]

    def localized_countries(self):
        return localized(
            [link.country for link in self._links("countries", "country")], self.locale_id
        )

    def localized_topics(self):
        return localized([link.topic for link in self._links("topics", "topic")], self.locale_id)
