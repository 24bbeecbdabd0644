from django.conf import settings
from django.db.models import Count, Max
from django.shortcuts import render
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from search.models import SearchQuery


def _grouped(queries):
    return queries.values("locale", "query").annotate(count=Count("pk"), last=Max("created_at"))


def _fruitless(grouped):
    return grouped.filter(results=0).order_by("-count", "query")


class FruitlessSearchesPanel(Component):
    """Dashboard: the searches that most often found nothing (one query)."""

    name = "atlas_fruitless_searches"
    order = 165
    template_name = "atlas_search/fruitless_panel.html"

    def get_context_data(self, parent_context=None):
        return {"fruitless": list(_fruitless(_grouped(SearchQuery.objects.all()))[:10])}


def search_report(request):
    """Staff report: the most frequent queries and those that found nothing, per language."""
    # Not `locale`: Wagtail's admin templates read that name as the Locale being edited.
    chosen = request.GET.get("locale") or ""
    if chosen not in dict(settings.LANGUAGES):
        chosen = ""
    queries = SearchQuery.objects.all()
    if chosen:
        queries = queries.filter(locale=chosen)
    grouped = _grouped(queries)
    context = {
        "frequent": grouped.order_by("-count", "query")[:50],
        "fruitless": _fruitless(grouped)[:50],
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


@hooks.register("construct_homepage_panels")
def add_fruitless_searches_panel(request, panels):
    panels.append(FruitlessSearchesPanel())
