"""Page types, one module per family; import them from here."""

from .base import AtlasPage, StandardPage
from .comparisons import ComparisonPage
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
from .home import HomePage
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
    ODAProgrammeMaterial,
    ODAProgrammePage,
    ODAProgrammeRelated,
    ODAProgrammeTopic,
)

__all__ = [
    "AtlasPage",
    "HomePage",
    "ComparisonPage",
    "StandardPage",
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
    "ODAProgrammeMaterial",
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
