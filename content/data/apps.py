from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class DataConfig(AppConfig):
    name = "content.data"
    label = "data"
    verbose_name = _("Reference data")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .locales import sync_locales

        # A locale added to settings exists after the next migrate, with no
        # data migration to write.
        post_migrate.connect(sync_locales, sender=self)
