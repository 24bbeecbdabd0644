"""Demo content. `load_demo` builds the tree in English and translates what
should be translated; every step is get-or-create so a second run changes nothing."""

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale

from content.demo.assessment import load_assessment
from content.demo.countries import load_countries, load_pillars_and_indicators
from content.demo.documents import load_documents
from content.demo.events import load_events, load_news
from content.demo.glossary import load_glossary, load_topics
from content.demo.profiles import load_profiles
from content.demo.programmes import load_guides, load_programmes
from content.demo.site import ensure_home_pages
from content.demo.translations import (
    translate_home_pages,
    translate_partner_content,
    translate_profiles_and_guides,
)
from content.demo.tree import ensure_child
from content.demo.values import load_values
from content.pages.models import (
    CountryIndexPage,
    EventIndexPage,
    GlossaryPage,
    GuideLibraryPage,
    NewsIndexPage,
    ODAProgrammeIndexPage,
    PolicyDocumentIndexPage,
)

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


# Detail pages translated in the demo: (model, slug) -> {language: (title, summary)}
TRANSLATED_PAGES = {
    ("profiles", "kr"): {
        "ko": ("대한민국", "대한민국의 공공조달 체계: 조달청과 국가종합전자조달시스템(나라장터)."),
        "vi": ("Hàn Quốc", "Hệ thống mua sắm công của Hàn Quốc, nơi có KONEPS."),
    },
    ("profiles", "vn"): {
        "ko": ("베트남", "베트남의 공공조달 체계와 국가전자조달시스템(VNEPS)."),
        "vi": (
            "Việt Nam",
            "Hệ thống mua sắm công của Việt Nam và Hệ thống mạng đấu thầu quốc gia.",
        ),
    },
    ("events", "policy-session-diplomatic-corps-2023"): {
        "ko": (
            "제1회 주한 외교단 대상 공공조달 정책설명회",
            "조달청이 처음 개최한 주한 외교단 대상 정책설명회: 아시아·태평양 13개국 외교관 16명 참석.",
        ),
        "vi": (
            "Phiên thảo luận chính sách mua sắm công đầu tiên cho đoàn ngoại giao",
            "16 nhà ngoại giao từ 13 quốc gia châu Á - Thái Bình Dương tham dự.",
        ),
    },
    ("news", "koneps-un-public-service-award"): {
        "ko": (
            "나라장터, UN 공공행정상 수상",
            "UN은 2003년 6월 나라장터로 조달청에 공공행정상을 수여했다.",
        ),
        "vi": (
            "KONEPS nhận Giải thưởng Dịch vụ công của Liên Hợp Quốc",
            "Tháng 6/2003, Liên Hợp Quốc trao Giải thưởng Dịch vụ công cho PPS nhờ KONEPS.",
        ),
    },
}


def _translate_page(page, locale, title, summary=None):
    translation = page.get_translation_or_none(locale)
    if translation is None:
        translation = page.copy_for_translation(locale)
    if translation.title != title or (summary is not None and translation.summary != summary):
        translation.title = title
        if summary is not None:
            translation.summary = summary
        translation.save_revision().publish()
    return translation


DEMO_STEPS = 18


@transaction.atomic
def load_demo(stdout=None, advance=None) -> dict:
    """`advance(1)` is called after each of the DEMO_STEPS steps (a progress bar)."""
    step = advance or (lambda _n=1: None)
    homes = ensure_home_pages()
    step()
    translate_home_pages(homes)
    step()
    en = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    ko = Locale.objects.get(language_code="ko")
    vi = Locale.objects.get(language_code="vi")
    countries = load_countries(en)
    step()
    pillars, indicators = load_pillars_and_indicators(en)
    step()
    values = load_values(countries, indicators)
    step()
    topics = load_topics(en)
    step()
    glossary = load_glossary(en, topics)
    step()
    assessment = load_assessment()
    step()

    home = homes[settings.LANGUAGE_CODE]
    indexes = {}
    for model, slug, title, title_ko, title_vi, intro in INDEXES:
        index = ensure_child(home, model, slug, title=title, intro=intro)
        _translate_page(index, ko, title_ko)
        _translate_page(index, vi, title_vi)
        indexes[slug] = index
    step()

    profiles = load_profiles(indexes["countries"], countries)
    step()
    documents = load_documents(indexes["documents"], countries, topics)
    step()
    guides = load_guides(indexes["guides"], countries, topics)
    step()
    translate_partner_content(indexes, profiles, guides)
    step()
    translate_profiles_and_guides(profiles, guides)
    step()
    programmes = load_programmes(indexes["oda"], countries, topics, guides)
    step()
    events = load_events(indexes["events"], countries, topics)
    step()
    news = load_news(indexes["news"], countries, topics)
    step()
    by_slug = {
        "profiles": {p.slug: p for p in profiles},
        "events": {p.slug: p for p in events},
        "news": {p.slug: p for p in news},
    }
    translated = 0
    for (kind, slug), versions in TRANSLATED_PAGES.items():
        for code, (title, summary) in versions.items():
            locale = {"ko": ko, "vi": vi}[code]
            _translate_page(by_slug[kind][slug], locale, title, summary)
            translated += 1
    step()
    from wagtail.documents.models import Document

    return {
        "home pages": len(homes),
        "countries": len(countries),
        "pillars": len(pillars),
        "indicators": len(indicators),
        "indicator values": values,
        "topics": len(topics),
        "glossary terms (all languages)": glossary,
        "self-assessment rows (all languages)": assessment,
        "index pages (en)": len(indexes),
        "country profiles": len(profiles),
        "policy documents": len(documents),
        "guides": len(guides),
        "ODA programmes": len(programmes),
        "events": len(events),
        "news": len(news),
        "translated detail pages (ko, vi)": translated,
        "files": Document.objects.count(),
    }
