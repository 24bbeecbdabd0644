"""Production settings plus the floor view's URL (bench/urls.py); same middleware."""

from config.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
