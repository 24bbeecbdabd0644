"""Dashboard panels show what needs doing, in a fixed number of queries; imports and
deletions of indicator data reach Wagtail's audit log."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import ModelLogEntry

from content.comparison.importer import IMPORT_LOG_ACTION, import_rows
from content.data.models import IndicatorValue
from content.pages import models as m
from content.staff.panels import MissingValuesPanel, MostDownloadedPanel, TranslationStatusPanel
from search.models import SearchQuery
from tests.content.factories import (
    CountryFactory,
    IndicatorFactory,
    IndicatorValueFactory,
    add_page,
)

pytestmark = pytest.mark.django_db


def add_policies(parent, count, start=0):
    return [
        add_page(
            parent,
            m.PolicyDocumentPage,
            f"law-{n}",
            document_type="law",
            issuing_body="PPS",
            publication_date=datetime.date(2024, 1, 2),
        )
        for n in range(start, start + count)
    ]


def queries(component):
    with CaptureQueriesContext(connection) as captured:
        component.get_context_data()
    return len(captured)


def test_translation_status_per_locale(tree, staff):
    laws = add_policies(tree["policies"], 2)
    korean = laws[0].copy_for_translation(tree["ko"].locale, copy_parents=True)
    korean.save_revision().publish()
    context = TranslationStatusPanel(staff["ko"]).get_context_data()
    by_code = {row["status"].locale.language_code: row for row in context["rows"]}
    ko_missing = {p["id"] for p in by_code["ko"]["untranslated"]}
    assert laws[1].pk in ko_missing and laws[0].pk not in ko_missing
    assert by_code["ko"]["outdated"] == []
    assert by_code["vi"]["untranslated"] == []  # listed only for the locale one translates
    assert laws[0].pk in {p["id"] for p in by_code["vi"]["status"].untranslated}

    laws[0].title = "Amended"
    laws[0].save_revision().publish()  # the source changed after its translation
    context = TranslationStatusPanel(staff["ko"]).get_context_data()
    ko = next(r for r in context["rows"] if r["status"].locale.language_code == "ko")
    assert [p["id"] for p in ko["outdated"]] == [korean.pk]


def test_panels_query_the_same_for_more_rows(tree, staff):
    add_policies(tree["policies"], 2)
    IndicatorValueFactory(year=2025)
    panels = [TranslationStatusPanel(staff["ko"]), MostDownloadedPanel(), MissingValuesPanel()]
    before = [queries(p) for p in panels]
    add_policies(tree["policies"], 6, start=10)
    for n in range(5):
        IndicatorValueFactory(year=2024 - n)
    assert [queries(p) for p in panels] == before


def test_each_role_sees_its_panels(login, tree, staff):
    SearchQuery.objects.create(query="koneps manual", locale="en", results=0, backend="db")
    SearchQuery.objects.create(query="procurement", locale="en", results=4, backend="db")
    kr, vn = CountryFactory(code="KR"), CountryFactory(code="VN")
    indicator = IndicatorFactory(code="ep-share", name="Share online")
    IndicatorValueFactory(country=kr, indicator=indicator, year=2025)
    IndicatorValueFactory(country=vn, indicator=indicator, year=2024)

    data = login(staff["data"]).get(reverse("wagtailadmin_home")).content.decode()
    assert "Indicators missing values" in data and "Share online" in data and "1 / 2" in data
    assert "Searches with no results" in data and "koneps manual" in data
    assert "<td>procurement</td>" not in data  # it found results
    assert "Translation status" not in data

    # The Korean translator's admin speaks Korean.
    translator = login(staff["ko"]).get(reverse("wagtailadmin_home")).content.decode()
    assert "번역 현황" in translator and "값이 빠진 지표" not in translator
    assert "Translation status" not in translator


def test_imports_and_deletions_reach_the_audit_log(login, staff, db, admin_user):
    country = CountryFactory(code="KR")
    indicator = IndicatorFactory(code="ep-share")
    rows = [(2, {"country": "KR", "indicator": "ep-share", "year": "2024", "value": "9",
                 "source_title": "Annual report"})]  # fmt: skip
    assert import_rows(rows, user=staff["data"]).applied
    value = IndicatorValue.objects.get(country=country, indicator=indicator)
    entry = ModelLogEntry.objects.get(action=IMPORT_LOG_ACTION)
    assert entry.object_id == str(value.pk) and entry.user == staff["data"]
    assert entry.message == "Created by an import of indicator values"

    client = login(staff["data"])
    delete = reverse("wagtailsnippets_data_indicatorvalue:delete", args=[value.pk])
    assert client.post(delete).status_code == 302
    assert not IndicatorValue.objects.exists()
    deleted = ModelLogEntry.objects.get(action="wagtail.delete")
    assert deleted.object_id == str(value.pk) and deleted.user == staff["data"]
    # Read back as an administrator: Wagtail's report filters by page permissions, and a
    # database another test file flushed may hold no page tree for the role's grants.
    history = login(admin_user).get(reverse("wagtailadmin_reports:site_history"))
    text = history.content.decode()
    assert "Import indicator values" in text or "import of indicator values" in text


def test_page_and_document_deletions_reach_the_audit_log(login, staff, tree, admin_user):
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document
    from wagtail.models import Page, PageLogEntry

    from .conftest import pdf_bytes

    # An editor deletes a draft of their own through the admin's delete view.
    draft = add_policies(tree["policies"], 1)[0]
    draft.unpublish()
    editor = login(staff["editor"])
    assert editor.post(reverse("wagtailadmin_pages:delete", args=[draft.pk])).status_code == 302
    assert not Page.objects.filter(pk=draft.pk).exists()
    entry = PageLogEntry.objects.get(page_id=draft.pk, action="wagtail.delete")
    assert entry.user == staff["editor"] and entry.label == "Law-0"

    document = Document(title="Old guide")
    document.file.save("old.pdf", ContentFile(pdf_bytes()), save=False)
    document.save()
    admin = login(admin_user)
    response = admin.post(reverse("wagtaildocs:delete", args=[document.pk]))
    assert response.status_code == 302 and not Document.objects.exists()
    entry = ModelLogEntry.objects.get(action="wagtail.delete", object_id=str(document.pk))
    assert entry.user == admin_user and entry.label == "Old guide"
    history = admin.get(reverse("wagtailadmin_reports:site_history")).content.decode()
    assert "Old guide" in history and "Law-0" in history
