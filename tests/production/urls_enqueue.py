"""The site's URLs plus one view that enqueues a task, as a publish does."""

from django.http import HttpResponse
from django.urls import path

from config import urls as site_urls
from tests.production.tasks import log_note


def enqueue(request):
    log_note.enqueue("hello")
    return HttpResponse("queued")


urlpatterns = [path("enqueue/", enqueue), *site_urls.urlpatterns]
