import pytest

pytestmark = pytest.mark.django_db


def test_live_touches_nothing(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz/live")
    assert response.status_code == 200 and response.json() == {"status": "ok"}


def test_ready_reports_each_dependency(client):
    response = client.get("/healthz/ready")
    body = response.json()
    assert response.status_code == 200
    assert body["database"] == "ok"
    assert body["cache"]["status"] == "ok"
    assert body["status"] in ("ok", "degraded")
    assert set(body) >= {"status", "database", "search", "cache", "queue"}
    assert body["queue"]["depth"] is None  # ImmediateBackend in tests: no queue


def test_healthz_contract_is_kept(client):
    body = client.get("/healthz").json()
    assert set(body) == {"status", "database", "search"}
