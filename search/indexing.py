"""Keeping the index true to the site: which pages are indexed, and when.

Every live page without a view restriction (on it or an ancestor) whose
specific class has `search_document` is indexed; anything else is removed.
Signal handlers enqueue `reindex_pages` through django_tasks (Wagtail's task
framework), so production can run it in a worker and tests (ImmediateBackend)
run it at once.
"""

import logging

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django_tasks import task
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from search.backends import ES_ERRORS, get_backends
from search.extract import extract_document

logger = logging.getLogger(__name__)

__all__ = [
    "page_document",
    "is_indexable",
    "restricted_paths",
    "reindex_pages",
    "connect_signals",
    "all_documents",
]


def restricted_paths() -> tuple[str, ...]:
    """Tree paths of every page with a view restriction (one query)."""
    return tuple(PageViewRestriction.objects.values_list("page__path", flat=True))


def is_indexable(page: Page, restricted: tuple[str, ...] | None = None) -> bool:
    """Live, with a `search_document`, and no view restriction on it or an ancestor.
    Pass `restricted_paths()` when checking many pages, to query it once."""
    page = page.specific_deferred if hasattr(page, "specific_deferred") else page
    if restricted is None:
        restricted = restricted_paths()
    return (
        page.live
        and page.depth > 1
        and hasattr(page, "search_document")
        and not page.path.startswith(restricted)
    )


def page_document(page: Page) -> dict:
    """What the backends index for a page, from its `search_document()` contract."""
    specific = page.specific
    source = specific.search_document()
    attachments = "\n".join(
        filter(None, (extract_document(d) for d in source.get("attachments") or []))
    )
    day = source.get("date")
    return {
        "page_id": page.pk,
        "locale": page.locale.language_code,
        "type": getattr(specific, "search_type", "page"),
        "url": page.get_url() or page.url_path,
        "title": source.get("title") or page.title,
        "summary": source.get("summary") or "",
        "body": source.get("body") or "",
        "attachments": attachments,
        "countries": sorted({c.upper() for c in source.get("countries") or []}),
        "topics": sorted(set(source.get("topics") or [])),
        "date": day,
        "year": day.year if day else None,
    }


def all_documents():
    """Documents of every indexable page, one at a time."""
    restricted = restricted_paths()
    for page in Page.objects.live().filter(depth__gt=1).specific().iterator(chunk_size=200):
        if is_indexable(page, restricted):
            yield page_document(page)


# Above the default: each publish also queues Wagtail's own search and reference
# index tasks ahead of this one on the same queue, and a reader waits for this one.
@task(priority=10)
def reindex_pages(page_ids: list[int]) -> None:
    """Index each page (and its descendants) that should be, remove the others."""
    pages = Page.objects.filter(pk__in=page_ids)
    subtree_ids = set(page_ids)
    for page in pages:
        subtree_ids.update(page.get_descendants().values_list("pk", flat=True))
    found = {p.pk: p for p in Page.objects.filter(pk__in=subtree_ids).specific()}
    restricted = restricted_paths()
    docs = [page_document(p) for p in found.values() if is_indexable(p, restricted)]
    gone = sorted(subtree_ids - {d["page_id"] for d in docs})
    for backend in get_backends():
        try:
            backend.delete(gone)
            backend.index(docs)
        except ES_ERRORS as exc:  # the database copy stays right; `search_index update` repairs
            logger.warning(
                "Search index not updated in %s: %s",
                backend.name,
                exc.__class__.__name__,
                extra={
                    "backend": backend.name,
                    "error": exc.__class__.__name__,
                    "detail": str(exc)[:500],
                    "page_ids": sorted(page_ids)[:50],
                },
            )


def _enqueue(*page_ids: int) -> None:
    ids = [pk for pk in page_ids if pk]
    if ids:
        transaction.on_commit(lambda: reindex_pages.enqueue(ids))


def _on_publish_change(sender, instance, **kwargs):
    _enqueue(instance.pk)


def _on_page_delete(sender, instance, **kwargs):
    _enqueue(instance.pk)


def _on_restriction_change(sender, instance, **kwargs):
    _enqueue(instance.page_id)


def connect_signals() -> None:
    page_published.connect(_on_publish_change, dispatch_uid="atlas_search_published")
    page_unpublished.connect(_on_publish_change, dispatch_uid="atlas_search_unpublished")
    post_page_move.connect(_on_publish_change, dispatch_uid="atlas_search_moved")
    # Deleting a page of any type deletes its `Page` row too, which sends this.
    post_delete.connect(_on_page_delete, sender=Page, dispatch_uid="atlas_search_deleted")
    post_save.connect(
        _on_restriction_change, sender=PageViewRestriction, dispatch_uid="atlas_search_restricted"
    )
    post_delete.connect(
        _on_restriction_change, sender=PageViewRestriction, dispatch_uid="atlas_search_unrestricted"
    )
