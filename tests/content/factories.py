"""Factories for the content models; pages are added under a parent with `add_page`."""

import factory
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from content.data.models import Country, Indicator, IndicatorValue, Pillar, Topic


class LocaleFactory(DjangoModelFactory):
    language_code = "en"

    class Meta:
        model = Locale
        django_get_or_create = ("language_code",)


class CountryFactory(DjangoModelFactory):
    code = factory.Sequence(lambda n: f"{chr(65 + n // 26 % 26)}{chr(65 + n % 26)}")
    name = factory.Sequence(lambda n: f"Country {n}")
    region = "south_east_asia"
    income_group = "lower_middle"
    currency = "USD"
    locale = factory.SubFactory(LocaleFactory)

    class Meta:
        model = Country
        django_get_or_create = ("code", "locale")


class PillarFactory(DjangoModelFactory):
    code = factory.Sequence(lambda n: f"pillar-{n}")
    name = factory.Sequence(lambda n: f"Pillar {n}")
    locale = factory.SubFactory(LocaleFactory)

    class Meta:
        model = Pillar


class IndicatorFactory(DjangoModelFactory):
    code = factory.Sequence(lambda n: f"ind-{n}")
    name = factory.Sequence(lambda n: f"Indicator {n}")
    definition = "What it measures."
    value_type = "number"
    pillar = factory.SubFactory(PillarFactory)
    locale = factory.SubFactory(LocaleFactory)

    class Meta:
        model = Indicator


class IndicatorValueFactory(DjangoModelFactory):
    country = factory.SubFactory(CountryFactory)
    indicator = factory.SubFactory(IndicatorFactory)
    year = 2024
    value = "10"
    source_title = "Test source"
    source_year = 2024

    class Meta:
        model = IndicatorValue


class TopicFactory(DjangoModelFactory):
    slug = factory.Sequence(lambda n: f"topic-{n}")
    name = factory.Sequence(lambda n: f"Topic {n}")
    locale = factory.SubFactory(LocaleFactory)

    class Meta:
        model = Topic


def add_page(parent, model, slug, **fields):
    """Add and publish a page under `parent`."""
    page = model(slug=slug, title=fields.pop("title", slug.title()), locale=parent.locale, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page
