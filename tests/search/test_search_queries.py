"""The search page reads the glossary and the facets' country and topic names from the
object cache, and shows a saved term or name at once (the content version moves)."""

import json

import pytest
from django.apps import apps
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from search.glossary import expansions_from_rows
from tests.comparison.factories import CountryFactory
from tests.search.conftest import index_docs


@pytest.fixture
def database_backend(settings, db):
    settings.ELASTICSEARCH_URL = ""


def glossary_term(term, concept, code):
    return apps.get_model("data", "GlossaryTerm").objects.create(
        term=term, definition="-", concept=concept, locale=Locale.objects.get(language_code=code)
    )


def test_a_warm_search_page_reads_no_glossary_or_names(
    client, site_tree, database_backend, object_cache
):
    CountryFactory(code="KR", name="Korea")
    glossary_term("e-procurement", "ep", "en")
    glossary_term("전자조달", "ep", "ko")
    index_docs({"title": "KONEPS e-procurement", "countries": ["KR"]})
    url = "/en/search/?q=e-procurement"
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        html = client.get(url).content.decode()
    tables = " ".join(q["sql"] for q in captured.captured_queries)
    assert "data_glossaryterm" not in tables and "data_country" not in tables
    assert "KONEPS" in html and ">Korea<" in html.replace("\n", "").replace("  ", "")


def test_a_saved_term_or_name_shows_at_once(
    client, site_tree, database_backend, object_cache, django_capture_on_commit_callbacks
):
    korea = CountryFactory(code="KR", name="Korea")
    glossary_term("e-procurement", "ep", "en")
    index_docs({"title": "KONEPS e-procurement", "countries": ["KR"]})

    def api():
        return json.loads(client.get("/api/search/", {"q": "e-procurement"}).content)

    before = api()
    assert before["expanded_terms"] == []
    assert before["facets"]["country"] == [{"value": "KR", "label": "Korea", "count": 1}]
    with django_capture_on_commit_callbacks(execute=True):
        glossary_term("전자조달", "ep", "ko")
    with django_capture_on_commit_callbacks(execute=True):
        korea.name = "Republic of Korea"
        korea.save()
    after = api()
    assert after["expanded_terms"] == [{"term": "전자조달", "locale": "ko"}]
    assert after["facets"]["country"][0]["label"] == "Republic of Korea"


def test_expansions_look_at_each_row_once_and_keep_their_order():
    rows = [
        {"term": "e-procurement", "concept": "ep", "locale": "en"},
        {"term": "전자조달", "concept": "ep", "locale": "ko"},
        {"term": "mua sắm điện tử", "concept": "ep", "locale": "vi"},
        {"term": "E-Procurement", "concept": "ep", "locale": "id"},
        {"term": "budget", "concept": "", "locale": "en"},
    ]
    assert expansions_from_rows("e-procurement plan", "en", rows) == [
        {"term": "전자조달", "locale": "ko"},
        {"term": "mua sắm điện tử", "locale": "vi"},
    ]
    assert expansions_from_rows("budget", "en", rows) == []


def _links_through_querydict(params, labelled):
    """The facet links as QueryDict copies write them: what facet_links must match."""
    links = {}
    for name, values in labelled.items():
        links[name] = []
        for facet in values:
            query = params.copy()
            query.pop("page", None)
            selected = params.get(name, "").upper() == facet["value"].upper()
            if selected:
                query.pop(name, None)
            else:
                query[name] = facet["value"]
            links[name].append({**facet, "selected": selected, "href": "?" + query.urlencode()})
    return links


@pytest.mark.parametrize(
    "query",
    [
        "q=procurement",
        "q=%EB%82%98%EB%9D%BC%EC%9E%A5%ED%84%B0&page=2&country=kr",
        "country=VN&q=a+b%26c&type=guide&type=news&year=2024&all_locales=1",
        "page=3&topic=e-gp&q=",
    ],
)
def test_facet_links_are_those_of_querydict(query, monkeypatch):
    from django.http import QueryDict

    from search import presenters

    facets = {
        "type": [{"value": "guide", "count": 2}, {"value": "news", "count": 1}],
        "country": [{"value": "KR", "count": 3}, {"value": "VN", "count": 1}],
        "topic": [{"value": "e-gp", "count": 1}],
        "year": [{"value": "2024", "count": 4}],
    }
    labelled = {
        name: [{**f, "label": f["value"].title()} for f in values]
        for name, values in facets.items()
    }
    monkeypatch.setattr(presenters, "facet_labels", lambda facets, locale: labelled)
    params = QueryDict(query)
    assert presenters.facet_links(params, facets, "en") == _links_through_querydict(
        params, labelled
    )
