"""The search page, the JSON API per DESIGN.md, the fallback, and malformed parameters."""

import json

import pytest
from django.apps import apps

from tests.search.conftest import index_docs

CONTRACT_KEYS = {"query", "locale", "backend", "total", "took_ms", "results", "facets"}
RESULT_KEYS = {"title", "url", "type", "locale", "countries", "date", "snippet"}


def api(client, **params):
    response = client.get("/api/search/", params)
    assert response.status_code in (200, 400), response.status_code
    return response.status_code, json.loads(response.content)


def test_api_shape(backend, client):
    index_docs({"title": "KONEPS overview", "countries": ["KR"], "topics": ["e-gp"]})
    status, body = api(client, q="koneps", locale="en")
    assert status == 200
    assert set(body) >= CONTRACT_KEYS
    assert body["backend"] == backend and body["total"] == 1
    assert set(body["results"][0]) == RESULT_KEYS
    assert body["results"][0]["snippet"] == "<mark>KONEPS</mark> overview"
    assert set(body["facets"]) == {"type", "country", "topic", "year"}
    assert body["facets"]["country"] == [{"value": "KR", "label": "KR", "count": 1}]


def test_suggest_api(backend, client):
    index_docs({"title": "Procurement planning"})
    body = json.loads(client.get("/api/search/suggest/", {"q": "procu", "locale": "en"}).content)
    assert body == {"suggestions": ["Procurement planning"]}


@pytest.mark.parametrize(
    "params",
    [
        {"q": "x", "page": "abc"},
        {"q": "x", "page": "-5", "page_size": "100000"},
        {"q": "x", "year": "twenty"},
        {"q": "x", "page_size": "1e9"},
        {"q": "a\x00b", "country": "zz" * 100},
        {},
    ],
)
def test_malformed_params_are_defaults(backend, client, params):
    status, body = api(client, **params)
    assert status == 200 and body["total"] >= 0


@pytest.mark.parametrize("params", [{"q": "x", "locale": "fr"}, {"q": "x", "sort": "random"}])
def test_bad_params_are_clear_400(backend, client, params):
    status, body = api(client, **params)
    assert status == 400 and body["error"]


def test_search_page_with_facet_links(backend, client, site_tree):
    index_docs(
        {"title": "조달청은 나라장터를 운영한다", "locale": "ko", "countries": ["KR"]},
        {"title": "나라장터 이용 안내", "locale": "ko", "type": "guide"},
    )
    response = client.get("/ko/search/", {"q": "나라장터"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<mark>나라장터</mark>" in html
    assert 'href="?q=%EB%82%98%EB%9D%BC%EC%9E%A5%ED%84%B0&amp;country=KR"' in html
    assert "INVALID_TEMPLATE_VARIABLE" not in html
    filtered = client.get("/ko/search/", {"q": "나라장터", "country": "KR"}).content.decode()
    assert "나라장터 이용 안내" not in filtered and 'aria-current="true"' in filtered


def test_search_page_empty_state(backend, client, site_tree):
    index_docs({"title": "Procurement planning"})
    html = client.get("/en/search/", {"q": "zanzibarite"}).content.decode()
    assert "No pages match your search." in html
    html = client.get("/en/search/", {"q": "procuremnt"}).content.decode()
    assert "Showing results for “procurement”." in html  # see test_spelling
    assert client.get("/en/search/", {"q": "", "page": "zz"}).status_code == 200


def test_elasticsearch_down_falls_back_to_database(db, client, settings, site_tree):
    settings.ELASTICSEARCH_URL = ""
    index_docs({"title": "KONEPS overview"})  # the database copy
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"  # nothing listens on the discard port
    settings.ELASTICSEARCH_TIMEOUT = 0.5
    status, body = api(client, q="koneps")
    assert status == 200 and body["backend"] == "database" and body["degraded"] is True
    assert [r["title"] for r in body["results"]] == ["KONEPS overview"]
    html = client.get("/en/search/", {"q": "koneps"}).content.decode()
    assert "may be incomplete" in html and "KONEPS overview" in html
    health = json.loads(client.get("/healthz").content)
    assert health["status"] == "degraded" and health["search"]["backend"] == "database"
    suggestions = json.loads(client.get("/api/search/suggest/", {"q": "kon"}).content)
    assert suggestions == {"suggestions": ["KONEPS overview"]}


def test_queries_are_logged_for_the_staff_report(backend, client, admin_client):
    index_docs({"title": "KONEPS overview"})
    for q in ("koneps", "koneps", "nothing-here"):
        client.get("/api/search/", {"q": q, "locale": "en"})
    html = admin_client.get("/admin/reports/public-search/").content.decode()
    assert "koneps" in html and "nothing-here" in html


def test_glossary_bridges_korean_to_english(backend, client, site_tree):
    """전자조달 (ko) is the concept e-procurement: all-languages search finds English pages."""
    from wagtail.models import Locale

    glossary = apps.get_model("data", "GlossaryTerm")
    for code, term in (("ko", "전자조달"), ("en", "e-procurement"), ("vi", "mua sắm điện tử")):
        glossary.objects.create(
            term=term, definition="-", concept="e-procurement",
            locale=Locale.objects.get(language_code=code),
        )  # fmt: skip
    index_docs({"title": "KONEPS: Korea's e-procurement system", "locale": "en"})
    status, body = api(client, q="전자조달", locale="ko", all_locales="1")
    assert [r["title"] for r in body["results"]] == ["KONEPS: Korea's e-procurement system"]
    assert body["results"][0]["locale"] == "en"
    assert {"term": "e-procurement", "locale": "en"} in body["expanded_terms"]
    html = client.get("/ko/search/", {"q": "전자조달", "all_locales": "1"}).content.decode()
    assert "e-procurement" in html and 'lang="en"' in html


def test_glossary_expansion_is_pure():
    from search.glossary import expansions_from_rows

    rows = [
        {"term": "전자조달", "concept": "ep", "locale": "ko"},
        {"term": "e-procurement", "concept": "ep", "locale": "en"},
        {"term": "budget", "concept": "b", "locale": "en"},
    ]
    assert expansions_from_rows("전자조달 시스템", "ko", rows) == [
        {"term": "e-procurement", "locale": "en"}
    ]
    assert expansions_from_rows("nothing", "en", rows) == []


def test_korean_results_and_facets_name_their_type_in_korean(backend, client, site_tree):
    index_docs(
        {"title": "조달 정책 문서", "locale": "ko", "type": "policy_document"},
        {"title": "조달 가이드", "locale": "ko", "type": "guide"},
        {"title": "조달 목록", "locale": "ko", "type": "index"},
    )
    status, body = api(client, q="조달", locale="ko")
    assert status == 200
    labels = {f["value"]: f["label"] for f in body["facets"]["type"]}
    assert labels == {"policy_document": "정책 문서", "guide": "가이드", "index": "섹션 목록"}
    html = client.get("/ko/search/", {"q": "조달"}).content.decode()
    assert "정책 문서" in html and "Policy document" not in html
