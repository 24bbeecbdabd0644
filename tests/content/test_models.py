"""Validation of the data models, with the messages staff see."""

import pytest
from django.core.exceptions import ValidationError

from content.data.models import IndicatorValue

from .factories import CountryFactory, IndicatorFactory, IndicatorValueFactory

pytestmark = pytest.mark.django_db


def test_bad_iso_code_rejected(site_tree):
    country = CountryFactory.build(code="KOR", locale=CountryFactory().locale)
    with pytest.raises(ValidationError) as error:
        country.full_clean()
    assert "code" in error.value.message_dict


def test_lower_case_iso_code_is_normalised(site_tree):
    country = CountryFactory.build(code="vn", locale=CountryFactory().locale)
    country.full_clean()
    assert country.code == "VN"


@pytest.mark.parametrize(
    ("value_type", "categories", "raw", "message"),
    [
        ("number", "", "many", "Expected a number"),
        ("boolean", "", "perhaps", "Expected yes or no"),
        ("percentage", "", "140", "between 0 and 100"),
        ("category", "Full|Partial|None", "Some", "is not one of the categories"),
    ],
)
def test_value_of_wrong_type_rejected(site_tree, value_type, categories, raw, message):
    indicator = IndicatorFactory(value_type=value_type, categories=categories)
    value = IndicatorValueFactory.build(country=CountryFactory(), indicator=indicator, value=raw)
    with pytest.raises(ValidationError) as error:
        value.full_clean()
    assert message in " ".join(error.value.message_dict["value"])


def test_valid_value_is_canonicalised(site_tree):
    indicator = IndicatorFactory(value_type="percentage")
    value = IndicatorValueFactory.build(country=CountryFactory(), indicator=indicator, value="45 %")
    value.full_clean()
    assert (value.value, value.numeric_value) == ("45", 45.0)


def test_duplicate_country_indicator_year_rejected(site_tree):
    existing = IndicatorValueFactory()
    duplicate = IndicatorValue(
        country=existing.country,
        indicator=existing.indicator,
        year=existing.year,
        value="12",
        source_title="Another source",
    )
    with pytest.raises(ValidationError) as error:
        duplicate.full_clean()
    assert "already has a value for this indicator and year" in str(error.value)


def test_value_needs_a_source(site_tree):
    value = IndicatorValueFactory.build(
        country=CountryFactory(), indicator=IndicatorFactory(), source_title=""
    )
    with pytest.raises(ValidationError) as error:
        value.full_clean()
    assert "source_title" in error.value.message_dict
