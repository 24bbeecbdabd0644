"""The site's URLs plus one view that fails, to see the 500 page."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import path

from config import urls as site_urls


def boom(request):
    raise RuntimeError("secret-internal-detail in /srv/atlas/content/views.py")


urlpatterns = [*i18n_patterns(path("boom/", boom)), *site_urls.urlpatterns]
handler404 = site_urls.handler404
handler500 = site_urls.handler500
