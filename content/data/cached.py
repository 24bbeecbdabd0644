"""An object cache for what many pages show and few edits change: the main menu's
section links, a listing's filter options, the compare tool's rendered table.

Entries live under the site's content version (config.cache): publishing,
unpublishing or moving a page, saving a snippet, a value or a setting moves it,
so nothing here outlives what it was read from. OBJECT_CACHE_SECONDS = 0 turns
it off (tests do: their data is rolled back, which no signal announces).
"""

import logging

from django.conf import settings
from django.core.cache import cache

from config.cache import current_version

__all__ = ["cached"]

logger = logging.getLogger(__name__)


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
