"""The staff journey through the real Wagtail admin, in Debian's Chromium.

An editor writes a policy document with a PDF and submits it; a reviewer
approves it; a Korean translator translates it in wagtail-localize's editor and
submits the translation; the reviewer approves that too; and a Korean search
finds the page by a word that appears only inside the PDF. The users are in
the groups the roles migration makes, with its review workflow. Each step
leaves a screenshot in test-artifacts/staff-journey/ (git-ignored).
"""

import io
from pathlib import Path

import pytest
from django.apps import apps
from fpdf import FPDF
from playwright.sync_api import expect
from wagtail.models import Page, WorkflowState

from content.pages import models as m
from content.staff.roles import EDITORS, REVIEWERS, sync_roles, translators_group
from search.models import SearchEntry
from tests.content.factories import add_page
from tests.staff.conftest import make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "staff-journey"
# The word only the PDF holds: not in the page's title, summary, body or file name.
PDF_WORD = "zephyrquill"
TITLE = "Framework agreement tender rules"
SUMMARY = "How framework agreements are tendered."
KO_TITLE = "기본 협약 입찰 규정"
KO_SUMMARY = "기본 협약의 입찰 방법."


@pytest.fixture(autouse=True)
def _admin_settings(settings, tmp_path):
    # Wagtail's admin templates rely on missing variables rendering empty.
    settings.TEMPLATES = [
        {
            **settings.TEMPLATES[0],
            "OPTIONS": {**settings.TEMPLATES[0]["OPTIONS"], "string_if_invalid": ""},
        }
    ]
    settings.MEDIA_ROOT = str(tmp_path / "media")
    # The database backend answers (it is always written): no index shared with other runs.
    settings.ELASTICSEARCH_URL = ""


@pytest.fixture
def journey(site_tree):
    """A site as staff find it: locales, home pages, the policy library in English
    and Korean, the roles and their review workflow, and one user per role."""
    policies = add_page(site_tree["en"], m.PolicyDocumentIndexPage, "documents")
    ko_policies = policies.copy_for_translation(site_tree["ko"].locale)
    ko_policies.save_revision().publish()
    sync_roles(apps)  # the migration's roles, on pages made after the flush
    users = {
        "editor": make_user("editor", EDITORS),
        "reviewer": make_user("reviewer", REVIEWERS),
        "translator": make_user("ko-translator", translators_group("ko"), language="ko"),
    }
    return {"policies": policies, "ko_policies": ko_policies, "users": users}


@pytest.fixture
def shots():
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for old in ARTIFACTS.glob("*.png"):
        old.unlink()

    def shot(page, name, focus=None):
        if focus is not None:  # the admin scrolls inside its own pane, not the window
            focus.scroll_into_view_if_needed()
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)

    return shot


def pdf_file(tmp_path) -> Path:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.multi_cell(w=0, text=f"Annex B. Lots are scored on the {PDF_WORD} method.")
    out = io.BytesIO()
    pdf.output(out)
    path = tmp_path / "annex-b.pdf"
    path.write_bytes(out.getvalue())
    return path


def log_in(browser, base, username):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{base}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", "pw")
    page.locator("form [type=submit]").last.click()
    page.wait_for_url(f"{base}/admin/")
    return context, page


def open_footer_actions(page):
    page.locator("footer .w-dropdown__toggle").click()


def ko_search(page, base):
    page.goto(f"{base}/ko/search/?q={PDF_WORD}")
    return page.locator(".search-results .search-result")


