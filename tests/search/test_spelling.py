"""Misspellings and empty results on the search page, on both backends.

A word no indexed page uses is searched as the pages spell it, and the page says
so ("Showing results for"), also when a stem alone would have matched the typo.
A search that finds nothing offers the glossary terms and countries it resembles.
"""

import pytest
from django.apps import apps
from wagtail.models import Locale

from search.spelling import correct_query
from tests.search.conftest import index_docs

GUIDES = (
    {"title": "Green purchasing", "summary": "Buying sustainable goods and works."},
    {"title": "Electronic bids", "summary": "Open tendering, step by step."},
    {"title": "Procurement planning", "summary": "A plan for the year."},
)


def page(client, locale="en", **params):
    response = client.get(f"/{locale}/search/", params)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize(
    "typed, meant, title",
    [
        ("sustainble", "sustainable", "Green purchasing"),
        ("tendring", "tendering", "Electronic bids"),
        ("sustainble goods", "sustainable goods", "Green purchasing"),
    ],
)
def test_a_misspelling_is_searched_as_the_pages_spell_it(
    backend, client, site_tree, typed, meant, title
):
    index_docs(*GUIDES)
    html = page(client, q=typed)
    assert f"Showing results for “{meant}”." in html
    assert "<h2><a href=" in html and f">{title}</a></h2>" in html
    assert "No pages match your search." not in html
    typed_url = typed.replace(" ", "%20")
    assert f'href="?q={typed_url}&amp;exact=1">Search instead for “{typed}”</a>' in html


def test_a_stem_standing_in_for_a_misspelling_is_announced(backend, client, site_tree):
    # 'procurment' and 'procurement' share the stem 'procur', so the typo finds the page
    # on its own; the reader is still told which word was searched.
    index_docs(*GUIDES)
    html = page(client, q="procurment")
    assert ">Procurement planning</a></h2>" in html
    assert "Showing results for “procurement”." in html


def test_words_the_pages_use_are_not_corrected(backend, client, site_tree):
    index_docs(*GUIDES, {"title": "Tenders", "body": "tendring is a town in Essex"})
    assert "Showing results for" not in page(client, q="tendering")
    assert "Showing results for" not in page(client, q="tendring")  # a body word is a word
    assert "Showing results for" not in page(client, q="buying goods")


def test_search_instead_keeps_the_words_as_typed(backend, client, site_tree):
    index_docs(*GUIDES)
    html = page(client, q="sustainble", exact="1")
    assert "Showing results for" not in html and "No pages match your search." in html


def test_correct_query_keeps_the_rest_of_the_query(backend, site_tree):
    index_docs(*GUIDES)
    assert correct_query("Sustainble, e-procurment goods", ["en"]) == (
        "sustainable, e-procurement goods"
    )
    assert correct_query("goods", ["en"]) == ""
    assert correct_query("", ["en"]) == ""
    assert correct_query("전자조달", ["ko"]) == ""


@pytest.fixture
def glossary(db):
    term = apps.get_model("data", "GlossaryTerm")
    for code, text, abbreviation in (
        ("en", "reverse auction", ""),
        ("en", "framework agreement", "FA"),
        ("km", "ការដេញថ្លៃបញ្ច្រាស", ""),
    ):
        term.objects.create(
            term=text, abbreviation=abbreviation, definition="-",
            concept=text.replace(" ", "-") if code == "en" else "reverse-auction",
            locale=Locale.objects.get(language_code=code),
        )  # fmt: skip


def test_nothing_found_offers_glossary_terms_and_countries(backend, client, site_tree, glossary):
    index_docs(
        *GUIDES,
        {"title": "Cambodia", "type": "country_profile", "countries": ["KH"],
         "url": "/en/countries/cambodia/"},
        {"title": "Glossary", "type": "glossary", "url": "/en/glossary/"},
    )  # fmt: skip
    html = page(client, q="cambodia reverse auctions snowfall")
    assert "No pages match your search." in html
    assert '<a href="/en/glossary/#reverse-auction">reverse auction</a>' in html
    assert '<a href="/en/countries/cambodia/">Cambodia</a>' in html
    assert "framework agreement" not in html
    # Under /km/ the English pages are served at the same path, in English.
    html = page(client, "km", q="cambodia reverse auctions snowfall")
    assert '<a href="/km/countries/cambodia/" lang="en">Cambodia</a>' in html
    assert '<a href="/km/glossary/#reverse-auction" lang="en">reverse auction</a>' in html


def test_nothing_close_offers_nothing(backend, client, site_tree, glossary):
    index_docs(*GUIDES, {"title": "Cambodia", "type": "country_profile", "countries": ["KH"]})
    html = page(client, q="snowfall")
    assert "No pages match your search." in html
    assert "Related glossary terms" not in html and "Related countries" not in html
