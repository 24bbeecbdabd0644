import csv
import io
import json
import re

import pytest
from django.http import QueryDict
from openpyxl import load_workbook

from content.comparison.params import CompareParams, parse_compare_query, to_query
from content.data.models import Country, IndicatorValue
from tests.comparison.factories import grid

URL = "/en/compare/"


def test_params_round_trip():
    params = CompareParams(
        ["KR", "VN", "KH"], ["digital", "award-days"], 2023, "VN", True, "ep-share"
    )
    again, errors = parse_compare_query(QueryDict(to_query(params)))
    assert errors == []
    assert again == params


def test_form_submission_and_shared_url_mean_the_same():
    form, _ = parse_compare_query(QueryDict("countries=kr&countries=VN&indicators=digital&diff=1"))
    shared, _ = parse_compare_query(QueryDict("countries=KR,vn&indicators=digital&diff=1"))
    assert form == shared
    assert form.countries == ["KR", "VN"]


@pytest.mark.django_db
def test_page_keeps_state_in_the_form(client, small_world):
    response = client.get(
        URL + "?countries=kr,VN&indicators=digital&year=2024&baseline=vn&diff=1", follow=True
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert re.search(r'value="kr" checked', html)
    assert re.search(r'value="vn" checked', html)
    assert not re.search(r'value="kh" checked', html)
    assert re.search(r'value="digital" checked', html)
    assert re.search(r'<option value="2024" selected', html)
    assert re.search(r'<option value="vn" selected', html)
    assert re.search(r'name="diff" value="1" checked', html)


@pytest.mark.django_db
def test_table_values_units_sources_and_no_data(client, small_world):
    html = client.get(URL + "?countries=kr,vn,kh").content.decode()
    assert "Digital procurement" in html and "Speed" in html
    assert "99%" in html  # latest value with its unit
    assert "30 days" in html
    assert 'href="https://example.org/kr/award-days"' in html
    # Cambodia has no share and no days
    cambodia_cells = re.findall(r'data-country="KH">\s*(.*?)\s*</td>', html, re.S)
    assert sum('<span class="value">no data</span>' in c for c in cambodia_cells) == 2
    # Viet Nam's share is sample data, labelled in its own cell (no blanket banner)
    vietnam_cells = re.findall(r'data-country="VN">\s*(.*?)\s*</td>', html, re.S)
    assert sum("badge--sample" in c for c in vietnam_cells) == 1


@pytest.mark.django_db
def test_baseline_defaults_to_korea_and_shows_differences(client, small_world):
    html = client.get(URL + "?countries=vn,kr").content.decode()
    # 45 days in Viet Nam vs 30 in Korea
    assert "+15 days" in html
    html = client.get(URL + "?countries=vn,kr&baseline=vn").content.decode()
    assert "−15 days" in html
    # shares differ in percentage points: 60 vs 99
    assert "+39 percentage points" in html


@pytest.mark.django_db
def test_differences_only_hides_rows_where_all_agree(client, small_world):
    full = client.get(URL + "?countries=kr,vn").content.decode()
    diff = client.get(URL + "?countries=kr,vn&diff=1").content.decode()
    assert 'data-indicator="ep-etender"' in full  # both yes
    assert 'data-indicator="ep-etender"' not in diff
    assert 'data-indicator="award-days"' in diff


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query, message",
    [
        ("countries=kr,zz", "Unknown country code: zz"),
        ("countries=kr,vn&year=20x4", "is not a year"),
        ("countries=kr,vn&year=1800", "is not a year"),
        ("countries=kr,vn&indicators=nope", "Unknown indicator or pillar code: nope"),
        ("countries=kr,vietnam", "is not a two-letter country code"),
        ("countries=kr,vn&format=pdf", "is not a download format"),
        ("countries=kr,vn&baseline=kh", "is not among the chosen countries"),
    ],
)
def test_bad_params_give_a_clear_message(client, small_world, query, message):
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 200
    assert message in response.content.decode()
    assert 'role="alert"' in response.content.decode()


