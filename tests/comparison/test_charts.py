"""The compare tool's charts: the pillar scores come first, years read as years,
labels are readable, every bar and point names its own source and year, and an
English name standing in on another language's page is marked lang="en"."""

import re

import pytest

from tests.comparison.factories import CountryFactory, IndicatorValueFactory

pytestmark = pytest.mark.django_db


def svgs(html: str) -> list[str]:
    return re.findall(r"<svg.*?</svg>", html, re.S)


def chart(html: str, chart_id: str) -> str:
    return next(svg for svg in svgs(html) if f'id="{chart_id}-title"' in svg)


def titles(svg: str) -> list[str]:
    """The text of each <title> after the chart's own, tags taken out."""
    return [re.sub(r"<[^>]+>", "", t) for t in re.findall(r"<title>(.*?)</title>", svg, re.S)]


@pytest.mark.parametrize("language", ["en", "vi"])
def test_the_default_chart_is_the_pillar_scores_and_years_read_as_years(client, launch, language):
    html = client.get(f"/{language}/compare/?countries=kr,vn,kh").content.decode()
    drawn = svgs(html)
    assert 'id="chart-pillars-title"' in drawn[0]  # the first chart: pillar scores, 0-100
    assert "ep-launch" not in html.split('<select name="chart">', 1)[1].split("</select>")[0]
    for svg in drawn:  # no chart plots the launch year, nor groups a year's digits
        assert "Launch year" not in svg and "2002" not in svg
        assert not re.search(r"\b20[.,]\d\d\d\b", svg)
    table = html.split('class="compare-table', 1)[1].split("</table>", 1)[0]
    assert ">2002<" in table and "2,002" not in table and "2.002" not in table
    # the time chart's axis and the table beside it: 2023, 2024, as years
    history = chart(html, "chart-history")
    assert ">2023</text>" in history and ">2024</text>" in history
    assert '<th scope="row">2023</th>' in html and '<th scope="row">2024</th>' in html


def test_chart_labels_are_readable(client, small_world):
    """12px text at the least, every country and year labelled, a name too long for
    the label column shortened with its full name in a <title>, and line labels
    that would fall on one another moved apart."""
    cf = CountryFactory(code="CF")  # CLDR: "Central African Republic"
    IndicatorValueFactory(country=cf, indicator=small_world["share"], year=2023, value="40")
    IndicatorValueFactory(country=cf, indicator=small_world["share"], year=2024, value="99")
    html = client.get("/en/compare/?countries=kr,vn,cf&chart=ep-share").content.decode()
    drawn = svgs(html)
    assert len(drawn) == 3
    for svg in drawn:
        root = re.match(r"<svg[^>]*>", svg).group(0)
        assert re.search(r'font-size="(\d+)"', root), "the chart sets its own text size"
        sizes = [float(s) for s in re.findall(r'font-size="([\d.]+)"', svg)]
        assert min(sizes) >= 12, sizes

    pillars = chart(html, "chart-pillars")
    labels = re.findall(r'<text[^>]*class="chart__label"[^>]*>(.*?)</text>', pillars, re.S)
    assert len(labels) == 2 * 3  # two pillars, three countries
    shown = [re.sub(r"<title>.*?</title>", "", label) for label in labels]
    assert shown.count("South Korea (KR)") == 2 and shown.count("Vietnam (VN)") == 2
    long = [s for s, label in zip(shown, labels, strict=True) if "(CF)" in label]
    assert len(long) == 2
    for text, label in zip(long, [la for la in labels if "(CF)" in la], strict=True):
        assert "…" in text and text.endswith("(CF)") and len(text) <= 26
        assert "<title>Central African Republic (CF)</title>" in label

    history = chart(html, "chart-history")
    assert ">2023</text>" in history and ">2024</text>" in history
    ends = re.findall(r'<text x="[\d.]+" y="([\d.]+)"[^>]*class="chart__end"[^>]*>', history)
    assert len(ends) == 3  # KR and CF both end at 99: their labels do not overlap
    ys = sorted(float(y) for y in ends)
    assert all(b - a >= 12 for a, b in zip(ys, ys[1:], strict=False)), ys


def test_each_bar_and_point_names_its_own_source_and_year(client, small_world):
    kr_2023 = small_world["kr"].values.get(indicator=small_world["share"], year=2023)
    kr_2023.source_title, kr_2023.source_year = "KONEPS statistics 2023", 2023
    kr_2023.save()
    IndicatorValueFactory(
        country=small_world["kh"], indicator=small_world["share"], year=2022, value="20",
        source_title="Cambodia e-GP review", source_year=2022,
    )  # fmt: skip
    html = client.get("/en/compare/?countries=kr,vn,kh&chart=ep-share").content.decode()

    bars = titles(chart(html, "chart-indicator"))
    kr = next(t for t in bars if t.startswith("South Korea (KR)"))
    assert "99%" in kr and "2024" in kr and "Report on ep-share" in kr
    kh = next(t for t in bars if t.startswith("Cambodia (KH)"))
    assert "20%" in kh and "2022" in kh and "Cambodia e-GP review (2022)" in kh
    vn = next(t for t in bars if t.startswith("Vietnam (VN)"))
    assert "sample data" in vn

    points = titles(chart(html, "chart-history"))
    assert any("2023" in t and "98%" in t and "KONEPS statistics 2023" in t for t in points)
    assert any("2024" in t and "99%" in t and "Report on ep-share" in t for t in points)
    assert not any("2023" in t and "Report on ep-share (2024)" in t for t in points)
    assert any("2022" in t and "Cambodia e-GP review" in t for t in points)

    scores = titles(chart(html, "chart-pillars"))
    digital = next(t for t in scores if t.startswith("South Korea (KR)") and "2 of 2" in t)
    assert "2024" in digital


def test_english_names_on_a_khmer_chart_are_marked(client, small_world):
    """small_world's pillars and 'Share online' have no Khmer name; 'days to award' has."""
    html = client.get("/km/compare/?countries=kr,vn,kh&chart=ep-share").content.decode()
    pillars = chart(html, "chart-pillars")
    assert 'lang="en">Digital procurement</text>' in pillars
    assert 'lang="en">Speed</text>' in pillars
    indicator = chart(html, "chart-indicator")
    assert '<title id="chart-indicator-title"><span lang="en">Share online</span> ' in indicator
    assert 'lang="en">Share online</text>' in indicator
    history = chart(html, "chart-history")
    assert '<title id="chart-history-title"><span lang="en">Share online</span> ' in history
    captions = re.findall(r"<figcaption[^>]*>(.*?)</figcaption>", html, re.S)
    assert any(c.startswith('<span lang="en">Share online</span> ') for c in captions)
    assert len([c for c in captions if "Share online" in c]) == 2
    assert all('<span lang="en">Share online</span>' in c for c in captions if "Share" in c)

    khmer = client.get("/km/compare/?countries=kr,vn&chart=award-days").content.decode()
    assert 'lang="en"' not in chart(khmer, "chart-indicator")
    assert ">ចំនួនថ្ងៃ</text>" in chart(khmer, "chart-indicator")
    english = client.get("/en/compare/?countries=kr,vn&chart=ep-share").content.decode()
    assert all("lang=" not in svg for svg in svgs(english))
    assert "<span lang=" not in "".join(re.findall(r"<figcaption[^>]*>.*?</figcaption>", english))
