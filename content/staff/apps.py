from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StaffConfig(AppConfig):
    """Staff authoring: roles, review workflow, uploads, downloads, dashboard."""

    name = "content.staff"
    label = "staff"
    verbose_name = _("Staff authoring")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals

        signals.connect()
