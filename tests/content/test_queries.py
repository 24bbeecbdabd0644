"""Rendering a country profile or an index page costs the same number of SQL
queries whatever the number of countries, indicators and documents."""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.documents.models import Document

from content.data import models as d
from content.pages import models as m

from .factories import (
    CountryFactory,
    IndicatorFactory,
    IndicatorValueFactory,
    PillarFactory,
    TopicFactory,
    add_page,
)

pytestmark = pytest.mark.django_db

INDEXES = [
    m.CountryIndexPage,
    m.PolicyDocumentIndexPage,
    m.ODAProgrammeIndexPage,
    m.GuideLibraryPage,
    m.EventIndexPage,
    m.NewsIndexPage,
    m.GlossaryPage,
]


def grow(indexes, start: int, count: int):
    """Add `count` countries, indicators and pages of every kind, all cross-linked."""
    pillars = [PillarFactory(), PillarFactory()]
    topic = TopicFactory()
    document = Document(title=f"file {start}")
    document.file.save(f"f{start}.pdf", ContentFile(b"%PDF-1.4 test"), save=False)
    document.save()
    countries = [CountryFactory(name=f"Land {start + i}") for i in range(count)]
    for i in range(count):
        IndicatorFactory(pillar=pillars[i % 2])
    everyone = list(d.Country.objects.filter(locale__language_code="en"))
    for country in everyone:
        for indicator in d.Indicator.objects.all():
            for year in (2023, 2024):
                if not d.IndicatorValue.objects.filter(
                    country=country, indicator=indicator, year=year
                ).exists():
                    IndicatorValueFactory(country=country, indicator=indicator, year=year)
    day = datetime.date(2024, 1, 1)
    for i, country in enumerate(countries):
        n = start + i
        add_page(indexes[m.CountryIndexPage], m.CountryProfilePage, f"c{n}", country=country)
        add_page(
            indexes[m.PolicyDocumentIndexPage],
            m.PolicyDocumentPage,
            f"d{n}",
            document_type="law",
            issuing_body="X",
            publication_date=day,
            countries=[m.PolicyDocumentCountry(country=country)],
            topics=[m.PolicyDocumentTopic(topic=topic)],
            files=[m.PolicyDocumentFile(document=document, language="en")],
        )
        add_page(
            indexes[m.ODAProgrammeIndexPage],
            m.ODAProgrammePage,
            f"o{n}",
            start_year=2023,
            implementing_bodies="PPS",
            countries=[m.ODAProgrammeCountry(country=country)],
        )
        add_page(
            indexes[m.GuideLibraryPage],
            m.GuidePage,
            f"g{n}",
            publication_date=day,
            publisher="PPS",
            countries=[m.GuideCountry(country=country)],
            files=[m.GuideFile(document=document, language="ko")],
        )
        add_page(
            indexes[m.EventIndexPage],
            m.EventPage,
            f"e{n}",
            event_type="workshop",
            start_date=day,
            place="Seoul",
            countries=[m.EventCountry(country=country)],
        )
        add_page(
            indexes[m.NewsIndexPage],
            m.NewsPage,
            f"n{n}",
            date=day,
            countries=[m.NewsCountry(country=country)],
        )
        d.GlossaryTerm.objects.create(
            concept=f"t{n}", term=f"Term {n}", definition="D", locale=country.locale, topic=topic
        )
    return countries


def count_queries(client, url):
    client.get(url)  # warm per-process caches (site root paths, content types)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_query_counts_do_not_grow_with_data(client, site_tree, django_assert_max_num_queries):
    home = site_tree["en"]
    indexes = {model: add_page(home, model, model.__name__.lower()) for model in INDEXES}
    countries = grow(indexes, 0, 2)
    profile = m.CountryProfilePage.objects.get(country=countries[0])
    urls = [home.url, profile.url] + [index.url for index in indexes.values()]
    urls += [indexes[m.PolicyDocumentIndexPage].url + "?country=" + countries[0].code.lower()]
    small = {url: count_queries(client, url) for url in urls}

    grow(indexes, 2, 14)  # 16 countries, 16 indicators, 16 pages of every kind
    assert d.IndicatorValue.objects.count() == 16 * 16 * 2
    for url in urls:
        client.get(url)
        with django_assert_max_num_queries(small[url]):
            response = client.get(url)
        assert response.status_code == 200
    big_profile = client.get(profile.url).content.decode()
    assert big_profile.count('scope="row"') == 16  # every indicator shows
