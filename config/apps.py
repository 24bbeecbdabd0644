from django.apps import AppConfig


class OpsConfig(AppConfig):
    """Running the site: page-cache invalidation and retries of failed tasks."""

    name = "config"
    label = "atlas_ops"
    verbose_name = "Operations"

    def ready(self):
        from config import cache, tasks

        cache.connect_signals()
        tasks.connect_signals()
