"""Every value label, unit and definition reads in the reader's language, on the
compare table, the profile, the change log, the Atom feeds and the exports alike."""

import pytest

from content.data.services import save_value
from tests.comparison.factories import IndicatorFactory, IndicatorValueFactory, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def ecatalogue(small_world):
    """A category indicator translated into Korean and Khmer, and Cambodia's value
    changed from Partial to None."""
    ind = IndicatorFactory(
        code="ep-ecatalogue", pillar=small_world["etender"].pillar, name="E-catalogue",
        definition="Public bodies order from an online catalogue.",
        value_type="category", unit="", categories="Full|Partial|Planned|None",
    )  # fmt: skip
    translate(ind, "ko", name="전자카탈로그", definition="공공기관이 온라인 목록에서 주문한다.")
    translate(ind, "km", name="កាតាឡុកអេឡិចត្រូនិក", definition="ស្ថាប័នសាធារណៈបញ្ជាទិញតាមអនឡាញ។")
    value = IndicatorValueFactory(country=small_world["kh"], indicator=ind, value="Partial")
    value.value = "None"
    save_value(value, via="import")
    return ind


@pytest.mark.parametrize(
    ("language", "none", "partial"), [("ko", "없음", "부분 시행"), ("km", "គ្មាន", "ដោយផ្នែក")]
)
def test_change_log_and_feeds_label_categories_in_the_readers_language(
    client, ecatalogue, language, none, partial
):
    log = client.get(f"/{language}/compare/changes/kh/").content.decode()
    assert f"<td>{none}</td>" in log and f"{partial} → {none}" not in log
    assert ">None<" not in log and ">Partial<" not in log
    feed = client.get(f"/{language}/compare/feeds/country/kh/").content.decode()
    assert f": {none}</title>" in feed
    assert f"{partial} → {none}" in feed
    assert "→ None" not in feed and ": None</title>" not in feed


def test_korean_feed_title_names_the_country_in_korean(client, ecatalogue):
    feed = client.get("/ko/compare/feeds/country/kh/").content.decode()
    assert "<title>지표 변경: 캄보디아</title>" in feed
    assert "Cambodia" not in feed


def test_compare_table_and_downloads_use_the_translated_unit_and_definition(client, small_world):
    translate(small_world["share"], "ko", name="온라인 비중", definition="온라인으로 처리된 비중.")
    translate(
        small_world["days"], "ko", name="낙찰 소요 일수", unit="일", definition="낙찰까지 걸린 날."
    )
    html = client.get("/ko/compare/?countries=kr,vn&indicators=award-days").content.decode()
    assert "30 일" in html and "30 days" not in html
    assert "(일)" in html
    csv_text = client.get(
        "/ko/compare/?countries=kr,vn&indicators=award-days&format=csv"
    ).content.decode("utf-8-sig")
    assert "낙찰 소요 일수" in csv_text and ",일," in csv_text and " days" not in csv_text
    method = client.get("/ko/compare/methodology/").content.decode()
    assert "낙찰까지 걸린 날." in method


def test_exports_name_what_the_page_names(client, small_world):
    """A spreadsheet cell can't carry lang: the names in CSV and XLSX are at least the
    ones the page shows, English where the page shows English, in the same order."""
    import csv
    import io
    import re

    from openpyxl import load_workbook

    query = "countries=kr,kh&indicators=digital,award-days"
    html = client.get(f"/km/compare/?{query}").content.decode()
    table = html.split('class="compare-table', 1)[1].split("</table>", 1)[0]
    strip = lambda text: re.sub(r"<[^>]+>", "", text).strip()  # noqa: E731
    pillars = [strip(t) for t in re.findall(r'<th scope="colgroup"[^>]*>(.*?)</th>', table, re.S)]
    rows = [strip(t) for t in re.findall(r'<th scope="row">(.*?)(?: <small|</th>)', table, re.S)]
    assert pillars == ["Digital procurement", "Speed"]
    assert rows[:3] == ["E-tendering", "Share online", "ចំនួនថ្ងៃ"]

    text = client.get(f"/km/compare/?{query}&format=csv").content.decode("utf-8-sig")
    lines = list(csv.reader(io.StringIO(text)))[1:]
    assert [line[2] for line in lines] == rows[:3]
    assert [line[0] for line in lines] == ["Digital procurement"] * 2 + ["Speed"]
    book = load_workbook(io.BytesIO(client.get(f"/km/compare/?{query}&format=xlsx").content))
    sheet = list(book.worksheets[0].iter_rows(values_only=True))[1:]
    assert [line[2] for line in sheet] == rows[:3]
    assert [line[0] for line in sheet] == [line[0] for line in lines]
