"""Each stage of the comparison on its own; and after `load`, no stage reads the database."""

import pytest

from content.comparison.params import CompareParams
from content.comparison.service import (
    build_groups,
    chart_history,
    form_options,
    load,
    resolve,
    score,
)

pytestmark = pytest.mark.django_db

PARAMS = CompareParams(countries=["KR", "VN", "KH"])


def test_load_reads_everything_in_a_fixed_number_of_queries(
    small_world, django_assert_max_num_queries
):
    with django_assert_max_num_queries(6):
        loaded = load(PARAMS, "km")
    assert {c.code for c in loaded.countries} == {"KR", "VN", "KH"}
    assert [p.code for p in loaded.pillars] == ["digital", "speed"]
    assert loaded.shown(small_world["days"]).name == "ចំនួនថ្ងៃ"
    # Country names come from CLDR by code: no query, whatever rows exist.
    with django_assert_max_num_queries(0):
        assert resolve(PARAMS, loaded).columns[2].name == "កម្ពុជា"


def test_no_stage_after_load_reads_the_database(small_world, django_assert_num_queries):
    loaded = load(PARAMS, "en")
    with django_assert_num_queries(0):
        selection = resolve(PARAMS, loaded)
        groups, _sample = build_groups(selection, loaded)
        score(selection, groups, loaded)
        chart_history(groups[0].rows[1], selection, loaded)
        form_options(loaded, "en")


def test_resolve_reports_unknown_codes_and_keeps_korea_as_baseline(small_world):
    params = CompareParams(countries=["VN", "KR", "ZZ"], indicators=["speed", "nope"])
    selection = resolve(params, load(params, "en"))
    assert selection.codes == ["VN", "KR"]
    assert selection.baseline == "KR"
    assert [i.code for i in selection.indicators] == ["award-days"]
    assert any("zz" in e for e in selection.errors)
    assert any("nope" in e for e in selection.errors)
    # Korea's share: the 2024 value stands, not 2023's
    assert selection.latest[("KR", "ep-share")].value == "99"


def test_build_groups_by_pillar_with_no_data_and_sample_flag(small_world):
    loaded = load(PARAMS, "en")
    selection = resolve(PARAMS, loaded)
    groups, has_sample = build_groups(selection, loaded)
    assert [(g.code, [r.code for r in g.rows]) for g in groups] == [
        ("digital", ["ep-etender", "ep-share"]),
        ("speed", ["award-days"]),
    ]
    days = groups[1].rows[0]
    assert [c.display for c in days.cells] == ["30 days", "45 days", "no data"]
    assert days.cells[0].diff == "baseline"
    assert has_sample  # Viet Nam's share is sample data


def test_score_and_chart_history(small_world):
    loaded = load(PARAMS, "en")
    selection = resolve(PARAMS, loaded)
    groups, _sample = build_groups(selection, loaded)
    rows = score(selection, groups, loaded)
    speed = {c.column.code: c.score for c in rows[1].cells}
    assert speed["KR"] > speed["VN"]  # fewer days to award is better
    assert speed["KH"] is None
    share = groups[0].rows[1]
    history = chart_history(share, selection, loaded)
    assert [(year, [n for _col, n in points]) for year, points in history] == [
        (2023, [98.0, None, None]),
        (2024, [99.0, 60.0, None]),
    ]


def test_form_options_in_the_readers_language(small_world):
    countries, pillars = form_options(load(PARAMS, "km"), "km")
    assert ("KH", "កម្ពុជា") in countries
    # The pillar has no Khmer name: shown in English and marked so; the indicator's is Khmer.
    assert pillars[1] == ("speed", "Speed", "en", [("award-days", "ចំនួនថ្ងៃ", "")])
