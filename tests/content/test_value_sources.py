"""Every value shown on a profile cites its own source and year."""

import pytest

from content.pages import models as m

from .factories import CountryFactory, IndicatorFactory, IndicatorValueFactory, add_page

pytestmark = pytest.mark.django_db


def test_each_year_on_a_profile_cites_its_own_source(client, site_tree):
    country = CountryFactory(code="VN", name="Viet Nam")
    share = IndicatorFactory(code="ep-share", name="Share online", value_type="percentage")
    IndicatorValueFactory(
        country=country, indicator=share, year=2023, value="41",
        source_title="MPI e-GP report 2023", source_year=2023,
    )  # fmt: skip
    IndicatorValueFactory(
        country=country, indicator=share, year=2024, value="48",
        source_title="MPI e-GP report 2024", source_year=2024,
    )  # fmt: skip
    index = add_page(site_tree["en"], m.CountryIndexPage, "countries")
    profile = add_page(index, m.CountryProfilePage, "vn", title="Viet Nam", country=country)

    html = client.get(profile.url).content.decode()
    assert "2023:</span> MPI e-GP report 2023 (2023)" in html
    assert "2024:</span> MPI e-GP report 2024 (2024)" in html
