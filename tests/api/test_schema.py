"""The OpenAPI description of the public JSON API, and its readable page."""

import pytest

ENDPOINTS = [
    "/api/countries/",
    "/api/indicators/",
    "/api/values/",
    "/api/search/",
    "/api/search/suggest/",
]


@pytest.fixture
def schema(client):
    response = client.get("/api/schema/")
    assert response.status_code == 200
    return response.json()


def test_every_public_endpoint_is_described(schema):
    assert schema["openapi"].startswith("3.")
    assert sorted(schema["paths"]) == sorted(ENDPOINTS)
    assert all(list(methods) == ["get"] for methods in schema["paths"].values())


def test_licence_pagination_and_errors_are_described(schema):
    assert schema["info"]["license"] == {
        "name": "CC BY 4.0",
        "url": "https://creativecommons.org/licenses/by/4.0/",
    }
    values = schema["paths"]["/api/values/"]["get"]
    params = {p["name"] for p in values["parameters"]}
    assert {"country", "indicator", "year", "is_sample", "page", "page_size"} <= params
    assert set(values["responses"]) >= {"200", "400", "429"}
    page = schema["components"]["schemas"]["ValuePage"]["properties"]
    assert {"count", "num_pages", "next", "previous", "licence", "results"} <= set(page)
    error = schema["components"]["schemas"]["Error"]
    assert error["properties"]["error"]["examples"]


def test_fields_carry_examples(schema):
    country = schema["components"]["schemas"]["Country"]["properties"]
    assert country["code"]["examples"] == ["KR"]
    search = schema["paths"]["/api/search/"]["get"]
    assert next(p for p in search["parameters"] if p["name"] == "q")["example"]


@pytest.mark.django_db
def test_a_parameter_ninja_cannot_read_is_the_apps_400(client):
    response = client.get("/api/values/?page=x")
    assert response.status_code == 400
    assert "page" in response.json()["error"]
    # search reads unreadable page numbers as the default, as it always has
    assert client.get("/api/search/?q=tender&page=x").status_code == 200


def test_the_docs_page_loads_only_its_own_assets(client):
    response = client.get("/api/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in html
    assert "//cdn" not in html and "https://" not in html
    assert "script-src 'self'" in response["Content-Security-Policy"]
