"""Results as the JSON API and the search page show them: labels, links, dicts."""

from functools import cache
from urllib.parse import urlencode

from django.apps import apps
from django.http import QueryDict
from django.utils import translation
from django.utils.text import capfirst
from wagtail.models import get_page_models

from config.cache import cached
from search.query import FACETS, SearchRequest, SearchResult

__all__ = ["facet_labels", "facet_links", "result_json", "type_label"]


@cache
def _models_by_type() -> dict[str, type]:
    """The first page model that files its pages under each `search_type`."""
    found: dict[str, type] = {}
    for model in get_page_models():
        kind = getattr(model, "search_type", None)
        if kind and kind not in found:
            found[kind] = model
    return found


def type_label(value: str) -> str:
    """A result type in the reader's language: the page model's own translated name
    (`search_type_label` where several models share one type, else `verbose_name`)."""
    model = _models_by_type().get(value)
    if model is None:
        return value.replace("_", " ").capitalize()
    label = getattr(model, "search_type_label", None) or model._meta.verbose_name
    return capfirst(str(label))


def _all_labels(model_name: str, key: str, label: str, locale: str) -> dict:
    """{key: label} of every row: the locale's row where there is one, else the first."""
    try:
        model = apps.get_model(model_name)
    except LookupError:  # the model has not landed: show the codes
        return {}
    labels = {}
    for value, name, language in model.objects.values_list(key, label, "locale__language_code"):
        if value not in labels or language == locale:
            labels[value] = name
    return labels


def _model_labels(model_name: str, key: str, label: str, values: list[str], locale: str) -> dict:
    if not values:
        return {}
    # A few dozen countries and topics: all of them, kept under the content version.
    labels = cached(
        f"search:labels:{model_name}:{key}:{label}:{locale}",
        lambda: _all_labels(model_name, key, label, locale),
    )
    return {value: labels[value] for value in values if value in labels}


def facet_labels(facets: dict[str, list[dict]], locale: str) -> dict[str, list[dict]]:
    """Facets as the contract wants them: value, label, count."""
    countries = _model_labels(
        "data.Country", "code", "name", [f["value"] for f in facets.get("country", [])], locale
    )
    topics = _model_labels(
        "data.Topic", "slug", "name", [f["value"] for f in facets.get("topic", [])], locale
    )
    labelled = {}
    with translation.override(locale):
        types = {f["value"]: type_label(f["value"]) for f in facets.get("type", [])}
    for name in FACETS:
        labelled[name] = []
        for facet in facets.get(name, []):
            value = facet["value"]
            label = {"type": types.get(value, value), "country": countries.get(value, value),
                     "topic": topics.get(value, value)}.get(name, value)  # fmt: skip
            labelled[name].append({"value": value, "label": label, "count": facet["count"]})
    return labelled


def facet_links(params: QueryDict, facets: dict, locale: str) -> dict[str, list[dict]]:
    """Each facet value with the link that applies it (or removes it when applied)."""
    # The page's parameters but `page`, in their order; what QueryDict.urlencode writes.
    base = [(key, values) for key, values in params.lists() if key != "page"]
    links = {}
    for name, values in facet_labels(facets, locale).items():
        links[name] = []
        for facet in values:
            selected = params.get(name, "").upper() == facet["value"].upper()
            if selected:
                query = [(key, values) for key, values in base if key != name]
            else:
                query = [(key, [facet["value"]] if key == name else values) for key, values in base]
                if name not in params:
                    query.append((name, [facet["value"]]))
            href = "?" + urlencode([(key, value) for key, values in query for value in values])
            links[name].append({**facet, "selected": selected, "href": href})
    return links


def result_json(search: SearchRequest, result: SearchResult) -> dict:
    return {
        "query": search.query,
        "locale": search.locale,
        "backend": result.backend,
        "total": result.total,
        "took_ms": result.took_ms,
        "page": search.page,
        "page_size": search.page_size,
        "degraded": result.degraded,
        "expanded_terms": search.expansions,
        "results": [
            {
                "title": hit.title,
                "url": hit.url,
                "type": hit.type,
                "locale": hit.locale,
                "countries": hit.countries,
                "date": hit.date,
                "snippet": hit.snippet,
            }
            for hit in result.hits
        ],
        "facets": facet_labels(result.facets, search.locale),
    }