@pytest.mark.django_db
def test_empty_database_renders(client, db):
    response = client.get(URL + "?countries=kr,vn")
    assert response.status_code == 200
    assert "Unknown country code: kr, vn" in response.content.decode()


@pytest.mark.django_db
def test_names_in_the_active_language(client, small_world):
    html = client.get("/km/compare/?countries=kr,kh").content.decode()
    assert "កម្ពុជា" in html
    assert "ចំនួនថ្ងៃ" in html
    assert '<html lang="km"' in html


def _html_cells(html):
    """{(country, indicator): (value text, source url)} from the HTML table."""
    cells = {}
    for row in re.finditer(r'<tr data-indicator="([^"]+)">(.*?)</tr>', html, re.S):
        for cell in re.finditer(r'data-country="(\w+)">(.*?)</td>', row.group(2), re.S):
            value = re.search(r'<span class="value">(.*?)</span>', cell.group(2)).group(1)
            href = re.search(r'<a href="([^"]+)" rel="external"', cell.group(2))
            cells[(cell.group(1), row.group(1))] = (value, href.group(1) if href else "")
    return cells


@pytest.mark.django_db
def test_downloads_hold_the_same_values_and_sources_as_the_html(client, small_world):
    query = "countries=kr,vn,kh"
    html_cells = _html_cells(client.get(f"{URL}?{query}").content.decode())
    assert len(html_cells) == 9

    data = json.loads(client.get(f"{URL}?{query}&format=json").content)
    from_json = {}
    for pillar in data["pillars"]:
        for ind in pillar["indicators"]:
            for code, v in ind["values"].items():
                from_json[(code, ind["code"])] = (
                    (v["display"], v["source_url"]) if v else ("no data", "")
                )
    assert from_json == html_cells

    raw = client.get(f"{URL}?{query}&format=csv")
    assert raw["Content-Type"].startswith("text/csv")
    assert raw.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.content.decode("utf-8-sig"))))
    body = rows[1:]
    codes = ["KR", "VN", "KH"]
    for line in body:
        for i, code in enumerate(codes):
            value, source = line[4 + 2 * i], line[5 + 2 * i]
            html_value, html_url = html_cells[(code, line[1])]
            assert html_url in source
            is_sample = (code, line[1]) == ("VN", "ep-share")
            assert ("[sample data]" in source) is is_sample
            assert (
                value == "no data"
                if html_value == "no data"
                else value.lower() in html_value.lower()
            )

    book = load_workbook(io.BytesIO(client.get(f"{URL}?{query}&format=xlsx").content))
    assert book.sheetnames == ["Comparison", "Sources", "Definitions"]
    table = [
        [c if c is not None else "" for c in r]
        for r in book["Comparison"].iter_rows(values_only=True)
    ]
    assert [list(map(str, r)) for r in table] == rows
    sources = {(r[0], r[1]): r[5] for r in list(book["Sources"].iter_rows(values_only=True))[1:]}
    assert sources == {k: v[1] for k, v in html_cells.items() if v[0] != "no data"}
    definitions = {r[0] for r in list(book["Definitions"].iter_rows(values_only=True))[1:]}
    assert definitions == {"ep-etender", "ep-share", "award-days"}


