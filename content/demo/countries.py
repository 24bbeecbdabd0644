"""Demo countries, pillars and indicators, in English and translated into every locale:
country names from CLDR, the agency's own terms from content.demo.terms."""

from django.db import transaction
from wagtail.models import Locale

from content.data.models import Country, Indicator, Pillar
from content.data.names import country_name

from .terms import TERMS

# code, English (the editors' label; readers see CLDR's name in their language), local name,
# local language, region, income, currency
COUNTRIES = [
    ("KR", "Republic of Korea", "대한민국", "ko", "east_asia", "high", "KRW"),
    ("VN", "Viet Nam", "Việt Nam", "vi", "south_east_asia", "lower_middle", "VND"),
    ("KH", "Cambodia", "កម្ពុជា", "km", "south_east_asia", "lower_middle", "KHR"),
    ("TL", "Timor-Leste", "Timór-Leste", "tet", "south_east_asia", "lower_middle", "USD"),
    ("PH", "Philippines", "Pilipinas", "fil", "south_east_asia", "lower_middle", "PHP"),
    ("ID", "Indonesia", "Indonesia", "id", "south_east_asia", "upper_middle", "IDR"),
    ("TH", "Thailand", "ประเทศไทย", "th", "south_east_asia", "upper_middle", "THB"),
    ("LA", "Lao PDR", "ລາວ", "lo", "south_east_asia", "lower_middle", "LAK"),
    ("MN", "Mongolia", "Монгол Улс", "mn", "east_asia", "upper_middle", "MNT"),
    ("MY", "Malaysia", "Malaysia", "ms", "south_east_asia", "upper_middle", "MYR"),
    ("MM", "Myanmar", "မြန်မာ", "my", "south_east_asia", "lower_middle", "MMK"),
    ("BD", "Bangladesh", "বাংলাদেশ", "bn", "south_asia", "lower_middle", "BDT"),
    ("NP", "Nepal", "नेपाल", "ne", "south_asia", "lower_middle", "NPR"),
    ("LK", "Sri Lanka", "ශ්\u200dරී ලංකාව", "si", "south_asia", "lower_middle", "LKR"),
    ("FJ", "Fiji", "Viti", "fj", "pacific", "upper_middle", "FJD"),
]

# code, name, description (modelled on OECD MAPS, plus e-procurement)
PILLARS = [
    (
        "legal",
        "Legal, regulatory and policy framework",
        "MAPS pillar I: the laws, regulations and policies that govern public procurement.",
    ),
    (
        "institutional",
        "Institutional framework and management capacity",
        "MAPS pillar II: how the system is organised, managed and staffed.",
    ),
    (
        "operations",
        "Procurement operations and market practices",
        "MAPS pillar III: how procurement works in practice and how the market responds.",
    ),
    (
        "integrity",
        "Accountability, integrity and transparency",
        "MAPS pillar IV: control, audit, complaints, civil society and anti-corruption.",
    ),
    (
        "eprocurement",
        "E-procurement",
        "E-tendering, e-contracting, e-payment, e-catalogue and online shopping mall, supplier registration and open data.",
    ),
]

