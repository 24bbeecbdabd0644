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
