"""ODA programmes and guides. All are sample content written for the demo."""

import datetime

from content.pages.models import (
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

from .documents import LANG_TITLE
from .guide_texts import GUIDE_TEXT
from .tree import ensure_child, ensure_pdf, para

# slug, title, languages, countries, topics, summary
GUIDES = [
    (
        "koneps-for-foreign-suppliers",
        "Using KONEPS: a guide for foreign suppliers",
        ["en", "ko"],
        ["KR"],
        ["e-procurement"],
        "How to register, find tenders and bid on Korea's system.",
    ),
    (
        "e-procurement-roadmap",
        "Introducing e-procurement: a step-by-step roadmap",
        ["en", "ko", "vi"],
        [],
        ["e-procurement", "capacity-building"],
        "Phases, governance and change management.",
    ),
    (
        "online-shopping-mall",
        "Setting up an e-catalogue and online shopping mall",
        ["en", "ko"],
        [],
        ["framework-agreements", "e-procurement"],
        "From framework contracts to online ordering.",
    ),
    (
        "supplier-registration",
        "Supplier registration, once and for all",
        ["en", "vi"],
        ["VN"],
        ["e-procurement", "sme"],
        "Designing one registration that every tender accepts.",
    ),
    (
        "framework-agreements",
        "Framework agreements with several suppliers",
        ["en", "ko"],
        [],
        ["framework-agreements"],
        "When to use multiple-award contracts and how to run them.",
    ),
    (
        "handling-complaints",
        "Handling bid protests fairly and fast",
        ["en", "vi"],
        [],
        ["complaints"],
        "Deadlines, remedies and independence of review.",
    ),
    (
        "quality-safety",
        "Quality and safety management in public works",
        ["en", "ko"],
        ["KR"],
        ["quality-safety"],
        "Inspection, acceptance and site safety checks.",
    ),
    (
        "green-procurement",
        "Green public procurement for beginners",
        ["en", "ko", "vi"],
        [],
        ["sustainable"],
        "Simple criteria for common goods and how to verify them.",
    ),
    (
        "sme-participation",
        "Opening public tenders to SMEs",
        ["en", "id"],
        ["ID"],
        ["sme"],
        "Lots, payment terms and simpler documents.",
    ),
    (
        "open-contracting-data",
        "Publishing open contracting data",
        ["en"],
        ["PH"],
        ["open-data"],
        "What to publish, in which format, and when.",
    ),
    (
        "integrity-in-e-procurement",
        "Integrity safeguards in e-procurement",
        ["en", "ko"],
        [],
        ["integrity"],
        "Audit trails, red flags and conflict-of-interest checks.",
    ),
]

# slug, title, years, bodies, countries, topics, guide slugs, summary
PROGRAMMES = [
    (
        "vn-e-procurement-capacity",
        "E-procurement capacity building with Viet Nam",
        (2022, 2025),
        "PPS with the partner's procurement agency",
        ["VN"],
        ["e-procurement", "capacity-building"],
        ["e-procurement-roadmap", "supplier-registration"],
        "Training and advice for e-procurement.",
    ),
    (
        "kh-egp-support",
        "Support to Cambodia's e-GP roll-out",
        (2023, None),
        "PPS and the Ministry of Economy and Finance of Cambodia",
        ["KH"],
        ["e-procurement"],
        ["e-procurement-roadmap"],
        "Advice on phasing in e-tendering and supplier registration.",
    ),
    (
        "tl-procurement-training",
        "Procurement training for Timor-Leste officials",
        (2024, 2026),
        "PPS training centre",
        ["TL"],
        ["capacity-building"],
        ["handling-complaints"],
        "Courses on procurement law, tendering and contract management.",
    ),
    (
        "mn-online-mall-study",
        "Online shopping mall feasibility study for Mongolia",
        (2021, 2022),
        "PPS",
        ["MN"],
        ["framework-agreements"],
        ["online-shopping-mall"],
        "A study on introducing an e-catalogue for common goods.",
    ),
    (
        "asean-green-procurement",
        "Green public procurement dialogue",
        (2024, None),
        "PPS with regional partners",
        ["VN", "KH", "LA", "TH"],
        ["sustainable"],
        ["green-procurement"],
        "Sharing criteria and verification for green purchases.",
    ),
    (
        "south-asia-integrity",
        "Integrity in e-procurement: South Asia exchange",
        (2022, 2024),
        "PPS with partner agencies",
        ["BD", "NP", "LK"],
        ["integrity"],
        ["integrity-in-e-procurement"],
        "Exchanges on audit trails and red-flag analytics.",
    ),
]


def guide_pdf(slug: str, title: str, summary: str, language: str):
    """The guide's file in `language`, from its text in that language; a guide with
    no text written in a language has no file in it."""
    text = GUIDE_TEXT.get(slug, {})
    if language in text:
        pdf_title, summary, paragraphs = text[language]
        body = "\n\n".join([summary, *paragraphs])
    elif language == "en":
        pdf_title, body = title, f"{summary}\n\nSample guide for the demo."
    else:
        return None
    return ensure_pdf(
        f"Guide: {title} ({LANG_TITLE.get(language, language)})",
        body,
        language,
        f"guide-{slug}-{language}.pdf",
        pdf_title=pdf_title,
    )


def load_guides(library, countries, topics) -> dict:
    guides = {}
    for slug, title, languages, codes, topic_slugs, summary in GUIDES:
        languages = list(GUIDE_TEXT.get(slug, {})) or languages
        files = []
        for lang in languages:
            document = guide_pdf(slug, title, summary, lang)
            if document is not None:
                files.append(GuideFile(document=document, language=lang, sort_order=len(files)))
        guides[slug] = ensure_child(
            library,
            GuidePage,
            slug,
            title=title,
            summary=summary,
            is_sample=True,
            publication_date=datetime.date(2024, 1 + len(guides) % 12, 1),
            publisher="Public Procurement Service (PPS), sample guide",
            body=[
                para(f"<p>{summary}</p>"),
                para("<p>Sample content: written for the demo, not an official guide.</p>"),
            ],
            countries=[GuideCountry(country=countries[c]) for c in codes],
            topics=[GuideTopic(topic=topics[t]) for t in topic_slugs],
            files=files,
        )
    return guides


def programme_materials(guides: dict, guide_slugs: list) -> list:
    """A programme's materials are the guides it produced, in every language they
    are written in, each labelled with the guide's title in that language."""
    materials = []
    for slug in guide_slugs:
        for file in guides[slug].files.all():
            text = GUIDE_TEXT.get(slug, {}).get(file.language)
            materials.append(
                ODAProgrammeMaterial(
                    document=file.document,
                    language=file.language,
                    label=text[0] if text else guides[slug].title,
                    sort_order=len(materials),
                )
            )
    return materials


def load_programmes(index, countries, topics, guides) -> list:
    pages = []
    for slug, title, (start, end), bodies, codes, topic_slugs, guide_slugs, summary in PROGRAMMES:
        pages.append(
            ensure_child(
                index,
                ODAProgrammePage,
                slug,
                title=title,
                summary=summary,
                is_sample=True,
                start_year=start,
                end_year=end,
                implementing_bodies=bodies,
                objectives=f"<p>{summary}</p>",
                activities="<ul><li>Workshops in the partner country</li>"
                "<li>Study visits to PPS in Daejeon</li></ul>",
                results="<p>Sample results: officials trained and a roadmap agreed.</p>",
                contacts="<p>International Cooperation Division, Public Procurement Service</p>",
                countries=[ODAProgrammeCountry(country=countries[c]) for c in codes],
                topics=[ODAProgrammeTopic(topic=topics[t]) for t in topic_slugs],
                related_links=[ODAProgrammeRelated(related_page=guides[g]) for g in guide_slugs],
                files=programme_materials(guides, guide_slugs),
            )
        )
    return pages