_B, _N, _P, _C, _T = "boolean", "number", "percentage", "category", "text"
_LEVELS = "Full|Partial|Planned|None"
# code, pillar, name, type, unit, categories, direction, definition
INDICATORS = [
    (
        "leg-law",
        "legal",
        "Single public procurement law in force",
        _B,
        "",
        "",
        "higher",
        "A primary law covers procurement of goods, works and services by all public bodies.",
    ),
    (
        "leg-methods",
        "legal",
        "Procurement methods defined in law",
        _C,
        "",
        _LEVELS,
        "higher",
        "The law sets out open, restricted and direct methods and when each may be used.",
    ),
    (
        "leg-advertising",
        "legal",
        "Minimum days for bid submission (open tender)",
        _N,
        "days",
        "",
        "higher",
        "The shortest period the law allows between notice and bid deadline.",
    ),
    (
        "leg-complaints",
        "legal",
        "Independent complaints review body",
        _B,
        "",
        "",
        "higher",
        "Bidders can appeal to a body independent of the procuring entity.",
    ),
    (
        "leg-sustainable",
        "legal",
        "Sustainable procurement policy",
        _C,
        "",
        _LEVELS,
        "higher",
        "Environmental and social criteria are part of procurement policy.",
    ),
    (
        "leg-sme",
        "legal",
        "SME preference or set-aside",
        _C,
        "",
        _LEVELS,
        "higher",
        "Rules that help small and medium-sized enterprises take part.",
    ),
    (
        "leg-gpa",
        "legal",
        "Party to the WTO Government Procurement Agreement",
        _B,
        "",
        "",
        "neutral",
        "The country is a party to the WTO GPA.",
    ),
    (
        "leg-framework",
        "legal",
        "Framework agreements allowed",
        _B,
        "",
        "",
        "higher",
        "The law lets entities award framework agreements with one or more suppliers.",
    ),
    (
        "inst-cpb",
        "institutional",
        "Central purchasing body exists",
        _B,
        "",
        "",
        "higher",
        "A national body buys common goods and services for other public bodies.",
    ),
    (
        "inst-regulator",
        "institutional",
        "Normative/regulatory function",
        _C,
        "",
        _LEVELS,
        "higher",
        "A body is responsible for procurement policy, regulation and monitoring.",
    ),
    (
        "inst-staff",
        "institutional",
        "Certified procurement officers",
        _N,
        "officers per 100 entities",
        "",
        "higher",
        "Procurement staff holding a recognised certification.",
    ),
    (
        "inst-training",
        "institutional",
        "Training hours per procurement officer",
        _N,
        "hours/year",
        "",
        "higher",
        "Average yearly training received by procurement staff.",
    ),
    (
        "inst-stats",
        "institutional",
        "National procurement statistics published",
        _B,
        "",
        "",
        "higher",
        "The government publishes yearly statistics on public procurement.",
    ),
    (
        "inst-budget-link",
        "institutional",
        "Procurement planning linked to budget",
        _C,
        "",
        _LEVELS,
        "higher",
        "Procurement plans follow from the approved budget.",
    ),
    (
        "inst-share-gdp",
        "institutional",
        "Public procurement as a share of GDP",
        _P,
        "%",
        "",
        "neutral",
        "Value of public procurement relative to gross domestic product.",
    ),
    (
        "inst-description",
        "institutional",
        "Central purchasing arrangement",
        _T,
        "",
        "",
        "neutral",
        "How central purchasing is organised, in a sentence.",
    ),
    (
        "ops-open-share",
        "operations",
        "Contracts awarded by open tender",
        _P,
        "%",
        "",
        "higher",
        "Share of contract value awarded through open competitive tendering.",
    ),
    (
        "ops-single-bid",
        "operations",
        "Tenders with a single bidder",
        _P,
        "%",
        "",
        "lower",
        "Share of competitive tenders that received only one bid.",
    ),
    (
        "ops-bidders",
        "operations",
        "Average bidders per tender",
        _N,
        "bidders",
        "",
        "higher",
        "Mean number of bids received per competitive tender.",
    ),
    (
        "ops-days-award",
        "operations",
        "Days from bid opening to award",
        _N,
        "days",
        "",
        "lower",
        "Median time from opening bids to contract award.",
    ),
    (
        "ops-sme-share",
        "operations",
        "Contract value won by SMEs",
        _P,
        "%",
        "",
        "higher",
        "Share of contract value awarded to small and medium-sized enterprises.",
    ),
    (
        "ops-payment-days",
        "operations",
        "Days to pay suppliers",
        _N,
        "days",
        "",
        "lower",
        "Median time from invoice to payment.",
    ),
    (
        "ops-green-share",
        "operations",
        "Tenders with green criteria",
        _P,
        "%",
        "",
        "higher",
        "Share of tenders that include environmental criteria.",
    ),
    (
        "ops-foreign",
        "operations",
        "Foreign suppliers may bid",
        _C,
        "",
        "Full|Partial|None",
        "neutral",
        "Whether foreign firms may bid in national tenders.",
    ),
    (
        "int-audit",
        "integrity",
        "External audit of procurement",
        _C,
        "",
        _LEVELS,
        "higher",
        "The supreme audit institution audits procurement regularly.",
    ),
    (
        "int-debarment",
        "integrity",
        "Debarment list published",
        _B,
        "",
        "",
        "higher",
        "Suppliers barred from public contracts are listed publicly.",
    ),
    (
        "int-complaint-days",
        "integrity",
        "Days to decide a complaint",
        _N,
        "days",
        "",
        "lower",
        "Median time the review body takes to decide a complaint.",
    ),
    (
        "int-complaints",
        "integrity",
        "Complaints per 1,000 tenders",
        _N,
        "per 1,000",
        "",
        "neutral",
        "How often bidders use the complaints system.",
    ),
    (
        "int-civil-society",
        "integrity",
        "Civil society monitoring",
        _C,
        "",
        _LEVELS,
        "higher",
        "Civil society can observe and report on procurement.",
    ),
    (
        "int-conflict",
        "integrity",
        "Conflict-of-interest declarations",
        _B,
        "",
        "",
        "higher",
        "Officials involved in procurement declare conflicts of interest.",
    ),
    (
        "int-awards-published",
        "integrity",
        "Contract awards published",
        _P,
        "%",
        "",
        "higher",
        "Share of awards whose details are published online.",
    ),
    (
        "int-note",
        "integrity",
        "Integrity measures in brief",
        _T,
        "",
        "",
        "neutral",
        "The main integrity measures, in a sentence.",
    ),
    (
        "ep-system",
        "eprocurement",
        "National e-procurement system in operation",
        _B,
        "",
        "",
        "higher",
        "A national electronic system is used for public procurement.",
    ),
    (
        "ep-launch",
        "eprocurement",
        "E-procurement system launch year",
        "year",
        "",
        "",
        "neutral",
        "Year the national e-procurement system went live.",
    ),
    (
        "ep-etender",
        "eprocurement",
        "E-tendering",
        _C,
        "",
        _LEVELS,
        "higher",
        "Bids are submitted and opened electronically.",
    ),
    (
        "ep-econtract",
        "eprocurement",
        "E-contracting",
        _C,
        "",
        _LEVELS,
        "higher",
        "Contracts are signed and managed electronically.",
    ),
    (
        "ep-epayment",
        "eprocurement",
        "E-payment",
        _C,
        "",
        _LEVELS,
        "higher",
        "Suppliers are paid through the system.",
    ),
    (
        "ep-ecatalogue",
        "eprocurement",
        "E-catalogue / online shopping mall",
        _C,
        "",
        _LEVELS,
        "higher",
        "Public bodies order from an online catalogue of framework products.",
    ),
    (
        "ep-supplier-reg",
        "eprocurement",
        "Online supplier registration",
        _B,
        "",
        "",
        "higher",
        "Suppliers register once, online, for all public tenders.",
    ),
    (
        "ep-open-data",
        "eprocurement",
        "Open contracting data published",
        _C,
        "",
        _LEVELS,
        "higher",
        "Procurement data are published in machine-readable form, e.g. OCDS.",
    ),
    (
        "ep-share",
        "eprocurement",
        "Procurement value through the e-system",
        _P,
        "%",
        "",
        "higher",
        "Share of public procurement value processed through the e-procurement system.",
    ),
    (
        "ep-users",
        "eprocurement",
        "Registered suppliers",
        _N,
        "thousand",
        "",
        "higher",
        "Suppliers registered on the national system.",
    ),
    (
        "ep-mobile",
        "eprocurement",
        "Mobile access to the e-system",
        _B,
        "",
        "",
        "higher",
        "Suppliers can follow tenders from a mobile application.",
    ),
]

