"""The self-assessment's questions, levels and modules: translatable snippets staff edit.

Nothing a visitor answers is stored; these rows are the questionnaire itself.
"""

from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from content.data.models import TranslationStatusMixin

__all__ = ["AssessmentModule", "AssessmentQuestion", "AssessmentLevel"]


class AssessmentModule(TranslationStatusMixin, TranslatableMixin, models.Model):
    """One rung of the capability ladder (e-bidding, e-payment, ...)."""

    code = models.SlugField(_("code"), max_length=40, help_text=_("Stable code, e.g. e-bidding."))
    name = models.CharField(_("name"), max_length=200)
    koneps = models.TextField(
        _("in KONEPS"), help_text=_("What a full module looks like in Korea's KONEPS.")
    )
    next_steps = models.TextField(
        _("next steps"), help_text=_("Advice for an agency that has not reached a full module.")
    )
    indicators = models.CharField(
        _("indicator codes"),
        max_length=300,
        blank=True,
        help_text=_(
            "Codes of the benchmark indicators this module is compared on, separated by |."
        ),
    )
    topic = models.ForeignKey(
        "data.Topic",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("topic of its guides"),
        help_text=_("Guides tagged with this topic are suggested with the result."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("code"),
        FieldPanel("name"),
        FieldPanel("koneps"),
        FieldPanel("next_steps"),
        FieldPanel("indicators"),
        FieldPanel("topic"),
        FieldPanel("sort_order"),
        FieldPanel("translation_status"),
    ]
    translatable_fields = [
        SynchronizedField("code"),
        TranslatableField("name"),
        TranslatableField("koneps"),
        TranslatableField("next_steps"),
        SynchronizedField("indicators"),
        SynchronizedField("topic"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("assessment module")
        verbose_name_plural = _("assessment modules")
        ordering = ["sort_order", "code"]
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="unique_module_code_locale")
        ]

    def __str__(self):
        return self.name

    @property
    def indicator_codes(self) -> list[str]:
        return [c.strip() for c in self.indicators.split("|") if c.strip()]


class AssessmentQuestion(TranslationStatusMixin, TranslatableMixin, models.Model):
    module = models.ForeignKey(
        AssessmentModule,
        on_delete=models.CASCADE,
        related_name="questions",
        verbose_name=_("module"),
    )
    code = models.SlugField(
        _("code"), max_length=40, help_text=_("Stable code; it names the answer in the URL.")
    )
    text = models.CharField(_("question"), max_length=300)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("module"),
        FieldPanel("code"),
        FieldPanel("text"),
        FieldPanel("sort_order"),
        FieldPanel("translation_status"),
    ]
    translatable_fields = [
        TranslatableField("module"),
        SynchronizedField("code"),
        TranslatableField("text"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("assessment question")
        verbose_name_plural = _("assessment questions")
        ordering = ["sort_order", "code"]
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="unique_question_code_locale")
        ]

    def __str__(self):
        return self.text


class AssessmentLevel(TranslationStatusMixin, TranslatableMixin, models.Model):
    """none / planned / partial / full, with the score each is worth."""

    code = models.SlugField(_("code"), max_length=20)
    label = models.CharField(_("label"), max_length=100)
    # The demo gives none/planned/partial/full 0/33/67/100: the same steps as the
    # indicator framework's Full|Partial|Planned|None categories, so a module's score
    # reads on the same scale as the peer countries' scores beside it.
    score = models.PositiveSmallIntegerField(
        _("score"),
        validators=[MaxValueValidator(100)],
        help_text=_("0-100: what an answer at this level counts for."),
    )

    panels = [
        FieldPanel("code"),
        FieldPanel("label"),
        FieldPanel("score"),
        FieldPanel("translation_status"),
    ]
    translatable_fields = [
        SynchronizedField("code"),
        TranslatableField("label"),
        SynchronizedField("score"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("assessment level")
        verbose_name_plural = _("assessment levels")
        ordering = ["score"]
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="unique_level_code_locale")
        ]

    def __str__(self):
        return self.label
