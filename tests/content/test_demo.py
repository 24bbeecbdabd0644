"""The demo loads idempotently, and every page type renders in en and ko.

The demo is loaded once for the module inside a transaction that is rolled
back at the end (each test runs in a savepoint within it).
"""

import datetime

import pytest
from django.db import transaction
from wagtail.documents.models import Document
from wagtail.models import Locale

from content.data.models import GlossaryTerm, IndicatorValue
from content.demo.loader import load_demo
from content.pages.models import (
    CountryIndexPage,
    CountryProfilePage,
    EventIndexPage,
    EventPage,
    GlossaryPage,
    GuideLibraryPage,
    GuidePage,
    NewsIndexPage,
    NewsPage,
    ODAProgrammeIndexPage,
    ODAProgrammePage,
    PolicyDocumentIndexPage,
    PolicyDocumentPage,
)


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        first = load_demo()
        second = load_demo()
        yield first, second
        transaction.set_rollback(True)


pytestmark = pytest.mark.usefixtures("demo")

DETAIL_TYPES = [
    CountryProfilePage,
    PolicyDocumentPage,
    ODAProgrammePage,
    GuidePage,
    EventPage,
    NewsPage,
]
INDEX_TYPES = [
    CountryIndexPage,
    PolicyDocumentIndexPage,
    ODAProgrammeIndexPage,
    GuideLibraryPage,
    EventIndexPage,
    NewsIndexPage,
    GlossaryPage,
]


