"""Indicator values point at the source-locale country and indicator rows only."""

import pytest
from django.core.exceptions import ValidationError
from django.forms import modelform_factory
from wagtail.models import Locale

from content.data.models import IndicatorValue

pytestmark = pytest.mark.django_db


def test_a_value_against_a_translated_country_is_refused(small_world):
    khmer_row = small_world["kh"].get_translation(Locale.objects.get(language_code="km"))
    value = IndicatorValue(
        country=khmer_row,
        indicator=small_world["days"],
        year=2024,
        value="50",
        source_title="Cambodia e-GP report",
    )
    with pytest.raises(ValidationError) as raised:
        value.full_clean()
    assert "country" in raised.value.message_dict


def test_a_value_against_a_translated_indicator_is_refused(small_world):
    khmer_days = small_world["days"].get_translation(Locale.objects.get(language_code="km"))
    value = IndicatorValue(
        country=small_world["kh"],
        indicator=khmer_days,
        year=2024,
        value="50",
        source_title="Cambodia e-GP report",
    )
    with pytest.raises(ValidationError) as raised:
        value.full_clean()
    assert "indicator" in raised.value.message_dict


def test_the_admin_offers_only_source_locale_rows(small_world):
    form = modelform_factory(IndicatorValue, fields=["country", "indicator"])()
    choices = form.fields["country"].queryset
    assert set(choices.values_list("locale__language_code", flat=True)) == {"en"}
    assert choices.filter(code="KH").count() == 1
    indicators = form.fields["indicator"].queryset
    assert indicators.filter(code="award-days").count() == 1
