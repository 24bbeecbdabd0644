from django.apps import AppConfig


class OpsConfig(AppConfig):
    """Running the site: page-cache invalidation, retries of failed tasks, request ids in logs."""

    name = "config"
    label = "atlas_ops"
    verbose_name = "Operations"

    def ready(self):
        from config import cache, logs, tasks

        cache.connect_signals()
        tasks.connect_signals()
        logs.connect_signals()
