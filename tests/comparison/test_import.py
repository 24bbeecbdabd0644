import csv
import io

import pytest
from django.core.management import CommandError, call_command
from openpyxl import Workbook

from content.comparison.importer import import_rows, read_table
from content.data.models import IndicatorValue, IndicatorValueChange
from tests.comparison.factories import CountryFactory, IndicatorFactory

HEADER = ["country", "indicator", "year", "value", "source_title", "source_url", "is_sample"]


@pytest.fixture
def world(db):
    countries = [CountryFactory(code=c) for c in ("KR", "VN", "KH", "LA", "TH")]
    indicators = [IndicatorFactory(code=f"num-{i}") for i in range(20)]
    indicators.append(IndicatorFactory(code="ep-etender", value_type="boolean", unit=""))
    return countries, indicators


def _csv(rows) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def _rows_500():
    rows = []
    for country in ("kr", "vn", "kh", "la", "th"):
        for i in range(20):
            for year in range(2020, 2025):
                rows.append(
                    [
                        country,
                        f"num-{i}",
                        year,
                        str(i + year % 7),
                        "Annual report",
                        "https://example.org/r",
                        "no",
                    ]
                )
    assert len(rows) == 500
    return rows


def test_one_bad_row_among_500_writes_nothing_and_names_the_line(world):
    rows = _rows_500()
    rows[336][3] = "many"  # data row 337 is line 338 (line 1 is the header)
    result = import_rows(read_table("values.csv", _csv(rows)))
    assert not result.applied
    assert [(e.line, "Expected a number" in e.reason) for e in result.errors] == [(338, True)]
    assert IndicatorValue.objects.count() == 0
    assert IndicatorValueChange.objects.count() == 0


def test_every_kind_of_bad_row_is_reported(world):
    rows = [
        ["kr", "num-1", 2024, "5", "Report", "", ""],  # fine
        ["zz", "num-1", 2024, "5", "Report", "", ""],  # unknown country
        ["kr", "nope", 2024, "5", "Report", "", ""],  # unknown indicator
        ["kr", "ep-etender", 2024, "perhaps", "Report", "", ""],  # wrong type
        ["kr", "num-2", 1800, "5", "Report", "", ""],  # year out of range
        ["kr", "num-2", "soon", "5", "Report", "", ""],  # not a year
        ["kr", "num-1", 2024, "6", "Report", "", ""],  # duplicate of line 2
        ["vn", "num-1", 2024, "5", "", "", ""],  # no source
        ["vn", "num-3", 2024, "5", "Report", "not a url", ""],  # bad URL
    ]
    result = import_rows(read_table("values.csv", _csv(rows)))
    reasons = {e.line: e.reason for e in result.errors}
    assert sorted(reasons) == [3, 4, 5, 6, 7, 8, 9, 10]
    assert "unknown country" in reasons[3]
    assert "unknown indicator" in reasons[4]
    assert "yes or no" in reasons[5]
    assert "out of range" in reasons[6]
    assert "is not a year" in reasons[7]
    assert "duplicate of line 2" in reasons[8]
    assert "source is missing" in reasons[9]
    assert "not a valid URL" in reasons[10]
    assert IndicatorValue.objects.count() == 0


def test_import_then_reimport_changes_nothing(world):
    data = _csv(_rows_500())
    first = import_rows(read_table("values.csv", data))
    assert first.applied and first.summary == {"create": 500, "update": 0, "unchanged": 0}
    assert IndicatorValue.objects.count() == 500
    assert IndicatorValueChange.objects.count() == 500
    stamps = set(IndicatorValue.objects.values_list("updated_at", flat=True))

    again = import_rows(read_table("values.csv", data))
    assert again.summary == {"create": 0, "update": 0, "unchanged": 500}
    assert IndicatorValueChange.objects.count() == 500
    assert set(IndicatorValue.objects.values_list("updated_at", flat=True)) == stamps


def test_dry_run_shows_changes_and_writes_nothing(world):
    import_rows(read_table("v.csv", _csv([["kr", "num-1", 2024, "5", "Report", "", ""]])))
    data = _csv(
        [["kr", "num-1", 2024, "7", "Report", "", ""], ["vn", "num-1", 2024, "2", "R", "", ""]]
    )
    result = import_rows(read_table("v.csv", data), dry_run=True)
    assert [(p.action, p.old_value, p.new_value) for p in result.planned] == [
        ("update", "5", "7"),
        ("create", "", "2"),
    ]
    assert IndicatorValue.objects.get(country__code="KR").value == "5"
    assert IndicatorValue.objects.count() == 1


