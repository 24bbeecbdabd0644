import pytest

from tests.comparison.factories import (
    CountryFactory,
    IndicatorFactory,
    IndicatorValueFactory,
    PillarFactory,
    translate,
)


@pytest.fixture
def small_world(db):
    """Korea, Vietnam, Cambodia; two pillars; numbers, yes/no and a category."""
    kr = CountryFactory(code="KR", name="Korea", region="east_asia", income_group="high")
    vn = CountryFactory(code="VN", name="Viet Nam")
    kh = CountryFactory(code="KH", name="Cambodia", income_group="lower_middle")
    digital = PillarFactory(code="digital", name="Digital procurement", sort_order=1)
    speed = PillarFactory(code="speed", name="Speed", sort_order=2)
    etender = IndicatorFactory(
        code="ep-etender", pillar=digital, name="E-tendering", value_type="boolean", unit=""
    )
    share = IndicatorFactory(
        code="ep-share", pillar=digital, name="Share online", value_type="percentage", unit="%"
    )
    days = IndicatorFactory(
        code="award-days", pillar=speed, name="Days to award", unit="days", direction="lower"
    )
    IndicatorValueFactory(country=kr, indicator=etender, value="yes", numeric_value=1)
    IndicatorValueFactory(country=vn, indicator=etender, value="yes", numeric_value=1)
    IndicatorValueFactory(country=kh, indicator=etender, value="no", numeric_value=0)
    IndicatorValueFactory(country=kr, indicator=share, value="98", year=2023)
    IndicatorValueFactory(country=kr, indicator=share, value="99")
    IndicatorValueFactory(country=vn, indicator=share, value="60", is_sample=True)
    IndicatorValueFactory(country=kr, indicator=days, value="30")
    IndicatorValueFactory(country=vn, indicator=days, value="45")
    # Cambodia has no share and no days: 'no data'
    translate(kh, "km", name="កម្ពុជា")
    translate(days, "km", name="ចំនួនថ្ងៃ")
    return {"kr": kr, "vn": vn, "kh": kh, "etender": etender, "share": share, "days": days}


@pytest.fixture
def launch(small_world):
    """A year-typed indicator: KONEPS-style launch years for KR and VN."""
    launch = IndicatorFactory(
        code="ep-launch", pillar=small_world["etender"].pillar, name="Launch year",
        value_type="year", unit="", direction="neutral", sort_order=0,
    )  # fmt: skip
    IndicatorValueFactory(country=small_world["kr"], indicator=launch, value="2002")
    IndicatorValueFactory(country=small_world["vn"], indicator=launch, value="2009")
    return launch
