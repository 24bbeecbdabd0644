import pytest

from content.models import IndicatorValueChange


@pytest.mark.django_db
def test_every_save_that_changes_records_history(small_world):
    value = small_world["kr"].values.get(indicator=small_world["days"])
    before = IndicatorValueChange.objects.filter(value=value).count()
    value.value, value.numeric_value = "28", 28.0
    value.save()
    value.save()  # nothing changed: no new row
    changes = IndicatorValueChange.objects.filter(value=value)
    assert changes.count() == before + 1
    assert (changes.first().old_value, changes.first().new_value) == ("30", "28")


@pytest.mark.django_db
def test_history_in_popover_change_log_and_feeds(client, small_world):
    value = small_world["kr"].values.get(indicator=small_world["days"])
    value.value, value.numeric_value = "28", 28.0
    value.save()

    html = client.get("/en/compare/?countries=kr,vn").content.decode()
    assert "30 → 28" in html

    log = client.get("/en/compare/changes/kr/").content.decode()
    assert "Days to award" in log and ">30<" in log and ">28<" in log

    feed = client.get("/en/compare/feeds/country/KR/")
    assert feed["Content-Type"].startswith("application/atom+xml")
    assert b"KR \xc2\xb7 award-days \xc2\xb7 2024: 28" in feed.content

    feed = client.get("/en/compare/feeds/indicator/award-days/").content.decode()
    assert "award-days · 2024: 28" in feed and "VN" in feed
    assert client.get("/en/compare/feeds/country/zz/").status_code == 404


@pytest.mark.django_db
def test_methodology_lists_every_indicator(client, small_world):
    html = client.get("/en/compare/methodology/").content.decode()
    for code in ("ep-etender", "ep-share", "award-days"):
        assert f'id="indicator-{code}"' in html
    assert "Lower is better" in html


@pytest.mark.django_db
def test_admin_edit_hook_names_the_editor(small_world, rf, django_user_model):
    from content.wagtail_hooks import attribute_value_change

    editor = django_user_model.objects.create_user("editor")
    value = small_world["vn"].values.get(indicator=small_world["days"])
    value.value, value.numeric_value = "40", 40.0
    value.save()
    request = rf.post("/admin/snippets/")
    request.user = editor
    attribute_value_change(request, value)
    latest = IndicatorValueChange.objects.filter(value=value).order_by("-pk").first()
    assert (latest.old_value, latest.new_value, latest.user, latest.via) == (
        "45",
        "40",
        editor,
        "admin",
    )
    # earlier changes keep their own authorship
    assert IndicatorValueChange.objects.filter(value=value, user=editor).count() == 1
