"""What a document upload must be: one of five types by its content, not its name.

`check_upload` reads the file's first bytes (sniffed with `filetype`), opens an
Office file's zip directory to confirm its kind and to refuse decompression
bombs, and returns a safe file name; it raises `ValidationError` with the
reason, in the active language (the editor's, in the admin). Nothing is
stored until a form that called it is valid.
"""

import csv
import re
import unicodedata
import zipfile

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

__all__ = ["ALLOWED_TYPES", "check_upload", "safe_filename"]

# Extension: (MIME type, the zip member that marks an Office kind).
ALLOWED_TYPES = {
    "pdf": ("application/pdf", None),
    "docx": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "word/document.xml",
    ),
    "xlsx": (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "xl/workbook.xml",
    ),
    "pptx": (
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "ppt/presentation.xml",
    ),
    "csv": ("text/csv", None),
}
_HEAD_BYTES = 8192  # what filetype reads
_MAX_ZIP_MEMBERS = 5000
_UNSAFE = re.compile(r"[^\w.\-]+")


def safe_filename(name: str) -> str:
    """The last path component, in NFKC, with anything but letters, digits, '.', '-'
    and '_' turned into '-'; the extension in lower case."""
    base = unicodedata.normalize("NFKC", name).replace("\\", "/").rsplit("/", 1)[-1]
    stem, dot, extension = base.rpartition(".")
    stem = _UNSAFE.sub("-", stem).strip(".-_ ")[:100]
    extension = extension.lower()
    if not dot or not stem or extension not in ALLOWED_TYPES:
        raise ValidationError(
            _(
                "“%(name)s” is not a usable file name: give it a name and one of the "
                "endings %(ext)s."
            )
            % {"name": name, "ext": ", ".join(f".{e}" for e in ALLOWED_TYPES)},
            code="bad_name",
        )
    return f"{stem}.{extension}"


def _sniffed_kind(head: bytes) -> str:
    kind = filetype.guess(head)
    return kind.extension if kind else ""


def _check_zip(upload, extension: str) -> None:
    member = ALLOWED_TYPES[extension][1]
    try:
        with zipfile.ZipFile(upload) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ValidationError(
            _("This file claims to be .%(ext)s but is not a readable Office document.")
            % {"ext": extension},
            code="bad_office",
        ) from exc
    names = {info.filename for info in infos}
    if "[Content_Types].xml" not in names or member not in names:
        raise ValidationError(
            _("This file claims to be .%(ext)s but its content is something else.")
            % {"ext": extension},
            code="wrong_type",
        )
    unpacked = sum(info.file_size for info in infos)
    if len(infos) > _MAX_ZIP_MEMBERS or unpacked > settings.DOCUMENT_UNPACKED_MAX_BYTES:
        raise ValidationError(
            _(
                "This Office file would unpack to %(size)s, more than the %(max)s allowed; "
                "it may be a decompression bomb."
            )
            % {
                "size": filesizeformat(unpacked),
                "max": filesizeformat(settings.DOCUMENT_UNPACKED_MAX_BYTES),
            },
            code="zip_bomb",
        )


def _wrong_type(extension: str, kind: str) -> ValidationError:
    return ValidationError(
        _(
            "This file is named .%(ext)s but its content is %(found)s. "
            "Upload a real PDF, DOCX, XLSX, PPTX or CSV file."
        )
        % {"ext": extension, "found": kind or _("not a file type we accept")},
        code="wrong_type",
    )


def _is_csv(upload) -> bool:
    """UTF-8 text with no NUL and no markup, whose first line splits into columns."""
    sample = upload.read(64 * 1024)
    try:
        text = sample.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        # A character cut at the sample's end is no fault; anything earlier is.
        if exc.start < len(sample) - 3:
            return False
        text = sample[: exc.start].decode("utf-8-sig")
    if "\x00" in text or text.lstrip().startswith("<"):
        return False
    try:
        csv.Sniffer().sniff(text.split("\n", 1)[0], delimiters=",;\t")
    except csv.Error:
        return "," not in text and bool(text.strip())  # a single column
    return True


def check_upload(upload) -> str:
    """Validate an uploaded file (a Django File); return the name to store it under."""
    name = safe_filename(upload.name or "")
    extension = name.rsplit(".", 1)[1]
    limit = settings.DOCUMENT_UPLOAD_MAX_BYTES
    if upload.size is not None and upload.size > limit:
        raise ValidationError(
            _("This file is %(size)s; files may be at most %(max)s.")
            % {"size": filesizeformat(upload.size), "max": filesizeformat(limit)},
            code="too_big",
        )
    upload.seek(0)
    kind = _sniffed_kind(upload.read(_HEAD_BYTES))
    upload.seek(0)
    try:
        if extension == "pdf" and kind != "pdf":
            raise _wrong_type(extension, kind)
        if ALLOWED_TYPES[extension][1]:  # Office: a zip, whatever filetype makes of its order
            if kind not in ("zip", "docx", "xlsx", "pptx"):
                raise _wrong_type(extension, kind)
            _check_zip(upload, extension)
        if extension == "csv" and (kind or not _is_csv(upload)):
            raise _wrong_type(extension, kind)
    finally:
        upload.seek(0)
    return name
