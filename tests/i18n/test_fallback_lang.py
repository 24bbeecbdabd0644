"""Text shown on a page in another language than the page's carries its own `lang`:
an English page listed under /km/ stands in for a missing translation, and screen
readers and hyphenation must read it as English."""

import pytest

from content.pages import models as m
from tests.content.factories import CountryFactory, add_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def profiles(site_tree):
    index = add_page(site_tree["en"], m.CountryIndexPage, "countries")
    add_page(
        index,
        m.CountryProfilePage,
        "cambodia",
        title="Cambodia",
        summary="How public procurement works in Cambodia",
        country=CountryFactory(code="KH", name="Cambodia"),
        eproc_system_name="Cambodia e-Government Procurement",
    )
    km_index = index.copy_for_translation(site_tree["km"].locale)
    km_index.title = "ប្រទេស"
    km_index.save_revision().publish()
    return index


def test_an_english_item_on_a_khmer_listing_is_marked_english(client, profiles):
    html = client.get("/km/countries/").content.decode()
    item = html.split('<li class="listing__item">', 1)[1].split("</li>", 1)[0]
    assert 'lang="en">Cambodia</a></h2>' in item
    assert '<p lang="en">How public procurement works in Cambodia</p>' in item
    assert '<span lang="en">Cambodia e-Government Procurement</span>' in item
    english = client.get("/en/countries/").content.decode()
    assert '<p lang="en">' not in english and '<span lang="en">' not in english


def test_an_english_item_on_a_khmer_listing_keeps_the_reader_in_khmer(client, profiles):
    """The link goes to the page under /km/, where it is served with the fallback
    notice, not to /en/, which would switch the whole site to English."""
    html = client.get("/km/countries/").content.decode()
    item = html.split('<li class="listing__item">', 1)[1].split("</li>", 1)[0]
    assert 'href="/km/countries/cambodia/"' in item and 'href="/en/' not in item
    page = client.get("/km/countries/cambodia/")
    assert page.status_code == 200
    assert 'class="breadcrumbs"' in (text := page.content.decode())
    breadcrumbs = text.split('class="breadcrumbs"', 1)[1].split("</nav>", 1)[0]
    assert 'href="/km/countries/"' in breadcrumbs and 'href="/en/' not in breadcrumbs


def test_a_topic_with_no_khmer_name_is_marked_english_in_the_filter(client, site_tree):
    from wagtail.models import Locale

    from content.data.models import Topic

    en, km = Locale.objects.get(language_code="en"), Locale.objects.get(language_code="km")
    Topic.objects.create(slug="integrity", name="Integrity", locale=en)
    e_gp = Topic.objects.create(slug="e-procurement", name="E-procurement", locale=en)
    khmer = e_gp.copy_for_translation(km)
    khmer.name = "លទ្ធកម្មអេឡិចត្រូនិក"
    khmer.save()
    library = add_page(site_tree["en"], m.GuideLibraryPage, "guides")
    km_library = library.copy_for_translation(km)
    km_library.title = "មគ្គុទ្ទេសក៍"
    km_library.save_revision().publish()

    html = client.get("/km/guides/").content.decode()
    topics = html.split('<select name="topic">', 1)[1].split("</select>", 1)[0]
    assert '<option value="integrity" lang="en">Integrity</option>' in topics
    assert '<option value="e-procurement">លទ្ធកម្មអេឡិចត្រូនិក</option>' in topics
    english = client.get("/en/guides/").content.decode()
    assert '<option value="integrity">Integrity</option>' in english
    assert 'lang="en"' not in english.split('<select name="topic">', 1)[1].split("</select>")[0]
