"""Country profile pages. Facts about real systems cite their public source;
profiles whose narrative was written for the demo are marked sample."""

from content.pages.models import CountryProfilePage

from .tree import ensure_child, para, section, source

KT_2023 = (
    "Korea Times: Procurement agency to further strengthen international cooperation",
    "https://koreatimes.co.kr/www/biz/2023/09/126_358701.html",
    2023,
)

# code: (system name, launch year, URL, [sections], [sources], is_sample)
SYSTEMS = {
    "KR": (
        "KONEPS (Korea ON-line E-Procurement System)",
        2002,
        "https://www.g2b.go.kr",
        [
            section(
                "central_purchasing",
                "<p>The Public Procurement Service (PPS) is Korea's central "
                "procurement agency; it buys for central government and other public bodies.</p>",
            ),
            section(
                "eprocurement",
                "<p>PPS launched KONEPS in 2002, taking the whole procurement "
                "process, from bidding and orders to payment, online. The United Nations gave PPS "
                "its Public Service Award in June 2003 for the system's innovation, transparency "
                "and efficiency.</p>",
            ),
            {
                "type": "key_figures",
                "value": {
                    "heading": "KONEPS in brief",
                    "figures": [
                        {
                            "figure": "2002",
                            "label": "KONEPS launched",
                            "source": "Korea Times, 2023",
                        },
                        {
                            "figure": "2003",
                            "label": "UN Public Service Award",
                            "source": "Korea Times, 2023",
                        },
                    ],
                },
            },
            {
                "type": "table",
                "value": {
                    "caption": "Milestones of KONEPS",
                    "columns": [
                        {"type": "text", "heading": "Year"},
                        {"type": "text", "heading": "Milestone"},
                    ],
                    "rows": [
                        {"values": ["2002", "KONEPS goes live"]},
                        {"values": ["2003", "UN Public Service Award"]},
                    ],
                },
            },
        ],
        [KT_2023, ("Public Procurement Service", "https://www.pps.go.kr/eng/", 2024)],
        False,
    ),
    "VN": (
        "VNEPS (Vietnam National E-Procurement System)",
        None,
        "https://muasamcong.mpi.gov.vn",
        [
            section(
                "eprocurement",
                "<p>Viet Nam's national e-procurement system, VNEPS, is run by the "
                "Ministry of Planning and Investment at muasamcong.mpi.gov.vn.</p>",
            ),
            section(
                "legal", "<p>Procurement is governed by the Law on Bidding No. 22/2023/QH15.</p>"
            ),
        ],
        [("Viet Nam National E-Procurement System", "https://muasamcong.mpi.gov.vn", 2024)],
        False,
    ),
    "PH": (
        "PhilGEPS (Philippine Government Electronic Procurement System)",
        None,
        "https://www.philgeps.gov.ph",
        [
            section(
                "legal",
                "<p>The Government Procurement Reform Act (Republic Act 9184, 2003) made "
                "PhilGEPS the single portal for public procurement; Republic Act 12009 (2024) "
                "replaced it with the New Government Procurement Act.</p>",
            ),
        ],
        [("PhilGEPS", "https://www.philgeps.gov.ph", 2024)],
        False,
    ),
    "ID": (
        "SPSE through LPSE (Sistem Pengadaan Secara Elektronik)",
        None,
        "https://lpse.lkpp.go.id",
        [
            section(
                "eprocurement",
                "<p>Indonesia's National Public Procurement Agency (LKPP) provides "
                "the SPSE e-tendering application, run by electronic procurement services (LPSE) "
                "across government.</p>",
            ),
        ],
        [("LKPP: LPSE", "https://lpse.lkpp.go.id", 2024)],
        False,
    ),
    "KH": (
        "e-GP (Cambodia e-Government Procurement)",
        None,
        "https://www.mef.gov.kh",
        [
            section(
                "eprocurement",
                "<p>Cambodia's Ministry of Economy and Finance runs the e-GP "
                "system for public procurement.</p>",
            ),
        ],
        [("Ministry of Economy and Finance, Cambodia", "https://www.mef.gov.kh", 2024)],
        False,
    ),
    "TL": (
        "Timor-Leste e-Procurement Portal",
        None,
        "https://www.eprocurement.gov.tl",
        [
            section(
                "eprocurement",
                "<p>Public tenders of Timor-Leste are published on the national "
                "e-procurement portal.</p>",
            ),
        ],
        [("Timor-Leste e-Procurement Portal", "https://www.eprocurement.gov.tl", 2024)],
        False,
    ),
    "MY": (
        "ePerolehan",
        None,
        "https://www.eperolehan.gov.my",
        [
            section(
                "eprocurement",
                "<p>Malaysia's Ministry of Finance runs the ePerolehan e-procurement system.</p>",
            ),
        ],
        [("ePerolehan", "https://www.eperolehan.gov.my", 2024)],
        False,
    ),
    "BD": (
        "e-GP (Bangladesh)",
        None,
        "https://www.eprocure.gov.bd",
        [
            section(
                "eprocurement",
                "<p>Bangladesh runs a national e-GP system for public "
                "procurement at eprocure.gov.bd.</p>",
            ),
        ],
        [("Bangladesh e-GP", "https://www.eprocure.gov.bd", 2024)],
        False,
    ),
}

SAMPLE_SECTIONS = [
    section(
        "legal",
        "<p>Sample text: a public procurement law sets open tendering as the default "
        "method, with thresholds for simpler procedures.</p>",
    ),
    section(
        "complaints",
        "<p>Sample text: bidders may complain first to the procuring entity, "
        "then to a review body.</p>",
    ),
    section(
        "sustainable",
        "<p>Sample text: policies to include SMEs and green criteria are being prepared.</p>",
    ),
]


def load_profiles(index, countries: dict) -> list:
    pages = []
    for code, country in countries.items():
        name, year, url, sections, sources, is_sample = SYSTEMS.get(
            code, ("", None, "", SAMPLE_SECTIONS, [], True)
        )
        page = ensure_child(
            index,
            CountryProfilePage,
            code.lower(),
            title=country.name,
            country=country,
            is_sample=is_sample,
            summary=f"How public procurement works in {country.name}"
            + (f", home of {name.split(' (')[0]}." if name else "."),
            body=[
                para("<p>The indicator tables below are pulled from the Atlas data.</p>"),
                *sections,
            ],
            eproc_system_name=name,
            eproc_launch_year=year,
            eproc_url=url,
            sources=[source(*s) for s in sources],
        )
        pages.append(page)
    return pages
