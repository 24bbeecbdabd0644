"""Indicator values for every country x indicator x year.

Most values are invented (is_sample=True) and cite the demo dataset as their
source, so every page shows them as sample data. The few facts below come from
the cited public sources.
"""

import datetime
import hashlib

from django.utils import timezone

from content.data.models import IndicatorValue, IndicatorValueChange, parse_indicator_value
from content.data.services import record_value_change

YEARS = (2023, 2024)
SAMPLE_SOURCE = "Procurement Atlas demo dataset (sample values, not real data)"

KONEPS = (
    "Public Procurement Service: KONEPS, Korea ON-line E-Procurement System",
    "https://www.pps.go.kr/eng/",
    2024,
)

# (country, indicator): (value, source title, source URL, source year); applies to every year
FACTS = {
    ("KR", "ep-system"): (
        "yes",
        "KONEPS: Korea ON-line E-Procurement System",
        "https://www.g2b.go.kr",
        2024,
    ),
    ("KR", "ep-launch"): (
        "2002",
        "Korea Times: Procurement agency to further strengthen international cooperation",
        "https://koreatimes.co.kr/www/biz/2023/09/126_358701.html",
        2023,
    ),
    ("KR", "inst-cpb"): (
        "yes",
        "Public Procurement Service (PPS)",
        "https://www.pps.go.kr/eng/",
        2024,
    ),
    ("VN", "ep-system"): (
        "yes",
        "Vietnam National E-Procurement System (VNEPS)",
        "https://muasamcong.mpi.gov.vn",
        2024,
    ),
    ("PH", "ep-system"): (
        "yes",
        "Philippine Government Electronic Procurement System (PhilGEPS)",
        "https://www.philgeps.gov.ph",
        2024,
    ),
    ("ID", "ep-system"): (
        "yes",
        "LKPP: Sistem Pengadaan Secara Elektronik (SPSE) via LPSE",
        "https://lpse.lkpp.go.id",
        2024,
    ),
    ("MY", "ep-system"): (
        "yes",
        "ePerolehan, Ministry of Finance Malaysia",
        "https://www.eperolehan.gov.my",
        2024,
    ),
    ("BD", "ep-system"): ("yes", "Bangladesh e-GP system", "https://www.eprocure.gov.bd", 2024),
    ("KH", "ep-system"): (
        "yes",
        "Cambodia e-Government Procurement (e-GP), Ministry of Economy and Finance",
        "https://www.mef.gov.kh",
        2024,
    ),
    ("TL", "ep-system"): (
        "yes",
        "Timor-Leste e-Procurement Portal",
        "https://www.eprocurement.gov.tl",
        2024,
    ),
    # KONEPS runs the whole cycle online: e-bidding since its 2002 launch, electronic
    # contracts and payment, and PPS's online shopping mall (e-catalogue).
    ("KR", "ep-etender"): ("Full", *KONEPS),
    ("KR", "ep-econtract"): ("Full", *KONEPS),
    ("KR", "ep-epayment"): ("Full", *KONEPS),
    ("KR", "ep-supplier-reg"): ("yes", *KONEPS),
    ("KR", "ep-ecatalogue"): (
        "Full",
        "KONEPS online shopping mall (나라장터 종합쇼핑몰), Public Procurement Service",
        "https://shop.g2b.go.kr",
        2024,
    ),
    ("KR", "ep-mobile"): ("yes", "KONEPS (나라장터) mobile service", "https://www.g2b.go.kr", 2024),
    ("KR", "leg-gpa"): (
        "yes",
        "WTO: Parties and observers to the GPA",
        "https://www.wto.org/english/tratop_e/gproc_e/memobs_e.htm",
        2024,
    ),
}

_TEXT = {
    "inst-description": "A central body buys common goods; line ministries buy the rest (sample).",
    "int-note": "Asset declarations, debarment and published awards (sample).",
}
_RANGES = {
    "leg-advertising": (7, 40),
    "inst-staff": (5, 90),
    "inst-training": (4, 60),
    "ops-bidders": (2, 9),
    "ops-days-award": (10, 90),
    "ops-payment-days": (5, 60),
    "int-complaint-days": (5, 45),
    "int-complaints": (1, 40),
    "ep-launch": (2000, 2022),
    "ep-users": (2, 500),
}


# Invented figures kept plausible for the country: Korea's system carries most
# public spending and hundreds of thousands of suppliers.
_COUNTRY_RANGES = {
    ("KR", "ep-share"): (85, 99),
    ("KR", "ep-users"): (400, 600),
}


def _roll(*parts) -> int:
    return int(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:8], 16)


def sample_value(indicator, country_code: str, year: int) -> str:
    """A deterministic invented value of the indicator's type."""
    r = _roll(country_code, indicator.code, year if indicator.value_type != "boolean" else 0)
    vtype = indicator.value_type
    if vtype == "boolean":
        return "yes" if r % 3 else "no"
    if vtype == "percentage":
        if (country_code, indicator.code) in _COUNTRY_RANGES:
            low, high = _COUNTRY_RANGES[country_code, indicator.code]
            return f"{low + (r % ((high - low) * 10)) / 10:.1f}"
        return f"{(r % 900) / 10:.1f}"
    if vtype in ("number", "year"):
        low, high = _COUNTRY_RANGES.get(
            (country_code, indicator.code), _RANGES.get(indicator.code, (1, 100))
        )
        if indicator.code == "ep-launch":
            r = _roll(country_code, indicator.code)
        return str(low + r % (high - low + 1))
    if vtype == "category":
        options = indicator.category_list
        if indicator.code.startswith("ep-") and (country_code, "ep-system") in FACTS:
            # A country with a national system in operation has its features at least
            # in part; "None" there would contradict the cited fact.
            options = [o for o in options if o not in ("None", "Planned")] or options
        return options[r % len(options)]
    return _TEXT.get(indicator.code, "Sample description.")


def load_values(countries: dict, indicators: dict) -> int:
    existing = set(IndicatorValue.objects.values_list("country__code", "indicator__code", "year"))
    rows = []
    for code, country in countries.items():
        for indicator in indicators.values():
            fact = FACTS.get((code, indicator.code))
            for year in YEARS:
                if (code, indicator.code, year) in existing:
                    continue
                if fact:
                    raw, title, url, source_year = fact
                    is_sample = False
                else:
                    raw, title, url, source_year = (
                        sample_value(indicator, code, year),
                        SAMPLE_SOURCE,
                        "",
                        year,
                    )
                    is_sample = True
                value, number = parse_indicator_value(
                    indicator.value_type, raw, indicator.category_list
                )
                rows.append(
                    IndicatorValue(
                        country=country,
                        indicator=indicator,
                        year=year,
                        value=value,
                        numeric_value=number,
                        source_title=title,
                        source_url=url,
                        source_year=source_year,
                        is_sample=is_sample,
                    )
                )
    IndicatorValue.objects.bulk_create(rows, batch_size=500)
    load_history(rows)
    return IndicatorValue.objects.count()


def load_history(values: list[IndicatorValue]) -> None:
    """The demo's years as history: each new value imported from its source, dated at
    the end of its year, so the change log and the feeds read as a site with a past."""
    started = timezone.now()
    for value in values:
        record_value_change(value, None, via=IndicatorValueChange.Via.IMPORT)
    for year in {v.year for v in values}:  # changed_at is set on create: date it after
        IndicatorValueChange.objects.filter(year=year, changed_at__gte=started).update(
            changed_at=timezone.make_aware(datetime.datetime(year, 12, 31, 12))
        )
