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


# The five refusals the issue names, each through both of the admin's upload views
# (the document form and the multiple uploader the chooser and listing use), in
# the editor's language: (name, bytes, settings, the English reason, the Korean one).
ISSUE_REFUSALS = {
    "pe-renamed-pdf": ("setup.pdf", lambda: PE, {}, "content is exe", "내용은 exe입니다"),
    "html-renamed-pdf": (
        "page.pdf",
        lambda: HTML,
        {},
        "content is not a file type we accept",
        "허용하지 않는 파일 형식",
    ),
    "oversize": (
        "big.pdf",
        lambda: pdf_bytes("x" * 50) + b"%" + b"0" * 2000,
        {"DOCUMENT_UPLOAD_MAX_BYTES": 1000},
        "files may be at most 1000",
        "파일은 최대",
    ),
    "zip-bomb-docx": (
        "report.docx",
        lambda: zip_bomb_docx(20 * 1024 * 1024),
        {"DOCUMENT_UNPACKED_MAX_BYTES": 5 * 1024 * 1024},
        "decompression bomb",
        "압축 폭탄",
    ),
    "no-name-after-traversal": (
        "../../.pdf",
        pdf_bytes,
        {},
        "not a usable file name",
        "사용할 수 없는 파일 이름",
    ),
}


def upload_multiple(client, name, data):
    return client.post(
        reverse("wagtaildocs:add_multiple"), {"files[]": SimpleUploadedFile(name, data)}
    )


def refusal_text(response) -> str:
    """The reason the admin shows: in the form page, or in the uploader's JSON."""
    assert response.status_code == 200
    if response["Content-Type"].startswith("application/json"):
        answer = response.json()
        assert answer["success"] is False
        return answer["error_message"]
    return response.content.decode()


@pytest.mark.parametrize("view", ["add", "add_multiple"])
@pytest.mark.parametrize("language", ["en", "ko"])
@pytest.mark.parametrize("case", ISSUE_REFUSALS)
def test_issue_refusals_through_both_views_in_the_editors_language(
    login, settings, _media, case, language, view
):
    from .conftest import make_user

    name, data, overrides, english, korean = ISSUE_REFUSALS[case]
    for setting, value in overrides.items():
        setattr(settings, setting, value)
    client = login(make_user(f"{language}-editor", "Editors", language=language))
    send = upload if view == "add" else upload_multiple
    text = refusal_text(send(client, name, data()))
    wanted, other = (english, korean) if language == "en" else (korean, english)
    assert wanted in text and other not in text
    assert not Document.objects.exists() and not stored_files(_media)


@pytest.mark.parametrize("view", ["add", "add_multiple"])
@pytest.mark.parametrize(
    "name", ["../../etc/passwd.pdf", "..\\..\\etc\\passwd.pdf", "/etc/passwd.pdf"]
)
def test_traversal_name_is_stored_as_its_last_part_inside_documents(
    editor, _media, tmp_path, name, view
):
    # The bytes are a real PDF, so the file is kept, under its base name only.
    response = (upload if view == "add" else upload_multiple)(editor, name, pdf_bytes())
    assert response.status_code in (200, 302)
    document = Document.objects.get()
    assert document.filename == "passwd.pdf"
    assert document.file.name == "documents/passwd.pdf"
    files = stored_files(_media)
    assert [p.relative_to(_media).as_posix() for p in files] == ["documents/passwd.pdf"]
    assert files[0].resolve().parent == (_media / "documents").resolve()
    assert not (tmp_path / "etc").exists() and not (_media / "etc").exists()
