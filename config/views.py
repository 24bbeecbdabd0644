"""Views above every app: the health check reports on the database and search alike,
robots.txt, and the 500 page."""

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from django.template import loader
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import requires_csrf_token

from search.backends import search_status


@never_cache
def healthz(request):
    """Database and search status; 503 only when the database is down."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        database = "ok"
    except DatabaseError as exc:
        database = f"error: {exc.__class__.__name__}"
    search = search_status()
    if database != "ok":
        status, code = "down", 503
    elif search["status"] != "ok":
        status, code = "degraded", 200
    else:
        status, code = "ok", 200
    return JsonResponse({"status": status, "database": database, "search": search}, status=code)


def robots_txt(request):
    """Crawlers may read every public page; the admin and the JSON APIs are not content."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /api/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@requires_csrf_token
def server_error(request, template_name="500.html"):
    """500 in the visitor's language, saying nothing about what failed.

    Renders a template that needs no database, no context processors and no
    settings model, since any of them may be what broke.
    """
    codes = {code for code, _name in settings.LANGUAGES}
    language = get_language() if get_language() in codes else settings.LANGUAGE_CODE
    template = loader.get_template(template_name)
    return HttpResponseServerError(template.render({"LANGUAGE_CODE": language}))
