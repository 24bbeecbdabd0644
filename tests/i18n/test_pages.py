"""Every locale answers with the right lang, hreflang set, canonical URL and og:locale;
missing translations fall back visibly; the switcher tells translations from fallbacks."""

import datetime
import re

import pytest
from django.conf import settings

from content.pages import models as m
from tests.comparison.factories import IndicatorValueFactory, translate
from tests.content.factories import CountryFactory, IndicatorFactory, add_page

CODES = [code for code, _name in settings.LANGUAGES]
OG = {
    "en": "en_US",
    "ko": "ko_KR",
    "vi": "vi_VN",
    "km": "km_KH",
    "id": "id_ID",
    "th": "th_TH",
    "mn": "mn_MN",
    "lo": "lo_LA",
    "pt": "pt_TL",  # settings.CLDR_LOCALES: Timor-Leste's Portuguese
    "tet": "tet_TL",
}


def hreflangs(html: str) -> dict[str, str]:
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))


def canonical(html: str) -> str:
    return re.search(r'<link rel="canonical" href="([^"]+)">', html).group(1)


def switcher(html: str) -> str:
    return html[html.index('<nav class="language-switcher"') : html.index("</nav>")]


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.mark.parametrize("code", CODES)
def test_home_in_every_locale_has_lang_hreflang_canonical_and_og_locale(client, about_tree, code):
    html = get(client, f"/{code}/")
    assert f'<html lang="{code}" dir="ltr">' in html
    links = hreflangs(html)
    assert set(links) == {*CODES, "x-default"}
    assert links["x-default"] == links["en"] == "http://testserver/en/"
    assert f'<link rel="canonical" href="http://testserver/{code}/">' in html
    assert f'<meta property="og:locale" content="{OG[code]}">' in html
    assert "notice--fallback" not in html


@pytest.mark.parametrize("code", CODES)
def test_child_page_answers_in_every_locale(client, about_tree, code):
    html = get(client, f"/{code}/about/")
    assert f'<html lang="{code}" dir="ltr">' in html
    # Only real translations are alternates; fallbacks point at the original.
    assert set(hreflangs(html)) == {"en", "ko", "x-default"}
    translated = code in {"en", "ko"}
    assert ("notice--fallback" in html) is not translated
    canonical = f"/{code}/about/" if translated else "/en/about/"
    assert f'<link rel="canonical" href="http://testserver{canonical}">' in html


def test_fallback_shows_the_original_with_a_translated_notice(client, about_tree):
    html = get(client, "/km/about/")
    assert "<h1>About the Atlas</h1>" in html
    assert "ទំព័រនេះមិនទាន់មានជាភាសាខ្មែរនៅឡើយទេ។ កំពុងបង្ហាញច្បាប់ដើមជាភាសាអង់គ្លេស។" in html
    assert '<a href="/en/about/" hreflang="en">បើកទំព័រច្បាប់ដើម</a>' in html
    assert '<div class="page-content" lang="en">' in html
    assert '<nav class="main-nav" aria-label="ម៉ឺនុយចម្បង">' in html  # the UI stays in Khmer


def test_translated_page_is_served_in_its_language(client, about_tree):
    html = get(client, "/ko/about/")
    assert "<h1>아틀라스 소개</h1>" in html
    assert '<div class="page-content">' in html


def test_draft_translation_falls_back_to_the_original(client, about_tree):
    about_th = about_tree["about"].copy_for_translation(about_tree["homes"]["th"].locale)
    about_th.title = "เกี่ยวกับแอตลาส"
    about_th.save_revision()  # saved, not published
    html = get(client, "/th/about/")
    assert "<h1>About the Atlas</h1>" in html and "notice--fallback" in html


def test_alias_page_counts_as_a_fallback(client, about_tree):
    """wagtail-localize's tree sync makes alias pages; they show the original, so say so."""
    vi_home = about_tree["homes"]["vi"]
    about_tree["about"].create_alias(parent=vi_home, update_locale=vi_home.locale)
    html = get(client, "/vi/about/")
    assert "notice--fallback" in html and '<div class="page-content" lang="en">' in html
    assert 'href="/vi/about/" hreflang="vi" lang="vi" class="is-fallback"' in get(
        client, "/en/about/"
    )


def test_switcher_goes_to_the_same_page_and_marks_real_translations(client, about_tree):
    nav = switcher(get(client, "/km/about/"))
    for code in CODES:
        if code == "km":
            assert '<span aria-current="true" lang="km">ភាសាខ្មែរ</span>' in nav
            continue
        link = re.search(rf'<a href="([^"]+)" hreflang="{code}"[^>]*>', nav)
        assert link and link.group(1) == f"/{code}/about/"
        assert ("is-fallback" in link.group(0)) is (code not in {"en", "ko"})


def test_switcher_keeps_the_filters_of_a_listing(client, about_tree):
    """A filtered listing stays filtered in the other language, translated or not;
    hreflang still names each version itself, as the canonical URL does."""
    html = get(client, "/en/about/?year=2024&type=report&page=2")
    nav = switcher(html)
    query = "?year=2024&amp;type=report&amp;page=2"
    assert f'<a href="/ko/about/{query}" hreflang="ko" lang="ko">' in nav
    assert f'<a href="/km/about/{query}" hreflang="km" lang="km" class="is-fallback"' in nav
    assert '<link rel="alternate" hreflang="ko" href="http://testserver/ko/about/">' in html


