"""Helpers to build the page tree idempotently: pages by slug, files by title."""

import hashlib
import io

from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Page

from .pdfs import make_pdf


def ensure_child(parent: Page, model, slug: str, **fields):
    """The live child of `parent` with this slug, created and published if missing."""
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing
    page = model(slug=slug, locale=parent.locale, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def ensure_pdf(
    title: str, body: str, language: str, filename: str, pdf_title: str = ""
) -> Document:
    """The document called `title` (its admin name), made if missing from a PDF
    headed `pdf_title` (the title in the file's language; `title` by default)."""
    document = Document.objects.filter(title=title).first()
    if document is not None:
        return document
    data = make_pdf(pdf_title or title, body, language)
    document = Document(title=title)
    document.file.save(filename, ContentFile(data), save=False)
    document.file_size = len(data)
    document.file_hash = hashlib.sha1(data).hexdigest()
    document.save()
    return document


def ensure_image(title: str, colour: tuple[int, int, int]) -> Image:
    image = Image.objects.filter(title=title).first()
    if image is not None:
        return image
    from PIL import Image as PILImage
    from PIL import ImageDraw

    canvas = PILImage.new("RGB", (640, 400), colour)
    draw = ImageDraw.Draw(canvas)
    for i in range(0, 640, 80):
        draw.rectangle([i, 300, i + 60, 380], fill=(255, 255, 255))
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG")
    image = Image(title=title)
    image.file.save(
        f"{hashlib.md5(title.encode()).hexdigest()[:10]}.png",
        ContentFile(buffer.getvalue()),
        save=False,
    )
    image.width, image.height = canvas.size
    image.save()
    return image


def para(html: str) -> dict:
    return {"type": "paragraph", "value": html}


def heading(text: str, level: str = "h2") -> dict:
    return {"type": "heading", "value": {"text": text, "level": level}}


def callout(kind: str, title: str, html: str) -> dict:
    return {"type": "callout", "value": {"kind": kind, "title": title, "text": html}}


def section(topic: str, html: str, title: str = "") -> dict:
    return {"type": "section", "value": {"topic": topic, "heading": title, "text": html}}


def source(title: str, url: str = "", year: int | None = None) -> dict:
    return {"type": "source", "value": {"title": title, "url": url, "year": year}}
