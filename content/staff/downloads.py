"""Counting downloads, per document and day, with nothing about the reader."""

from django.db import IntegrityError, transaction
from django.db.models import F, Sum
from django.utils import timezone
from wagtail.documents import get_document_model

from .models import DocumentDownload

__all__ = ["is_download", "record_download", "download_counts", "most_downloaded"]


def is_download(request) -> bool:
    """A GET for the whole file or its start: not HEAD, not a later byte range of one
    reading, not a revalidation answered with 304."""
    if request.method != "GET":
        return False
    if "If-None-Match" in request.headers or "If-Modified-Since" in request.headers:
        return False
    byte_range = request.headers.get("Range", "")
    return not byte_range or byte_range.replace(" ", "").startswith("bytes=0-")


def record_download(document) -> None:
    """One more download of `document` today (one UPDATE, or an INSERT the first time)."""
    day = timezone.localdate()
    rows = DocumentDownload.objects.filter(document=document, day=day)
    if rows.update(count=F("count") + 1):
        return
    try:
        with transaction.atomic():
            DocumentDownload.objects.create(document=document, day=day, count=1)
    except IntegrityError:  # another request created today's row first
        rows.update(count=F("count") + 1)


def download_counts(document_ids) -> dict[int, int]:
    """Total downloads per document id (one query); documents never downloaded are absent."""
    totals = (
        DocumentDownload.objects.filter(document_id__in=list(document_ids))
        .values("document_id")
        .annotate(total=Sum("count"))
    )
    return {row["document_id"]: row["total"] for row in totals}


def most_downloaded(limit: int = 10):
    """The most downloaded documents, each with `.download_total` (one query)."""
    return (
        get_document_model()
        .objects.annotate(download_total=Sum("downloads__count"))
        .filter(download_total__gt=0)
        .order_by("-download_total", "title")[:limit]
    )
