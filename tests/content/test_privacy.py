"""A page behind a view restriction (on it or an ancestor) is listed nowhere public:
not in listings on any page of results or with any filter, not among related pages,
not on the home page, and in every locale (where English pages stand in)."""

import datetime

import pytest
from django.conf import settings
from wagtail.models import PageViewRestriction

from content.pages import models as m

from .factories import CountryFactory, add_page

pytestmark = pytest.mark.django_db

SECRET = "Confidential bid-rigging casefile"


@pytest.fixture
def documents(site_tree):
    home = site_tree["en"]
    index = add_page(home, m.PolicyDocumentIndexPage, "documents")
    country = CountryFactory(code="KH", name="Cambodia")

    def document(slug, title, day):
        return add_page(
            index,
            m.PolicyDocumentPage,
            slug,
            title=title,
            search_description=f"Summary of {title}",
            document_type="report",
            issuing_body="PPS",
            publication_date=day,
            countries=[m.PolicyDocumentCountry(country=country)],
        )

    # Thirteen public reports, newest first, so the restricted one, dated last,
    # sits on the second page of twelve.
    public = [
        document(f"report-{n}", f"Report {n}", datetime.date(2024, 12, 28 - n)) for n in range(13)
    ]
    secret = document("casefile", SECRET, datetime.date(2024, 1, 2))
    PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    return index, public, secret


LISTING_QUERIES = ["", "?page=2", "?year=2024&type=report", "?country=kh&page=2"]


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_restricted_document_is_in_no_listing_in_any_locale(client, documents, language):
    index, public, _secret = documents
    path = index.url.replace("/en/", f"/{language}/", 1)
    pages = [client.get(path + query) for query in LISTING_QUERIES]
    assert all(r.status_code == 200 for r in pages)
    html = "".join(r.content.decode() for r in pages)
    assert "Report 12" in html  # the second page of results really was rendered
    assert SECRET not in html
    assert "casefile" not in html
    home = client.get(f"/{language}/").content.decode()
    assert SECRET not in home


def test_restricted_document_is_not_a_related_page(client, documents):
    _index, public, _secret = documents
    html = client.get(public[0].url).content.decode()
    assert "Report 1" in html  # related pages are shown
    assert SECRET not in html


def test_restriction_on_an_ancestor_hides_the_children(client, site_tree):
    home = site_tree["en"]
    library = add_page(home, m.GuideLibraryPage, "guides")
    add_page(
        library,
        m.GuidePage,
        "internal-guide",
        title="Internal evaluation guide",
        publication_date=datetime.date(2024, 5, 1),
        publisher="PPS",
    )
    assert "Internal evaluation guide" in client.get("/en/").content.decode()
    PageViewRestriction.objects.create(page=library, restriction_type=PageViewRestriction.LOGIN)
    assert "Internal evaluation guide" not in client.get("/en/").content.decode()
    assert "Internal evaluation guide" not in client.get("/km/").content.decode()


def test_oda_programme_lists_no_restricted_material(client, documents, site_tree):
    _index, public, secret = documents
    programmes = add_page(site_tree["en"], m.ODAProgrammeIndexPage, "programmes")
    programme = add_page(
        programmes,
        m.ODAProgrammePage,
        "koneps-cambodia",
        start_year=2023,
        implementing_bodies="PPS",
        related_links=[
            m.ODAProgrammeRelated(related_page=secret),
            m.ODAProgrammeRelated(related_page=public[3]),
        ],
    )
    html = client.get(programme.url).content.decode()
    assert "Report 3" in html
    assert SECRET not in html


@pytest.mark.parametrize("language", ["en", "km"])
def test_restricted_programme_is_nowhere_in_the_oda_atlas(client, site_tree, language):
    """The atlas counts the listing's rows: a restricted programme (on itself or
    under a restricted parent) neither shades the map nor counts in the table or
    the timeline, with or without filters."""
    home = site_tree["en"]
    index = add_page(home, m.ODAProgrammeIndexPage, "programmes")
    cambodia, laos = CountryFactory(code="KH", name="Cambodia"), CountryFactory(code="LA")

    def programme(parent, slug, country, start):
        return add_page(
            parent,
            m.ODAProgrammePage,
            slug,
            start_year=start,
            end_year=start + 1,
            implementing_bodies="PPS",
            countries=[m.ODAProgrammeCountry(country=country)],
        )

    programme(index, "public-kh", cambodia, 2020)
    secret = programme(index, "secret-kh", cambodia, 2010)
    hidden = programme(index, "secret-la", laos, 2011)
    PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    path = index.url.replace("/en/", f"/{language}/", 1)
    for query in ("", "?country=kh", "?country=la", "?type=completed", "?year=2010"):
        html = client.get(path + query).content.decode()
        assert 'data-country="la" data-count="0"' in html, query
        assert 'data-atlas-country="la"' not in html, query
        assert "secret-" not in html, query
        assert 'data-year="2010"' not in html and 'data-year="2011"' not in html, query
    html = client.get(path).content.decode()
    assert 'data-country="kh" data-count="1"' in html
    assert 'data-atlas-country="kh">1<' in html
