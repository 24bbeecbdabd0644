"""Search in a locale covers what the reader can open there: the locale's own pages
first, then the untranslated English pages served under the reader's prefix."""

import json
import re

from django.apps import apps
from wagtail.models import Locale

from tests.search.conftest import index_docs


def results(client, locale, **params):
    response = client.get(f"/{locale}/search/", params)
    assert response.status_code == 200
    html = response.content.decode()
    items = re.findall(r'<li class="search-result" lang="([^"]+)">(.*?)</li>', html, re.S)
    found = []
    for lang, body in items:
        href, title = re.search(r'<h2><a href="([^"]+)">(.*?)</a></h2>', body).groups()
        found.append({"lang": lang, "url": href, "title": title, "body": body})
    return html, found


def publish_translation(page, language, title, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        copy = page.copy_for_translation(Locale.objects.get(language_code=language))
        copy.title = title
        copy.save_revision().publish()
    return copy


def test_khmer_search_lists_english_guides_labelled_and_linked_under_km(
    backend, client, atlas_page, django_capture_on_commit_callbacks
):
    planning = atlas_page("Procurement planning guide", body="How to plan a tender.")
    bidding = atlas_page("Guide to electronic bidding", body="Bidding online.")
    translated = atlas_page("Contract management guide", body="Managing contracts.")
    publish_translation(
        translated, "km", "មគ្គុទ្ទេសក៍គ្រប់គ្រងកិច្ចសន្យា guide", django_capture_on_commit_callbacks
    )
    html, found = results(client, "km", q="guide")
    assert "<p>" + "No pages match your search." not in html
    by_url = {r["url"]: r for r in found}
    for page in (planning, bidding):
        hit = by_url[f"/km/{page.slug}/"]  # the fallback's URL, not /en/
        assert hit["lang"] == "en"
        assert '<span class="search-result__locale">ភាសាអង់គ្លេស</span>' in hit["body"]
    # The translated guide appears once, as the Khmer page, and first.
    assert found[0]["url"] == f"/km/{translated.slug}/" and found[0]["lang"] == "km"
    assert f"/en/{translated.slug}/" not in html and len(found) == 3
    fallback = client.get(f"/km/{planning.slug}/").content.decode()
    assert "notice--fallback" in fallback  # the link opens the English page in km

    body = json.loads(client.get("/api/search/", {"q": "guide", "locale": "km"}).content)
    assert body["total"] == 3
    assert {r["url"] for r in body["results"]} == set(by_url)


def test_khmer_query_finds_the_khmer_guide_first(backend, client, atlas_page):
    atlas_page("មគ្គុទ្ទេសក៍លទ្ធកម្មតាមអេឡិចត្រូនិក", locale="km", body="ការដេញថ្លៃ")
    atlas_page("Electronic procurement guide", body="មគ្គុទ្ទេសក៍ in English text")
    _html, found = results(client, "km", q="មគ្គុទ្ទេសក៍")
    assert [r["lang"] for r in found] == ["km", "en"]
    assert found[0]["title"] == "មគ្គុទ្ទេសក៍លទ្ធកម្មតាមអេឡិចត្រូនិក"


def test_korean_query_reaches_english_pages_through_the_glossary(backend, client, atlas_page):
    glossary = apps.get_model("data", "GlossaryTerm")
    for code, term in (("ko", "전자조달"), ("en", "e-procurement")):
        glossary.objects.create(
            term=term, definition="-", concept="e-procurement",
            locale=Locale.objects.get(language_code=code),
        )  # fmt: skip
    page = atlas_page("KONEPS: Korea's e-procurement system", body="Bidding online since 2002.")
    atlas_page("전자조달 안내", locale="ko", body="나라장터")
    body = json.loads(client.get("/api/search/", {"q": "전자조달", "locale": "ko"}).content)
    assert [r["locale"] for r in body["results"]] == ["ko", "en"]  # Korean first
    assert body["results"][1]["url"] == f"/ko/{page.slug}/"
    _html, found = results(client, "ko", q="전자조달")
    assert found[1]["title"] == "KONEPS: Korea&#x27;s e-procurement system"
    assert found[1]["lang"] == "en"


def test_english_search_is_unchanged(backend, client, site_tree):
    index_docs({"title": "Guide", "locale": "en"}, {"title": "guide", "locale": "km"})
    body = json.loads(client.get("/api/search/", {"q": "guide", "locale": "en"}).content)
    assert [r["locale"] for r in body["results"]] == ["en"]


def test_url_in_locale_swaps_only_the_language_prefix():
    from config.i18n import url_in_locale

    assert url_in_locale("/en/guides/en/", "km") == "/km/guides/en/"
    assert (
        url_in_locale("https://atlas.example/en/a/?x=1", "lo") == "https://atlas.example/lo/a/?x=1"
    )
    assert url_in_locale("/test/1/", "km") == "/test/1/"
