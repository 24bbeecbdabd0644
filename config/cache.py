"""The whole-page cache: keys, and invalidation when published content changes.

Cached pages live under a version number kept in the cache itself; anything a
public page may show changing (a page published, unpublished, moved or deleted;
a snippet, indicator value, site setting, redirect or locale saved or deleted)
bumps the version once its transaction commits, so every page is recomputed on
its next request. Coarse but correct: publishing is rare next to reading.
Search results change a moment later, when the worker has indexed the
change: a finished search task bumps the version too.

`cached` keeps smaller objects under the same version (the main menu's links, a
listing's filter options, the compare tool's table, which search results have a
translation, the home page's sections, the page a path names, a page's
translations and related pages, a country's values): what many pages show and
few edits change. Only what every visitor sees goes there: view restrictions
are checked on each request, and a new one bumps the version. OBJECT_CACHE_SECONDS = 0
turns it off (tests do: their data is rolled back, which no signal announces).
"""

import hashlib
import logging

from django.conf import settings
from django.core import checks
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save

logger = logging.getLogger(__name__)

VERSION_KEY = "atlas:page-cache:version"

_CONTENT_MODELS = {
    "wagtailcore.site",
    "wagtailcore.locale",
    "wagtailcore.pageviewrestriction",
    "wagtailcore.collectionviewrestriction",
    "wagtailredirects.redirect",
    "wagtaildocs.document",
    "wagtailimages.image",
}


def current_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, 1, timeout=None)
        version = cache.get(VERSION_KEY) or 1
    return version


def page_key(request, version: int) -> str:
    digest = hashlib.sha256(f"{request.get_host()}|{request.get_full_path()}".encode()).hexdigest()
    return f"atlas:page:{version}:{digest}"


def invalidate() -> None:
    """Retire every cached page (now, not at commit: callers decide when)."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # no version yet: nothing cached under one
        cache.add(VERSION_KEY, 2, timeout=None)
    except Exception:  # a cache that is down holds nothing to retire
        logger.warning("Page cache not invalidated: cache unreachable", exc_info=True)


def invalidate_on_commit(*args, **kwargs) -> None:
    transaction.on_commit(invalidate)


def _shows_on_pages(model) -> bool:
    from wagtail.models import Page
    from wagtail.snippets.models import get_snippet_models

    if issubclass(model, Page) or model in get_snippet_models():
        return True
    if model._meta.label_lower in _CONTENT_MODELS:
        return True
    # The domain's own models (indicator values and their history, ...), wherever
    # in the content package they live.
    return model.__module__.split(".")[0] == "content"


def _on_model_change(sender, instance=None, raw=False, **kwargs):
    if raw or sender is None:
        return
    if _shows_on_pages(sender):
        invalidate_on_commit()


def _on_task_finished(sender, task_result, **kwargs):
    if task_result.task.module_path.startswith("search.") and task_result.status == "SUCCESSFUL":
        invalidate()


def connect_signals() -> None:
    from django_tasks.signals import task_finished
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(invalidate_on_commit, dispatch_uid="atlas_cache_published")
    page_unpublished.connect(invalidate_on_commit, dispatch_uid="atlas_cache_unpublished")
    post_page_move.connect(invalidate_on_commit, dispatch_uid="atlas_cache_moved")
    post_save.connect(_on_model_change, dispatch_uid="atlas_cache_saved")
    post_delete.connect(_on_model_change, dispatch_uid="atlas_cache_deleted")
    task_finished.connect(_on_task_finished, dispatch_uid="atlas_cache_indexed")


def cached(key: str, compute):
    """compute(), or what it returned for `key` since the content last changed."""
    seconds = settings.OBJECT_CACHE_SECONDS
    if seconds <= 0:
        return compute()
    try:
        full_key = f"atlas:object:{current_version()}:{key}"
        value = cache.get(full_key)
    except Exception:  # a cache that is down: read the database
        logger.warning("Object cache unreachable; computing %s", key, exc_info=True)
        return compute()
    if value is None:
        value = compute()
        try:
            cache.set(full_key, value, seconds)
        except Exception:
            logger.warning("Object cache unreachable; %s not stored", key, exc_info=True)
    return value


@checks.register(checks.Tags.caches, deploy=True)
def check_shared_cache(app_configs=None, **kwargs):
    """The content version lives in the cache: in local memory each gunicorn worker
    has its own, so a publish or a new view restriction would retire only the
    handling worker's copies, and the others could list a restricted page until
    their entries expire."""
    caching = settings.PAGE_CACHE_SECONDS > 0 or settings.OBJECT_CACHE_SECONDS > 0
    if caching and settings.CACHES["default"]["BACKEND"].endswith("LocMemCache"):
        return [
            checks.Warning(
                "Pages and objects are cached in each process's own memory.",
                hint="Set REDIS_URL so every worker sees a publish at once, or set "
                "PAGE_CACHE_SECONDS=0 and OBJECT_CACHE_SECONDS=0.",
                id="atlas.W001",
            )
        ]
    return []
