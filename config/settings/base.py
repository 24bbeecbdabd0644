"""Settings shared by every environment.

Every value that differs between machines comes from the environment through
the one `env` helper below; nothing secret lives in this file.
"""

from pathlib import Path

import environ
from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env.str("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])

INSTALLED_APPS = [
    # content/ in layers, each importing only those below it (see `make lint`)
    "content.staff",
    "content.demo",
    "content.tools",
    "content.pages",
    "content.comparison",
    "content.data",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.typed_table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "csp",
    "ninja",  # its bundled Swagger UI for /api/docs/
    "config.apps.OpsConfig",
    "ops",
]

# Outermost first. Security headers and the CSP wrap everything, cached pages
# included; rate limiting and the page cache answer before sessions, locale and
# the view are touched; axes (login throttling) comes last, as it asks.
MIDDLEWARE = [
    # The request id for every log line below it, and the slow-request log (config/logs.py).
    "config.logs.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "config.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "config.middleware.ApiRateLimitMiddleware",
    "config.middleware.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"].setdefault("ATOMIC_REQUESTS", False)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL: readers are not blocked by a writer, and a commit appends to the log instead of
    # rewriting the journal (synchronous=NORMAL is durable across crashes in WAL mode; a
    # power cut may lose the last commits, never the file). IMMEDIATE transactions take the
    # write lock when they begin, so a writer waits `timeout` s for the task worker instead
    # of failing mid-transaction with "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages -------------------------------------------------------------
# Django ships every locale we serve except Lao and Tetum; register them once, here.
LANG_INFO.setdefault("lo", {"bidi": False, "code": "lo", "name": "Lao", "name_local": "ລາວ"})
LANG_INFO.setdefault("tet", {"bidi": False, "code": "tet", "name": "Tetum", "name_local": "Tetun"})
# Django names Khmer and Mongolian in English even as their own names; readers look for
# ភាសាខ្មែរ and Монгол.
LANG_INFO["km"] = {**LANG_INFO["km"], "name_local": "ភាសាខ្មែរ"}
LANG_INFO["mn"] = {**LANG_INFO["mn"], "name_local": "Монгол"}

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("ko", _("Korean")),
    ("vi", _("Vietnamese")),
    ("km", _("Khmer")),
    ("id", _("Indonesian")),
    ("th", _("Thai")),
    ("mn", _("Mongolian")),
    ("lo", _("Lao")),
    ("pt", _("Portuguese")),
    ("tet", _("Tetum")),
]
# Names, number, date and currency formats come from CLDR (Babel) for the reader's
# language. Where CLDR has no data for it, or lacks a name, these languages are asked
# in turn (LANGUAGE_CODE last in any case): CLDR has no Tetum, whose readers read Portuguese.
LOCALE_FALLBACKS = {"tet": ["pt", "en"]}
# The CLDR locale for a language whose bare code means another country's usage:
# CLDR's "pt" is Brazil's; Timor-Leste writes European Portuguese.
CLDR_LOCALES = {"pt": "pt_TL"}
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# "Translate" then "Submit" makes a draft for the translator; by default wagtail-localize
# publishes it at once, with the English text standing in for every untranslated string.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Asia/Seoul"

# --- Static and media ----------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "static_collected")
STATICFILES_DIRS = [BASE_DIR / "site" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# `manage.py backup` writes its archives here unless told otherwise (docs/deploy.md).
BACKUP_DIR = env.path("BACKUP_DIR", default=BASE_DIR / "backups")

# --- Wagtail -------------------------------------------------------------
WAGTAIL_SITE_NAME = "Procurement Atlas"
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
# Documents are accepted by their content, not their name (content/staff/uploads.py).
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "csv"]
WAGTAILDOCS_DOCUMENT_FORM_BASE = "content.staff.forms.AtlasDocumentForm"
DOCUMENT_UPLOAD_MAX_BYTES = env.int("DOCUMENT_UPLOAD_MAX_BYTES", default=25 * 1024 * 1024)
# What an Office file (a zip) may hold once unpacked, against decompression bombs.
DOCUMENT_UNPACKED_MAX_BYTES = env.int("DOCUMENT_UNPACKED_MAX_BYTES", default=200 * 1024 * 1024)
WAGTAILIMAGES_MAX_UPLOAD_SIZE = DOCUMENT_UPLOAD_MAX_BYTES
# Served through Django so view restrictions and download counts apply.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Wagtail's own admin search keeps the database backend; the public search has
# its own Elasticsearch layer in search/ (see README).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILEMBEDS_FINDERS = []  # embeds are off: no third-party content on the site

# Review notifications (Wagtail workflows) go by email; dev prints them to the console.
EMAIL_BACKEND = env.str("EMAIL_BACKEND", default="django.core.mail.backends.smtp.EmailBackend")
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="atlas@localhost")
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False

