from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from config import health
from config.api import api
from content.comparison import urls as comparison_urls
from content.pages.fallbacks import serve_with_fallback
from content.pages.sitemaps import AtlasSitemap
from content.tools import urls as tools_urls
from search import urls as search_urls

from . import views as config_views

# Admin, documents, health and the JSON APIs are language-neutral; every page
# a visitor reads sits under a language prefix (LocaleMiddleware redirects `/`
# to it from Accept-Language).
urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("healthz", config_views.healthz, name="healthz"),
    path("healthz/live", health.live, name="healthz-live"),
    path("healthz/ready", health.ready, name="healthz-ready"),
    path("robots.txt", config_views.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": AtlasSitemap}}, name="sitemap"),
    # The JSON APIs and their OpenAPI description (/api/schema/, /api/docs/).
    path("api/", api.urls),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    # Views before Wagtail's catch-all page routes.
    path("", include(comparison_urls.urlpatterns)),
    path("", include(tools_urls.urlpatterns)),
    *search_urls.page_urlpatterns,
    # Wagtail's page view, falling back to the English original where a page has
    # no translation yet (content/pages/fallbacks.py); same pattern and name as Wagtail's.
    re_path(wagtail_urls.serve_pattern, serve_with_fallback, name="wagtail_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "content.pages.views.page_not_found"
handler500 = "config.views.server_error"
