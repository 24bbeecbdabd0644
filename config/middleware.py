"""Request handling for production: CSP per area, API rate limits, whole-page cache."""

import logging
import math
import time

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.core.cache import cache
from django.http import JsonResponse
from django.utils.cache import patch_cache_control

from config import cache as page_cache

logger = logging.getLogger(__name__)

ADMIN_PREFIX = "/admin/"
# Never cached whole: staff pages, documents (privacy rules per collection),
# health checks, and anything Django serves for itself.
UNCACHED_PREFIXES = (
    ADMIN_PREFIX,
    "/documents/",
    "/healthz",
    "/django-admin/",
    "/static/",
    "/media/",
)
MAX_CACHED_BYTES = 2 * 1024 * 1024


def client_ip(request) -> str:
    """The visitor's address: from the trusted proxy's header when one is set."""
    header = settings.CLIENT_IP_HEADER
    if header:
        value = request.META.get(header, "").split(",")[0].strip()
        if value:
            return value
    return request.META.get("REMOTE_ADDR", "")


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp with the strict policy on the site and Wagtail's needs in the admin."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and request.path.startswith(ADMIN_PREFIX):
            parts.config = settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"]
        return parts


def _rate(spec: str) -> tuple[int, int]:
    count, _, seconds = spec.partition("/")
    return int(count), int(seconds or 60)


class ApiRateLimitMiddleware:
    """Fixed-window request counts per client for the public JSON APIs (/api/...).

    Counts live in the cache, so with Redis they are shared by every app server;
    over the limit the answer is 429 with Retry-After.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith("/api/"):
            return self.get_response(request)
        limit, window = _rate(settings.API_RATE_LIMIT)
        now = time.time()
        slot = int(now // window)
        key = f"atlas:rate:{client_ip(request)}:{slot}"
        try:
            cache.add(key, 0, timeout=window + 1)
            count = cache.incr(key)
        except Exception:  # the cache is down: serve rather than refuse everyone
            logger.warning("API rate limit not checked: cache unreachable", exc_info=True)
            return self.get_response(request)
        if count > limit:
            retry_after = max(1, math.ceil((slot + 1) * window - now))
            response = JsonResponse(
                {"error": "rate_limited", "detail": f"At most {limit} requests in {window} s."},
                status=429,
            )
            response["Retry-After"] = str(retry_after)
            return response
        response = self.get_response(request)
        response["X-RateLimit-Limit"] = str(limit)
        response["X-RateLimit-Remaining"] = str(max(0, limit - count))
        return response


def _is_export(request) -> bool:
    return request.path.startswith("/api/") or "format" in request.GET


class PageCacheMiddleware:
    """Whole responses of public GETs for anonymous visitors, with `X-Cache: hit|miss`.

    A request carrying a session cookie (staff, previews, anyone logged in) is
    never answered from the cache nor stored; neither is a response that sets a
    cookie or says private/no-store. (A page that merely looked at the session,
    as Wagtail's user bar does, says `Vary: Cookie`: the same page for every
    visitor without one, which is all this cache serves.) Invalidation: config/cache.py.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        cacheable = self._request_cacheable(request)
        if not cacheable:
            return self._with_api_headers(request, self.get_response(request))
        try:
            version = page_cache.current_version()
            key = page_cache.page_key(request, version)
            cached = cache.get(key)
        except Exception:
            logger.warning("Page cache unreachable; serving uncached", exc_info=True)
            return self._with_api_headers(request, self.get_response(request))
        if cached is not None:
            cached["X-Cache"] = "hit"
            return cached
        response = self._with_api_headers(request, self.get_response(request))
        if self._response_cacheable(request, response):
            response["X-Cache"] = "miss"
            try:
                cache.set(key, response, settings.PAGE_CACHE_SECONDS)
            except Exception:
                logger.warning("Page not cached: cache unreachable", exc_info=True)
        return response

    @staticmethod
    def _request_cacheable(request) -> bool:
        if settings.PAGE_CACHE_SECONDS <= 0 or request.method not in ("GET", "HEAD"):
            return False
        if request.path.startswith(UNCACHED_PREFIXES):
            return False
        if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
            return False
        # Wagtail's preview and share links carry these.
        return not any(name in request.GET for name in ("preview", "token", "revision"))

    @staticmethod
    def _response_cacheable(request, response) -> bool:
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        if len(response.content) > MAX_CACHED_BYTES:
            return False
        cache_control = response.get("Cache-Control", "")
        if any(word in cache_control for word in ("private", "no-store", "no-cache")):
            return False
        user = getattr(request, "user", None)
        return not (user is not None and user.is_authenticated)

    @staticmethod
    def _with_api_headers(request, response):
        """JSON APIs and compare exports may be kept by browsers and proxies a while
        (ConditionalGetMiddleware adds the ETag and answers If-None-Match)."""
        if (
            request.method in ("GET", "HEAD")
            and response.status_code == 200
            and _is_export(request)
            and "Cache-Control" not in response
        ):
            patch_cache_control(response, public=True, max_age=settings.API_CACHE_MAX_AGE)
        return response
