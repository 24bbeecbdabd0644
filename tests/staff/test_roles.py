"""Each role through the admin's real views: allowed actions succeed, the rest are refused."""

import datetime

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from content.pages import models as m
from content.staff.roles import translators_group
from tests.content.factories import add_page

pytestmark = pytest.mark.django_db


def add_url(model, parent):
    return reverse(
        "wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk]
    )


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def policy_form(slug, **extra):
    return nested_form_data(
        {
            "title": slug.title(),
            "slug": slug,
            "summary": "Summary",
            "document_type": "law",
            "issuing_body": "Parliament",
            "publication_date": "2024-01-02",
            "source_url": "",
            "translation_status": "draft",
            "body": streamfield([]),
            "countries": inline_formset([]),
            "topics": inline_formset([]),
            "files": inline_formset([]),
            **extra,
        }
    )


def refused(response):
    # Wagtail answers 403, or sends the user back to the dashboard with a message.
    return response.status_code == 403 or (
        response.status_code == 302
        and response.url.rstrip("/") == reverse("wagtailadmin_home").rstrip("/")
    )


@pytest.fixture
def policy(tree):
    return add_page(
        tree["policies"],
        m.PolicyDocumentPage,
        "public-law",
        document_type="law",
        issuing_body="PPS",
        publication_date=datetime.date(2024, 1, 2),
    )


def test_every_role_is_a_group_with_translators_for_every_other_language(settings, staff):
    from django.contrib.auth.models import Group

    names = set(Group.objects.values_list("name", flat=True))
    languages = [code for code, _ in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
    assert {"Editors", "Reviewers", "Data managers", "ODA managers"} <= names
    assert {translators_group(code) for code in languages} <= names
    assert "Moderators" not in names  # Wagtail's default became Reviewers


def test_editor_creates_and_edits_source_pages_but_cannot_publish(login, staff, tree, policy):
    client = login(staff["editor"])
    form = client.get(add_url(m.PolicyDocumentPage, tree["policies"]))
    assert form.status_code == 200
    assert b'name="action-publish"' not in form.content
    assert b'name="action-submit"' in form.content
    response = client.post(
        add_url(m.PolicyDocumentPage, tree["policies"]),
        policy_form("new-law", **{"action-publish": "publish"}),
    )
    created = m.PolicyDocumentPage.objects.get(slug="new-law")
    assert response.status_code == 302 and not created.live  # saved as a draft, not published
    assert client.get(edit_url(policy)).status_code == 200


def test_editor_cannot_touch_translations(login, staff, tree):
    client = login(staff["editor"])
    assert refused(client.get(edit_url(tree["ko"])))
    assert refused(client.get(add_url(m.PolicyDocumentIndexPage, tree["vi"])))


def test_vietnamese_translator_edits_only_vietnamese(login, staff, tree, policy):
    client = login(staff["vi"])
    # Starts a translation of the English page through wagtail-localize...
    submit = reverse("wagtail_localize:submit_page_translation", args=[policy.pk])
    vi = tree["vi"].locale
    response = client.post(submit, {"locales": [vi.pk]})
    assert response.status_code == 302
    translation = policy.get_translation(vi)
    # ...edits it...
    assert client.get(edit_url(translation)).status_code == 200
    # ...but not the English source, another locale, or anything new.
    assert refused(client.get(edit_url(policy)))
    assert refused(client.post(edit_url(policy), policy_form("public-law", title="Changed")))
    assert m.PolicyDocumentPage.objects.get(pk=policy.pk).title == "Public-Law"
    assert refused(client.get(edit_url(tree["ko"])))
    assert refused(client.get(add_url(m.PolicyDocumentPage, tree["policies"])))
    # It cannot publish: not in wagtail-localize's editor, not with Wagtail's publish view.
    page_perms = translation.permissions_for_user(staff["vi"])
    assert not page_perms.can_publish()
    assert refused(client.post(edit_url(translation), {"action": "publish"}))
    assert refused(client.post(reverse("wagtailadmin_pages:unpublish", args=[tree["vi"].pk])))
    assert not Page.objects.get(pk=translation.pk).live


def test_reviewer_publishes_in_any_locale_but_does_not_author(login, staff, tree, policy):
    client = login(staff["reviewer"])
    policy.title = "Revised"
    policy.save_revision()
    response = client.post(edit_url(policy), policy_form("public-law", **{"action-publish": "1"}))
    assert response.status_code == 302
    assert Page.objects.get(pk=policy.pk).title == "Public-Law"  # form title, now published
    assert Page.objects.get(pk=policy.pk).live
    assert client.get(edit_url(tree["ko"])).status_code == 200
    assert refused(client.get(add_url(m.PolicyDocumentPage, tree["policies"])))


def test_data_manager_handles_data_not_pages(login, staff, tree):
    client = login(staff["data"])
    assert client.get(reverse("wagtailsnippets_data_indicatorvalue:list")).status_code == 200
    assert client.get(reverse("wagtailsnippets_data_indicatorvalue:add")).status_code == 200
    assert client.get(reverse("import_indicators")).status_code == 200
    assert refused(client.get(edit_url(tree["en"])))
    assert refused(client.get(add_url(m.PolicyDocumentPage, tree["policies"])))


def test_oda_manager_handles_programmes_and_guides_only(login, staff, tree):
    client = login(staff["oda"])
    assert client.get(add_url(m.ODAProgrammePage, tree["oda"])).status_code == 200
    assert client.get(add_url(m.GuidePage, tree["guides"])).status_code == 200
    assert refused(client.get(add_url(m.PolicyDocumentPage, tree["policies"])))
    assert refused(client.get(reverse("wagtailsnippets_data_indicatorvalue:list")))
    assert refused(client.get(reverse("import_indicators")))


def test_translators_and_editors_cannot_manage_data(login, staff):
    for role in ("editor", "vi", "reviewer"):
        client = login(staff[role])
        assert refused(client.get(reverse("wagtailsnippets_data_indicatorvalue:add")))


def test_import_menu_is_shown_only_to_those_who_may_import(login, staff):
    import_url = reverse("import_indicators")
    for role in ("editor", "reviewer", "vi", "ko", "oda"):
        client = login(staff[role])
        assert f'"{import_url}"' not in client.get(reverse("wagtailadmin_home")).content.decode()
        assert refused(client.get(import_url))
    client = login(staff["data"])
    assert f'"{import_url}"' in client.get(reverse("wagtailadmin_home")).content.decode()
