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
from .translation import TranslationStatus, TranslationStatusMixin

__all__ = [
    "Country",
    "Pillar",
    "Indicator",
    "IndicatorValue",
    "IndicatorValueChange",
    "Region",
    "Topic",
    "GlossaryTerm",
    "TranslationStatus",
    "TranslationStatusMixin",
    "in_source_locale",
    "parse_indicator_value",
]
