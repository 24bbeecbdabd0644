from .base import AtlasPage, HomePage, StandardPage
from .countries import Country, Indicator, IndicatorValue, Pillar, parse_indicator_value

__all__ = [
    "AtlasPage",
    "HomePage",
    "StandardPage",
    "Country",
    "Indicator",
    "IndicatorValue",
    "Pillar",
    "parse_indicator_value",
]
