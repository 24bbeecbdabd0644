import factory
from wagtail.models import Locale

from content.data.models import Country, Indicator, IndicatorValue, Pillar


def _code(n: int) -> str:
    # QA, QB, ... ZZ: never a code the tests spell out (KR, VN, KH, ...)
    return chr(ord("Q") + (n // 26) % 10) + chr(ord("A") + n % 26)


class CountryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Country
        django_get_or_create = ("code", "locale")

    locale = factory.LazyFunction(Locale.get_default)
    code = factory.Sequence(_code)
    name = factory.LazyAttribute(lambda o: f"Country {o.code}")
    region = "south_east_asia"
    income_group = "lower_middle"
    currency = "USD"


class PillarFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Pillar
        django_get_or_create = ("code", "locale")

    locale = factory.LazyFunction(Locale.get_default)
    code = factory.Sequence(lambda n: f"pillar-{n}")
    name = factory.LazyAttribute(lambda o: f"Pillar {o.code}")
    sort_order = factory.Sequence(int)


class IndicatorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Indicator
        django_get_or_create = ("code", "locale")

    locale = factory.LazyFunction(Locale.get_default)
    code = factory.Sequence(lambda n: f"ind-{n}")
    pillar = factory.SubFactory(PillarFactory)
    name = factory.LazyAttribute(lambda o: f"Indicator {o.code}")
    definition = "What it measures."
    value_type = "number"
    unit = "days"
    direction = "higher"
    sort_order = factory.Sequence(int)


class IndicatorValueFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = IndicatorValue

    country = factory.SubFactory(CountryFactory)
    indicator = factory.SubFactory(IndicatorFactory)
    year = 2024
    value = "10"
    numeric_value = factory.LazyAttribute(
        lambda o: float(o.value) if o.value.replace(".", "", 1).isdigit() else None
    )
    source_title = factory.LazyAttribute(lambda o: f"Report on {o.indicator.code}")
    source_url = factory.LazyAttribute(
        lambda o: f"https://example.org/{o.country.code.lower()}/{o.indicator.code}"
    )
    source_year = 2024


def translate(row, language_code: str, **fields):
    """The row's translation in another locale, with the given fields changed."""
    copy = row.copy_for_translation(Locale.objects.get(language_code=language_code))
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    return copy


def grid(n_countries: int, n_indicators: int, years=(2023, 2024), pillars: int = 3):
    """n countries x n indicators (numbers) with values for each year."""
    pillar_rows = [PillarFactory() for _ in range(pillars)]
    countries = [CountryFactory() for _ in range(n_countries)]
    indicators = [IndicatorFactory(pillar=pillar_rows[i % pillars]) for i in range(n_indicators)]
    values = []
    for ci, country in enumerate(countries):
        for ii, indicator in enumerate(indicators):
            for year in years:
                number = (ci * 7 + ii * 3 + year) % 50 + 1
                values.append(
                    IndicatorValue(
                        country=country,
                        indicator=indicator,
                        year=year,
                        value=str(number),
                        numeric_value=float(number),
                        source_title=f"Source {country.code} {indicator.code}",
                        source_url=f"https://example.org/{country.code}/{indicator.code}/{year}",
                        source_year=year,
                    )
                )
    IndicatorValue.objects.bulk_create(values)
    return countries, indicators
