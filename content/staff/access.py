"""Who may download a document: Wagtail checks its collection; this adds the pages it is on.

Wagtail's `check_view_restrictions` hook already refuses a document in a
private collection. A document attached to pages (found through Wagtail's
reference index) that all carry a view restriction, on them or an ancestor,
is served only to a request that passes one of those pages' restrictions; a
document also attached to an open page is as public as that page.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils.cache import add_never_cache_headers
from wagtail.models import Page, PageViewRestriction, ReferenceIndex
from wagtail.wagtail_hooks import require_wagtail_login

__all__ = ["pages_holding", "page_restriction_response"]


def pages_holding(document):
    """Pages whose fields or inline rows refer to the document."""
    page_type = ContentType.objects.get_for_model(Page)
    ids = (
        ReferenceIndex.get_references_to(document)
        .filter(base_content_type=page_type)
        .values_list("object_id", flat=True)
    )
    return Page.objects.filter(pk__in=[int(pk) for pk in ids])


def _restrictions_by_page(pages) -> dict[int, list[PageViewRestriction]]:
    """Each page's own and inherited restrictions, from one query."""
    ancestors = {
        page.pk: [page.path[:i] for i in range(4, len(page.path) + 1, 4)] for page in pages
    }
    paths = {path for chain in ancestors.values() for path in chain}
    found = {}
    for restriction in PageViewRestriction.objects.filter(page__path__in=paths).select_related(
        "page"
    ):
        found.setdefault(restriction.page.path, []).append(restriction)
    return {
        pk: [r for path in chain for r in found.get(path, [])] for pk, chain in ancestors.items()
    }


def page_restriction_response(document, request):
    """None when the request may have the document; else the answer to give it."""
    pages = list(pages_holding(document))
    if not pages:
        return None
    restrictions = _restrictions_by_page(pages)
    if any(not restrictions[page.pk] for page in pages):
        return None
    for page in pages:
        if all(r.accept_request(request) for r in restrictions[page.pk]):
            return None
    kinds = {r.restriction_type for page in pages for r in restrictions[page.pk]}
    if kinds == {PageViewRestriction.PASSWORD}:
        # The page asks for its password, then the reader comes back for the file.
        response = redirect(pages[0].url)
    elif request.user.is_authenticated:
        raise PermissionDenied
    else:
        response = require_wagtail_login(next=request.get_full_path())
    add_never_cache_headers(response)
    return response
