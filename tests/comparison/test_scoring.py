"""Scoring on hand-computed examples."""

import pytest

from content.comparison.scoring import (
    IndicatorSpec,
    Observation,
    benchmark,
    latest_values,
    normalise,
    peer_medians,
    pillar_scores,
)


def test_numbers_min_max_higher_is_better():
    spec = IndicatorSpec("share", "p", "percentage", "higher")
    assert normalise(spec, {"A": 20, "B": 60, "C": 40}) == {"A": 0.0, "B": 100.0, "C": 50.0}


def test_numbers_lower_is_better_reverses():
    spec = IndicatorSpec("days", "p", "number", "lower")
    # 10 days is best (100), 50 worst (0), 20 is a quarter of the way: 75
    assert normalise(spec, {"A": 10, "B": 50, "C": 20}) == {"A": 100.0, "B": 0.0, "C": 75.0}


def test_missing_values_stay_missing_and_do_not_move_the_range():
    spec = IndicatorSpec("days", "p", "number", "higher")
    assert normalise(spec, {"A": 1, "B": None, "C": 3}) == {"A": 0.0, "B": None, "C": 100.0}


def test_all_equal_scores_100():
    spec = IndicatorSpec("days", "p", "number", "lower")
    assert normalise(spec, {"A": 5, "B": 5}) == {"A": 100.0, "B": 100.0}


def test_boolean_and_reversed_boolean():
    assert normalise(IndicatorSpec("e", "p", "boolean"), {"A": "yes", "B": "no"}) == {
        "A": 100.0,
        "B": 0.0,
    }
    assert normalise(IndicatorSpec("e", "p", "boolean", "lower"), {"A": "yes", "B": "no"}) == {
        "A": 0.0,
        "B": 100.0,
    }


def test_categories_by_rank_best_first():
    spec = IndicatorSpec("c", "p", "category", "higher", ("full", "partial", "none"))
    assert normalise(spec, {"A": "full", "B": "partial", "C": "none", "D": "other"}) == {
        "A": 100.0,
        "B": 50.0,
        "C": 0.0,
        "D": None,
    }


def test_text_and_neutral_are_not_scored():
    assert normalise(IndicatorSpec("t", "p", "text"), {"A": "x"}) == {"A": None}
    assert normalise(IndicatorSpec("n", "p", "number", "neutral"), {"A": 1, "B": 2}) == {
        "A": None,
        "B": None,
    }


def _obs(country, indicator, year, value, number=None):
    return Observation(country, indicator, year, str(value), number)


SPECS = [
    IndicatorSpec("etender", "digital", "boolean"),
    IndicatorSpec("share", "digital", "percentage"),
    IndicatorSpec("days", "speed", "number", "lower"),  # a single-indicator pillar
]


def test_pillar_average_counts_only_indicators_with_data():
    obs = [
        _obs("A", "etender", 2024, "yes"),
        _obs("A", "share", 2024, 80, 80.0),
        _obs("B", "etender", 2024, "no"),
        _obs("B", "share", 2024, 40, 40.0),
        _obs("C", "etender", 2024, "yes"),  # no share: averaged over one indicator
        _obs("A", "days", 2024, 30, 30.0),
        _obs("B", "days", 2024, 10, 10.0),
    ]
    scores = pillar_scores(SPECS, obs, 2024, ["A", "B", "C"])
    # A: etender 100, share 100 -> 100; B: 0 and 0 -> 0; C: 100 over 1 of 2
    assert scores["A"]["digital"].score == 100.0
    assert scores["B"]["digital"].score == 0.0
    assert (scores["C"]["digital"].score, scores["C"]["digital"].count) == (100.0, 1)
    assert scores["C"]["digital"].total == 2
    # single-indicator pillar: the pillar score is that indicator's score
    assert scores["A"]["speed"].score == 0.0
    assert scores["B"]["speed"].score == 100.0
    assert scores["C"]["speed"].score is None
    assert scores["C"]["speed"].count == 0


def test_latest_value_at_or_before_the_year():
    obs = [_obs("A", "x", 2021, 1, 1.0), _obs("A", "x", 2023, 3, 3.0), _obs("A", "x", 2025, 5, 5.0)]
    assert latest_values(obs, 2024)[("A", "x")].year == 2023
    assert latest_values(obs, None)[("A", "x")].year == 2025
    assert latest_values(obs, 2020) == {}


def test_peer_medians_by_group():
    from content.comparison.scoring import PillarScore

    scores = {
        "A": {"p": PillarScore(10.0, 1, 1)},
        "B": {"p": PillarScore(30.0, 1, 1)},
        "C": {"p": PillarScore(90.0, 1, 1)},
        "D": {"p": PillarScore(None, 0, 1)},
        "E": {"p": PillarScore(50.0, 1, 1)},
    }
    medians = peer_medians(scores, {"A": "x", "B": "x", "C": "x", "D": "x", "E": "y"})
    assert medians == {"x": {"p": 30.0}, "y": {"p": 50.0}}


def test_benchmark_change_since_previous_year():
    specs = [IndicatorSpec("share", "digital", "percentage")]
    obs = [
        _obs("A", "share", 2023, 50, 50.0),
        _obs("B", "share", 2023, 100, 100.0),
        _obs("C", "share", 2023, 0, 0.0),
        _obs("A", "share", 2024, 75, 75.0),  # B and C carry their 2023 values forward
    ]
    result = benchmark(specs, obs, None, ["A", "B", "C"], {}, {"A": "g", "B": "g", "C": "g"})
    assert result.year == 2024
    assert result.scores["A"]["digital"].score == 75.0
    assert result.change("A", "digital") == pytest.approx(25.0)
    assert result.change("B", "digital") == 0.0
    assert result.income_median["g"]["digital"] == 75.0