# --- Search --------------------------------------------------------------
ELASTICSEARCH_URL = env.str("ELASTICSEARCH_URL", default="")
ELASTICSEARCH_INDEX_PREFIX = env.str("ELASTICSEARCH_INDEX_PREFIX", default="atlas")
ELASTICSEARCH_TIMEOUT = env.float("ELASTICSEARCH_TIMEOUT", default=3.0)
# Per locale index. One shard keeps BM25 statistics whole-locale, as the database
# backend counts them; a replica needs a second node (scripts/elasticsearch.sh cluster).
ELASTICSEARCH_SHARDS = env.int("ELASTICSEARCH_SHARDS", default=1)
ELASTICSEARCH_REPLICAS = env.int("ELASTICSEARCH_REPLICAS", default=0)

# Background work (search indexing, file-text extraction). Immediate here and in
# tests; production.py switches to the database backend run by `manage.py db_worker`.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# A failed task is enqueued again this many times, with a growing delay (config/tasks.py).
TASK_RETRIES = env.int("TASK_RETRIES", default=3)

# --- Cache ---------------------------------------------------------------
# Redis when REDIS_URL is set (shared by every app server), else local memory.
REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env.str("CACHE_KEY_PREFIX", default="atlas"),
            "TIMEOUT": 600,
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "atlas",
            "TIMEOUT": 600,
        }
    }
# Whole public pages for anonymous visitors (config/middleware.py); 0 turns it off.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=600)
# Objects many pages show (menu links, listing filter options) under the content
# version (content/pages/cached.py); 0 turns it off.
OBJECT_CACHE_SECONDS = env.int("OBJECT_CACHE_SECONDS", default=600)
# The country brief (HTML and PDF), keyed by the values version: a saved value retires it.
BRIEF_CACHE_SECONDS = env.int("BRIEF_CACHE_SECONDS", default=3600)
# Browsers and proxies may keep JSON API answers and compare exports this long.
API_CACHE_MAX_AGE = env.int("API_CACHE_MAX_AGE", default=300)
# Requests per client to /api/ in a window of seconds: "<count>/<seconds>".
API_RATE_LIMIT = env.str("API_RATE_LIMIT", default="120/60")
# The request header that carries the client's address when a trusted proxy
# (our nginx) sets it; empty: REMOTE_ADDR.
CLIENT_IP_HEADER = env.str("CLIENT_IP_HEADER", default="")

# --- Security ------------------------------------------------------------
# Login throttling for the admin (django-axes): locked after this many failures
# per username and address, for AXES_COOLOFF_MINUTES.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env.float("AXES_COOLOFF_MINUTES", default=15) / 60  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_HTTP_RESPONSE_CODE = 429
AXES_CLIENT_IP_CALLABLE = "config.middleware.client_ip"

# Content Security Policy (django-csp): no inline script on the public site.
_SELF, _NONE = "'self'", "'none'"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [_SELF],
        "script-src": [_SELF],
        "style-src": [_SELF],
        # The compare table colours its swatches through a style attribute.
        "style-src-attr": ["'unsafe-inline'"],
        "img-src": [_SELF, "data:"],
        "font-src": [_SELF],
        "connect-src": [_SELF],
        "object-src": [_NONE],
        "base-uri": [_SELF],
        "form-action": [_SELF],
        "frame-ancestors": [_NONE],
    }
}
# Wagtail's admin still renders a few inline scripts (inline panels, date
# widgets) and previews pages in a same-origin frame.
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [_SELF, "'unsafe-inline'"],
        "style-src": [_SELF, "'unsafe-inline'"],
        "img-src": [_SELF, "data:", "blob:"],
        "frame-src": [_SELF],
        "frame-ancestors": [_SELF],
    }
}
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

# --- Logs ----------------------------------------------------------------
# One JSON object a line on stderr (gunicorn's error log, the worker's output),
# each with the request id nginx gave the request, or the enqueuing request's id
# in the worker (config/logs.py). LOG_FORMAT=text for plain lines.
LOG_FORMAT = env.str("LOG_FORMAT", default="json")
if LOG_FORMAT not in ("json", "text"):
    raise ImproperlyConfigured(f"LOG_FORMAT must be json or text, not {LOG_FORMAT!r}.")
# Requests slower than this many milliseconds are logged, with their query count.
SLOW_REQUEST_MS = env.int("SLOW_REQUEST_MS", default=1000)
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "config.logs.RequestIdFilter"}},
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "format": "%(asctime)s %(levelname)s %(name)s %(process)d %(message)s %(request_id)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        },
        "text": {"format": "%(asctime)s %(levelname)s %(name)s rid=%(request_id)s %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["request_id"],
            "formatter": LOG_FORMAT,
        }
    },
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="WARNING")},
    "loggers": {
        # Task outcomes (failures with their traceback) in the worker's log.
        "django_tasks": {"level": "INFO"},
        "django_tasks_db": {"level": "INFO"},
        "config.tasks": {"level": "INFO"},
    },
}
