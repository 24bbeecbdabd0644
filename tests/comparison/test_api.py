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


@pytest.mark.django_db
def test_each_value_carries_its_own_source_and_year(client, small_world):
    """Korea's 2023 and 2024 shares cite different reports: each value object names
    its own, never the latest row's; a value citing a document links the file."""
    from wagtail.documents.models import Document

    kr_2023 = small_world["kr"].values.get(indicator=small_world["share"], year=2023)
    kr_2023.source_title, kr_2023.source_year = "KONEPS statistics 2023", 2023
    kr_2023.source_url = "https://example.org/koneps-2023"
    kr_2023.save()
    from django.core.files.base import ContentFile

    report = Document(title="PPS annual report 2024")
    report.file.save("pps-2024.pdf", ContentFile(b"%PDF-1.4\n"), save=False)
    report.save()
    kr_2024 = small_world["kr"].values.get(indicator=small_world["share"], year=2024)
    kr_2024.source_title, kr_2024.source_url, kr_2024.source_document = "", "", report
    kr_2024.source_year = 2024
    kr_2024.save()

    data = client.get("/api/values/?country=kr&indicator=ep-share").json()
    by_year = {v["year"]: v for v in data["results"]}
    assert sorted(by_year) == [2023, 2024]
    assert by_year[2023]["value"] == "98"
    assert by_year[2023]["source"] == {
        "title": "KONEPS statistics 2023",
        "url": "https://example.org/koneps-2023",
        "year": 2023,
    }
    assert by_year[2024]["source"]["year"] == 2024
    assert by_year[2024]["source"]["title"] == "PPS annual report 2024"
    assert by_year[2024]["source"]["url"].startswith("http://testserver/documents/")
    # The comparison's own JSON download: each cell its own year and source too.
    table = client.get("/en/compare/?countries=kr,vn&indicators=ep-share&format=json").json()
    cells = table["pillars"][0]["indicators"][0]["values"]
    assert (cells["KR"]["year"], cells["KR"]["source_year"]) == (2024, 2024)
    assert cells["KR"]["source_title"] == "PPS annual report 2024"
    assert cells["VN"]["is_sample"] is True and cells["VN"]["source_year"] == 2024
