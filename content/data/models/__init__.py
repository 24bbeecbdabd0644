"""Reference data: countries, pillars, indicators, their values and history, topics, glossary."""

from .countries import (
    Country,
    Indicator,
    IndicatorValue,
    Pillar,
    Region,
    in_source_locale,
    parse_indicator_value,
)
from .glossary import GlossaryTerm, Topic
from .history import IndicatorValueChange

__all__ = [
    "Country",
    "Pillar",
    "Indicator",
    "IndicatorValue",
    "IndicatorValueChange",
    "Region",
    "Topic",
    "GlossaryTerm",
    "in_source_locale",
    "parse_indicator_value",
]
