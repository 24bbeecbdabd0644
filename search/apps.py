from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    label = "atlas_search"
    verbose_name = _("Public search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from search.indexing import connect_signals

        connect_signals()
