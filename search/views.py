"""The search page and the JSON API; the work happens in search.service."""

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from search.presenters import facet_links, result_json
from search.query import ParamError, parse_params
from search.related import related_to
from search.service import log_query, run_search, spelled_search, suggest

LOCALES = [code for code, _name in settings.LANGUAGES]


@require_GET
def search_page(request):
    locale = get_language() or settings.LANGUAGE_CODE
    params = request.GET.copy()
    params["locale"] = locale
    try:
        search = parse_params(params, locale, LOCALES)
    except ParamError:
        params["sort"] = "relevance"
        search = parse_params(params, locale, LOCALES)
    search, result = spelled_search(search, LOCALES)
    log_query(search, result)
    nothing = bool(search.query) and not result.total
    context = {
        "search": search,
        "result": result,
        "facets": facet_links(request.GET, result.facets, locale),
        "suggestions": suggest(search.query, locale) if nothing else [],
        "related": related_to(search.query, locale) if nothing else {},
        "pages": range(1, min(100, (result.total - 1) // search.page_size + 1) + 1),
    }
    return render(request, "pages/search_page.html", context)


@require_GET
def search_api(request):
    try:
        search = parse_params(request.GET, settings.LANGUAGE_CODE, LOCALES)
    except ParamError as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    result = run_search(search)
    log_query(search, result)
    return JsonResponse(result_json(search, result))


@require_GET
def suggest_api(request):
    locale = (request.GET.get("locale") or settings.LANGUAGE_CODE).lower()
    if locale not in LOCALES:
        return JsonResponse({"error": f"Unknown locale {locale!r}."}, status=400)
    return JsonResponse({"suggestions": suggest(request.GET.get("q") or "", locale)})
