"""Topics that pages are filed under, and the glossary of procurement terms."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .translation import TranslationStatusMixin

__all__ = ["Topic", "GlossaryTerm"]


class Topic(TranslationStatusMixin, TranslatableMixin, models.Model):
    slug = models.SlugField(
        _("slug"),
        max_length=60,
        help_text=_("Stable code used in URLs and search filters, the same in every language."),
    )
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(
        _("description"), blank=True, help_text=_("Shown on listings filtered by this topic.")
    )

    panels = [
        FieldPanel("slug"),
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("translation_status"),
    ]
    translatable_fields = [
        SynchronizedField("slug"),
        TranslatableField("name"),
        TranslatableField("description"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_topic_slug_locale")
        ]

    def __str__(self):
        return self.name


class GlossaryTerm(TranslationStatusMixin, TranslatableMixin, models.Model):
    """A procurement term in one language. Rows for the same idea share `concept`,
    so search can match 전자조달 to e-procurement."""

    concept = models.SlugField(
        _("concept key"),
        max_length=80,
        help_text=_(
            "The same key in every language's version of this term, e.g. e-procurement; "
            "search uses it to bridge languages."
        ),
    )
    term = models.CharField(_("term"), max_length=200)
    abbreviation = models.CharField(
        _("abbreviation"), max_length=40, blank=True, help_text=_("e.g. GPA, MEAT, KONEPS.")
    )
    definition = models.TextField(_("definition"), help_text=_("One or two plain sentences."))
    topic = models.ForeignKey(
        Topic,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="glossary_terms",
        verbose_name=_("topic"),
        help_text=_("The topic this term belongs to, if any."),
    )
    is_sample = models.BooleanField(
        _("sample data"),
        default=False,
        help_text=_(
            "Tick when the definition was written for the demo rather than taken from a source."
        ),
    )

    panels = [
        FieldPanel("concept"),
        FieldPanel("term"),
        FieldPanel("abbreviation"),
        FieldPanel("definition"),
        FieldPanel("topic"),
        FieldPanel("is_sample"),
        FieldPanel("translation_status"),
    ]
    # The term itself may differ per language (an abbreviation too: 나라장터 for KONEPS).
    translatable_fields = [
        SynchronizedField("concept"),
        TranslatableField("term"),
        TranslatableField("abbreviation"),
        TranslatableField("definition"),
        TranslatableField("topic"),  # no text: points at the topic's translation
        SynchronizedField("is_sample"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")
        ordering = ["term"]
        constraints = [
            models.UniqueConstraint(
                fields=["concept", "locale"],
                name="unique_glossary_concept_locale",
                violation_error_message=_("This language already has a term for this concept."),
            )
        ]

    def __str__(self):
        return self.term
