import io

import pytest
from django.core.management import call_command

from content.data.models import IndicatorValueChange
from content.data.services import save_value


@pytest.mark.django_db
def test_every_save_that_changes_records_history(small_world):
    value = small_world["kr"].values.get(indicator=small_world["days"])
    before = IndicatorValueChange.objects.filter(value=value).count()
    value.value, value.numeric_value = "28", 28.0
    save_value(value, via="other")
    save_value(value, via="other")  # nothing changed: no new row
    value.note = "Checked against the annual report."
    save_value(value, via="other")  # a note is not history
    changes = IndicatorValueChange.objects.filter(value=value)
    assert changes.count() == before + 1
    assert (changes.first().old_value, changes.first().new_value) == ("30", "28")


@pytest.mark.django_db
def test_history_in_popover_change_log_and_feeds(client, small_world):
    value = small_world["kr"].values.get(indicator=small_world["days"])
    value.value, value.numeric_value = "28", 28.0
    save_value(value, via="other")
    other = small_world["vn"].values.get(indicator=small_world["days"])
    other.value, other.numeric_value = "44", 44.0
    save_value(other, via="other")

    html = client.get("/en/compare/?countries=kr,vn").content.decode()
    assert "30 → 28" in html

    log = client.get("/en/compare/changes/kr/").content.decode()
    assert "Days to award" in log and ">30<" in log and ">28<" in log

    feed = client.get("/en/compare/feeds/country/KR/")
    assert feed["Content-Type"].startswith("application/atom+xml")
    body = feed.content.decode()
    assert "<title>South Korea · Days to award · 2024: 28</title>" in body
    assert "<updated>" in body.split("<entry>", 1)[1]

    feed = client.get("/en/compare/feeds/indicator/award-days/").content.decode()
    assert "Days to award · 2024: 28" in feed and "Vietnam · Days to award" in feed
    km = client.get("/km/compare/feeds/country/KH/")
    assert km.status_code == 200
    assert client.get("/en/compare/feeds/country/zz/").status_code == 404


@pytest.mark.django_db
def test_methodology_lists_every_indicator(client, small_world):
    html = client.get("/en/compare/methodology/").content.decode()
    for code in ("ep-etender", "ep-share", "award-days"):
        assert f'id="indicator-{code}"' in html
    assert "Lower is better" in html


def _edit_in_admin(client, row, **changes):
    url = f"/admin/snippets/data/indicatorvalue/edit/{row.pk}/"
    form = {
        "country": row.country_id,
        "indicator": row.indicator_id,
        "year": row.year,
        "value": row.value,
        "source_title": row.source_title,
        "source_url": row.source_url,
        "source_year": row.source_year or "",
        "note": row.note,
        **changes,
    }
    if row.is_sample:
        form["is_sample"] = "on"
    response = client.post(url, form)
    assert response.status_code == 302, response.content.decode()[:2000]


@pytest.fixture
def editor_client(client, django_user_model):
    editor = django_user_model.objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(editor)
    return client, editor


@pytest.mark.django_db
def test_admin_edit_names_the_editor(small_world, editor_client):
    client, editor = editor_client
    value = small_world["vn"].values.get(indicator=small_world["days"])
    _edit_in_admin(client, value, value="40")
    latest = IndicatorValueChange.objects.filter(value=value).order_by("-pk").first()
    assert (latest.old_value, latest.new_value, latest.user, latest.via) == (
        "45",
        "40",
        editor,
        "admin",
    )


@pytest.mark.django_db
def test_a_note_edited_after_an_import_leaves_the_import_history_alone(
    small_world, editor_client, tmp_path
):
    """An editor who changes only a value's note must not re-label the import's row."""
    client, _editor = editor_client
    table = tmp_path / "values.csv"
    table.write_text(
        "country,indicator,year,value,source_title,source_year\n"
        "VN,award-days,2024,41,Viet Nam e-GP annual report,2024\n"
    )
    call_command("import_indicators", str(table), stdout=io.StringIO())
    value = small_world["vn"].values.get(indicator=small_world["days"], year=2024)
    imported = IndicatorValueChange.objects.get(value=value)
    assert (imported.old_value, imported.new_value, imported.via, imported.user) == (
        "45",
        "41",
        "import",
        None,
    )

    _edit_in_admin(client, value, note="Confirmed with the agency.")
    value.refresh_from_db()
    assert value.note == "Confirmed with the agency."
    rows = list(IndicatorValueChange.objects.filter(value=value))
    assert [(r.pk, r.via, r.user) for r in rows] == [(imported.pk, "import", None)]


@pytest.mark.django_db
def test_public_history_names_no_staff_member(client, small_world, editor_client):
    """Usernames are personal data: the change log, popovers and feeds say who in
    general terms; a change to the source alone says so instead of "45 → 45"."""
    staff, editor = editor_client
    value = small_world["vn"].values.get(indicator=small_world["days"])
    _edit_in_admin(staff, value, value="40")
    value.refresh_from_db()
    _edit_in_admin(staff, value, source_title="Viet Nam e-GP annual report 2024")
    pages = [
        client.get("/en/compare/changes/vn/").content.decode(),
        client.get("/en/compare/?countries=kr,vn").content.decode(),
        client.get("/en/compare/feeds/country/VN/").content.decode(),
    ]
    for html in pages:
        assert editor.get_username() not in html
    assert "Updated by the agency" in pages[0]
    for html in pages[1:]:  # the compare popover and the feed
        assert "40 (new source: Viet Nam e-GP annual report 2024)" in html
        assert "40 → 40" not in html
