"""Admin views: submit a translated page for review; a page's download counts."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.models import Page, ReferenceIndex
from wagtail_localize.models import Translation

from .downloads import download_counts

__all__ = ["submit_for_review", "page_downloads"]


def submit_for_review(request, page_id):
    """Start the page's review workflow on its latest revision.

    wagtail-localize's translation editor saves drafts and publishes, but has no
    way to submit for review; this is Wagtail's own `Workflow.start`, behind
    Wagtail's own permission test."""
    page = get_object_or_404(Page, id=page_id).specific
    permissions = page.permissions_for_user(request.user)
    if not (permissions.can_edit() and permissions.can_submit_for_moderation()):
        raise PermissionDenied
    if request.method == "POST":
        # wagtail-localize keeps the translated strings beside the page until it
        # saves the target; save them as a draft revision, so what is reviewed
        # (and published on approval) is the translation, not the copied source.
        translation = (
            Translation.objects.filter(
                source__object_id=page.translation_key, target_locale=page.locale, enabled=True
            )
            .exclude(source__locale=page.locale)
            .first()
        )
        if translation is not None:
            translation.save_target(user=request.user, publish=False)
            page = Page.objects.get(pk=page.pk).specific
        elif page.latest_revision is None:
            page.save_revision(user=request.user)
        page.get_workflow().start(page, request.user)
        messages.success(
            request,
            _("“%(title)s” was submitted for review.") % {"title": page.get_admin_display_title()},
        )
        return redirect(reverse("wagtailadmin_explore", args=[page.get_parent().id]))
    return render(request, "staff/submit_for_review.html", {"page": page})


def page_downloads(request, page_id):
    """Downloads of each file a page refers to, labelled with its language where known."""
    page = get_object_or_404(Page, id=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    references = ReferenceIndex.get_references_for_object(page).filter(
        to_content_type__app_label="wagtaildocs"
    )
    ids = {int(pk) for pk in references.values_list("to_object_id", flat=True)}
    files = page.files.all() if hasattr(page, "files") else []
    languages = {f.document_id: f.language_name for f in files}
    counts = download_counts(ids)
    documents = get_document_model().objects.filter(pk__in=ids).order_by("title")
    rows = [
        {"document": d, "language": languages.get(d.pk, ""), "downloads": counts.get(d.pk, 0)}
        for d in documents
    ]
    return render(request, "staff/page_downloads.html", {"page": page, "rows": rows})
