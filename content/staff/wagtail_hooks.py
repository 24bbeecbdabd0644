"""Admin wiring: document access, dashboard panels, review and download buttons, audit actions."""

from django.conf import settings
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets.button import Button

from . import views
from .access import page_restriction_response
from .audit import register_actions
from .downloads import download_counts
from .panels import MissingValuesPanel, MostDownloadedPanel, TranslationStatusPanel


@hooks.register("before_serve_document", order=10)
def check_page_restrictions(document, request):
    return page_restriction_response(document, request)


@hooks.register("register_admin_urls")
def staff_admin_urls():
    return [
        path(
            "staff/review/<int:page_id>/", views.submit_for_review, name="staff_submit_for_review"
        ),
        path("staff/downloads/<int:page_id>/", views.page_downloads, name="staff_page_downloads"),
    ]


@hooks.register("construct_homepage_panels")
def add_panels(request, panels):
    user = request.user
    if user.has_perm("wagtail_localize.submit_translation"):
        panels.append(TranslationStatusPanel(user))
    panels.append(MostDownloadedPanel())
    if user.has_perm("data.change_indicatorvalue"):
        panels.append(MissingValuesPanel())


def page_buttons(page, user, view_name=None, next_url=None):
    if page.depth <= 1:
        return
    permissions = page.permissions_for_user(user)
    if not permissions.can_edit():
        return
    # A translation is edited in wagtail-localize's editor, which cannot submit for review.
    if page.locale.language_code != settings.LANGUAGE_CODE and (
        permissions.can_submit_for_moderation()
    ):
        yield Button(
            _("Submit for review"),
            reverse("staff_submit_for_review", args=[page.id]),
            icon_name="resubmit",
            priority=55,
        )
    if hasattr(page.specific_deferred, "files"):
        documents = page.specific_deferred.files.values_list("document_id", flat=True)
        total = sum(download_counts(documents).values())
        yield Button(
            _("Downloads: %(count)s") % {"count": total},
            reverse("staff_page_downloads", args=[page.id]),
            icon_name="download",
            priority=65,
        )


hooks.register("register_page_header_buttons", page_buttons)
hooks.register("register_page_listing_more_buttons", page_buttons)
hooks.register("register_log_actions", register_actions)
