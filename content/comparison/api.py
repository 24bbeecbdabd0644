"""Open data JSON API: countries, indicators and values, filtered and paginated."""

from functools import wraps

from django.core.paginator import EmptyPage, Paginator
from django.http import JsonResponse
from django.utils.translation import override
from django.views.decorators.http import require_GET

from content.data import selectors
from content.data.models import Indicator

__all__ = ["countries", "indicators", "values"]

DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE = 100, 1000
LICENCE = {
    "name": "CC BY 4.0",
    "url": "https://creativecommons.org/licenses/by/4.0/",
    "note": "Cite the original source of each value; values with is_sample=true are invented "
    "demo data, not facts.",
}


def _bad(message: str) -> JsonResponse:
    return JsonResponse({"error": message}, status=400)


PAGING = ("page", "page_size")


def accepts(*names):
    """Answer 400 for a query parameter the endpoint doesn't know: a misspelt filter
    must not silently return everything."""
    allowed = set(names) | set(PAGING)

    def decorate(view):
        @wraps(view)
        def checked(request, *args, **kwargs):
            unknown = sorted(set(request.GET) - allowed)
            if unknown:
                return _bad(
                    f"unknown parameter(s): {', '.join(unknown)}; "
                    f"this endpoint accepts {', '.join(sorted(allowed))}"
                )
            return view(request, *args, **kwargs)

        return checked

    return decorate


def _page(request, items, serialise):
    try:
        size = int(request.GET.get("page_size") or DEFAULT_PAGE_SIZE)
        number = int(request.GET.get("page") or 1)
    except ValueError:
        return _bad("page and page_size must be whole numbers")
    if not (1 <= size <= MAX_PAGE_SIZE) or number < 1:
        return _bad(f"page must be 1 or more and page_size between 1 and {MAX_PAGE_SIZE}")
    paginator = Paginator(items, size)
    try:
        page = paginator.page(number)
    except EmptyPage:
        return _bad(f"page {number} does not exist; there are {paginator.num_pages}")

    def link(n):
        query = request.GET.copy()
        query["page"] = n
        return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")

    return JsonResponse(
        {
            "count": paginator.count,
            "page": number,
            "page_size": size,
            "num_pages": paginator.num_pages,
            "next": link(number + 1) if page.has_next() else None,
            "previous": link(number - 1) if page.has_previous() else None,
            "licence": LICENCE,
            "results": [serialise(item) for item in page.object_list],
        },
        json_dumps_params={"ensure_ascii": False},
    )


def _language(request) -> str:
    return (request.GET.get("locale") or selectors.source_locale().language_code).lower()


@require_GET
@accepts("region", "income_group", "locale")
def countries(request):
    rows = selectors.countries_list()
    if region := request.GET.get("region"):
        rows = [c for c in rows if c.region == region]
    if income := request.GET.get("income_group"):
        rows = [c for c in rows if c.income_group == income]
    language = _language(request)

    def serialise(c):
        return {
            "code": c.code,
            "name": c.name_in(language),
            "name_local": c.name_local,
            "region": c.region,
            "income_group": c.income_group,
            "currency": c.currency,
        }

    with override(_language(request)):
        return _page(request, rows, serialise)


@require_GET
@accepts("pillar", "locale")
def indicators(request):
    rows = selectors.indicators_list()
    if pillar := request.GET.get("pillar"):
        rows = [i for i in rows if i.pillar.code == pillar]
    names = selectors.localized_by_key(Indicator, rows, _language(request))

    def serialise(i):
        shown = selectors.display(i, names)
        return {
            "code": i.code,
            "name": shown.name,
            "pillar": i.pillar.code,
            "definition": shown.definition,
            "value_type": i.value_type,
            "unit": i.unit,
            "categories": i.category_list,
            "direction": i.direction,
            "methodology": shown.methodology,
        }

    return _page(request, rows, serialise)


# What `values` serialises: the rows are read with these fields alone.
VALUE_FIELDS = (
    "country__code",
    "indicator__code",
    "indicator__unit",
    "year",
    "value",
    "numeric_value",
    "is_sample",
    "note",
    "source_title",
    "source_url",
    "source_year",
    "updated_at",
    "source_document__title",
    "source_document__file",
)


@require_GET
@accepts("country", "indicator", "year", "is_sample")
def values(request):
    qs = (
        selectors.values_list()
        .order_by("country__code", "indicator__code", "year")
        .only(*VALUE_FIELDS)
    )
    if country := request.GET.get("country"):
        qs = qs.filter(country__code__in=[c.strip().upper() for c in country.split(",")])
    if indicator := request.GET.get("indicator"):
        qs = qs.filter(indicator__code__in=[c.strip() for c in indicator.split(",")])
    if year := request.GET.get("year"):
        if not year.isdigit():
            return _bad("year must be a four-digit year")
        qs = qs.filter(year=int(year))
    if sample := request.GET.get("is_sample"):
        if sample not in ("0", "1", "true", "false"):
            return _bad("is_sample must be 1, 0, true or false")
        qs = qs.filter(is_sample=sample in ("1", "true"))

    def serialise(v):
        return {
            "country": v.country.code,
            "indicator": v.indicator.code,
            "year": v.year,
            "value": v.value,
            "numeric_value": v.numeric_value,
            "unit": v.indicator.unit,
            "is_sample": v.is_sample,
            "note": v.note,
            "source": {
                "title": v.source_name,
                "url": v.source_url
                or (request.build_absolute_uri(v.source_document.url) if v.source_document else ""),
                "year": v.source_year,
            },
            "updated_at": v.updated_at.isoformat(),
        }

    return _page(request, qs, serialise)
