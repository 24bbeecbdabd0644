"""Small real PDF files for the demo documents, in the document's language.

Hangul comes from Noto Sans CJK and Vietnamese from Noto Sans when the Debian
Noto fonts are installed (scripts/system-deps.sh); without them the PDF keeps
to Latin-1 text.
"""

import hashlib
from functools import cache
from pathlib import Path

from django.conf import settings
from fpdf import FPDF

# Subsetting Noto CJK takes about a second a file; keep what was made for the
# next run of load_demo (tests build the demo several times). Git-ignored.
CACHE_DIR = Path(settings.BASE_DIR) / ".cache" / "demo-pdfs"

FONTS = {
    "ko": (Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"), 1),
    "latin": (Path("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"), 0),
}


def _font_for(language: str):
    if language in ("en", "id"):
        return None  # Latin-1 text: the built-in Helvetica is fastest
    key = "ko" if language == "ko" else "latin"
    path, number = FONTS[key]
    return (key, path, number) if path.exists() else None


@cache
def make_pdf(title: str, body: str, language: str) -> bytes:
    key = hashlib.sha256(f"{language}\0{title}\0{body}".encode()).hexdigest()
    cached = CACHE_DIR / f"{key}.pdf"
    if cached.exists():
        return cached.read_bytes()
    data = _render_pdf(title, body, language)
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    cached.write_bytes(data)
    return data


def _render_pdf(title: str, body: str, language: str) -> bytes:
    pdf = FPDF()
    pdf.set_title(title)
    pdf.set_creator("Procurement Atlas demo")
    pdf.add_page()
    font = _font_for(language)
    if font:
        key, path, number = font
        pdf.add_font(key, fname=str(path), collection_font_number=number)
        pdf.set_font(key, size=16)
    else:
        pdf.set_font("helvetica", size=16)
        title = title.encode("latin-1", "replace").decode("latin-1")
        body = body.encode("latin-1", "replace").decode("latin-1")
    pdf.multi_cell(0, 9, title)
    pdf.ln(4)
    pdf.set_font_size(11)
    pdf.multi_cell(0, 6, body)
    return bytes(pdf.output())
