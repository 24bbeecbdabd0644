"""The site's URLs plus the floor: a view returning a fixed page, through the same middleware."""

from django.http import HttpResponse
from django.urls import path

from config import urls as site_urls

FLOOR = b"<!doctype html><html lang=en><title>floor</title><p>" + b"x" * 4000 + b"</p></html>"


def floor(request):
    return HttpResponse(FLOOR)


urlpatterns = [path("bench/floor/", floor), *site_urls.urlpatterns]
handler404 = site_urls.handler404
handler500 = site_urls.handler500