def test_editor_reviewer_and_translator_take_a_guide_to_korean_search(
    browser, live_server, journey, shots, tmp_path
):
    base = live_server.url
    policies, ko_policies = journey["policies"], journey["ko_policies"]

    # 1. The editor writes the page, uploads the PDF in the document chooser, submits.
    context, page = log_in(browser, base, "editor")
    page.goto(f"{base}/admin/pages/add/pages/policydocumentpage/{policies.pk}/")
    page.fill("#id_title", TITLE)
    page.fill("#id_summary", SUMMARY)
    page.click("#tab-label-details")
    page.select_option("#id_document_type", "guideline")
    page.fill("#id_issuing_body", "Public Procurement Service")
    page.fill("#id_publication_date", "2024-05-01")
    picker = page.locator(".xdsoft_datetimepicker:visible")
    expect(picker).to_have_count(1)
    page.click("#id_issuing_body")  # the date picker closes on a click outside it
    expect(picker).to_have_count(0)
    page.click("#tab-label-files")
    page.click("#id_files-ADD")  # shown once the Files tab is open
    page.locator("#id_files-0-document-chooser [data-chooser-action-choose]").first.click()
    modal = page.locator(".modal-content")
    modal.locator("#tab-label-upload").click()
    modal.locator("#id_document-chooser-upload-file").set_input_files(str(pdf_file(tmp_path)))
    expect(modal.locator("#id_document-chooser-upload-title")).to_have_value("annex-b")
    shots(page, "01a-editor-uploads-pdf")
    modal.locator("#tab-upload [type=submit]").click()
    expect(page.locator(".modal-content")).to_have_count(0)
    expect(page.locator("#id_files-0-document-title")).to_contain_text("annex-b")
    page.select_option("#id_files-0-language", "en")
    shots(page, "01b-editor-attached-pdf")
    open_footer_actions(page)
    page.locator("footer button[name=action-submit]").click()
    page.wait_for_url(f"{base}/admin/pages/{policies.pk}/")
    expect(page.locator(".messages .success")).to_contain_text(TITLE)
    shots(page, "01c-editor-submitted")
    context.close()

    english = m.PolicyDocumentPage.objects.get(title=TITLE, locale=policies.locale)
    assert english.workflow_in_progress and not english.live
    assert english.files.get().document.file.name == "documents/annex-b.pdf"

    # 2. The reviewer approves it with a comment, from the page's editor.
    context, page = log_in(browser, base, "reviewer")
    page.goto(f"{base}/admin/pages/{english.pk}/edit/")
    open_footer_actions(page)
    page.locator(
        "footer button[data-workflow-action-name=approve][data-workflow-action-modal-url]"
    ).click()
    comment = page.locator(".modal-content form[action*=collect_action_data]")
    comment.locator("textarea[name=comment]").fill("Checked against the gazette.")
    shots(page, "02a-reviewer-approves")
    comment.locator("[type=submit]").click()
    page.wait_for_url(f"{base}/admin/pages/{policies.pk}/")
    expect(page.locator(".messages .success")).to_be_visible()
    shots(page, "02b-reviewer-published")
    english.refresh_from_db()
    assert english.live
    state = WorkflowState.objects.get(object_id=str(english.pk))
    assert state.status == "approved"
    assert state.current_task_state.comment == "Checked against the gazette."
    # No Korean version yet: a Korean search offers the English page in its place.
    results = ko_search(page, base)
    expect(results).to_have_count(1)
    expect(results.first.locator("a").first).to_have_text(TITLE)
    shots(page, "02c-korean-search-falls-back-to-english")
    context.close()

    # 3. The Korean translator starts the translation from the dashboard, translates
    #    in wagtail-localize's editor (in Korean), and submits it for review.
    context, page = log_in(browser, base, "ko-translator")
    page.locator(
        f'#atlas-translation-status-section a[href*="/localize/submit/page/{english.pk}/"]'
    ).click()
    locales = page.locator("input[name=locales]:checked")
    expect(locales).to_have_count(1)
    assert locales.get_attribute("value") == str(ko_policies.locale.pk)
    shots(page, "03a-translator-chooses-korean")
    page.locator("form[method=POST][novalidate] [type=submit]").click()
    page.wait_for_url(f"{base}/admin/pages/*/edit/")
    korean = english.get_translation(ko_policies.locale)
    assert page.url == f"{base}/admin/pages/{korean.pk}/edit/"
    for source, target in ((TITLE, KO_TITLE), (SUMMARY, KO_SUMMARY)):
        segment = page.locator("li.incomplete", has=page.locator("p", has_text=source))
        segment.locator("button").click()  # 번역하다 (translate)
        segment.locator("textarea").fill(target)
        segment.locator("button").last.click()  # 저장 (save)
        done = page.locator("li.complete", has=page.locator("p", has_text=source))
        expect(done).to_contain_text(target)
    shots(page, "03b-translator-translated")
    page.goto(f"{base}/admin/pages/{ko_policies.pk}/")
    row = page.locator("tr", has=page.locator(f'a[href="/admin/pages/{korean.pk}/edit/"]'))
    row.locator(".w-dropdown__toggle").click()
    row.locator(f'a[href="/admin/staff/review/{korean.pk}/"]').click()
    page.wait_for_url(f"{base}/admin/staff/review/{korean.pk}/")
    shots(page, "03c-translator-submits")
    page.locator("main form[method=post] button[type=submit]").click()
    page.wait_for_url(f"{base}/admin/pages/{ko_policies.pk}/")
    expect(page.locator(".messages .success")).to_contain_text(KO_TITLE)
    shots(page, "03d-translator-submitted")
    context.close()
    korean = Page.objects.get(pk=korean.pk)
    assert korean.workflow_in_progress and not korean.live

    # 4. The reviewer approves the translation from the dashboard's review list.
    context, page = log_in(browser, base, "reviewer")
    row = page.locator("tr", has=page.locator(f'a[href="/admin/pages/{korean.pk}/edit/"]'))
    shots(page, "04a-reviewer-dashboard", focus=row)
    row.locator(".w-dropdown__toggle").click()
    row.locator(
        f'button[data-workflow-action-url*="/action/{korean.pk}/approve/"]:not([data-launch-modal])'
    ).click()
    expect(row).to_have_count(0)  # the page reloads without it
    shots(page, "04b-reviewer-published-translation")
    korean = Page.objects.get(pk=korean.pk).specific
    assert korean.live and (korean.title, korean.summary) == (KO_TITLE, KO_SUMMARY)
    assert [f.document_id for f in korean.files.all()] == [english.files.get().document_id]

    # 5. A Korean search finds the translation by the word inside the PDF alone.
    entry = SearchEntry.objects.get(page_id=korean.pk)
    assert PDF_WORD in entry.attachments
    assert PDF_WORD not in f"{entry.title} {entry.summary} {entry.body}".lower()
    results = ko_search(page, base)
    expect(results).to_have_count(1)
    expect(results.first.locator("a").first).to_have_text(KO_TITLE)
    expect(results.first.locator("a").first).to_have_attribute("href", korean.url)
    expect(results.first).to_contain_text(PDF_WORD)
    shots(page, "05-korean-search-finds-pdf-word")
    context.close()
