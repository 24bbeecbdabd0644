"""With the object cache on, as in production: the home page's sections, the page a
path names, a page's translations and a country's values are kept between requests,
and a publish, unpublish or new view restriction shows on the next request. A
restricted page is never listed, cached or not."""

import datetime

import pytest
from wagtail.models import PageViewRestriction

from content.pages import models as m

from .factories import CountryFactory, IndicatorValueFactory, add_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def documents(site_tree, object_cache):
    return add_page(site_tree["en"], m.PolicyDocumentIndexPage, "documents")


def add_document(index, slug, title):
    return add_page(
        index,
        m.PolicyDocumentPage,
        slug,
        title=title,
        document_type="report",
        issuing_body="PPS",
        publication_date=datetime.date(2024, 5, 1),
    )


def homes(client) -> str:
    return client.get("/en/").content.decode() + client.get("/km/").content.decode()


def test_home_sections_follow_publishing_and_restrictions(
    client, documents, django_capture_on_commit_callbacks
):
    assert "Tender rules" not in homes(client)  # cached, without the document
    with django_capture_on_commit_callbacks(execute=True):
        document = add_document(documents, "tender-rules", "Tender rules")
    assert homes(client).count("Tender rules") == 2  # en, and km by fallback

    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(
            page=document, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
        )
    assert "Tender rules" not in homes(client)

    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.filter(page=document).delete()
    assert "Tender rules" in homes(client)
    with django_capture_on_commit_callbacks(execute=True):
        document.unpublish()
    assert "Tender rules" not in homes(client)


def test_a_cached_path_follows_unpublishing_and_restrictions(
    client, documents, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        document = add_document(documents, "casefile", "Casefile")
    for url in ("/en/documents/casefile/", "/km/documents/casefile/"):
        assert "Casefile" in client.get(url).content.decode()

    # The page the path names is cached; its privacy is checked on every request.
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(
            page=document, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
        )
    for url in ("/en/documents/casefile/", "/km/documents/casefile/"):
        html = client.get(url).content.decode()
        assert "Casefile" not in html
        assert 'name="password"' in html

    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.filter(page=document).delete()
        document.unpublish()
    for url in ("/en/documents/casefile/", "/km/documents/casefile/"):
        assert client.get(url).status_code == 404


def test_language_links_follow_a_published_or_restricted_translation(
    client, site_tree, documents, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        document = add_document(documents, "rules", "Rules")
    alternate = 'rel="alternate" hreflang="ko"'  # the SEO link, not the switcher's
    assert alternate not in client.get("/en/documents/rules/").content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        korean = document.copy_for_translation(site_tree["ko"].locale, copy_parents=True)
        korean.title = "Rules (ko)"
        korean.save_revision().publish()
    assert alternate in client.get("/en/documents/rules/").content.decode()
    assert "Rules (ko)" in client.get("/ko/documents/rules/").content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(
            page=korean, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
        )
    assert alternate not in client.get("/en/documents/rules/").content.decode()


def test_country_values_follow_a_saved_value(
    client, site_tree, object_cache, django_capture_on_commit_callbacks
):
    country = CountryFactory(code="KH", name="Cambodia")
    countries = add_page(site_tree["en"], m.CountryIndexPage, "countries")
    with django_capture_on_commit_callbacks(execute=True):
        profile = add_page(countries, m.CountryProfilePage, "kh", country=country)
    assert 'scope="row"' not in client.get(profile.url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        IndicatorValueFactory(country=country, year=2024)
    assert client.get(profile.url).content.decode().count('scope="row"') == 1


def test_related_pages_follow_restrictions(client, documents, django_capture_on_commit_callbacks):
    country = CountryFactory(code="KH", name="Cambodia")
    with django_capture_on_commit_callbacks(execute=True):
        shown, other = (
            add_page(
                documents,
                m.PolicyDocumentPage,
                slug,
                title=slug.title(),
                document_type="report",
                issuing_body="PPS",
                publication_date=datetime.date(2024, 5, 1),
                countries=[m.PolicyDocumentCountry(country=country)],
            )
            for slug in ("shown", "neighbour")
        )
    assert "Neighbour" in client.get(shown.url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(
            page=other, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
        )
    assert "Neighbour" not in client.get(shown.url).content.decode()


def test_a_cached_listing_follows_publishing_unpublishing_and_restrictions(
    client, documents, django_capture_on_commit_callbacks
):
    urls = ("/en/documents/", "/km/documents/", "/en/documents/?type=report&page=1")

    def listed(title):
        return [title in client.get(url).content.decode() for url in urls]

    with django_capture_on_commit_callbacks(execute=True):
        add_document(documents, "first", "First rules")
    assert listed("Tender rules") == [False] * 3  # each listing now cached without it
    with django_capture_on_commit_callbacks(execute=True):
        document = add_document(documents, "tender-rules", "Tender rules")
    assert listed("Tender rules") == [True] * 3

    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(
            page=document, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
        )
    assert listed("Tender rules") == [False] * 3
    assert "1 result" in client.get("/en/documents/").content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.filter(page=document).delete()
    assert listed("Tender rules") == [True] * 3
    with django_capture_on_commit_callbacks(execute=True):
        document.unpublish()
    assert listed("Tender rules") == [False] * 3


def test_a_restricted_section_is_never_listed_from_the_cache(
    client, site_tree, documents, django_capture_on_commit_callbacks
):
    """A restriction on an ancestor (the index itself) keeps its pages out of every listing,
    and the cached listing of the index is not served to a visitor without the password."""
    with django_capture_on_commit_callbacks(execute=True):
        add_document(documents, "secret-rules", "Secret rules")
    assert "Secret rules" in client.get("/en/documents/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(
            page=documents, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
        )
    for url in ("/en/documents/", "/km/documents/", "/en/documents/secret-rules/"):
        html = client.get(url).content.decode()
        assert "Secret rules" not in html
        assert 'name="password"' in html
    assert "Secret rules" not in homes(client)


def test_language_links_follow_a_slug_change(
    client, site_tree, documents, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        document = add_document(documents, "old-slug", "Slugged")
    assert 'hreflang="en" href="http://testserver/en/documents/old-slug/"' in (
        client.get("/en/documents/old-slug/").content.decode()
    )
    with django_capture_on_commit_callbacks(execute=True):
        document.slug = "new-slug"
        document.save_revision().publish()
    html = client.get("/en/documents/new-slug/").content.decode()
    assert 'hreflang="en" href="http://testserver/en/documents/new-slug/"' in html
    assert "old-slug" not in html
