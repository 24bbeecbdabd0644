from .base import AtlasPage, HomePage
from .comparisons import ComparisonPage, IndicatorValueChange
from .countries import Country, Indicator, IndicatorValue, Pillar, parse_indicator_value

__all__ = [
    "AtlasPage",
    "HomePage",
    "ComparisonPage",
    "Country",
    "Indicator",
    "IndicatorValue",
    "IndicatorValueChange",
    "Pillar",
    "parse_indicator_value",
]
