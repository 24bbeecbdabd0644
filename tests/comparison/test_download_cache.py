"""The CSV, XLSX and JSON downloads: written from the table alone where they can be,
kept in the object cache like the page's body, and fresh once the content changes."""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from content.comparison.params import CompareParams
from content.comparison.service import build_comparison, build_table
from content.data.models import Country, IndicatorValue
from tests.comparison.factories import grid

URL = "/en/compare/"


def queries(client, url) -> tuple[int, object]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response


@pytest.mark.django_db
def test_the_table_is_the_comparisons_table(small_world):
    params = CompareParams(countries=["KR", "VN", "KH"])
    table, full = build_table(params, "en"), build_comparison(params, "en")
    assert table.columns == full.columns and table.year == full.year
    for mine, theirs in zip(table.groups, full.groups, strict=True):
        assert (mine.code, mine.name) == (theirs.code, theirs.name)
        for row, other in zip(mine.rows, theirs.rows, strict=True):
            assert [(c.value, c.display, c.diff, c.source_url) for c in row.cells] == [
                (c.value, c.display, c.diff, c.source_url) for c in other.cells
            ]


@pytest.mark.django_db
def test_sheets_cost_fewer_queries_than_the_json_and_do_not_grow(client):
    countries, indicators = grid(14, 30, pillars=5)
    few = ",".join(c.code.lower() for c in countries[:2])
    many = ",".join(c.code.lower() for c in countries)
    counts = {}
    for label, codes in (("few", few), ("many", many)):
        for fmt in ("csv", "xlsx", "json"):
            url = f"{URL}?countries={codes}&format={fmt}"
            client.get(url)  # warm per-process caches (Site, Locale)
            counts[label, fmt] = queries(client, url)[0]
    assert counts["few", "csv"] == counts["many", "csv"] == counts["many", "xlsx"]
    assert counts["few", "json"] == counts["many", "json"]
    assert counts["many", "csv"] < counts["many", "json"]  # no change history read


@pytest.mark.django_db
def test_a_download_is_kept_until_a_value_changes(
    client, object_cache, django_capture_on_commit_callbacks
):
    grid(2, 2)
    value = IndicatorValue.objects.order_by("-year", "pk").first()
    codes = ",".join(c.code.lower() for c in Country.objects.all())
    url = f"{URL}?countries={codes}&format=csv"
    first = client.get(url)
    page = f"{URL}?countries={codes}"
    client.get(page)
    again, response = queries(client, url)
    assert again <= queries(client, page)[0]  # both from the object cache
    assert response.content == first.content
    assert response["Content-Disposition"] == first["Content-Disposition"]
    assert response["Content-Type"].startswith("text/csv")
    assert "4321" not in first.content.decode("utf-8-sig")
    with django_capture_on_commit_callbacks(execute=True):
        value.value, value.numeric_value = "4321", 4321
        value.save()
    rows = list(csv.reader(io.StringIO(client.get(url).content.decode("utf-8-sig"))))
    assert any("4321" in line for line in rows)
    # The language and the format are part of the key.
    korean = client.get(url.replace("/en/", "/ko/")).content.decode("utf-8-sig")
    assert rows[0][0] == "Pillar" and korean.startswith("분야,")
    assert client.get(url.replace("format=csv", "format=json"))["Content-Type"].startswith(
        "application/json"
    )
