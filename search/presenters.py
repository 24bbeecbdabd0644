"""Results as the JSON API and the search page show them: labels, links, dicts."""

from django.apps import apps
from django.http import QueryDict
from django.utils.translation import gettext as _

from search.query import FACETS, SearchRequest, SearchResult

__all__ = ["facet_labels", "facet_links", "result_json", "type_label"]


def type_label(value: str) -> str:
    return _(value.replace("_", " ").capitalize())


def _model_labels(model_name: str, key: str, label: str, values: list[str], locale: str) -> dict:
    try:
        model = apps.get_model(model_name)
    except LookupError:  # the model has not landed: show the codes
        return {}
    rows = model.objects.filter(**{f"{key}__in": values})
    labels = {}
    for row in rows.select_related("locale"):
        value = getattr(row, key)
        if value not in labels or row.locale.language_code == locale:
            labels[value] = getattr(row, label)
    return labels


def facet_labels(facets: dict[str, list[dict]], locale: str) -> dict[str, list[dict]]:
    """Facets as the contract wants them: value, label, count."""
    countries = _model_labels(
        "content.Country", "code", "name", [f["value"] for f in facets.get("country", [])], locale
    )
    topics = _model_labels(
        "content.Topic", "slug", "name", [f["value"] for f in facets.get("topic", [])], locale
    )
    labelled = {}
    for name in FACETS:
        labelled[name] = []
        for facet in facets.get(name, []):
            value = facet["value"]
            label = {"type": type_label(value), "country": countries.get(value, value),
                     "topic": topics.get(value, value)}.get(name, value)  # fmt: skip
            labelled[name].append({"value": value, "label": label, "count": facet["count"]})
    return labelled


def facet_links(params: QueryDict, facets: dict, locale: str) -> dict[str, list[dict]]:
    """Each facet value with the link that applies it (or removes it when applied)."""
    links = {}
    for name, values in facet_labels(facets, locale).items():
        links[name] = []
        for facet in values:
            query = params.copy()
            query.pop("page", None)
            selected = params.get(name, "").upper() == facet["value"].upper()
            if selected:
                query.pop(name, None)
            else:
                query[name] = facet["value"]
            links[name].append({**facet, "selected": selected, "href": "?" + query.urlencode()})
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
