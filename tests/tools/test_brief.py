"""The country brief: scores beside the peer median and Korea with their sources,
as HTML and as a PDF in the reader's script, cached until a value changes."""

import re

import pytest
from django.core.cache import cache

from content.data.models import IndicatorValue
from content.data.services import save_value
from search.extract import extract_text
from tests.comparison.factories import translate

pytestmark = pytest.mark.django_db


def score_cell(html, pillar):
    match = re.search(rf'data-score="{pillar}">(.*?)</td>', html, re.S)
    assert match, f"no score cell for {pillar}"
    return re.sub(r"<[^>]+>", "", match.group(1)).split()[0]


def test_html_has_every_score_with_its_source(client, small_world):
    response = client.get("/en/countries/vn/brief/")
    assert response.status_code == 200
    html = response.content.decode()
    # Vietnam: e-tendering yes (100), share online the lowest of two (0); days the slowest.
    assert score_cell(html, "digital") == "50"
    assert score_cell(html, "speed") == "0"
    rows = re.findall(r"<tr>\s*<th scope=\"row\">(.*?)</tr>", html, re.S)
    digital = next(r for r in rows if r.startswith("Digital procurement"))
    # peer median (VN 50, KH 0 in the region) and Korea's 100
    assert re.findall(r"<td>(\d+)</td>", digital) == ["25", "100"]
    for indicator in ("ep-etender", "ep-share", "award-days"):
        assert f"Report on {indicator}" in html
        assert f'href="https://example.org/vn/{indicator}"' in html
    assert "sample" in html  # Vietnam's share online is sample data
    assert "Sample data." in html


def test_unknown_country_is_404_and_unknown_format_400(client, small_world):
    assert client.get("/en/countries/zz/brief/").status_code == 404
    assert client.get("/en/countries/x1/brief/").status_code == 404
    response = client.get("/en/countries/vn/brief/?format=docx")
    assert response.status_code == 400
    assert "use html or pdf" in response.content.decode()


def test_pdf_holds_the_name_in_the_readers_script_and_the_scores(client, small_world):
    translate(small_world["vn"], "km", name="វៀតណាម")
    response = client.get("/km/countries/VN/brief/?format=pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    text = extract_text(response.content, "brief.pdf")
    assert "វៀតណាម" in text
    lines = text.splitlines()
    scores = [line for line in lines if line.startswith("ចំនួនថ្ងៃ") or "Digital" in line]
    assert scores, text
    assert "50" in text and "25" in text and "100" in text
    assert "Report on ep-share" in text


def test_a_changed_value_shows_up_in_the_cached_brief(
    client, small_world, settings, django_capture_on_commit_callbacks
):
    settings.BRIEF_CACHE_SECONDS = 600
    cache.clear()
    assert score_cell(client.get("/en/countries/vn/brief/").content.decode(), "digital") == "50"
    value = IndicatorValue.objects.get(country=small_world["vn"], indicator=small_world["share"])
    value.value, value.numeric_value = "99", 99.0
    with django_capture_on_commit_callbacks(execute=True):
        save_value(value, via="other")
    assert score_cell(client.get("/en/countries/vn/brief/").content.decode(), "digital") == "100"


def test_compare_tool_links_each_countrys_brief(client, small_world):
    html = client.get("/en/compare/?countries=kr,vn").content.decode()
    assert 'href="/en/countries/vn/brief/"' in html
    assert 'href="/en/countries/kr/brief/"' in html
