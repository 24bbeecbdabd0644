"""Plain text from attached files (PDF, DOCX, XLSX), bounded in size and time.

A file that is too large is skipped; a long one is read up to the limits; a
corrupt one is logged and skipped. Extraction never raises into indexing.
"""

import io
import logging
import re
import time
import zipfile
from xml.etree.ElementTree import ParseError

logger = logging.getLogger(__name__)

__all__ = ["extract_text", "MAX_FILE_BYTES", "MAX_CHARS"]

MAX_FILE_BYTES = 25 * 1024 * 1024
MAX_PAGES = 300  # PDF pages or spreadsheet sheets x 1000 rows
MAX_CHARS = 500_000
MAX_SECONDS = 10.0

# What a broken or hostile file can raise from these libraries; anything else is a bug.
_BROKEN_FILE = (
    zipfile.BadZipFile,
    ParseError,
    KeyError,
    ValueError,
    TypeError,
    IndexError,
    OSError,
    RecursionError,
)


# pypdf leaves a NUL before each glyph of text set in a two-byte (CID) font,
# such as Noto CJK, and a control character for each glyph HarfBuzz made with no
# character of its own (Khmer subscript and split-vowel forms); the characters
# themselves are right. Zero-width spaces only mark where a line may wrap.
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\u200b]")


def _pdf(data: bytes, deadline: float) -> str:
    # Imported here, not above: pypdf brings fontTools (≈ 19 MB together), which
    # every web worker would hold although only indexing reads PDFs.
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    parts, size = [], 0
    try:
        for number, page in enumerate(PdfReader(io.BytesIO(data)).pages):
            if number >= MAX_PAGES or size >= MAX_CHARS or time.monotonic() > deadline:
                break
            text = _NOT_TEXT.sub("", page.extract_text() or "")
            parts.append(text)
            size += len(text)
    except PyPdfError as exc:
        raise ValueError(f"{type(exc).__name__}: {exc}") from exc
    return "\n".join(parts)


def _docx(data: bytes, deadline: float) -> str:
    from docx import Document

    document = Document(io.BytesIO(data))
    parts, size = [], 0
    for paragraph in document.paragraphs:
        if size >= MAX_CHARS or time.monotonic() > deadline:
            break
        parts.append(paragraph.text)
        size += len(paragraph.text)
    for table in document.tables:
        for row in table.rows:
            if size >= MAX_CHARS or time.monotonic() > deadline:
                break
            cells = " ".join(cell.text for cell in row.cells)
            parts.append(cells)
            size += len(cells)
    return "\n".join(parts)


def _xlsx(data: bytes, deadline: float) -> str:
    from openpyxl import load_workbook

    workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    parts, size = [], 0
    try:
        for sheet in workbook.worksheets[:MAX_PAGES]:
            parts.append(sheet.title)
            for row in sheet.iter_rows(max_row=1000, values_only=True):
                if size >= MAX_CHARS or time.monotonic() > deadline:
                    return "\n".join(parts)
                line = " ".join(str(v) for v in row if v is not None)
                parts.append(line)
                size += len(line)
    finally:
        workbook.close()
    return "\n".join(parts)


_EXTRACTORS = {"pdf": _pdf, "docx": _docx, "xlsx": _xlsx}


def extract_text(data: bytes, filename: str) -> str:
    """Text of a PDF, DOCX or XLSX file given as bytes; '' when unsupported or broken."""
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    extractor = _EXTRACTORS.get(extension)
    if extractor is None:
        return ""
    if len(data) > MAX_FILE_BYTES:
        logger.warning("Not extracting %s: %d bytes is over the limit", filename, len(data))
        return ""
    try:
        text = extractor(data, time.monotonic() + MAX_SECONDS)
    except _BROKEN_FILE as exc:
        logger.warning("Could not extract text from %s: %s: %s", filename, type(exc).__name__, exc)
        return ""
    return text[:MAX_CHARS]


def extract_document(document) -> str:
    """Text of a Wagtail Document's file; '' when it is missing, too big or broken."""
    try:
        if document.file.size > MAX_FILE_BYTES:
            logger.warning("Not extracting %s: file is over the size limit", document.file.name)
            return ""
        with document.file.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        logger.warning("Could not read %s: %s", document.file.name, exc)
        return ""
    return extract_text(data, document.file.name)
