from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ToolsConfig(AppConfig):
    name = "content.tools"
    label = "tools"
    verbose_name = _("Reader tools")
    default_auto_field = "django.db.models.BigAutoField"
