import re

import pytest
from django.conf import settings

CODES = [code for code, _name in settings.LANGUAGES]


def sitemap_entries(client) -> dict[str, dict[str, str]]:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    xml = response.content.decode()
    assert 'xmlns:xhtml="http://www.w3.org/1999/xhtml"' in xml
    entries = {}
    for url in re.findall(r"<url>(.*?)</url>", xml, re.S):
        loc = re.search(r"<loc>(.*?)</loc>", url).group(1)
        entries[loc] = dict(
            re.findall(r'<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/>', url)
        )
    return entries


def test_sitemap_lists_every_translation_with_its_alternates(client, about_tree):
    entries = sitemap_entries(client)
    base = "http://testserver"  # the host asked, not the Site's stored `localhost`
    for code in CODES:  # every locale's home, each with all eight and x-default
        assert set(entries[f"{base}/{code}/"]) == {*CODES, "x-default"}
    about = {"en": f"{base}/en/about/", "ko": f"{base}/ko/about/"}
    assert entries[f"{base}/en/about/"] == {**about, "x-default": about["en"]}
    assert entries[f"{base}/ko/about/"] == entries[f"{base}/en/about/"]
    # Fallbacks repeat the original, so they are not in the sitemap.
    assert f"{base}/km/about/" not in entries


@pytest.fixture
def korean_only(about_tree):
    from content.pages.models import StandardPage

    ko_home = about_tree["homes"]["ko"]
    page = ko_home.add_child(instance=StandardPage(title="나라장터 안내", slug="koneps-guide"))
    page.save_revision().publish()
    return page


@pytest.mark.parametrize("code", ["en", "km", "lo"])
def test_404_lists_the_versions_in_other_languages(client, korean_only, code):
    response = client.get(f"/{code}/koneps-guide/")
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{code}" dir="ltr">' in html
    assert '<a href="/ko/koneps-guide/" hreflang="ko" lang="ko">한국어: 나라장터 안내</a>' in html
    assert f'href="/{code}/search/?q=koneps%20guide"' in html
    assert '<meta name="robots" content="noindex">' in html


def test_404_in_the_active_language_when_nothing_exists(client, about_tree):
    response = client.get("/th/nowhere/at-all/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "<h1>ไม่พบหน้านี้</h1>" in html and "เราไม่พบหน้านี้ในภาษาใดเลย" in html


def test_404_outside_page_urls_renders_too(client, about_tree):
    response = client.get("/mn/odd.path.html")
    assert response.status_code == 404
    assert "<h1>Хуудас олдсонгүй</h1>" in response.content.decode()


def test_robots_txt_points_at_the_sitemap_on_this_host(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_home_title_names_the_site_once(client, about_tree):
    html = client.get("/en/").content.decode()
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1).strip()
    assert title.count("Procurement Atlas") == 1
    about = client.get("/en/about/").content.decode()
    assert "<title>About the Atlas · Procurement Atlas</title>" in about
