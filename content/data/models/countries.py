"""Countries, pillars, indicators and the values that compare them.

Countries, pillars and indicators are translatable snippets: each locale has
its own row, linked by `translation_key`. Indicator values are language-neutral
facts, so they point at the source-locale (English) country and indicator; use
`content.data.selectors` to show them with the names of the active locale.
"""

import re
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from content.data.names import country_name, currency_name, region_name

from .translation import TranslationStatusMixin

__all__ = [
    "Country",
    "Pillar",
    "Indicator",
    "IndicatorValue",
    "Region",
    "parse_indicator_value",
    "in_source_locale",
]


def in_source_locale() -> dict:
    """The one lookup for rows in the source locale, which values and comparisons point at."""
    return {"locale__language_code": settings.LANGUAGE_CODE}


iso_alpha2 = RegexValidator(
    r"^[A-Z]{2}$", _("Use the two-letter ISO 3166-1 alpha-2 code, such as KR or VN.")
)


class Region(models.TextChoices):
    EAST_ASIA = "east_asia", _("East Asia")
    SOUTH_EAST_ASIA = "south_east_asia", _("South-East Asia")
    SOUTH_ASIA = "south_asia", _("South Asia")
    CENTRAL_ASIA = "central_asia", _("Central Asia")
    PACIFIC = "pacific", _("Pacific")


class IncomeGroup(models.TextChoices):
    # World Bank income classification
    HIGH = "high", _("High income")
    UPPER_MIDDLE = "upper_middle", _("Upper-middle income")
    LOWER_MIDDLE = "lower_middle", _("Lower-middle income")
    LOW = "low", _("Low income")


class Country(TranslationStatusMixin, TranslatableMixin, models.Model):
    code = models.CharField(
        _("ISO code"),
        max_length=2,
        validators=[iso_alpha2],
        help_text=_("ISO 3166-1 alpha-2 code in capitals, e.g. KR. URLs accept any case."),
    )
    name = models.CharField(_("name"), max_length=100)
    name_local = models.CharField(
        _("name in its own language"),
        max_length=100,
        blank=True,
        help_text=_("The country's name in its official language, e.g. 대한민국."),
    )
    name_local_lang = models.CharField(
        _("language of the local name"),
        max_length=8,
        blank=True,
        help_text=_("Language code of the local name, e.g. ko, so browsers pick the right font."),
    )
    region = models.CharField(_("region"), max_length=20, choices=Region.choices)
    income_group = models.CharField(_("income group"), max_length=20, choices=IncomeGroup.choices)
    currency = models.CharField(
        _("currency"), max_length=3, help_text=_("ISO 4217 code, e.g. KRW.")
    )

    panels = [
        FieldPanel("code"),
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("name_local"), FieldPanel("name_local_lang")],
            heading=_("Names"),
        ),
        FieldPanel("region"),
        FieldPanel("income_group"),
        FieldPanel("currency"),
        FieldPanel("translation_status"),
    ]

    # Readers see the country's name from CLDR by its code (`name_in`); `name` is the
    # editors' label in the admin. The local name is the country's own spelling.
    translatable_fields = [
        SynchronizedField("code"),
        TranslatableField("name"),
        SynchronizedField("name_local"),
        SynchronizedField("name_local_lang"),
        SynchronizedField("region"),
        SynchronizedField("income_group"),
        SynchronizedField("currency"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("country")
        verbose_name_plural = _("countries")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="unique_country_code_locale")
        ]

    def __str__(self):
        return self.name

    def name_in(self, language: str | None = None) -> str:
        """The name readers of ``language`` (None: the active one) know, from CLDR;
        the editors' name for a code CLDR does not know."""
        return country_name(self.code, language) or self.name

    @property
    def display_name(self) -> str:
        return self.name_in()

    def region_name_in(self, language: str | None = None) -> str:
        return region_name(self.region, language) or self.get_region_display()

    @property
    def region_label(self) -> str:
        return self.region_name_in()

    @property
    def currency_label(self) -> str:
        """The currency's name in the active language, from CLDR: "South Korean Won"."""
        return currency_name(self.currency) or self.currency

    def clean_fields(self, exclude=None):
        # Normalise before the ISO validator runs, so "vn" is accepted as VN.
        self.code = (self.code or "").upper()
        super().clean_fields(exclude=exclude)


