"""The domain models, one module per family; import them from here."""

from .base import AtlasPage, HomePage, StandardPage
from .comparisons import ComparisonPage, IndicatorValueChange
from .countries import Country, Indicator, IndicatorValue, Pillar, parse_indicator_value
from .documents import (
    DocumentType,
    PolicyDocumentCountry,
    PolicyDocumentFile,
    PolicyDocumentPage,
    PolicyDocumentTopic,
)
from .events import (
    EventCountry,
    EventMaterial,
    EventPage,
    EventPhoto,
    EventTopic,
    EventType,
    NewsCountry,
    NewsPage,
    NewsPhoto,
    NewsTopic,
)
from .glossary import GlossaryTerm, Topic
from .indexes import (
    CountryIndexPage,
    EventIndexPage,
    GlossaryPage,
    GuideLibraryPage,
    ListingIndexPage,
    NewsIndexPage,
    ODAProgrammeIndexPage,
    PolicyDocumentIndexPage,
)
from .profiles import CountryProfilePage
from .programmes import (
    GuideCountry,
    GuideFile,
    GuidePage,
    GuideTopic,
    ODAProgrammeCountry,
    ODAProgrammePage,
    ODAProgrammeRelated,
    ODAProgrammeTopic,
)

__all__ = [
    "AtlasPage",
    "HomePage",
    "ComparisonPage",
    "StandardPage",
    "Country",
    "Indicator",
    "IndicatorValue",
    "IndicatorValueChange",
    "Pillar",
    "parse_indicator_value",
    "Topic",
    "GlossaryTerm",
    "CountryProfilePage",
    "DocumentType",
    "PolicyDocumentPage",
    "PolicyDocumentCountry",
    "PolicyDocumentTopic",
    "PolicyDocumentFile",
    "ODAProgrammePage",
    "ODAProgrammeCountry",
    "ODAProgrammeTopic",
    "ODAProgrammeRelated",
    "GuidePage",
    "GuideCountry",
    "GuideTopic",
    "GuideFile",
    "EventType",
    "EventPage",
    "EventCountry",
    "EventTopic",
    "EventMaterial",
    "EventPhoto",
    "NewsPage",
    "NewsCountry",
    "NewsTopic",
    "NewsPhoto",
    "ListingIndexPage",
    "CountryIndexPage",
    "PolicyDocumentIndexPage",
    "ODAProgrammeIndexPage",
    "GuideLibraryPage",
    "EventIndexPage",
    "NewsIndexPage",
    "GlossaryPage",
]