def assert_renders(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    html = response.content.decode()
    assert "INVALID_TEMPLATE_VARIABLE" not in html, url
    return html


def test_load_demo_twice_gives_the_same_counts(demo, db):
    first, second = demo
    assert first == second
    assert first["countries"] >= 14 and first["indicators"] >= 40
    assert first["policy documents"] >= 30 and first["guides"] >= 10
    assert first["ODA programmes"] >= 5 and first["events"] >= 5
    assert GlossaryTerm.objects.filter(locale__language_code="en").count() >= 60


def test_every_country_has_values_for_every_indicator_in_two_years(db):
    per_country = IndicatorValue.objects.values_list("country__code", "indicator__code", "year")
    combos = set(per_country)
    countries = {c for c, _, _ in combos}
    indicators = {i for _, i, _ in combos}
    assert len(combos) == len(countries) * len(indicators) * 2
    assert not IndicatorValue.objects.filter(source_title="").exists()


def test_index_pages_translated_into_ko_and_vi(db):
    for model in INDEX_TYPES:
        codes = set(model.objects.values_list("locale__language_code", flat=True))
        assert {"en", "ko", "vi"} <= codes, model


def test_documents_have_real_pdf_files_in_several_languages(db):
    languages = set(PolicyDocumentPage.objects.values_list("files__language", flat=True))
    assert {"en", "ko", "vi"} <= languages
    document = Document.objects.filter(title__contains="한국어").first()
    with document.file.open("rb") as handle:
        assert handle.read(5) == b"%PDF-"
    assert document.file_size > 500


@pytest.mark.parametrize("model", INDEX_TYPES)
@pytest.mark.parametrize("language", ["en", "ko"])
def test_index_pages_render(client, db, model, language):
    page = model.objects.get(locale__language_code=language)
    html = assert_renders(client, page.url)
    assert f'<html lang="{language}"' in html
    assert 'aria-label="Breadcrumb"' in html or "breadcrumbs" in html


@pytest.mark.parametrize("model", DETAIL_TYPES)
def test_detail_pages_render_in_en_and_ko(client, db, model):
    page = model.objects.filter(locale__language_code="en").first()
    html = assert_renders(client, page.url)
    if page.is_sample:
        assert "notice--sample" in html
    ko = Locale.objects.get(language_code="ko")
    translation = page.get_translation_or_none(ko)
    if translation is None:
        translation = page.copy_for_translation(ko, copy_parents=True)
        translation.save_revision().publish()
    assert assert_renders(client, translation.url).startswith("<!DOCTYPE html>")


def test_country_profile_shows_values_with_sources_and_sample_notice(client, db):
    page = CountryProfilePage.objects.get(locale__language_code="en", country__code="KR")
    html = assert_renders(client, page.url)
    assert "<caption>" in html and 'scope="row"' in html
    assert 'href="https://www.g2b.go.kr"' in html  # a cited source for a real value
    assert "notice--sample" in html  # sample values are on the page


def test_filters_narrow_the_listing(client, db):
    index = PolicyDocumentIndexPage.objects.get(locale__language_code="en")
    everything = client.get(index.url).context["page_obj"].paginator.count
    laws_vn = client.get(index.url, {"type": "law", "country": "vn"}).context["items"]
    assert 0 < len(laws_vn) < everything
    assert all(item.document_type == "law" for item in laws_vn)
    assert all("VN" in item.country_codes() for item in laws_vn)
    second = client.get(index.url, {"page": 2})
    assert second.context["page_obj"].number == 2


def test_korean_index_falls_back_to_untranslated_english_pages(client, db):
    index = PolicyDocumentIndexPage.objects.get(locale__language_code="ko")
    response = client.get(index.url)
    assert response.context["page_obj"].paginator.count >= 30
    assert "대한민국" in response.content.decode()  # country names in Korean


@pytest.mark.parametrize("model", DETAIL_TYPES)
def test_search_document_contract(db, model):
    page = model.objects.filter(locale__language_code="en").first()
    doc = page.search_document()
    assert set(doc) >= {"title", "summary", "body", "countries", "topics", "date", "attachments"}
    assert isinstance(doc["body"], str) and doc["body"] and "<p>" not in doc["body"]
    assert doc["countries"] and all(len(c) == 2 and c.isupper() for c in doc["countries"])
    assert isinstance(doc["date"], datetime.date)
    assert all(isinstance(a, Document) for a in doc["attachments"])
    assert page.search_type != "page"


def test_search_document_lists_attachments_and_topics(db):
    page = PolicyDocumentPage.objects.get(slug="koneps-case-study", locale__language_code="en")
    doc = page.search_document()
    assert len(doc["attachments"]) == 3
    assert doc["topics"] == ["e-procurement"]
    assert doc["date"] == page.publication_date


def test_glossary_concepts_bridge_languages(db):
    rows = GlossaryTerm.objects.filter(concept="e-procurement")
    terms = {row.locale.language_code: row.term for row in rows}
    assert terms == {"en": "e-procurement", "ko": "전자조달", "vi": "mua sắm điện tử"}


def test_korean_profile_uses_korean_names(client, db):
    page = CountryProfilePage.objects.get(locale__language_code="ko", country__code="KR")
    html = assert_renders(client, page.url)
    assert "<h1>대한민국</h1>" in html
    assert "전자입찰" in html  # indicator name in Korean
    assert "법·제도 및 정책 체계" in html  # pillar name in Korean


@pytest.mark.parametrize("model", DETAIL_TYPES)
def test_wagtail_localize_translates_each_page_type(
    client, db, model, django_capture_on_commit_callbacks
):
    from wagtail_localize.models import TranslationSource

    th = Locale.objects.get(language_code="th")
    page = model.objects.filter(locale__language_code="en").first()
    # wagtail-localize publishes on commit: run those callbacks, one translation at a time
    # as separate admin requests would.
    for ancestor in page.get_ancestors().filter(depth__gt=2).specific():
        if ancestor.get_translation_or_none(th) is None:
            with django_capture_on_commit_callbacks(execute=True):
                source, _ = TranslationSource.get_or_create_from_instance(ancestor)
                source.create_or_update_translation(th, fallback=True)
    with django_capture_on_commit_callbacks(execute=True):
        source, _ = TranslationSource.get_or_create_from_instance(page)
        translation, _ = source.create_or_update_translation(th, fallback=True)
    translation.refresh_from_db()
    assert translation.locale == th
    assert translation.search_document()["countries"] == page.search_document()["countries"]
    assert_renders(client, translation.url)
