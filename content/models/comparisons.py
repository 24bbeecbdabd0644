"""Value history and curated comparisons."""

from django import forms
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .base import AtlasPage

__all__ = ["IndicatorValueChange", "ComparisonPage"]


def in_source_locale():
    """Choices for the page's countries and indicators: one row each, the source locale's."""
    return {"locale__language_code": settings.LANGUAGE_CODE}


class IndicatorValueChange(models.Model):
    """One change to an indicator value: what it was, what it became, why, when and who."""

    class Via(models.TextChoices):
        ADMIN = "admin", _("Admin edit")
        IMPORT = "import", _("Import")
        OTHER = "other", _("Other")

    value = models.ForeignKey(
        "content.IndicatorValue",
        null=True,
        on_delete=models.SET_NULL,
        related_name="changes",
        verbose_name=_("value"),
    )
    # Copied so the history outlives a deleted value.
    country = models.ForeignKey(
        "content.Country", on_delete=models.CASCADE, related_name="+", verbose_name=_("country")
    )
    indicator = models.ForeignKey(
        "content.Indicator", on_delete=models.CASCADE, related_name="+", verbose_name=_("indicator")
    )
    year = models.PositiveSmallIntegerField(_("year"))
    old_value = models.CharField(_("old value"), max_length=255, blank=True)
    new_value = models.CharField(_("new value"), max_length=255)
    source_title = models.CharField(_("source title"), max_length=255, blank=True)
    source_url = models.URLField(_("source URL"), blank=True, max_length=500)
    changed_at = models.DateTimeField(_("changed at"), auto_now_add=True, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("changed by"),
    )
    via = models.CharField(_("via"), max_length=10, choices=Via.choices, default=Via.OTHER)

    class Meta:
        verbose_name = _("indicator value change")
        verbose_name_plural = _("indicator value changes")
        ordering = ["-changed_at", "-pk"]

    def __str__(self):
        return f"{self.year}: {self.old_value} → {self.new_value}"


class ComparisonPage(AtlasPage):
    """A curated comparison: chosen countries and indicators with a narrative."""

    intro = models.TextField(_("introduction"), blank=True)
    narrative = RichTextField(_("narrative"), blank=True)
    countries = ParentalManyToManyField(
        "content.Country",
        blank=True,
        related_name="+",
        limit_choices_to=in_source_locale,
        verbose_name=_("countries"),
        help_text=_("Two or more countries to compare, as columns."),
    )
    indicators = ParentalManyToManyField(
        "content.Indicator",
        blank=True,
        related_name="+",
        limit_choices_to=in_source_locale,
        verbose_name=_("indicators"),
        help_text=_("Leave empty to compare every indicator."),
    )
    year = models.PositiveSmallIntegerField(
        _("year"), null=True, blank=True, help_text=_("Leave empty for the latest data.")
    )
    baseline = models.CharField(
        _("baseline country code"),
        max_length=2,
        blank=True,
        help_text=_("ISO code of the country the others are compared with, e.g. KR."),
    )

    translatable_fields = AtlasPage.translatable_fields + [
        TranslatableField("intro"),
        TranslatableField("narrative"),
        SynchronizedField("countries"),
        SynchronizedField("indicators"),
        SynchronizedField("year"),
        SynchronizedField("baseline"),
    ]
    content_panels = AtlasPage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("countries", widget=forms.CheckboxSelectMultiple),
        FieldPanel("indicators", widget=forms.CheckboxSelectMultiple),
        FieldPanel("year"),
        FieldPanel("baseline"),
        FieldPanel("narrative"),
    ]
    template = "pages/comparison_page.html"
    search_type = "comparison"

    class Meta:
        verbose_name = _("comparison page")

    def get_context(self, request, *args, **kwargs):
        from content.comparison.params import CompareParams
        from content.comparison.presenters import chart_context
        from content.comparison.service import build_comparison

        context = super().get_context(request, *args, **kwargs)
        params = CompareParams(
            countries=sorted({c.code.upper() for c in self.countries.all()}),
            indicators=sorted({i.code for i in self.indicators.all()}),
            year=self.year,
            baseline=(self.baseline or "").upper() or None,
        )
        comparison = build_comparison(params)
        context["comparison"] = comparison
        context.update(chart_context(comparison))
        return context

    def search_document(self) -> dict:
        doc = super().search_document()
        doc["body"] = self.intro
        doc["countries"] = sorted({c.code for c in self.countries.all()})
        return doc
