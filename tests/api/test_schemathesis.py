"""schemathesis against /api/schema/ on a live server with the demo content and its
search index: no 500, and every answer as the schema describes it.

A bounded run for CI (SCHEMATHESIS_EXAMPLES cases per operation, default 20);
`make fuzz` runs the same test with 500 per operation.
"""

import os

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from config.api import api
from tests.api.conftest import CASES
from tests.conftest import need_service

EXAMPLES = int(os.environ.get("SCHEMATHESIS_EXAMPLES", "20"))
# pytest-django creates the test database only for tests that ask for one.
pytestmark = pytest.mark.django_db
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


@pytest.fixture(scope="module")
def demo_api(django_db_setup, django_db_blocker):
    """Countries, indicators, values and a few indexed pages in three languages, served
    by a server thread of our own: pytest-django's live_server would flush the database
    after each of the many test cases."""
    from django.conf import settings as django_settings
    from pytest_django.live_server_helper import LiveServer

    from content.data.models import Country, Indicator, IndicatorValue, Pillar
    from search.backends import (
        DatabaseBackend,
        ElasticsearchBackend,
        elasticsearch_client,
        search_status,
    )
    from search.models import SearchQuery
    from tests.comparison.factories import grid
    from tests.search.conftest import index_docs

    if not django_settings.ELASTICSEARCH_URL or search_status()["status"] != "ok":
        need_service("the API is fuzzed with Elasticsearch behind search: set ELASTICSEARCH_URL")
    with django_db_blocker.unblock():
        grid(3, 4, years=(2023, 2024))
        index_docs(
            {"title": "Electronic procurement guide", "body": "tender <b>KONEPS</b>",
             "countries": ["KR"], "type": "guide"},
            {"title": "전자조달 안내", "body": "입찰 조달청", "locale": "ko", "countries": ["KR"]},
            {"title": "ការលទ្ធកម្មអេឡិចត្រូនិក", "body": "ការដេញថ្លៃ", "locale": "km"},
        )  # fmt: skip
        server = LiveServer("127.0.0.1:0")
        yield server.url
        server.stop()
        for model in (IndicatorValue, Indicator, Pillar, Country, SearchQuery):
            model.objects.all().delete()
        DatabaseBackend().clear()  # the entries and their terms' document counts
        ElasticsearchBackend(elasticsearch_client()).drop_all()


# The document the server publishes (test_served_schema_is_the_one_fuzzed), loaded
# here because schemathesis's lazy loader does not run on pytest 9.
SCHEMA = api.get_openapi_schema(path_prefix="/api/")
schema = schemathesis.openapi.from_dict(SCHEMA)


def test_served_schema_is_the_one_fuzzed(demo_api):
    assert requests.get(f"{demo_api}/api/schema/", timeout=30).json() == SCHEMA


# One test per operation, each with its own id: pytest-xdist tells tests apart by
# id, and schemathesis's own parametrize gives every operation the same one.
OPERATIONS = [result.ok() for result in schema.get_all_operations()]


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda operation: operation.label)
def test_api_answers_as_described(operation, demo_api):
    @given(case=operation.as_strategy())
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )
    def answers(case):
        CASES[operation.label] += 1
        case.call_and_validate(base_url=demo_api, checks=CHECKS)

    answers()


def test_cases_were_generated():
    """Runs after the fuzzing (same module, later): every operation was exercised.
    The counts are in the session's summary (tests/api/conftest.py)."""
    assert len(CASES) == 5 and min(CASES.values()) >= min(EXAMPLES, 5)
