"""wagtail-localize's PO round trip, as an external translator would use it:
export the strings, fill msgstr, import, publish, and the site shows the translation."""

import polib
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

VIETNAMESE = {
    "About the Atlas": "Giới thiệu Atlas",
    "Who we are.": "Chúng tôi là ai.",
    "Korea's Public Procurement Service runs KONEPS.": (
        "Cục Mua sắm Công Hàn Quốc vận hành hệ thống KONEPS."
    ),
}


def translate_via_po(instance, language: str, strings: dict[str, str]) -> Translation:
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=Locale.objects.get(language_code=language)
    )
    exported = str(translation.export_po())  # the file the translator downloads
    po = polib.pofile(exported)
    assert po.metadata["X-WagtailLocalize-TranslationID"] == str(translation.uuid)
    for entry in po:
        entry.msgstr = strings.get(entry.msgid, entry.msgid)
    warnings = translation.import_po(polib.pofile(str(po)))  # the file they send back
    assert warnings == []
    translation.save_target(publish=True)
    return translation


def test_page_po_round_trip_publishes_the_translation(
    client, about_tree, django_capture_on_commit_callbacks
):
    html = client.get("/vi/about/").content.decode()
    assert "notice--fallback" in html  # before: the English original stands in

    # wagtail-localize publishes the new revision on commit.
    with django_capture_on_commit_callbacks(execute=True):
        translate_via_po(about_tree["about"], "vi", VIETNAMESE)

    html = client.get("/vi/about/").content.decode()
    assert "<h1>Giới thiệu Atlas</h1>" in html
    assert "Cục Mua sắm Công Hàn Quốc vận hành hệ thống KONEPS." in html
    assert "notice--fallback" not in html
    assert '<link rel="alternate" hreflang="vi" href="http://testserver/vi/about/">' in html
    switcher = client.get("/en/about/").content.decode()
    assert 'href="/vi/about/" hreflang="vi" lang="vi">' in switcher  # now a real translation


def test_snippet_po_round_trip(db, site_tree):
    from content.data.models import Country

    english = Locale.objects.get(language_code="en")
    cambodia = Country.objects.create(
        code="KH",
        name="Cambodia",
        name_local="កម្ពុជា",
        name_local_lang="km",
        region="south_east_asia",
        income_group="lower_middle",
        currency="KHR",
        locale=english,
    )
    translate_via_po(cambodia, "vi", {"Cambodia": "Campuchia"})

    vietnamese = cambodia.get_translation(Locale.objects.get(language_code="vi"))
    assert vietnamese.name == "Campuchia"
    assert (vietnamese.code, vietnamese.currency, vietnamese.name_local) == ("KH", "KHR", "កម្ពុជា")