def test_pages_with_no_english_original_are_not_invented(client, about_tree):
    assert client.get("/km/no-such-page/").status_code == 404
    assert client.get("/en/no-such-page/").status_code == 404


def test_fallback_is_still_subject_to_privacy(client, about_tree):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(
        page=about_tree["about"], restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    response = client.get("/km/about/")
    assert response.status_code == 200
    assert "About the Atlas" not in response.content.decode().split("<main", 1)[-1]


def test_locale_without_a_home_translation_still_falls_back_visibly(client, about_tree):
    """Wagtail routes such a locale through the English tree on its own; say so."""
    about_tree["homes"]["lo"].delete()
    for path in ("/lo/", "/lo/about/"):
        html = get(client, path)
        assert '<html lang="lo" dir="ltr">' in html
        assert "notice--fallback" in html and '<div class="page-content" lang="en">' in html


def test_admin_preview_of_a_translation_shows_no_fallback_notice(admin_client, about_tree):
    about_ko = about_tree["about_ko"]
    response = admin_client.get(f"/admin/pages/{about_ko.pk}/view_draft/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "아틀라스 소개" in html and "notice--fallback" not in html


# The pages a diplomat reads: home, a country profile, a policy document, search, compare.
ALL = {*CODES, "x-default"}


@pytest.fixture
def atlas(site_tree):
    """Korea, Viet Nam and Cambodia with profiles; Viet Nam's profile and the policy
    document translated into Korean, everything else only in English."""
    home = site_tree["en"]
    indexes = {
        model: add_page(home, model, slug)
        for model, slug in (
            (m.CountryIndexPage, "countries"),
            (m.PolicyDocumentIndexPage, "documents"),
        )
    }
    kr, vn, kh = (
        CountryFactory(code=code, name=name)
        for code, name in (("KR", "Korea"), ("VN", "Viet Nam"), ("KH", "Cambodia"))
    )
    days = IndicatorFactory(code="award-days", name="Days to award", unit="days")
    for country, value in ((kr, "30"), (vn, "1234.5"), (kh, "45")):
        IndicatorValueFactory(country=country, indicator=days, value=value, numeric_value=value)
    profiles = {
        c.code: add_page(
            indexes[m.CountryIndexPage],
            m.CountryProfilePage,
            c.name.lower().replace(" ", "-"),
            title=c.name,
            summary=f"Public procurement in {c.name}.",
            country=c,
        )
        for c in (kr, vn, kh)
    }
    document = add_page(
        indexes[m.PolicyDocumentIndexPage],
        m.PolicyDocumentPage,
        "koneps-act",
        title="KONEPS Act",
        document_type="law",
        issuing_body="PPS",
        publication_date=datetime.date(2024, 3, 1),
        countries=[m.PolicyDocumentCountry(country=kr)],
    )
    ko = site_tree["ko"].locale
    for page, title in ((profiles["VN"], "베트남"), (document, "나라장터법")):
        copy = page.copy_for_translation(ko, copy_parents=True)
        copy.title = title
        copy.save_revision().publish()
    translate(kh, "km", name="កម្ពុជា")
    return {"profiles": profiles, "document": document}


@pytest.mark.parametrize("code", CODES)
def test_every_page_answers_in_every_locale(client, atlas, code):
    translated = {"en", "ko"}
    pages = {
        f"/{code}/": (ALL, f"/{code}/"),
        f"/{code}/countries/viet-nam/": (
            {"en", "ko", "x-default"},
            f"/{code}/countries/viet-nam/" if code in translated else "/en/countries/viet-nam/",
        ),
        f"/{code}/documents/koneps-act/": (
            {"en", "ko", "x-default"},
            f"/{code}/documents/koneps-act/" if code in translated else "/en/documents/koneps-act/",
        ),
        f"/{code}/search/?q=koneps": (ALL, f"/{code}/search/"),
        f"/{code}/compare/?countries=kr,vn,kh": (ALL, f"/{code}/compare/"),
    }
    for url, (expected_langs, expected_canonical) in pages.items():
        html = get(client, url)
        assert f'<html lang="{code}" dir="ltr">' in html, url
        links = hreflangs(html)
        assert set(links) == expected_langs, url
        assert links["x-default"] == links["en"], url
        assert canonical(html).startswith(f"http://testserver{expected_canonical}"), url


@pytest.mark.parametrize("code", [c for c in CODES if c not in {"en", "ko"}])
def test_untranslated_profile_shows_the_fallback_notice(client, atlas, code):
    html = get(client, f"/{code}/countries/cambodia/")
    assert "notice--fallback" in html
    assert '<div class="page-content" lang="en">' in html
    assert "<h1>Cambodia</h1>" in html


def test_untranslated_profile_in_khmer(client, atlas):
    html = get(client, "/km/countries/cambodia/")
    assert "ទំព័រនេះមិនទាន់មានជាភាសាខ្មែរនៅឡើយទេ។" in html
    assert '<a href="/en/countries/cambodia/" hreflang="en">បើកទំព័រច្បាប់ដើម</a>' in html


def test_translated_profile_has_no_notice(client, atlas):
    html = get(client, "/ko/countries/viet-nam/")
    assert "<h1>베트남</h1>" in html and "notice--fallback" not in html
