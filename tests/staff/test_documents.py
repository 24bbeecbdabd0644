"""Documents served safely, only to whom may read them, and counted once per download."""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from content.pages import models as m
from content.staff.downloads import download_counts
from tests.content.factories import add_page

from .conftest import pdf_bytes

pytestmark = pytest.mark.django_db


def make_document(title, name="guide.pdf", data=None, collection=None):
    document = Document(title=title, collection=collection or Collection.get_first_root_node())
    document.file.save(name, ContentFile(data or pdf_bytes(title)), save=False)
    document.save()
    return document


def policy_with(parent, slug, files):
    page = add_page(
        parent,
        m.PolicyDocumentPage,
        slug,
        document_type="law",
        issuing_body="PPS",
        publication_date=datetime.date(2024, 1, 2),
    )
    for language, document in files:
        page.files.create(document=document, language=language)
    page.save_revision().publish()
    return page


def test_served_with_its_type_disposition_and_nosniff(client, db):
    pdf = make_document("Guide")
    response = client.get(pdf.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("inline")
    assert response["X-Content-Type-Options"] == "nosniff"
    csv = make_document("Values", "values.csv", b"a,b\n1,2\n")
    response = client.get(csv.url)
    assert response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_private_collection_needs_a_login(client, django_user_model):
    private = Collection.get_first_root_node().add_child(name="Internal")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = make_document("Internal memo", collection=private)
    response = client.get(document.url)
    assert response.status_code == 302 and "login" in response.url
    assert download_counts([document.pk]) == {}
    client.force_login(django_user_model.objects.create_user("reader", password="pw"))
    assert client.get(document.url).status_code == 200
    assert download_counts([document.pk]) == {document.pk: 1}


def test_document_on_a_restricted_page_needs_that_pages_login(client, tree, django_user_model):
    document = make_document("Partners only")
    page = policy_with(tree["policies"], "restricted", [("en", document)])
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(document.url)
    assert response.status_code == 302 and "login" in response.url
    client.force_login(django_user_model.objects.create_user("partner", password="pw"))
    assert client.get(document.url).status_code == 200


def test_group_restricted_page_refuses_other_staff(client, tree, staff):
    from django.contrib.auth.models import Group

    document = make_document("Reviewers only")
    page = policy_with(tree["policies"], "reviewers-only", [("en", document)])
    restriction = PageViewRestriction.objects.create(
        page=tree["policies"], restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name="Reviewers")])
    assert page.get_view_restrictions()
    client.force_login(staff["editor"])
    assert client.get(document.url).status_code == 403
    client.force_login(staff["reviewer"])
    assert client.get(document.url).status_code == 200


def test_document_also_on_an_open_page_stays_public(client, tree):
    document = make_document("Shared")
    closed = policy_with(tree["policies"], "closed", [("en", document)])
    PageViewRestriction.objects.create(page=closed, restriction_type=PageViewRestriction.LOGIN)
    policy_with(tree["policies"], "open", [("en", document)])
    assert client.get(document.url).status_code == 200


def test_each_download_counts_exactly_once_per_language_version(client, tree, login, staff):
    english, korean = make_document("Guide (en)", "en.pdf"), make_document("Guide (ko)", "ko.pdf")
    page = policy_with(tree["policies"], "guide", [("en", english), ("ko", korean)])
    for _ in range(3):
        assert client.get(english.url).status_code == 200
    client.get(korean.url)
    client.head(korean.url)  # not a download
    client.get(korean.url, HTTP_RANGE="bytes=500-")  # a later part of one reading
    client.get(korean.url, HTTP_IF_NONE_MATCH='"x"')  # a revalidation
    assert download_counts([english.pk, korean.pk]) == {english.pk: 3, korean.pk: 1}

    staff_client = login(staff["editor"])
    rows = staff_client.get(reverse("staff_page_downloads", args=[page.pk])).context["rows"]
    assert {(r["language"], r["downloads"]) for r in rows} == {("English", 3), ("Korean", 1)}
    edit = staff_client.get(reverse("wagtaildocs:edit", args=[english.pk]))
    assert b"Downloads" in edit.content and b"<dd>3</dd>" in edit.content
    header = staff_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert "Downloads: 4" in header.content.decode()
    dashboard = staff_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Most downloaded" in dashboard and "Guide (en)" in dashboard


def test_no_personal_data_is_kept(client, db):
    from content.staff.models import DocumentDownload

    document = make_document("Guide")
    client.get(document.url, REMOTE_ADDR="203.0.113.7", HTTP_USER_AGENT="Agent/1.0")
    fields = {f.name for f in DocumentDownload._meta.get_fields()}
    assert fields == {"id", "document", "day", "count"}
    row = DocumentDownload.objects.values().get()
    assert "203.0.113.7" not in str(row) and "Agent" not in str(row)


def test_refused_downloads_are_not_counted_and_the_allowed_one_is(client, tree, django_user_model):
    document = make_document("Partners' annex")
    page = policy_with(tree["policies"], "partners-annex", [("en", document)])
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    for _ in range(2):
        assert client.get(document.url).status_code == 302
    assert download_counts([document.pk]) == {}
    client.force_login(django_user_model.objects.create_user("partner", password="pw"))
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert download_counts([document.pk]) == {document.pk: 1}


def test_collection_for_one_group_needs_that_groups_login(client, staff):
    from django.contrib.auth.models import Group

    private = Collection.get_first_root_node().add_child(name="Review notes")
    restriction = CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name="Reviewers")])
    document = make_document("Review notes", collection=private)
    response = client.get(document.url)
    assert response.status_code == 302 and "login" in response.url
    # Wagtail sends a signed-in user outside the group to log in as someone who is.
    client.force_login(staff["editor"])
    response = client.get(document.url)
    assert response.status_code == 302 and "login" in response.url
    assert download_counts([document.pk]) == {}
    client.force_login(staff["reviewer"])
    assert client.get(document.url).status_code == 200
    assert download_counts([document.pk]) == {document.pk: 1}


def test_a_private_file_is_not_reachable_by_its_media_path(client, db):
    private = Collection.get_first_root_node().add_child(name="Internal")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = make_document("Internal memo", collection=private)
    response = client.get(f"/media/{document.file.name}", follow=True)
    assert response.status_code == 404
    assert b"%PDF" not in response.content
    assert download_counts([document.pk]) == {}
