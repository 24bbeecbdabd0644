"""The demo's guides in the partner languages are found by queries in those
languages, on both backends, through the indexing the site itself runs."""

import pytest
from django.db import transaction

from content.pages.models import GuidePage
from search.backends import get_backends
from search.indexing import page_document
from tests.demo import load_demo

from .conftest import search


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        load_demo()
        yield
        transaction.set_rollback(True)


@pytest.fixture
def indexed_guides(demo, backend):
    docs = [page_document(page) for page in GuidePage.objects.live().specific()]
    for engine in get_backends():
        engine.index(docs)
    return docs


def test_a_khmer_query_finds_the_khmer_guide(indexed_guides):
    result = search("ផ្សារទំនិញអនឡាញ", "km")
    assert result.hits, "no hit for a Khmer query"
    top = result.hits[0]
    assert top.title == "ការរៀបចំកាតាឡុកអេឡិចត្រូនិក និងផ្សារទំនិញអនឡាញ"
    assert top.url.startswith("/km/")


def test_a_khmer_query_finds_words_only_in_the_khmer_pdf(indexed_guides):
    # "យានយន្ត" (vehicles) is in the guide's file and body, not in its title or summary.
    titles = [hit.title for hit in search("យានយន្ត", "km").hits]
    assert "ការរៀបចំកាតាឡុកអេឡិចត្រូនិក និងផ្សារទំនិញអនឡាញ" in titles
