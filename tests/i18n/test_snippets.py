"""The snippets' translation contract: wagtail-localize sends translators only the text;
codes and classifications stay synchronised with the source."""

import pytest
from wagtail_localize.segments import RelatedObjectSegmentValue, StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from tests.comparison.factories import CountryFactory, IndicatorFactory
from tests.content.factories import TopicFactory

pytestmark = pytest.mark.django_db


def strings(instance) -> dict[str, str]:
    return {
        s.path: s.render_text()
        for s in extract_segments(instance)
        if isinstance(s, StringSegmentValue)
    }


def related(instance) -> set[str]:
    return {s.path for s in extract_segments(instance) if isinstance(s, RelatedObjectSegmentValue)}


def test_country_sends_only_its_name():
    country = CountryFactory(code="KH", name="Cambodia", name_local="កម្ពុជា", currency="KHR")
    assert strings(country) == {"name": "Cambodia"}


def test_indicator_sends_its_texts_and_follows_its_pillar():
    indicator = IndicatorFactory(
        name="Bid validity", definition="Days a bid stays open.", unit="days", methodology="Law."
    )
    assert strings(indicator) == {
        "name": "Bid validity",
        "definition": "Days a bid stays open.",
        "unit": "days",
        "methodology": "Law.",
    }
    assert related(indicator) == {"pillar"}
    assert strings(indicator.pillar).keys() == {"name"} | (
        {"description"} if indicator.pillar.description else set()
    )


def test_topic_and_glossary_term_send_their_texts():
    from content.data.models import GlossaryTerm

    topic = TopicFactory(name="E-procurement", description="Buying online.")
    assert strings(topic) == {"name": "E-procurement", "description": "Buying online."}
    term = GlossaryTerm.objects.create(
        concept="e-procurement",
        term="e-procurement",
        abbreviation="",
        definition="Public buying online.",
        topic=topic,
        locale=topic.locale,
    )
    assert strings(term) == {"term": "e-procurement", "definition": "Public buying online."}
    assert related(term) == {"topic"}
