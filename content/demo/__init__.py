"""Demo content. `load_demo` builds the tree in English and translates what
should be translated; every step is get-or-create so a second run changes nothing."""

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale

from content.models import (
    CountryIndexPage,
    EventIndexPage,
    GlossaryPage,
    GuideLibraryPage,
    NewsIndexPage,
    ODAProgrammeIndexPage,
    PolicyDocumentIndexPage,
)

from .countries import load_countries, load_pillars_and_indicators
from .documents import load_documents
from .events import load_events, load_news
from .glossary import load_glossary, load_topics
from .profiles import load_profiles
from .programmes import load_guides, load_programmes
from .site import ensure_home_pages
from .translations import translate_home_pages, translate_profiles_and_guides
from .tree import ensure_child
from .values import load_values

# model, slug, English title, Korean title, Vietnamese title, intro
INDEXES = [
    (
        CountryIndexPage,
        "countries",
        "Country profiles",
        "국가별 조달 현황",
        "Hồ sơ quốc gia",
        "How public procurement works in each country, with its indicators.",
    ),
    (
        PolicyDocumentIndexPage,
        "documents",
        "Policy documents",
        "정책 문서",
        "Văn bản chính sách",
        "Laws, regulations, guidelines, reports, presentations and case studies.",
    ),
    (
        ODAProgrammeIndexPage,
        "oda",
        "ODA programmes",
        "ODA 사업",
        "Chương trình ODA",
        "Development cooperation programmes on public procurement.",
    ),
    (
        GuideLibraryPage,
        "guides",
        "Guide library",
        "가이드 자료실",
        "Thư viện hướng dẫn",
        "Downloadable guides, in several languages.",
    ),
    (
        EventIndexPage,
        "events",
        "Events",
        "행사",
        "Sự kiện",
        "Policy sessions, workshops, study visits and training.",
    ),
    (NewsIndexPage, "news", "News", "소식", "Tin tức", "News from the Atlas and its partners."),
    (
        GlossaryPage,
        "glossary",
        "Glossary",
        "용어집",
        "Thuật ngữ",
        "Procurement terms, with the same concept in every language.",
    ),
]


def _translate_page(page, locale, title):
    translation = page.get_translation_or_none(locale)
    if translation is None:
        translation = page.copy_for_translation(locale)
    if translation.title != title:
        translation.title = title
        translation.save_revision().publish()
    return translation


@transaction.atomic
def load_demo(stdout=None) -> dict:
    homes = ensure_home_pages()
    translate_home_pages(homes)
    en = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    ko = Locale.objects.get(language_code="ko")
    vi = Locale.objects.get(language_code="vi")
    countries = load_countries(en, ko, vi)
    pillars, indicators = load_pillars_and_indicators(en, ko, vi)
    values = load_values(countries, indicators)
    topics = load_topics(en, ko, vi)
    glossary = load_glossary(en, ko, vi, topics)

    home = homes[settings.LANGUAGE_CODE]
    indexes = {}
    for model, slug, title, title_ko, title_vi, intro in INDEXES:
        index = ensure_child(home, model, slug, title=title, intro=intro)
        _translate_page(index, ko, title_ko)
        _translate_page(index, vi, title_vi)
        indexes[slug] = index

    profiles = load_profiles(indexes["countries"], countries)
    documents = load_documents(indexes["documents"], countries, topics)
    guides = load_guides(indexes["guides"], countries, topics)
    translate_profiles_and_guides(profiles, guides)
    programmes = load_programmes(indexes["oda"], countries, topics, guides)
    events = load_events(indexes["events"], countries, topics)
    news = load_news(indexes["news"], countries, topics)
    from wagtail.documents.models import Document

    return {
        "home pages": len(homes),
        "countries": len(countries),
        "pillars": len(pillars),
        "indicators": len(indicators),
        "indicator values": values,
        "topics": len(topics),
        "glossary terms (all languages)": glossary,
        "index pages (en)": len(indexes),
        "country profiles": len(profiles),
        "policy documents": len(documents),
        "guides": len(guides),
        "ODA programmes": len(programmes),
        "events": len(events),
        "news": len(news),
        "files": Document.objects.count(),
    }
