"""The demo's reference data in every locale: the agency's own terms (pillars,
indicators, topics, glossary) are translated, as drafts, and never fall back to
English; country names are CLDR's.

Built with the demo loader's own reference-data steps (the same data and code as
`load_demo`, without the page tree), once for the module.
"""

import pytest
from django.conf import settings
from django.db import transaction
from django.utils import translation
from wagtail.models import Locale

from content.data.models import Country, GlossaryTerm, Indicator, Pillar, Topic
from content.data.models.translation import TranslationStatus
from content.data.names import country_name
from content.data.selectors import localized_by_key
from content.demo.countries import load_countries, load_pillars_and_indicators
from content.demo.glossary import load_glossary, load_topics
from content.demo.site import ensure_home_pages

OTHER_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
# What each snippet shows readers, beside its name.
TEXT_FIELDS = {
    Pillar: ("name", "description"),
    Indicator: ("name", "definition", "methodology"),
    Topic: ("name",),
    GlossaryTerm: ("term", "definition"),
}


@pytest.fixture(scope="module")
def reference(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        ensure_home_pages()  # the locales
        en = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
        countries = load_countries(en)
        pillars, indicators = load_pillars_and_indicators(en)
        topics = load_topics(en)
        load_glossary(en, topics)
        yield {
            Country: list(countries.values()),
            Pillar: list(pillars.values()),
            Indicator: list(indicators.values()),
            Topic: list(topics.values()),
            GlossaryTerm: list(GlossaryTerm.objects.filter(locale=en)),
        }
        transaction.set_rollback(True)


@pytest.mark.django_db
@pytest.mark.parametrize("language", OTHER_LANGUAGES)
@pytest.mark.parametrize("model", [Pillar, Indicator, Topic, GlossaryTerm])
def test_no_term_falls_back_to_english(reference, language, model):
    sources = reference[model]
    shown = localized_by_key(model, sources, language)
    missing = [str(row) for row in sources if row.translation_key not in shown]
    assert not missing, (language, missing)
    for source in sources:
        local = shown[source.translation_key]
        for field in TEXT_FIELDS[model]:
            english = getattr(source, field)
            if english:
                assert getattr(local, field) not in ("", english), (language, str(source), field)


@pytest.mark.django_db
@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_indicator_units_are_translated_where_they_are_words(reference, language):
    sources = [i for i in reference[Indicator] if i.unit and i.unit != "%"]
    shown = localized_by_key(Indicator, sources, language)
    for source in sources:
        assert shown[source.translation_key].unit not in ("", source.unit), (language, source.code)
    # A translated indicator belongs to its pillar's translation in the same locale.
    shown = localized_by_key(Indicator, reference[Indicator], language)
    for source in reference[Indicator]:
        local = shown[source.translation_key]
        assert local.pillar.locale_id == local.locale_id
        assert local.pillar.translation_key == source.pillar.translation_key


@pytest.mark.django_db
@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_the_team_s_translations_are_drafts_never_reviewed(reference, language):
    for model in (Country, Pillar, Indicator, Topic, GlossaryTerm):
        statuses = set(
            model.objects.filter(locale__language_code=language).values_list(
                "translation_status", flat=True
            )
        )
        assert statuses == {TranslationStatus.DRAFT}, (model.__name__, language, statuses)


@pytest.mark.django_db
@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_every_locale_s_country_rows_carry_cldr_names(reference, language):
    sources = reference[Country]
    shown = localized_by_key(Country, sources, language)
    for source in sources:
        cldr = country_name(source.code, language)
        assert cldr, (language, source.code)
        assert shown[source.translation_key].name == cldr
        with translation.override(language):
            assert source.display_name == cldr
