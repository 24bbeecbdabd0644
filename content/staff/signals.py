"""When roles must be completed: after every migrate, and when a page they hang off appears."""

from django.apps import apps as live_apps
from django.db.models.signals import post_migrate, post_save
from wagtail.documents.models import document_served
from wagtail.models import Page

from .downloads import is_download, record_download
from .roles import grant_page_permissions, is_anchor_page, sync_roles


def _after_migrate(sender, **kwargs):
    sync_roles(live_apps)


def _on_page_created(sender, instance, created, raw=False, **kwargs):
    # post_save names the concrete page class as sender, so listen to all and pick pages.
    if not created or raw or not isinstance(instance, Page):
        return
    if instance.depth == 1:  # a new root (a flushed database): the workflow hangs off it
        sync_roles(live_apps)
    elif is_anchor_page(instance):
        grant_page_permissions(live_apps)


def _on_document_served(sender, instance, request, **kwargs):
    # Sent after every before_serve_document hook (collection and page access) passed.
    if is_download(request):
        record_download(instance)


def connect() -> None:
    document_served.connect(_on_document_served, dispatch_uid="atlas_staff_downloads")
    post_migrate.connect(
        _after_migrate, sender=live_apps.get_app_config("staff"), dispatch_uid="atlas_staff_roles"
    )
    post_save.connect(_on_page_created, dispatch_uid="atlas_staff_page_permissions")
