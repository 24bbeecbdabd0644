"""Uploads through the admin's document views: accepted by content, refused with the reason."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from docx import Document as Docx
from openpyxl import Workbook
from wagtail.documents.models import Document

from .conftest import pdf_bytes

pytestmark = pytest.mark.django_db


def docx_bytes() -> bytes:
    out = io.BytesIO()
    document = Docx()
    document.add_paragraph("A guide")
    document.save(out)
    return out.getvalue()


def xlsx_bytes() -> bytes:
    out = io.BytesIO()
    book = Workbook()
    book.active["A1"] = "value"
    book.save(out)
    return out.getvalue()


def pptx_bytes() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("_rels/.rels", "<Relationships/>")
        archive.writestr("ppt/presentation.xml", "<p:presentation/>")
    return out.getvalue()


def zip_bomb_docx(unpacked: int) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as member:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(unpacked // len(chunk)):
                member.write(chunk)
    return out.getvalue()


PE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\0" * 48 + b"PE\0\0" + b"\0" * 200
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"


def upload(client, name, data, title="A file"):
    return client.post(
        reverse("wagtaildocs:add"),
        {"title": title, "file": SimpleUploadedFile(name, data), "collection": 1, "tags": ""},
    )


def stored_files(media):
    return [p for p in media.rglob("*") if p.is_file()] if media.exists() else []


@pytest.fixture
def editor(login, staff):
    return login(staff["editor"])


@pytest.mark.parametrize(
    "name,data",
    [
        ("guide.pdf", pdf_bytes()),
        ("guide.docx", docx_bytes()),
        ("values.xlsx", xlsx_bytes()),
        ("slides.pptx", pptx_bytes()),
        ("values.csv", b"country,year,value\nVN,2024,3\n"),
    ],
)
def test_real_files_are_accepted(editor, name, data):
    response = upload(editor, name, data)
    assert response.status_code == 302
    assert Document.objects.get().filename == name


@pytest.mark.parametrize(
    "name,data,reason",
    [
        ("setup.pdf", PE, "content is exe"),
        ("page.pdf", HTML, "content is not a file type we accept"),
        ("page.csv", HTML, "content is not a file type we accept"),
        ("guide.docx", pdf_bytes(), "content is pdf"),
        ("notes.pdf", docx_bytes(), "content is"),
        ("../../.pdf", pdf_bytes(), "not a usable file name"),
    ],
)
def test_disguised_files_are_refused_with_the_reason(editor, _media, name, data, reason):
    response = upload(editor, name, data)
    assert response.status_code == 200
    assert reason in response.content.decode()
    assert not Document.objects.exists() and not stored_files(_media)


def test_oversize_file_is_refused(editor, settings, _media):
    settings.DOCUMENT_UPLOAD_MAX_BYTES = 1000
    data = pdf_bytes("x" * 50) + b"%" + b"0" * 2000
    response = upload(editor, "big.pdf", data)
    assert response.status_code == 200
    assert "files may be at most 1000" in response.content.decode()
    assert not Document.objects.exists() and not stored_files(_media)


def test_zip_bomb_disguised_as_docx_is_refused(editor, settings, _media):
    settings.DOCUMENT_UNPACKED_MAX_BYTES = 5 * 1024 * 1024
    data = zip_bomb_docx(20 * 1024 * 1024)
    assert len(data) < 100_000  # small on the wire, 20 MB unpacked
    response = upload(editor, "report.docx", data)
    assert response.status_code == 200
    assert "decompression bomb" in response.content.decode()
    assert not Document.objects.exists() and not stored_files(_media)


def test_path_traversal_name_stays_inside_documents(editor, _media, tmp_path):
    response = upload(editor, "../../../../etc/cron.d/évil <script>.pdf", pdf_bytes())
    assert response.status_code == 302
    document = Document.objects.get()
    assert document.file.name == "documents/évil-script.pdf"
    assert [p.relative_to(_media).as_posix() for p in stored_files(_media)] == [
        "documents/évil-script.pdf"
    ]
    assert not (tmp_path / "etc").exists()


def test_multiple_upload_refuses_too(editor, _media):
    response = editor.post(
        reverse("wagtaildocs:add_multiple"),
        {"files[]": SimpleUploadedFile("setup.pdf", PE)},
    )
    assert response.status_code == 200
    assert response.json()["success"] is False
    assert "content is exe" in response.json()["error_message"]
    assert not Document.objects.exists() and not stored_files(_media)


def test_refusal_speaks_the_editors_language(login, _media, staff):
    from .conftest import make_user

    korean_editor = make_user("ko-editor", "Editors", language="ko")
    response = upload(login(korean_editor), "setup.pdf", PE)
    assert response.status_code == 200
    assert "파일" in response.content.decode()  # the Korean reason
    assert "content is exe" not in response.content.decode()
    assert not Document.objects.exists()
