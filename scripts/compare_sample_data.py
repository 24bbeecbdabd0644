"""Sample data for screenshots and benchmarks of the compare tool (not demo content).

Every value it writes is flagged is_sample: the figures are invented.
`load_demo` (branch content) builds the real demo; this only serves the
compare tool's own screenshots and bench when that content is absent.
"""

from wagtail.models import Locale

from content.data.models import Country, Indicator, IndicatorValue, Pillar

COUNTRIES = [
    # code, name, Khmer name, local name, region, income
    ("KR", "Republic of Korea", "សាធារណរដ្ឋកូរ៉េ", "대한민국", "east_asia", "high"),
    ("VN", "Viet Nam", "វៀតណាម", "Việt Nam", "south_east_asia", "lower_middle"),
    ("KH", "Cambodia", "កម្ពុជា", "កម្ពុជា", "south_east_asia", "lower_middle"),
    ("ID", "Indonesia", "ឥណ្ឌូណេស៊ី", "Indonesia", "south_east_asia", "upper_middle"),
    ("MN", "Mongolia", "ម៉ុងហ្គោលី", "Монгол Улс", "east_asia", "lower_middle"),
]
PILLARS = [
    ("legal", "Legal framework", "ក្របខណ្ឌច្បាប់"),
    ("digital", "Digital procurement", "លទ្ធកម្មឌីជីថល"),
    ("competition", "Competition and efficiency", "ការប្រកួតប្រជែង និងប្រសិទ្ធភាព"),
]
INDICATORS = [
    # code, pillar, name, Khmer, type, unit, direction, categories
    (
        "law-unified",
        "legal",
        "Single public procurement law",
        "ច្បាប់លទ្ធកម្មតែមួយ",
        "boolean",
        "",
        "higher",
        "",
    ),
    (
        "complaint-body",
        "legal",
        "Independent complaint body",
        "ស្ថាប័នតវ៉ាឯករាជ្យ",
        "category",
        "",
        "higher",
        "independent|within agency|none",
    ),
    (
        "ep-etender",
        "digital",
        "Electronic tendering",
        "ការដេញថ្លៃអេឡិចត្រូនិក",
        "boolean",
        "",
        "higher",
        "",
    ),
    (
        "ep-share",
        "digital",
        "Share of tenders online",
        "ភាគរយនៃការដេញថ្លៃតាមអនឡាញ",
        "percentage",
        "%",
        "higher",
        "",
    ),
    (
        "ep-open-data",
        "digital",
        "Open contracting data published",
        "ទិន្នន័យកិច្ចសន្យាបើកចំហ",
        "boolean",
        "",
        "higher",
        "",
    ),
    (
        "award-days",
        "competition",
        "Days from tender to award",
        "ចំនួនថ្ងៃពីការដេញថ្លៃដល់ការប្រគល់",
        "number",
        "days",
        "lower",
        "",
    ),
    (
        "bidders",
        "competition",
        "Average bidders per tender",
        "ចំនួនអ្នកដេញថ្លៃជាមធ្យម",
        "number",
        "bidders",
        "higher",
        "",
    ),
    (
        "single-bid",
        "competition",
        "Single-bid tenders",
        "ការដេញថ្លៃដែលមានអ្នកដាក់តែម្នាក់",
        "percentage",
        "%",
        "lower",
        "",
    ),
]
VALUES = {
    "law-unified": ["yes", "yes", "yes", "yes", "no"],
    "complaint-body": ["independent", "within agency", "within agency", "independent", "none"],
    "ep-etender": ["yes", "yes", "no", "yes", "yes"],
    "ep-share": [(97, 99), (55, 68), (None, 12), (70, 74), (40, 52)],
    "ep-open-data": ["yes", "yes", "no", "yes", "no"],
    "award-days": [(31, 28), (62, 55), (90, 84), (47, 45), (None, 70)],
    "bidders": [(6.1, 6.4), (3.2, 3.5), (2.1, 2.4), (4.0, 4.2), (2.8, 2.9)],
    "single-bid": [(8, 7), (24, 21), (None, None), (18, 16), (33, 30)],
}


def seed() -> None:
    en = Locale.get_default()
    km = Locale.objects.get(language_code="km")

    def both(model, key, en_fields, km_fields):
        row, _ = model.objects.update_or_create(locale=en, **key, defaults=en_fields)
        tr = model.objects.filter(locale=km, translation_key=row.translation_key).first()
        if tr is None:
            tr = row.copy_for_translation(km)
        for k, v in {**en_fields, **km_fields}.items():
            setattr(tr, k, v)
        tr.save()
        return row

    countries = []
    for code, name, name_km, local, region, income in COUNTRIES:
        fields = {
            "name": name,
            "name_local": local,
            "region": region,
            "income_group": income,
            "currency": "USD",
        }
        countries.append(both(Country, {"code": code}, fields, {"name": name_km}))
    pillars = {}
    for i, (code, name, name_km) in enumerate(PILLARS):
        pillars[code] = both(
            Pillar, {"code": code}, {"name": name, "sort_order": i}, {"name": name_km}
        )
    for i, (code, pillar, name, name_km, vtype, unit, direction, cats) in enumerate(INDICATORS):
        fields = {
            "pillar": pillars[pillar],
            "name": name,
            "definition": f"{name}: sample definition.",
            "value_type": vtype,
            "unit": unit,
            "direction": direction,
            "categories": cats,
            "sort_order": i,
        }
        indicator = both(Indicator, {"code": code}, fields, {"name": name_km})
        for country, raw in zip(countries, VALUES[code], strict=True):
            pairs = (
                [(2024, raw)]
                if not isinstance(raw, tuple)
                else list(zip((2023, 2024), raw, strict=True))
            )
            for year, value in pairs:
                if value is None:
                    continue
                text = str(value)
                number = (
                    float(value)
                    if not isinstance(value, str)
                    else (1.0 if value == "yes" else 0.0 if value == "no" else None)
                )
                IndicatorValue.objects.update_or_create(
                    country=country,
                    indicator=indicator,
                    year=year,
                    defaults={
                        "value": text,
                        "numeric_value": number,
                        "is_sample": True,
                        "source_title": f"Sample figures for {country.name}",
                        "source_url": f"https://example.org/sample/{country.code.lower()}/{code}",
                        "source_year": year,
                    },
                )
