"""Asking for a translation in the admin (wagtail-localize's Translate, then Submit)
makes a draft: the page stays untranslated for readers until a translator publishes
the translated text."""

import io
import re

import polib
import pytest
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from search.models import SearchEntry
from tests.i18n.test_pages import canonical, get, hreflangs
from tests.i18n.test_sitemap_and_404 import sitemap_entries

KHMER = {
    "About the Atlas": "អំពីអាត្លាស",
    "Who we are.": "យើងជានរណា។",
    "Korea's Public Procurement Service runs KONEPS.": "សេវាលទ្ធកម្មសាធារណៈកូរ៉េដំណើរការ KONEPS។",
}


@pytest.fixture
def submitted(admin_client, about_tree, django_capture_on_commit_callbacks):
    """The English about page submitted for Khmer translation through the admin views."""
    khmer = Locale.objects.get(language_code="km")
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            f"/admin/localize/submit/page/{about_tree['about'].pk}/", {"locales": [khmer.pk]}
        )
    assert response.status_code == 302, response.content.decode()[:2000]
    page = about_tree["about"].get_translation(khmer)
    return {**about_tree, "km": page, "locale": khmer}


def assert_untranslated_in_khmer(client):
    html = get(client, "/km/about/")
    assert "notice--fallback" in html
    assert "km" not in hreflangs(html)
    assert canonical(html) == "http://testserver/en/about/"
    assert "http://testserver/km/about/" not in sitemap_entries(client)
    assert not SearchEntry.objects.filter(locale="km", url__endswith="/about/").exists()


def test_submitting_a_translation_publishes_nothing(client, submitted):
    page = Page.objects.get(pk=submitted["km"].pk)
    assert page.live is False  # a draft for the translator, not a live Khmer page
    assert_untranslated_in_khmer(client)
    switcher = get(client, "/en/about/")
    assert re.search(r'href="/km/about/" hreflang="km" lang="km" class="is-fallback"', switcher)


def test_publishing_the_translated_text_replaces_the_fallback(
    admin_client, client, submitted, django_capture_on_commit_callbacks
):
    translation = Translation.objects.get(
        source__object_id=submitted["about"].translation_key, target_locale=submitted["locale"]
    )
    po = polib.pofile(
        admin_client.get(
            f"/admin/localize/translate/{translation.pk}/pofile/download/"
        ).content.decode()
    )
    for entry in po:
        entry.msgstr = KHMER.get(entry.msgid, "")
    upload = io.BytesIO(str(po).encode())
    upload.name = "about-km.po"
    admin_client.post(
        f"/admin/localize/translate/{translation.pk}/pofile/upload/",
        {"file": upload, "next": "/admin/"},
    )
    assert_untranslated_in_khmer(client)  # strings uploaded, nothing published yet

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            f"/admin/pages/{submitted['km'].pk}/edit/", {"action": "publish"}
        )
    assert response.status_code in (200, 302)
    html = get(client, "/km/about/")
    assert "<h1>អំពីអាត្លាស</h1>" in html
    assert "notice--fallback" not in html
    assert "km" in hreflangs(html)
    assert "http://testserver/km/about/" in sitemap_entries(client)
    assert SearchEntry.objects.filter(locale="km", title="អំពីអាត្លាស").exists()


def test_submitting_over_an_alias_keeps_the_fallback(
    admin_client, client, about_tree, django_capture_on_commit_callbacks
):
    """wagtail-localize turns a synchronised alias page into the translation on Submit;
    until the translated text is published it must still read as the original."""
    km_home = about_tree["homes"]["km"]
    about_tree["about"].create_alias(parent=km_home, update_locale=km_home.locale)
    khmer = km_home.locale
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(
            f"/admin/localize/submit/page/{about_tree['about'].pk}/", {"locales": [khmer.pk]}
        )
    converted = about_tree["about"].get_translation(khmer)
    assert (converted.alias_of_id, converted.live) == (None, False), converted.live
    assert_untranslated_in_khmer(client)