class Pillar(TranslationStatusMixin, TranslatableMixin, models.Model):
    code = models.SlugField(_("code"), max_length=40, help_text=_("Stable short code, e.g. legal."))
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    translatable_fields = [
        SynchronizedField("code"),
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("pillar")
        verbose_name_plural = _("pillars")
        ordering = ["sort_order", "code"]
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="unique_pillar_code_locale")
        ]

    def __str__(self):
        return self.name


class ValueType(models.TextChoices):
    BOOLEAN = "boolean", _("Yes / no")
    NUMBER = "number", _("Number")
    PERCENTAGE = "percentage", _("Percentage")
    CATEGORY = "category", _("Category")
    TEXT = "text", _("Text")
    YEAR = "year", _("Year")


class Direction(models.TextChoices):
    HIGHER = "higher", _("Higher is better")
    LOWER = "lower", _("Lower is better")
    NEUTRAL = "neutral", _("Not scored")


class Indicator(TranslationStatusMixin, TranslatableMixin, models.Model):
    code = models.SlugField(
        _("code"),
        max_length=40,
        help_text=_("Stable code used in URLs and imports, e.g. ep-etender."),
    )
    pillar = models.ForeignKey(
        Pillar, on_delete=models.PROTECT, related_name="indicators", verbose_name=_("pillar")
    )
    name = models.CharField(_("name"), max_length=255)
    definition = models.TextField(_("definition"))
    value_type = models.CharField(_("type of value"), max_length=12, choices=ValueType.choices)
    unit = models.CharField(
        _("unit"),
        max_length=40,
        blank=True,
        help_text=_("Shown after numbers, e.g. days or USD million."),
    )
    categories = models.CharField(
        _("allowed categories"),
        max_length=500,
        blank=True,
        help_text=_("For category indicators: the allowed values, separated by |, best first."),
    )
    direction = models.CharField(
        _("direction"), max_length=8, choices=Direction.choices, default=Direction.HIGHER
    )
    methodology = models.TextField(_("methodology note"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    # Categories stay synchronised: imported values are matched against them. The pillar
    # is a related-object segment (no text): a translation points at the pillar's own
    # translation in its locale, as the demo data does.
    translatable_fields = [
        SynchronizedField("code"),
        TranslatableField("pillar"),
        TranslatableField("name"),
        TranslatableField("definition"),
        SynchronizedField("value_type"),
        TranslatableField("unit"),
        SynchronizedField("categories"),
        SynchronizedField("direction"),
        TranslatableField("methodology"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        ordering = ["sort_order", "code"]
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="unique_indicator_code_locale")
        ]

    def __str__(self):
        return f"{self.code}: {self.name}"

    @property
    def category_list(self) -> list[str]:
        return [c.strip() for c in self.categories.split("|") if c.strip()]


_TRUE = {"yes", "y", "true", "1"}
_FALSE = {"no", "n", "false", "0"}


def parse_indicator_value(value_type: str, raw: str, categories: list[str] | None = None):
    """Return (canonical text, number or None) for a raw value, or raise ValueError.

    Pure: used by model validation and by the importer alike.
    """
    text = (raw or "").strip()
    if not text:
        raise ValueError(_("A value is required."))
    if value_type == ValueType.BOOLEAN:
        lowered = text.lower()
        if lowered in _TRUE:
            return "yes", 1.0
        if lowered in _FALSE:
            return "no", 0.0
        raise ValueError(_("Expected yes or no, got “%(v)s”.") % {"v": text})
    if value_type in (ValueType.NUMBER, ValueType.PERCENTAGE):
        cleaned = re.sub(r"[\s,%]", "", text)
        try:
            number = Decimal(cleaned)
        except InvalidOperation:
            raise ValueError(_("Expected a number, got “%(v)s”.") % {"v": text}) from None
        if not number.is_finite():
            raise ValueError(_("Expected a number, got “%(v)s”.") % {"v": text})
        if value_type == ValueType.PERCENTAGE and not (0 <= number <= 100):
            raise ValueError(_("A percentage must be between 0 and 100, got %(v)s.") % {"v": text})
        return format(number.normalize(), "f"), float(number)
    if value_type == ValueType.YEAR:
        # A calendar year, never grouped as a number ("2002", not "2,002").
        if not (text.isdigit() and 1900 <= int(text) <= 2100):
            raise ValueError(_("Expected a year such as 2002, got “%(v)s”.") % {"v": text})
        return str(int(text)), float(text)
    if value_type == ValueType.CATEGORY:
        allowed = categories or []
        if allowed and text not in allowed:
            raise ValueError(
                _("“%(v)s” is not one of the categories: %(c)s.")
                % {"v": text, "c": ", ".join(allowed)}
            )
        return text, None
    return text, None


class IndicatorValue(models.Model):
    """One fact: a country's value for an indicator in a year, with its source."""

    # Values are language-neutral: they point at the source-locale rows only, so
    # every locale's profile and compare tool find the same facts.
    country = models.ForeignKey(
        Country,
        on_delete=models.CASCADE,
        related_name="values",
        limit_choices_to=in_source_locale,
        verbose_name=_("country"),
    )
    indicator = models.ForeignKey(
        Indicator,
        on_delete=models.CASCADE,
        related_name="values",
        limit_choices_to=in_source_locale,
        verbose_name=_("indicator"),
    )
    year = models.PositiveSmallIntegerField(_("year"))
    value = models.CharField(
        _("value"),
        max_length=255,
        help_text=_("As the indicator's type expects: yes/no, a number, a category or text."),
    )
    numeric_value = models.FloatField(null=True, blank=True, editable=False)
    source_title = models.CharField(_("source title"), max_length=255)
    source_url = models.URLField(_("source URL"), blank=True, max_length=500)
    source_document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("source document"),
    )
    source_year = models.PositiveSmallIntegerField(_("source year"), null=True, blank=True)
    is_sample = models.BooleanField(
        _("sample data"),
        default=False,
        help_text=_("Invented for the demo, not from the cited source; shown as sample data."),
    )
    note = models.TextField(_("note"), blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldPanel("country"),
        FieldPanel("indicator"),
        FieldPanel("year"),
        FieldPanel("value"),
        MultiFieldPanel(
            [
                FieldPanel("source_title"),
                FieldPanel("source_url"),
                FieldPanel("source_document"),
                FieldPanel("source_year"),
            ],
            heading=_("Source"),
        ),
        FieldPanel("is_sample"),
        FieldPanel("note"),
    ]

    class Meta:
        verbose_name = _("indicator value")
        verbose_name_plural = _("indicator values")
        ordering = ["indicator__sort_order", "country__name", "-year"]
        constraints = [
            models.UniqueConstraint(
                fields=["country", "indicator", "year"],
                name="unique_value_country_indicator_year",
                violation_error_message=_(
                    "This country already has a value for this indicator and year."
                ),
            )
        ]

    def __str__(self):
        return f"{self.country.code} {self.indicator.code} {self.year}: {self.value}"

    @property
    def source_name(self) -> str:
        """The source's title; for a value that cites only a document, the document's."""
        if self.source_title:
            return self.source_title
        return self.source_document.title if self.source_document_id else ""

    def clean(self):
        errors = {}
        if self.indicator_id:
            try:
                self.value, self.numeric_value = parse_indicator_value(
                    self.indicator.value_type, self.value, self.indicator.category_list
                )
            except ValueError as exc:
                errors["value"] = str(exc)
        source = settings.LANGUAGE_CODE
        if self.country_id and self.country.locale.language_code != source:
            errors["country"] = _("Choose the country in the source language (%(code)s).") % {
                "code": source
            }
        if self.indicator_id and self.indicator.locale.language_code != source:
            errors["indicator"] = _("Choose the indicator in the source language (%(code)s).") % {
                "code": source
            }
        if not (1990 <= (self.year or 0) <= 2100):
            errors["year"] = _("Enter a year between 1990 and 2100.")
        if not (self.source_url or self.source_document_id or self.source_title):
            errors["source_title"] = _("Every value needs a source.")
        if errors:
            raise ValidationError(errors)
