from .base import *  # noqa: F403
from .base import LOGGING, env

DEBUG = env.bool("DEBUG", default=True)
# A development key only; production.py refuses to start without a real one.
SECRET_KEY = env.str("SECRET_KEY", default="dev-only-insecure-key-not-for-production")
# No whole-page cache while templates and code change under you (PAGE_CACHE_SECONDS=600 to try it).
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=0)
# Plain log lines on the terminal (LOG_FORMAT=json to see what production writes).
LOGGING["handlers"]["console"]["formatter"] = env.str("LOG_FORMAT", default="text")
# Workflow notifications (submitted, approved, rejected) print here instead of going out.
EMAIL_BACKEND = env.str("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
