import pytest

from tests.comparison.factories import grid


@pytest.mark.django_db
def test_values_filter_and_paginate(client):
    countries, indicators = grid(3, 4, years=(2023, 2024))
    code = countries[0].code
    data = client.get(f"/api/values/?country={code.lower()}&year=2024&page_size=3").json()
    assert data["count"] == 4
    assert data["num_pages"] == 2
    assert len(data["results"]) == 3
    assert {r["country"] for r in data["results"]} == {code}
    assert {r["year"] for r in data["results"]} == {2024}
    first = data["results"][0]
    assert first["source"]["url"].startswith("https://example.org/")
    assert first["is_sample"] is False
    assert data["licence"]["name"] == "CC BY 4.0"
    page2 = client.get(data["next"]).json()
    assert len(page2["results"]) == 1 and page2["next"] is None
    seen = {(r["indicator"]) for r in data["results"] + page2["results"]}
    assert seen == {i.code for i in indicators}

    by_indicator = client.get(f"/api/values/?indicator={indicators[1].code}").json()
    assert by_indicator["count"] == 3 * 2


@pytest.mark.django_db
def test_bad_pagination_is_a_400(client):
    grid(1, 1)
    assert client.get("/api/values/?page=9").status_code == 400
    assert client.get("/api/values/?page_size=0").status_code == 400
    assert client.get("/api/values/?page=x").status_code == 400
    assert client.get("/api/values/?year=soon").status_code == 400


@pytest.mark.django_db
def test_countries_and_indicators(client, small_world):
    data = client.get("/api/countries/?income_group=high").json()
    assert [c["code"] for c in data["results"]] == ["KR"]
    km = client.get("/api/countries/?locale=km").json()
    assert "កម្ពុជា" in {c["name"] for c in km["results"]}
    inds = client.get("/api/indicators/?pillar=digital").json()
    assert {i["code"] for i in inds["results"]} == {"ep-etender", "ep-share"}


@pytest.mark.django_db
def test_open_data_page_names_the_licence(client, small_world):
    html = client.get("/en/open-data/").content.decode()
    assert "CC BY 4.0" in html and "/api/values/" in html and "Sample data." in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/api/values/?contry=kr",
        "/api/values/?country=kr&is_sample=maybe",
        "/api/countries/?regoin=east_asia",
        "/api/indicators/?pilar=digital",
    ],
)
def test_unknown_or_malformed_filters_are_a_clear_400(client, small_world, url):
    response = client.get(url)
    assert response.status_code == 400
    error = response.json()["error"]
    assert "contry" in error or "is_sample" in error or "regoin" in error or "pilar" in error


@pytest.mark.django_db
def test_known_filters_still_answer(client, small_world):
    response = client.get("/api/values/?country=kr&is_sample=0&page_size=5")
    assert response.status_code == 200
    assert {v["country"] for v in response.json()["results"]} == {"KR"}
