from django.conf import settings
from django.db.models import Count, Max
from django.shortcuts import render
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from search.models import SearchQuery


def search_report(request):
    """Staff report: the most frequent queries and those that found nothing, per language."""
    # Not `locale`: Wagtail's admin templates read that name as the Locale being edited.
    chosen = request.GET.get("locale") or ""
    if chosen not in dict(settings.LANGUAGES):
        chosen = ""
    queries = SearchQuery.objects.all()
    if chosen:
        queries = queries.filter(locale=chosen)
    grouped = queries.values("locale", "query").annotate(count=Count("pk"), last=Max("created_at"))
    context = {
        "frequent": grouped.order_by("-count", "query")[:50],
        "fruitless": grouped.filter(results=0).order_by("-count", "query")[:50],
        "locales": SearchQuery.objects.values_list("locale", flat=True)
        .distinct()
        .order_by("locale"),
        "chosen_locale": chosen,
    }
    return render(request, "atlas_search/search_report.html", context)


@hooks.register("register_admin_urls")
def register_search_report_url():
    return [path("reports/public-search/", search_report, name="atlas_search_report")]


@hooks.register("register_reports_menu_item")
def register_search_report_menu_item():
    return MenuItem(
        _("Public search queries"), reverse("atlas_search_report"), icon_name="search", order=900
    )
