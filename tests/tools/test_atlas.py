"""The ODA atlas's counting and shading, and the bundled map of the region."""

from content.tools.atlas import count_by_country, count_by_year, region_map, shade

PROGRAMMES = [
    (2015, 2018, ["KH", "LA"]),
    (2017, None, ["KH"]),  # still running
    (2019, 2019, ["VN", "VN"]),  # a country listed twice counts once
]


def test_programmes_are_counted_once_per_country():
    assert count_by_country(PROGRAMMES) == {"KH": 2, "LA": 1, "VN": 1}
    assert count_by_country([]) == {}


def test_the_timeline_counts_programmes_running_each_year_until_this_one():
    years = dict(count_by_year(PROGRAMMES, this_year=2021))
    assert list(years) == list(range(2015, 2022))
    assert years[2015] == 1 and years[2017] == 2 and years[2018] == 2
    assert years[2019] == 2 and years[2021] == 1
    assert count_by_year([], 2021) == []


def test_shades_step_up_to_the_country_with_most():
    assert [shade(n, 8) for n in (0, 1, 2, 3, 4, 6, 8)] == [0, 1, 1, 2, 2, 3, 4]
    assert shade(0, 0) == 0


def test_the_bundled_map_draws_every_demo_country_and_names_its_source():
    from content.demo.countries import COUNTRIES

    data = region_map()
    assert "Natural Earth" in data["source"]
    assert {row[0] for row in COUNTRIES} <= set(data["paths"])
    assert all(path.startswith("M") and path.endswith("Z") for path in data["paths"].values())
