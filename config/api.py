"""The public JSON API as one OpenAPI 3 description (django-ninja).

The endpoints' work stays in their apps (content.comparison.api, search.views):
each operation here declares its parameters and answers for the schema at
/api/schema/ and the page at /api/docs/, then hands the request to the app's view,
whose JSON goes out unchanged. tests/api/test_schemathesis.py holds the two to
each other on a live server.
"""

from typing import Annotated

from django.conf import settings
from django.http import JsonResponse
from ninja import Field, NinjaAPI, Query, Schema, Swagger
from ninja.errors import ValidationError

from content.comparison import api as open_data
from search import views as search_views

LOCALES = [code for code, _name in settings.LANGUAGES]
LICENCE = open_data.LICENCE

api = NinjaAPI(
    title="Procurement Atlas open data and search API",
    version="1",
    description=(
        "Countries, benchmark indicators and their values, and full-text search over the "
        "atlas's pages, as JSON. No key is needed; each client may send "
        f"{settings.API_RATE_LIMIT.replace('/', ' requests per ')} seconds (429 past that, "
        "with Retry-After).\n\n"
        "**Licence**: data under "
        f"[{LICENCE['name']}]({LICENCE['url']}). {LICENCE['note']}\n\n"
        "**Pagination**: the open-data lists take `page` and `page_size` (1 to "
        f"{open_data.MAX_PAGE_SIZE}) and answer with `count`, `num_pages` and the "
        "`next` and `previous` links; search takes `page` and `page_size` too.\n\n"
        "**Errors**: a parameter the endpoint does not know or cannot read is a 400 "
        'with `{"error": "..."}` saying which.'
    ),
    openapi_url="schema/",
    docs_url="docs/",
    # Bundled assets only (ninja is in INSTALLED_APPS): the site's CSP loads nothing
    # from elsewhere, and the online validator badge would be fetched from swagger.io.
    docs=Swagger(settings={"validatorUrl": None, "defaultModelsExpandDepth": 0}),
    urls_namespace="api",
    openapi_extra={"info": {"license": {"name": LICENCE["name"], "url": LICENCE["url"]}}},
)


@api.exception_handler(ValidationError)
def unreadable_parameter(request, exc):
    """The apps' own error shape for what ninja refuses before the view sees it."""
    problems = "; ".join(
        f"{'.'.join(str(p) for p in error['loc'][1:]) or 'request'}: {error['msg']}"
        for error in exc.errors
    )
    return JsonResponse({"error": problems}, status=400)


class Error(Schema):
    error: str = Field(examples=["unknown parameter(s): contry; this endpoint accepts country"])
    detail: str | None = Field(None, description="Only with 429: the limit.")


class Licence(Schema):
    name: str = Field(examples=[LICENCE["name"]])
    url: str = Field(examples=[LICENCE["url"]])
    note: str


class Page(Schema):
    count: int = Field(description="Rows matching the filters, on every page.", examples=[42])
    page: int = Field(examples=[1])
    page_size: int = Field(examples=[100])
    num_pages: int = Field(examples=[1])
    next: str | None = Field(description="The next page's full URL, null on the last.")
    previous: str | None = Field(description="The previous page's full URL, null on the first.")
    licence: Licence


class Country(Schema):
    code: str = Field(description="ISO 3166-1 alpha-2.", examples=["KR"])
    name: str = Field(description="In the requested locale.", examples=["Republic of Korea"])
    name_local: str = Field(examples=["대한민국"])
    region: str = Field(examples=["east_asia"])
    income_group: str = Field(examples=["high"])
    currency: str = Field(description="ISO 4217, may be empty.", examples=["KRW"])


class CountryPage(Page):
    results: list[Country]


class Indicator(Schema):
    code: str = Field(examples=["ep-etender"])
    name: str = Field(examples=["E-tendering available"])
    pillar: str = Field(examples=["digital"])
    definition: str
    value_type: str = Field(examples=["boolean"])
    unit: str = Field(examples=["%"])
    categories: list[str] = Field(description="The allowed values of a categorical indicator.")
    direction: str = Field(examples=["higher"])
    methodology: str


class IndicatorPage(Page):
    results: list[Indicator]


class Source(Schema):
    title: str = Field(examples=["KONEPS annual report"])
    url: str = Field(description="The source's URL or the document's download link; may be empty.")
    year: int | None = Field(examples=[2023])


class Value(Schema):
    country: str = Field(examples=["KR"])
    indicator: str = Field(examples=["ep-share"])
    year: int = Field(examples=[2024])
    value: str = Field(description="As published.", examples=["97.5"])
    numeric_value: float | None = Field(description="The value as a number, when it is one.")
    unit: str = Field(examples=["%"])
    is_sample: bool = Field(description="true: invented demo data, not a fact.")
    note: str
    source: Source
    updated_at: str = Field(description="ISO 8601.", examples=["2026-01-31T09:00:00+00:00"])


class ValuePage(Page):
    results: list[Value]


