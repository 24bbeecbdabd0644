"""Curated comparisons: chosen countries and indicators with a narrative."""

from django import forms
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail_localize.fields import SynchronizedField, TranslatableField

from config.cache import cached
from content.comparison.params import CompareParams
from content.comparison.presenters import chart_context
from content.comparison.service import build_comparison
from content.data.models import in_source_locale

from .base import AtlasPage

__all__ = ["ComparisonPage"]


class ComparisonPage(AtlasPage):
    """A curated comparison: chosen countries and indicators with a narrative."""

    intro = models.TextField(_("introduction"), blank=True)
    narrative = RichTextField(_("narrative"), blank=True)
    countries = ParentalManyToManyField(
        "data.Country",
        blank=True,
        related_name="+",
        limit_choices_to=in_source_locale,
        verbose_name=_("countries"),
        help_text=_("Two or more countries to compare, as columns."),
    )
    indicators = ParentalManyToManyField(
        "data.Indicator",
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
    search_text_fields = ("intro",)

    class Meta:
        verbose_name = _("comparison page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if getattr(request, "is_preview", False):  # the editor's unsaved choices
            context.update(self.comparison_context())
        else:  # the same for every reader of this language until the content changes
            key = f"comparison-page:{self.pk}:{get_language()}"
            context.update(cached(key, self.comparison_context))
        return context

    def comparison_context(self) -> dict:
        params = CompareParams(
            countries=sorted({c.code.upper() for c in self.countries.all()}),
            indicators=sorted({i.code for i in self.indicators.all()}),
            year=self.year,
            baseline=(self.baseline or "").upper() or None,
        )
        comparison = build_comparison(params)
        return {"comparison": comparison, **chart_context(comparison)}

    def country_codes(self) -> list[str]:
        return sorted({c.code for c in self.countries.all()})