@pytest.mark.django_db
def test_query_count_does_not_grow_with_countries_or_indicators(
    client, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    countries, indicators = grid(14, 60, pillars=6)
    few = ",".join(c.code.lower() for c in countries[:2])
    many = ",".join(c.code.lower() for c in countries)
    some = ",".join(i.code for i in indicators[:5])
    all_ = ",".join(i.code for i in indicators)

    counts = {}
    for label, query in {
        "2x5": f"countries={few}&indicators={some}",
        "14x5": f"countries={many}&indicators={some}",
        "2x60": f"countries={few}&indicators={all_}",
        "14x60": f"countries={many}&indicators={all_}",
    }.items():
        client.get(URL + "?" + query)  # warm caches (Site, Locale)
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(URL + "?" + query)
        assert response.status_code == 200
        counts[label] = len(ctx)
    assert counts["2x5"] > 0
    assert len(set(counts.values())) == 1, counts
    with django_assert_max_num_queries(counts["2x5"]):
        client.get(f"{URL}?countries={many}&indicators={all_}&format=json")


@pytest.mark.django_db
def test_charts_are_labelled_in_the_active_language_and_not_by_colour_alone(client, small_world):
    html = client.get("/km/compare/?countries=kr,vn,kh&chart=award-days").content.decode()
    svgs = re.findall(r"<svg.*?</svg>", html, re.S)
    assert len(svgs) == 2  # pillar scores, one indicator (a single year: no time chart)
    pillars, indicator = svgs
    assert "កម្ពុជា (KH)" in pillars and "កម្ពុជា (KH)" in indicator
    # each country has its own fill pattern, and every bar its value as text
    assert len(set(re.findall(r'<pattern id="chart-pillars-(\w+)"', pillars))) == 3
    assert ">45 days</text>" in indicator
    assert 'role="img"' in indicator and "<title" in indicator
    # the data table beside the charts carries the same numbers
    assert re.search(r"<th scope=\"row\">2024</th><td>30</td><td>45</td><td>", html)


@pytest.mark.django_db
def test_time_chart_when_there_are_several_years(client, small_world):
    html = client.get("/en/compare/?countries=kr,vn&chart=ep-share").content.decode()
    assert len(re.findall(r"<svg", html)) == 3
    assert "Share online over time" in html


@pytest.mark.django_db
def test_language_switcher_keeps_the_comparison(client, small_world):
    html = client.get("/km/compare/?countries=kr,vn&diff=1").content.decode()
    assert 'href="/ko/compare/?countries=kr,vn&amp;diff=1"' in html
    assert 'hreflang="en" href="http://testserver/en/compare/?countries=kr,vn&amp;diff=1"' in html


@pytest.mark.django_db
def test_a_submitted_form_redirects_to_the_short_url(client, small_world):
    response = client.get(URL + "?countries=kr&countries=VN&year=&baseline=kr&indicators=digital")
    assert response.status_code == 302
    assert response["Location"] == URL + "?countries=kr,vn&indicators=digital&baseline=kr"
    assert client.get(response["Location"]).status_code == 200


@pytest.mark.django_db
def test_first_visit_is_an_invitation_not_an_error(client, small_world):
    from tests.comparison.factories import CountryFactory

    CountryFactory(code="TL", name="Timor-Leste")
    html = client.get("/en/compare/").content.decode()
    assert 'role="alert"' not in html
    assert "Choose at least two" not in html
    assert "Start a comparison" in html
    assert 'href="?countries=kr,vn,kh,tl"' in html
    assert "South Korea · Vietnam · Cambodia · Timor-Leste" in html  # CLDR names
    one = client.get("/en/compare/?countries=kr").content.decode()
    assert "Add at least one more country to compare." in one
    km = client.get("/km/compare/").content.decode()
    assert "ចាប់ផ្ដើមការប្រៀបធៀប" in km and "កម្ពុជា" in km


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "vi", "km"])
def test_a_launch_year_reads_as_a_year_and_is_not_the_chart(client, launch, language):
    html = client.get(f"/{language}/compare/?countries=kr,vn").content.decode()
    assert ">2002<" in html and ">2009<" in html
    assert "2,002" not in html and "2.002" not in html
    chart = re.search(r'<select name="chart">(.*?)</select>', html, re.S).group(1)
    assert "ep-launch" not in chart


def test_year_values_are_checked_as_years():
    from content.data.models import parse_indicator_value

    assert parse_indicator_value("year", " 2002 ") == ("2002", 2002.0)
    for bad in ("20O2", "2,002", "1850"):
        with pytest.raises(ValueError):
            parse_indicator_value("year", bad)


