import datetime

import pytest
from django.template import Context, Template
from django.utils import translation

from content.data.formatting import (
    collate_sort,
    format_currency,
    format_date,
    format_number,
    format_percent,
)

DAY = datetime.date(2026, 11, 25)


def spaces(text: str) -> str:
    """CLDR uses no-break and narrow no-break spaces; compare them as spaces."""
    return text.replace("\xa0", " ").replace("\u202f", " ")


@pytest.mark.parametrize(
    ("language", "number", "date"),
    [
        ("en", "1,234,567.5", "November 25, 2026"),
        ("ko", "1,234,567.5", "2026년 11월 25일"),
        ("vi", "1.234.567,5", "25 tháng 11, 2026"),
        ("km", "1,234,567.5", "25 វិច្ឆិកា 2026"),
        ("id", "1.234.567,5", "25 November 2026"),
        ("th", "1,234,567.5", "25 พฤศจิกายน ค.ศ. 2026"),
        ("mn", "1,234,567.5", "2026 оны арван нэгдүгээр сарын 25"),
        ("lo", "1.234.567,5", "25 ພະຈິກ 2026"),
    ],
)
def test_numbers_and_dates_follow_the_locale(language, number, date):
    assert spaces(format_number(1234567.5, language)) == number
    assert spaces(format_date(DAY, language, "long")) == date


def test_fixed_decimals_percent_and_currency():
    assert format_number(0.5, "vi", decimals=2) == "0,50"
    assert format_percent(45.5, "id") == "45,5%"
    assert format_currency(1500000, "KRW", "ko") == "₩1,500,000"  # won has no minor unit
    assert format_currency(1234.5, "usd", "vi") == "1.234,50\xa0US$"
    assert format_number(None, "ko") == "" and format_date(None, "ko") == ""


def test_aware_datetimes_are_shown_in_the_site_time_zone():
    moment = datetime.datetime(2026, 11, 25, 15, 30, tzinfo=datetime.UTC)
    assert format_date(moment, "ko").startswith("2026. 11. 26.")  # Asia/Seoul is UTC+9


def test_unknown_language_falls_back_to_the_default():
    assert format_number(1234.5, "xx") == "1,234.5"


@pytest.mark.parametrize(
    ("language", "items", "expected"),
    [
        # Vietnamese: Đ after D, tones ignored at the first level
        (
            "vi",
            ["Hà Nội", "Đà Nẵng", "Dak Lak", "Cần Thơ", "An Giang"],
            ["An Giang", "Cần Thơ", "Dak Lak", "Đà Nẵng", "Hà Nội"],
        ),
        # Thai: a leading vowel sorts after its consonant (เกาหลี under ก)
        ("th", ["ขอนแก่น", "เกาหลี", "กัมพูชา"], ["กัมพูชา", "เกาหลี", "ขอนแก่น"]),
        # Mongolian Cyrillic: Ө between О and П, before У
        ("mn", ["Улаанбаатар", "Өмнөговь", "Архангай"], ["Архангай", "Өмнөговь", "Улаанбаатар"]),
        # English: case and accents do not split the list
        ("en", ["cherry", "Éclair", "apple", "Banana"], ["apple", "Banana", "cherry", "Éclair"]),
    ],
)
def test_collate_sort_orders_like_readers_of_the_language(language, items, expected):
    pytest.importorskip("icu", reason="PyICU gives real collation; see pyproject")
    assert collate_sort(items, language=language) == expected


def test_collate_sort_by_attribute_key_or_function():
    rows = [{"name": "Việt Nam"}, {"name": "Campuchia"}, {"name": "Lào"}]
    assert [r["name"] for r in collate_sort(rows, "name", "vi")] == ["Campuchia", "Lào", "Việt Nam"]
    assert collate_sort(rows, lambda r: r["name"], "vi", reverse=True)[0]["name"] == "Việt Nam"


def test_fallback_key_without_icu(monkeypatch):
    from content.data import formatting

    monkeypatch.setattr(formatting, "icu", None)
    assert collate_sort(["cherry", "Éclair", "apple", "Banana"], language="en") == [
        "apple",
        "Banana",
        "cherry",
        "Éclair",
    ]


def test_template_filters_use_the_active_language():
    template = Template(
        "{% load locale_format %}{{ n|locale_number }}|{{ n|locale_number:2 }}|"
        "{{ p|locale_percent }}|"
        '{{ a|locale_currency:"USD" }}|{{ d|locale_date:"long" }}|'
        "{% for c in names|collate %}{{ c }} {% endfor %}"
    )
    context = Context(
        {
            "n": 1234.5,
            "p": 12.5,
            "a": 99,
            "d": DAY,
            "names": ["Việt Nam", "Đông Timor", "Campuchia"],
        }
    )
    with translation.override("vi"):
        assert template.render(context) == (
            "1.234,5|1.234,50|12,5%|99,00\xa0US$|25 tháng 11, 2026|Campuchia Đông Timor Việt Nam "
        )
    with translation.override("lo"):
        assert template.render(context).startswith("1.234,5|1.234,50|12,5%|")
        assert "|25 ພະຈິກ 2026|" in template.render(context)


def test_lang_span_marks_text_in_another_language():
    template = Template("{% load atlas_tags %}{{ name|lang_span:code }}")
    context = Context({"name": "កម្ពុជា<", "code": "km"})
    with translation.override("en"):
        assert template.render(context) == '<span lang="km">កម្ពុជា&lt;</span>'
    with translation.override("km"):
        assert template.render(context) == "កម្ពុជា&lt;"
