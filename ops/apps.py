from django.apps import AppConfig


class BackupsConfig(AppConfig):
    """Backups and restores of the whole site, and the progress shown by long commands."""

    name = "ops"
    label = "ops"
    verbose_name = "Backups"
