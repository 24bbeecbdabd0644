import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

from config.lean_startup import without_unused_modules  # noqa: E402 (reads the settings)

with without_unused_modules():
    application = get_wsgi_application()
