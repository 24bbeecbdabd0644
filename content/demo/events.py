"""Events and news. Reported facts cite their source; invented items are sample."""

import datetime

from content.pages.models import (
    EventCountry,
    EventMaterial,
    EventPage,
    EventPhoto,
    EventTopic,
    NewsCountry,
    NewsPage,
    NewsPhoto,
    NewsTopic,
)

from .tree import ensure_child, ensure_image, ensure_pdf, para, source

D = datetime.date
ASIA_PACIFIC_13 = ["VN", "KH", "TL", "PH", "ID", "TH", "LA", "MN", "MY", "MM", "BD", "NP", "LK"]
KT = (
    "Korea Times: Procurement agency to further strengthen international cooperation",
    "https://koreatimes.co.kr/www/biz/2023/09/126_358701.html",
    2023,
)

# slug, title, type, start, end, place, countries, topics, sources, sample, summary, body
EVENTS = [
    (
        "policy-session-diplomatic-corps-2023",
        "First Public Procurement Policy Session for the foreign diplomatic corps",
        "policy_session",
        D(2023, 9, 14),
        None,
        "Korea Press Center, Seoul",
        ASIA_PACIFIC_13,
        ["e-procurement", "quality-safety"],
        [KT],
        False,
        "PPS's first policy session for foreign diplomats: 16 members of the diplomatic corps from "
        "13 Asia-Pacific countries, including the ambassadors of Viet Nam, Cambodia and Timor-Leste.",
        "<p>The Public Procurement Service held its first Public Procurement Policy Session for "
        "foreign diplomatic corps at the Korea Press Center in Seoul, to share procurement systems "
        "and experience and strengthen cooperation. Sixteen diplomats from 13 Asia-Pacific "
        "countries attended. The cited report gives the weekday, not the day: the date "
        "shown is approximate (September 2023).</p>",
    ),
    (
        "ippw-2024",
        "International Public Procurement Workshop 2024",
        "conference",
        D(2024, 4, 18),
        D(2024, 4, 19),
        "KINTEX, Goyang",
        ["KR", "PH"],
        ["sme", "e-procurement"],
        [
            (
                "Korea Herald: PPS hosts International Public Procurement Workshop 2024",
                "https://www.koreaherald.com/view.php?ud=20240417050700",
                2024,
            )
        ],
        False,
        "Co-hosted by PPS and the Inter-American Development Bank, with officials from 20 countries.",
        "<p>The workshop brought together procurement experts from international organisations "
        "and 20 countries, and showcased Korea's e-procurement services and SME policies.</p>",
    ),
    (
        "ippw-2025",
        "International Public Procurement Workshop 2025",
        "conference",
        D(2025, 3, 5),
        D(2025, 3, 7),
        "KINTEX, Goyang",
        ["KR"],
        ["e-procurement", "sustainable"],
        [
            (
                "Public Procurement International: International Public Procurement Workshop 2025",
                "https://publicprocurementinternational.com/category/south-korea",
                2025,
            )
        ],
        False,
        "Co-hosted by PPS and the OECD with central purchasing bodies from ten countries.",
        "<p>PPS shared its experience of building the next-generation KONEPS.</p>",
    ),
    (
        "phnom-penh-egp-workshop",
        "e-GP workshop in Phnom Penh",
        "workshop",
        D(2024, 6, 11),
        D(2024, 6, 12),
        "Phnom Penh",
        ["KH", "KR"],
        ["e-procurement"],
        [],
        True,
        "Sample event: two days on e-tendering and supplier registration.",
        "<p>Sample event.</p>",
    ),
    (
        "timor-leste-study-visit",
        "Timor-Leste delegation study visit to PPS",
        "visit",
        D(2024, 10, 8),
        None,
        "PPS headquarters, Daejeon",
        ["TL", "KR"],
        ["capacity-building"],
        [],
        True,
        "Sample event: officials see KONEPS and the PPS call centre.",
        "<p>Sample event.</p>",
    ),
    (
        "green-procurement-training",
        "Green procurement training course",
        "training",
        D(2025, 5, 20),
        D(2025, 5, 23),
        "Online",
        ["VN", "LA", "TH"],
        ["sustainable"],
        [],
        True,
        "Sample event: a four-day online course on green criteria.",
        "<p>Sample event.</p>",
    ),
]

NEWS = [
    (
        "koneps-un-public-service-award",
        "KONEPS wins the UN Public Service Award",
        D(2003, 6, 23),
        ["KR"],
        ["e-procurement"],
        [KT],
        False,
        "The UN gave PPS its Public Service Award in June 2003 for KONEPS.",
        "<p>The United Nations presented the Public Service Award to PPS in June 2003, in "
        "recognition of the system's innovation, transparency and efficiency.</p>",
    ),
    (
        "atlas-launch",
        "Procurement Atlas opens in eight languages",
        D(2026, 11, 1),
        [],
        ["capacity-building"],
        [],
        True,
        "Sample news about this site.",
        "<p>Sample news.</p>",
    ),
    (
        "glossary-update",
        "Glossary adds Korean and Vietnamese terms",
        D(2026, 10, 15),
        ["VN"],
        ["e-procurement"],
        [],
        True,
        "Sample news: 60 terms in three languages.",
        "<p>Sample news.</p>",
    ),
]


def load_events(index, countries, topics) -> list:
    pages = []
    for n, (
        slug,
        title,
        kind,
        start,
        end,
        place,
        codes,
        topic_slugs,
        sources,
        sample,
        summary,
        html,
    ) in enumerate(EVENTS):
        photo = ensure_image(f"Event photo: {title}", (40 + 30 * n, 90, 150 - 15 * n))
        material = ensure_pdf(
            f"Programme: {title}", f"{title}\n{place}\n\n{summary}", "en", f"event-{slug}.pdf"
        )
        pages.append(
            ensure_child(
                index,
                EventPage,
                slug,
                title=title,
                summary=summary,
                is_sample=sample,
                event_type=kind,
                start_date=start,
                end_date=end,
                place=place,
                organiser="Public Procurement Service (PPS)",
                body=[para(html)],
                sources=[source(*s) for s in sources],
                countries=[EventCountry(country=countries[c]) for c in codes],
                topics=[EventTopic(topic=topics[t]) for t in topic_slugs],
                materials=[EventMaterial(document=material, language="en")],
                photos=[
                    EventPhoto(
                        image=photo,
                        alt_text=f"Illustration for {title}: a blue "
                        "banner above a row of white blocks (placeholder image)",
                        caption="Placeholder image generated for the demo",
                    )
                ],
            )
        )
    return pages


def load_news(index, countries, topics) -> list:
    pages = []
    for n, (slug, title, date, codes, topic_slugs, sources, sample, summary, html) in enumerate(
        NEWS
    ):
        photo = ensure_image(f"News photo: {title}", (120, 60 + 40 * n, 90))
        pages.append(
            ensure_child(
                index,
                NewsPage,
                slug,
                title=title,
                summary=summary,
                is_sample=sample,
                date=date,
                body=[para(html)],
                sources=[source(*s) for s in sources],
                countries=[NewsCountry(country=countries[c]) for c in codes],
                topics=[NewsTopic(topic=topics[t]) for t in topic_slugs],
                photos=[
                    NewsPhoto(
                        image=photo,
                        alt_text="Placeholder illustration: coloured banner",
                        caption="Placeholder image generated for the demo",
                    )
                ],
            )
        )
    return pages
