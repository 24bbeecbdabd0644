"""Small real PDF files for the demo documents, in the document's language,
set in Noto and shaped by content.pages.pdf."""

import hashlib
from functools import cache
from pathlib import Path

from django.conf import settings

from content.pages.pdf import render_text_pdf

# Subsetting Noto CJK takes about a second a file; keep what was made for the
# next run of load_demo (tests build the demo several times). Git-ignored.
CACHE_DIR = Path(settings.BASE_DIR) / ".cache" / "demo-pdfs"


@cache
def make_pdf(title: str, body: str, language: str) -> bytes:
    key = hashlib.sha256(f"{language}\0{title}\0{body}".encode()).hexdigest()
    cached = CACHE_DIR / f"{key}.pdf"
    if cached.exists():
        return cached.read_bytes()
    data = render_text_pdf(title, body, language)
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    cached.write_bytes(data)
    return data