def test_update_records_history(world):
    import_rows(read_table("v.csv", _csv([["kr", "num-1", 2024, "5", "Report", "", ""]])))
    import_rows(read_table("v.csv", _csv([["kr", "num-1", 2024, "8", "Report 2", "", ""]])))
    change = IndicatorValueChange.objects.order_by("-pk").first()
    assert (change.old_value, change.new_value, change.source_title, change.via) == (
        "5",
        "8",
        "Report 2",
        "import",
    )


def test_xlsx_import(world, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    sheet.append(
        ["KR", "ep-etender", 2024, "Yes", "E-procurement law", "https://example.org/law", "yes"]
    )
    sheet.append(["VN", "num-1", 2023, 12.5, "Report", "", ""])
    path = tmp_path / "values.xlsx"
    book.save(path)
    result = import_rows(read_table(path.name, path.read_bytes()))
    assert result.applied, result.errors
    kr = IndicatorValue.objects.get(country__code="KR")
    assert (kr.value, kr.numeric_value, kr.is_sample) == ("yes", 1.0, True)
    assert IndicatorValue.objects.get(country__code="VN").value == "12.5"


def test_command_dry_run_and_errors(world, tmp_path, capsys):
    good = tmp_path / "good.csv"
    good.write_bytes(_csv([["kr", "num-1", 2024, "5", "Report", "", ""]]))
    call_command("import_indicators", str(good), "--dry-run")
    assert "line 2: create KR num-1 2024: 5" in capsys.readouterr().out
    assert IndicatorValue.objects.count() == 0
    call_command("import_indicators", str(good))
    assert IndicatorValue.objects.count() == 1

    bad = tmp_path / "bad.csv"
    bad.write_bytes(
        _csv(
            [["kr", "num-1", 2025, "5", "Report", "", ""], ["xx", "num-1", 2024, "5", "R", "", ""]]
        )
    )
    with pytest.raises(CommandError, match="1 bad row"):
        call_command("import_indicators", str(bad))
    assert "line 3: unknown country" in capsys.readouterr().err
    assert IndicatorValue.objects.count() == 1


def test_admin_upload_view(world, client, django_user_model):
    from django.core.files.uploadedfile import SimpleUploadedFile

    url = "/admin/import-indicators/"
    client.force_login(django_user_model.objects.create_user("visitor", password="x"))
    upload = SimpleUploadedFile("v.csv", _csv([["kr", "num-1", 2024, "5", "Report", "", ""]]))
    assert client.post(url, {"file": upload}).status_code in (302, 403)

    admin = django_user_model.objects.create_superuser("boss", "b@example.org", "x")
    client.force_login(admin)
    page = client.get(url)
    assert page.status_code == 200
    assert 'type="file"' in page.content.decode()
    assert url in client.get("/admin/").content.decode()  # the menu item
    upload = SimpleUploadedFile(
        "v.csv",
        _csv(
            [
                ["kr", "num-1", 2024, "5", "Report", "", ""],
                ["kr", "num-1", 2024, "5", "Report", "", ""],
            ]
        ),
    )
    response = client.post(url, {"file": upload})
    assert response.status_code == 400
    assert "line 3: duplicate of line 2" in response.content.decode()
    upload = SimpleUploadedFile("v.csv", _csv([["kr", "num-1", 2024, "5", "Report", "", ""]]))
    response = client.post(url, {"file": upload})
    assert response.status_code == 200
    assert IndicatorValue.objects.count() == 1
    assert IndicatorValueChange.objects.get().user == admin


def test_semicolon_csv_as_excel_saves_it_imports(world):
    """Excel in Vietnamese, Indonesian or German settings saves CSV with semicolons."""
    text = ";".join(HEADER) + "\n" + "VN;num-1;2024;12,5;e-GP report, 2024;;0\n"
    text = text.replace("12,5", '"12.5"')
    rows = read_table("values.csv", text.encode("utf-8-sig"))
    assert rows[0][1]["country"] == "VN" and rows[0][1]["source_title"] == "e-GP report, 2024"
    result = import_rows(rows)
    assert result.ok, result.errors
    assert IndicatorValue.objects.get(country__code="VN", year=2024).value == "12.5"