METHODOLOGY = {
    "boolean": "Yes when the legal text or official website shows the feature in operation.",
    "number": "Latest official figure for the calendar year; sample figures are illustrative.",
    "percentage": "Share of total value for the calendar year, from official statistics.",
    "category": "Full when nationwide and mandatory, Partial when limited, Planned when announced.",
    "text": "A short description drawn from official sources.",
    "year": "The calendar year the system went into national operation, from its operator's official site.",
}


def _translate(instance, locale, **fields):
    """The instance's translation into `locale` holding `fields`, created if missing;
    saved only when something changed, so a second load writes nothing."""
    existing = instance.get_translation_or_none(locale)
    if existing is None:
        existing = instance.copy_for_translation(locale)
    elif all(getattr(existing, name) == value for name, value in fields.items()):
        return existing
    for name, value in fields.items():
        setattr(existing, name, value)
    existing.save()
    return existing


def translated_locales(en: Locale) -> list[tuple[Locale, object]]:
    """(locale, its terms module or None) for every locale but the source."""
    locales = Locale.objects.exclude(pk=en.pk).order_by("language_code")
    return [(locale, TERMS.get(locale.language_code)) for locale in locales]


@transaction.atomic
def load_countries(en: Locale) -> dict:
    countries = {}
    locales = translated_locales(en)
    for code, name, local, lang, region, income, currency in COUNTRIES:
        country, _ = Country.objects.update_or_create(
            code=code,
            locale=en,
            defaults={
                "name": name,
                "name_local": local,
                "name_local_lang": lang,
                "region": region,
                "income_group": income,
                "currency": currency,
            },
        )
        for locale, _terms in locales:
            _translate(country, locale, name=country_name(code, locale.language_code) or name)
        countries[code] = country
    return countries


@transaction.atomic
def load_pillars_and_indicators(en: Locale) -> tuple[dict, dict]:
    locales = translated_locales(en)
    pillars = {}
    local_pillars = {}  # (code, language) -> the pillar's translation
    for order, (code, name, description) in enumerate(PILLARS):
        pillar, _ = Pillar.objects.update_or_create(
            code=code,
            locale=en,
            defaults={"name": name, "description": description, "sort_order": order},
        )
        for locale, terms in locales:
            if terms is not None:
                name_t, description_t = terms.PILLARS[code]
                local_pillars[code, locale.pk] = _translate(
                    pillar, locale, name=name_t, description=description_t
                )
        pillars[code] = pillar
    indicators = {}
    for order, (code, pillar, name, vtype, unit, cats, direction, definition) in enumerate(
        INDICATORS
    ):
        indicator, _ = Indicator.objects.update_or_create(
            code=code,
            locale=en,
            defaults={
                "pillar": pillars[pillar],
                "name": name,
                "definition": definition,
                "value_type": vtype,
                "unit": unit,
                "categories": cats,
                "direction": direction,
                "methodology": METHODOLOGY[vtype],
                "sort_order": order,
            },
        )
        for locale, terms in locales:
            if terms is None:
                continue
            name_t, definition_t, unit_t = terms.INDICATORS[code]
            # The pillar FK of a translation points at the pillar in the same locale.
            _translate(
                indicator,
                locale,
                name=name_t,
                definition=definition_t,
                unit=unit_t,
                methodology=terms.METHODOLOGY[vtype],
                pillar=local_pillars[pillar, locale.pk],
            )
        indicators[code] = indicator
    return pillars, indicators
