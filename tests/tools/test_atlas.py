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


def test_the_atlas_queries_nothing_beyond_the_listing(
    client, site_tree, small_world, django_assert_num_queries
):
    """The ODA index loads every programme the filters match once, with its
    countries; the list pages through those rows and the atlas counts the same
    rows without a query of its own."""
    from content.pages import models as m
    from content.tools.atlas import build_atlas
    from tests.content.factories import add_page

    index = add_page(site_tree["en"], m.ODAProgrammeIndexPage, "programmes")
    for n in range(14):  # more than a page of twelve
        add_page(
            index,
            m.ODAProgrammePage,
            f"p{n}",
            start_year=2010 + n,
            implementing_bodies="PPS",
            countries=[m.ODAProgrammeCountry(country=small_world["kh" if n % 2 else "vn"])],
        )
    response = client.get(index.url)
    assert response.status_code == 200
    programmes = response.context["programmes"]
    assert isinstance(programmes, list) and len(programmes) == 14
    assert len(response.context["items"]) == 12  # the list still shows one page
    with django_assert_num_queries(0):
        atlas = build_atlas(programmes, "km")
    assert atlas.total == 14
    assert {code: n for code, _name, n in atlas.countries} == {"KH": 7, "VN": 7}
    html = response.content.decode()
    assert 'data-atlas-country="kh">7<' in html and 'data-atlas-country="vn">7<' in html
