from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ComparisonConfig(AppConfig):
    name = "content.comparison"
    label = "comparison"
    verbose_name = _("Comparison")
    default_auto_field = "django.db.models.BigAutoField"
