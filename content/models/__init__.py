from .base import AtlasPage, HomePage
from .countries import Country, Indicator, IndicatorValue, Pillar, parse_indicator_value

__all__ = [
    "AtlasPage",
    "HomePage",
    "Country",
    "Indicator",
    "IndicatorValue",
    "Pillar",
    "parse_indicator_value",
]