class Hit(Schema):
    title: str
    url: str = Field(examples=["/en/countries/kr/"])
    type: str = Field(examples=["country_profile"])
    locale: str = Field(examples=["en"])
    countries: list[str] = Field(examples=[["KR"]])
    date: str | None = Field(description="ISO 8601 date.", examples=["2025-03-01"])
    snippet: str = Field(
        description="HTML-escaped text with <mark> around the hits.",
        examples=["<mark>KONEPS</mark> handles every stage of a tender"],
    )


class FacetValue(Schema):
    value: str = Field(examples=["KR"])
    label: str = Field(examples=["Republic of Korea"])
    count: int = Field(examples=[3])


class Facets(Schema):
    type: list[FacetValue]
    country: list[FacetValue]
    topic: list[FacetValue]
    year: list[FacetValue]


class Expansion(Schema):
    term: str = Field(examples=["전자조달"])
    locale: str = Field(examples=["ko"])


class SearchResults(Schema):
    query: str = Field(examples=["e-procurement"])
    locale: str = Field(examples=["en"])
    backend: str = Field(description="elasticsearch or database.", examples=["elasticsearch"])
    total: int = Field(examples=[12])
    took_ms: int = Field(examples=[8])
    page: int = Field(examples=[1])
    page_size: int = Field(examples=[10])
    degraded: bool = Field(description="true: the search engine did not answer; database results.")
    expanded_terms: list[Expansion] = Field(description="Glossary terms added to the query.")
    results: list[Hit]
    facets: Facets


class Suggestions(Schema):
    suggestions: list[str] = Field(examples=[["procurement law", "procurement review"]])


ERRORS = {400: Error, 429: Error}
Locale = Annotated[
    str | None, Query(description=f"One of {', '.join(LOCALES)}; default en.", example="ko")
]
PageNumber = Annotated[int | None, Query(description="From 1.", example=1)]
PageSize = Annotated[
    int | None, Query(description=f"1 to {open_data.MAX_PAGE_SIZE}; default 100.", example=50)
]


@api.get("/countries/", response={200: CountryPage, **ERRORS}, url_name="api-countries",
         tags=["open data"], summary="Countries")  # fmt: skip
def countries(
    request,
    region: Annotated[str | None, Query(example="east_asia")] = None,
    income_group: Annotated[str | None, Query(example="lower_middle")] = None,
    locale: Locale = None,
    page: PageNumber = None,
    page_size: PageSize = None,
):
    """Every country the atlas profiles, with its name in the requested locale."""
    return open_data.countries(request)


@api.get("/indicators/", response={200: IndicatorPage, **ERRORS}, url_name="api-indicators",
         tags=["open data"], summary="Indicators")  # fmt: skip
def indicators(
    request,
    pillar: Annotated[str | None, Query(example="digital")] = None,
    locale: Locale = None,
    page: PageNumber = None,
    page_size: PageSize = None,
):
    """The benchmark indicators, their definitions and methodology."""
    return open_data.indicators(request)


@api.get("/values/", response={200: ValuePage, **ERRORS}, url_name="api-values",
         tags=["open data"], summary="Indicator values")  # fmt: skip
def values(
    request,
    country: Annotated[
        str | None, Query(description="Codes, comma-separated, any case.", example="kr,vn")
    ] = None,
    indicator: Annotated[
        str | None, Query(description="Codes, comma-separated.", example="ep-share")
    ] = None,
    year: Annotated[int | None, Query(example=2024)] = None,
    is_sample: Annotated[str | None, Query(description="1, 0, true or false.", example="0")] = None,
    page: PageNumber = None,
    page_size: PageSize = None,
):
    """Indicator values with their source, year by year; sample values say so."""
    return open_data.values(request)


@api.get("/search/", response={200: SearchResults, **ERRORS}, url_name="search_api",
         tags=["search"], summary="Full-text search")  # fmt: skip
def search(
    request,
    q: Annotated[str | None, Query(example="e-procurement")] = None,
    locale: Locale = None,
    type: Annotated[str | None, Query(example="guide")] = None,
    country: Annotated[str | None, Query(example="KR")] = None,
    topic: Annotated[str | None, Query(example="e-procurement")] = None,
    year: Annotated[str | None, Query(description="Ignored unless digits.", example="2024")] = None,
    sort: Annotated[str | None, Query(description="relevance (default) or date.")] = None,
    all_locales: Annotated[str | None, Query(description="1: pages in every locale.")] = None,
    page: Annotated[str | None, Query(description="1 to 100; default 1.", example="1")] = None,
    page_size: Annotated[str | None, Query(description="1 to 50; default 10.")] = None,
):
    """Pages, guides, documents and country profiles, ranked, with snippets and facets.
    Unreadable page numbers fall back to their defaults."""
    return search_views.search_api(request)


@api.get("/search/suggest/", response={200: Suggestions, **ERRORS}, url_name="search_suggest",
         tags=["search"], summary="Suggestions as you type")  # fmt: skip
def suggest(
    request,
    q: Annotated[str | None, Query(example="procu")] = None,
    locale: Locale = None,
):
    """Titles and glossary terms that start with what was typed."""
    return search_views.suggest_api(request)
