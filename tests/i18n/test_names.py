"""Country, region, language and currency names come from CLDR (Babel) in every locale,
with the per-locale fallback chain from settings for languages CLDR lacks."""

import babel
import pytest
from django.conf import settings
from django.test import override_settings
from django.utils import translation

from content.data.formatting import babel_locale, format_number, locale_chain
from content.data.names import country_name, currency_name, language_name, region_name
from content.demo.countries import COUNTRIES
from tests.comparison.factories import CountryFactory

CODES = [code for code, _name in settings.LANGUAGES]
DEMO_COUNTRIES = [row[0] for row in COUNTRIES]


def cldr(language: str) -> babel.Locale:
    """The CLDR locale a language's names come from: itself, or the first of its
    fallbacks that CLDR has."""
    for code in [language, *settings.LOCALE_FALLBACKS.get(language, []), "en"]:
        code = settings.CLDR_LOCALES.get(code, code)
        try:
            return babel.Locale.parse(code)
        except babel.UnknownLocaleError:
            continue
    raise AssertionError(language)


@pytest.mark.parametrize("language", CODES)
def test_every_demo_country_is_named_from_cldr_in_every_locale(language):
    territories = cldr(language).territories
    for code in DEMO_COUNTRIES:
        assert country_name(code, language) == territories[code], (language, code)


@pytest.mark.django_db
@pytest.mark.parametrize("language", CODES)
def test_a_country_row_shows_its_cldr_name_whatever_its_stored_name(language):
    cambodia = CountryFactory(code="KH", name="Kingdom of Cambodia (typed)")
    with translation.override(language):
        assert cambodia.display_name == cldr(language).territories["KH"]
        assert cambodia.region_label == cldr(language).territories["035"]
    assert cambodia.name_in(language) == cldr(language).territories["KH"]


@pytest.mark.django_db
def test_a_code_cldr_does_not_know_keeps_the_editors_name():
    assert CountryFactory(code="XQ", name="Atlantis").name_in("ko") == "Atlantis"


def test_names_in_a_few_languages():
    assert country_name("kh", "km") == "កម្ពុជា"
    assert country_name("VN", "ko") == "베트남"
    assert region_name("south_east_asia", "vi") == "Đông Nam Á"
    assert language_name("km", "th") == "เขมร"
    assert currency_name("KRW", "ko") == "대한민국 원"


@override_settings(
    LOCALE_FALLBACKS={"tet": ["pt", "en"]},
    CLDR_LOCALES={"pt": "pt_TL"},
    LANGUAGES=[("en", "English"), ("pt", "Portuguese"), ("tet", "Tetum")],
)
def test_tetum_falls_back_to_portuguese_then_english():
    """CLDR has no Tetum: its names and formats are Timor-Leste's Portuguese."""
    assert locale_chain("tet") == ["tet", "pt", "en"]
    assert str(babel_locale("tet")) == "pt_TL"
    assert country_name("VN", "tet") == "Vietname"  # pt_TL, not Brazil's "Vietnã"
    assert language_name("tet", "tet") == "tétum"
    assert format_number(1234567.5, "tet").replace("\xa0", " ") == "1 234 567,5"


def test_a_language_without_fallbacks_falls_back_to_the_default():
    assert locale_chain("xx") == ["xx", "en"]
    assert country_name("KR", "xx") == babel.Locale.parse("en").territories["KR"]