def test_the_demo_launch_year_is_a_year_indicator():
    from content.demo.countries import INDICATORS

    launch = next(row for row in INDICATORS if row[0] == "ep-launch")
    assert launch[3] == "year"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "full", "none"),
    [("en", "Full", "None"), ("ko", "전면 시행", "없음"), ("km", "ពេញលេញ", "គ្មាន")],
)
def test_category_levels_read_in_the_readers_language(client, small_world, language, full, none):
    from tests.comparison.factories import IndicatorFactory, IndicatorValueFactory

    ecat = IndicatorFactory(
        code="ep-ecatalogue", pillar=small_world["etender"].pillar, name="E-catalogue",
        value_type="category", unit="", categories="Full|Partial|Planned|None",
    )  # fmt: skip
    IndicatorValueFactory(country=small_world["kr"], indicator=ecat, value="Full")
    IndicatorValueFactory(country=small_world["kh"], indicator=ecat, value="None")
    html = client.get(f"/{language}/compare/?countries=kr,kh&indicators=ep-ecatalogue")
    text = html.content.decode()
    assert f">{full}<" in text and f">{none}<" in text
    csv_text = client.get(
        f"/{language}/compare/?countries=kr,kh&indicators=ep-ecatalogue&format=csv"
    ).content.decode("utf-8-sig")
    assert full in csv_text and none in csv_text


@pytest.mark.django_db
def test_one_chosen_indicator_is_scored_under_its_own_name(client, small_world):
    html = client.get(f"{URL}?countries=kr,vn&indicators=ep-share").content.decode()
    scores = html.split('class="scores-table"', 1)[1]
    assert '<th scope="row">Share online</th>' in scores
    assert "Digital procurement" not in scores
    # The whole pillar keeps the pillar's name.
    html = client.get(f"{URL}?countries=kr,vn&indicators=digital").content.decode()
    assert '<th scope="row">Digital procurement</th>' in html.split('class="scores-table"', 1)[1]


@pytest.mark.django_db
def test_an_unknown_chart_indicator_is_named_not_dropped(client, small_world):
    response = client.get(f"{URL}?countries=kr,vn&chart=ep-nope")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="alert"' in html and "ep-nope" in html.split('role="alert"', 1)[1]


@pytest.mark.django_db
def test_rendered_table_is_kept_until_a_value_changes(
    client, settings, django_capture_on_commit_callbacks
):
    """The compare body comes from the object cache; saving a value (the content
    version moving once it commits) shows at once, and the language is part of the key."""
    from django.core.cache import cache

    settings.OBJECT_CACHE_SECONDS = 600
    cache.clear()
    grid(2, 2)
    value = IndicatorValue.objects.order_by("-year", "pk").first()
    codes = ",".join(c.code.lower() for c in Country.objects.all())
    url = f"{URL}?countries={codes}"
    assert "4321" not in client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        value.value, value.numeric_value = "4321", 4321
        value.save()
    assert re.search(r"4,?321", client.get(url).content.decode())
    assert 'lang="ko"' in client.get(url.replace("/en/", "/ko/")).content.decode()
    cache.clear()


@pytest.mark.django_db
def test_names_shown_in_english_on_a_khmer_page_say_so(client, small_world):
    """Indicators and pillars with no Khmer name show the English one, marked lang="en"
    for screen readers and hyphenation; a Khmer name carries no mark."""
    html = client.get("/km/compare/?countries=kr,kh&indicators=digital,award-days").content.decode()
    table = html.split('class="compare-table', 1)[1].split("</table>", 1)[0]
    assert '<th scope="row"><span lang="en">Share online</span>' in table
    assert (
        '<th scope="colgroup" colspan="3"><span lang="en">Digital procurement</span></th>' in table
    )
    assert '<th scope="row">ចំនួនថ្ងៃ' in table
    scores = html.split('class="scores-table"', 1)[1].split("</table>", 1)[0]
    assert '<th scope="row"><span lang="en">Digital procurement</span></th>' in scores
    form = html.split('<form class="compare-form', 1)[1].split("</form>", 1)[0]
    assert '> <span lang="en">Share online</span></label>' in form
    assert "> ចំនួនថ្ងៃ</label>" in form
    # In English nothing is marked.
    english = client.get(f"{URL}?countries=kr,kh&indicators=digital").content.decode()
    assert '<span lang="en">' not in english
