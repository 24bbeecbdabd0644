"""Production: base.py hardened. Nothing here adds features; every difference
from base is about safety, or about running the background worker."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import SECRET_KEY, STORAGES, env

DEBUG = env.bool("DEBUG", default=False)

if not SECRET_KEY or len(SECRET_KEY) < 32 or SECRET_KEY.startswith(("dev-", "test-")):
    raise ImproperlyConfigured("Set SECRET_KEY to a random string of at least 32 characters.")

STORAGES["staticfiles"] = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}

# Indexing and file-text extraction run in `manage.py db_worker`, not in the request.
# TASKS_BACKEND=dummy drops them (bulk loads followed by `search_index rebuild`).
_TASK_BACKENDS = {
    # django_tasks_db's, carrying the enqueuing request's id to the worker's log
    "database": "config.logs.DatabaseBackend",
    "dummy": "django_tasks.backends.dummy.DummyBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
}
TASKS = {"default": {"BACKEND": _TASK_BACKENDS[env.str("TASKS_BACKEND", default="database")]}}

# TLS ends at nginx (or the load balancer in front of it), which says so in
# X-Forwarded-Proto; plain HTTP is redirected to HTTPS unless told otherwise
# (nginx also redirects itself).
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
# Load balancers probe health over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz"]
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
SESSION_COOKIE_SECURE = env.bool("SESSION_COOKIE_SECURE", default=True)
CSRF_COOKIE_SECURE = env.bool("CSRF_COOKIE_SECURE", default=True)
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
# nginx sets X-Real-IP to the connecting address; gunicorn listens on loopback only.
CLIENT_IP_HEADER = env.str("CLIENT_IP_HEADER", default="HTTP_X_REAL_IP")
