"""Views above every app: the health check reports on the database and search alike."""

from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

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
