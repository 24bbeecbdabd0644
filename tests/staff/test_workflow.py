"""Review before publishing, for source pages and translations, through the admin's views."""

import datetime
import io

import polib
import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, PageLogEntry, WorkflowState
from wagtail_localize.models import Translation

from content.pages import models as m
from content.staff.roles import WORKFLOW_NAME

from .test_roles import add_url, edit_url, policy_form, refused

pytestmark = pytest.mark.django_db


def workflow_action(client, page, action, comment=""):
    state = WorkflowState.objects.get(
        base_content_type__isnull=False, object_id=str(page.pk), status="in_progress"
    )
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=[page.pk, action, state.current_task_state.pk]
    )
    return client.post(url, {"comment": comment})


def translate_strings(client, page, locale, strings):
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=locale
    )
    download = reverse("wagtail_localize:download_pofile", args=[translation.pk])
    po = polib.pofile(client.get(download).content.decode())
    for entry in po:
        entry.msgstr = strings.get(entry.msgid, "")
    upload = io.BytesIO(str(po).encode())
    upload.name = "translation.po"
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": upload, "next": reverse("wagtailadmin_home")},
    )
    assert response.status_code == 302


def submit_new_policy(client, parent, slug, **extra):
    response = client.post(
        add_url(m.PolicyDocumentPage, parent), policy_form(slug, **{"action-submit": "1", **extra})
    )
    assert response.status_code == 302
    return m.PolicyDocumentPage.objects.get(slug=slug, locale=parent.locale)


def test_every_locale_and_page_type_is_under_review(tree):
    pages = [tree[code] for code in ("en", "ko", "vi", "km", "id", "th", "mn", "lo")]
    pages += [tree["policies"], tree["oda"], tree["guides"]]
    assert {page.get_workflow().name for page in pages} == {WORKFLOW_NAME}
    # Assigned on the root, so page types added later and new locales are covered too.
    assert Page.get_first_root_node().get_workflow().name == WORKFLOW_NAME


def test_editor_submits_reviewer_is_told_and_publishes_with_a_comment(login, staff, tree):
    editor = login(staff["editor"])
    page = submit_new_policy(editor, tree["policies"], "reviewed-law")
    assert page.workflow_in_progress and not page.live
    assert staff["reviewer"].email in {to for message in mail.outbox for to in message.to}
    mail.outbox.clear()

    reviewer = login(staff["reviewer"])
    assert "Reviewed-Law" in reviewer.get(reverse("wagtailadmin_home")).content.decode()
    response = workflow_action(reviewer, page, "approve", comment="Checked against the gazette.")
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live and not page.workflow_in_progress
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == "approved"
    assert state.current_task_state.comment == "Checked against the gazette."
    assert staff["editor"].email in {to for message in mail.outbox for to in message.to}
    actions = set(PageLogEntry.objects.filter(page=page).values_list("action", "user__username"))
    assert ("wagtail.publish", "reviewer") in actions
    assert ("wagtail.workflow.start", "editor") in actions
    assert page.revisions.count() >= 1


def test_rejected_page_goes_back_to_its_author(login, staff, tree):
    page = submit_new_policy(login(staff["editor"]), tree["policies"], "draft-law")
    mail.outbox.clear()
    workflow_action(login(staff["reviewer"]), page, "reject", comment="Cite the source.")
    page.refresh_from_db()
    assert not page.live
    assert WorkflowState.objects.get(object_id=str(page.pk)).status == "needs_changes"
    assert [m_.to for m_ in mail.outbox] == [[staff["editor"].email]]


def test_approval_of_a_scheduled_page_publishes_it_when_due(login, staff, tree):
    go_live = (timezone.now() + datetime.timedelta(days=2)).strftime("%Y-%m-%d %H:%M")
    page = submit_new_policy(
        login(staff["editor"]), tree["policies"], "scheduled-law", go_live_at=go_live
    )
    workflow_action(login(staff["reviewer"]), page, "approve")
    page.refresh_from_db()
    revision = page.scheduled_revision
    assert not page.live and revision is not None
    call_command("publish_scheduled")
    assert not Page.objects.get(pk=page.pk).live  # not yet due
    # Two days later:
    due = timezone.now() - datetime.timedelta(minutes=1)
    revision.approved_go_live_at = due
    revision.content["go_live_at"] = due.isoformat()
    revision.save()
    call_command("publish_scheduled")
    assert Page.objects.get(pk=page.pk).live


def test_translation_is_reviewed_before_it_is_published(login, staff, tree):
    page = submit_new_policy(login(staff["editor"]), tree["policies"], "source-law")
    reviewer = login(staff["reviewer"])
    workflow_action(reviewer, page, "approve")

    translator = login(staff["ko"])
    ko = tree["ko"].locale
    submit = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    assert translator.post(submit, {"locales": [ko.pk]}).status_code == 302
    korean = page.get_translation(ko)
    assert not korean.live
    assert translator.get(edit_url(korean)).status_code == 200  # wagtail-localize's editor
    # The translator's strings (here by PO file, as the editor's upload does) stay
    # beside the page until it is submitted: the review is of the translated text.
    translate_strings(translator, page, ko, {"Source-Law": "원천법", "Summary": "요약문"})
    assert Page.objects.get(pk=korean.pk).get_latest_revision_as_object().title == "Source-Law"
    # The Korean section of the explorer offers review (that editor cannot submit).
    review = reverse("staff_submit_for_review", args=[korean.pk])
    listing = translator.get(reverse("wagtailadmin_explore", args=[korean.get_parent().pk]))
    assert review in listing.content.decode()
    assert translator.get(review).status_code == 200
    assert translator.post(review).status_code == 302
    korean.refresh_from_db()
    assert korean.workflow_in_progress
    # The translator may not approve their own work; the reviewer does.
    assert (
        refused(workflow_action(translator, korean, "approve"))
        or not Page.objects.get(pk=korean.pk).live
    )
    assert not Page.objects.get(pk=korean.pk).live
    workflow_action(login(staff["reviewer"]), korean, "approve")
    published = Page.objects.get(pk=korean.pk).specific
    assert published.live and (published.title, published.summary) == ("원천법", "요약문")


def test_submit_for_review_needs_edit_permission(login, staff, tree):
    page = submit_new_policy(login(staff["editor"]), tree["policies"], "other-law")
    workflow_action(login(staff["reviewer"]), page, "approve")
    korean = page.copy_for_translation(tree["ko"].locale, copy_parents=True)
    vi_translator = login(staff["vi"])
    assert refused(vi_translator.post(reverse("staff_submit_for_review", args=[korean.pk])))
    assert not Page.objects.get(pk=korean.pk).workflow_in_progress
