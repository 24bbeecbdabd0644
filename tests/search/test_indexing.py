"""The index follows the site: publish, unpublish, delete, move, privacy, drafts, files."""

import io

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

from tests.search.conftest import search


def found(query, locale="en", **params):
    return [hit.title for hit in search(query, locale, **params).hits]


def make_pdf(text: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 8, text)
    return bytes(pdf.output())


def test_publish_and_unpublish(backend, atlas_page, django_capture_on_commit_callbacks):
    page = atlas_page("Framework agreements explained", body="Call-off contracts")
    assert found("framework") == ["Framework agreements explained"]
    hit = search("call-off").hits[0]
    assert hit.url == page.url and hit.type == "page"
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    assert found("framework") == []


def test_draft_is_never_returned(backend, atlas_page, django_capture_on_commit_callbacks):
    page = atlas_page("Draft on reverse auctions", publish=False)
    assert found("auctions") == []
    with django_capture_on_commit_callbacks(execute=True):
        page.title = "Changed reverse auctions"
        page.save_revision()  # a new draft of a live page is not published either
    assert found("changed") == []


def test_delete_removes_page_and_children(backend, atlas_page, django_capture_on_commit_callbacks):
    parent = atlas_page("Quality management parent")
    atlas_page("Quality management child", parent=parent)
    assert len(found("quality")) == 2
    with django_capture_on_commit_callbacks(execute=True):
        parent.delete()
    assert found("quality") == []


def test_move_updates_url(backend, atlas_page, django_capture_on_commit_callbacks):
    section = atlas_page("Section")
    page = atlas_page("Movable guide on bid security")
    with django_capture_on_commit_callbacks(execute=True):
        page.move(section, pos="last-child")
    page.refresh_from_db()
    assert search("movable").hits[0].url == page.url
    assert "/section" in page.url or section.slug in page.url


def test_restricted_page_and_its_children_are_never_returned(
    backend, atlas_page, django_capture_on_commit_callbacks
):
    page = atlas_page("Confidential evaluation notes")
    atlas_page("Confidential annex", parent=page)
    assert len(found("confidential")) == 2
    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="x"
        )
    assert found("confidential") == []
    assert found("confidential", all_locales="1") == []
    # Publishing again under the restriction keeps it out.
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert found("confidential") == []
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert len(found("confidential")) == 2


def test_word_only_inside_attached_pdf(backend, atlas_page):
    document = get_document_model().objects.create(
        title="Annex", file=ContentFile(make_pdf("The zanzibarite tender annex."), name="annex.pdf")
    )
    atlas_page("Guide with annex", attachments=[document])
    result = search("zanzibarite")
    assert [h.title for h in result.hits] == ["Guide with annex"]
    assert "<mark>zanzibarite</mark>" in result.hits[0].snippet


def test_corrupt_attachment_is_skipped(backend, atlas_page, caplog):
    broken = get_document_model().objects.create(
        title="Broken", file=ContentFile(b"%PDF-1.4 not really", name="broken.pdf")
    )
    atlas_page("Page with broken file", attachments=[broken])
    assert found("broken") == ["Page with broken file"]


def test_translation_is_indexed_in_its_locale(
    backend, atlas_page, homes, django_capture_on_commit_callbacks
):
    from wagtail.models import Locale

    page = atlas_page("Green public procurement")
    with django_capture_on_commit_callbacks(execute=True):
        translation = page.copy_for_translation(Locale.objects.get(language_code="vi"))
        translation.title = "Mua sắm công xanh"
        translation.save_revision().publish()
    assert found("mua sam xanh", "vi") == ["Mua sắm công xanh"]
    assert found("green", "vi") == []


def test_rebuild_swaps_alias_and_keeps_pages(backend, atlas_page, settings):
    atlas_page("Rebuilt index page")
    out = io.StringIO()
    call_command("search_index", "rebuild", stdout=out)
    assert found("rebuilt") == ["Rebuilt index page"]
    call_command("search_index", "rebuild", stdout=out)
    assert found("rebuilt") == ["Rebuilt index page"]
    call_command("search_index", "update", stdout=out)
    call_command("search_index", "status", stdout=out)
    assert "search_index status" in out.getvalue()
    if backend == "elasticsearch":
        from search.backends import elasticsearch_client
        from search.documents import alias_name

        indexes = list(elasticsearch_client().indices.get(index=f"{alias_name('en')}-*"))
        assert len(indexes) == 1  # the old index was deleted after the swap


@pytest.mark.django_db
def test_extract_text_from_docx_and_xlsx():
    from docx import Document
    from openpyxl import Workbook

    from search.extract import extract_text

    buffer = io.BytesIO()
    doc = Document()
    doc.add_paragraph("Docx speaks of quokkas")
    doc.save(buffer)
    assert "quokkas" in extract_text(buffer.getvalue(), "a.docx")
    buffer = io.BytesIO()
    book = Workbook()
    book.active.append(["Xlsx", "numbat", 3])
    book.save(buffer)
    assert "numbat" in extract_text(buffer.getvalue(), "a.xlsx")
    assert extract_text(b"PK\x03\x04 broken", "b.docx") == ""
    assert extract_text(b"anything", "c.exe") == ""


def test_extract_text_from_pdf_in_a_cjk_font():
    """Text set in a two-byte font (Noto CJK, as the Korean demo files are) comes
    out as words, not one character at a time."""
    from content.pages.pdf import render_text_pdf
    from search.extract import extract_text

    text = extract_text(render_text_pdf("Guide 조달청 나라장터", "Open tendering", "ko"), "g.pdf")
    assert "\x00" not in text
    assert "Guide 조달청 나라장터" in text
    assert "Open tendering" in text
