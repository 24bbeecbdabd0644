"""Compare tool, methodology, change log, feeds and the open data page: thin views."""

from dataclasses import replace
from urllib.parse import parse_qsl

from django.contrib.syndication.views import Feed
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from config.cache import cached
from content.comparison import exports
from content.comparison.params import parse_compare_query, to_query
from content.comparison.presenters import chart_context
from content.comparison.service import build_comparison, build_table
from content.data import selectors
from content.data.models import Country, Indicator, IndicatorValueChange

# format: (content type, writer, what it is written from). The JSON carries the
# scores, so it needs the whole comparison; the sheets are the table alone.
_DOWNLOADS = {
    "csv": ("text/csv; charset=utf-8", exports.to_csv, build_table),
    "xlsx": (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        exports.to_xlsx,
        build_table,
    ),
    "json": ("application/json; charset=utf-8", exports.to_json, build_comparison),
}


def compare(request):
    params, errors = parse_compare_query(request.GET)
    canonical = to_query(params)
    as_sent = parse_qsl(request.META.get("QUERY_STRING", ""), keep_blank_values=True)
    if not errors and request.GET and as_sent != parse_qsl(canonical):
        # A submitted form (countries=kr&countries=vn&year=) becomes the short shareable URL.
        return redirect(f"{request.path}?{canonical}" if canonical else request.path)
    if params.format not in _DOWNLOADS:
        # The table, scores and charts are the same for everyone asking the same thing
        # in the same language until the content changes: rendered once, kept.
        key = f"compare:{get_language()}:{request.META.get('QUERY_STRING', '')}"
        body = cached(key, lambda: compare_body(request, params, errors))
        return render(request, "pages/compare.html", {"compare_body": body})
    content_type, _write, _build = _DOWNLOADS[params.format]
    # Like the page's body: the same file for the same question in the same language
    # until the content changes (the key holds the format, being in the query).
    key = f"compare-download:{get_language()}:{request.META.get('QUERY_STRING', '')}"
    name, body = cached(key, lambda: download(params, errors))
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def download(params, errors) -> tuple[str, bytes]:
    """(file name, file) of the comparison in the download format `params` asks for."""
    _content_type, write, build = _DOWNLOADS[params.format]
    comparison = build(params)
    comparison.errors[:0] = errors
    return f"comparison-{comparison.year or 'latest'}.{params.format}", write(comparison)


def compare_body(request, params, errors) -> str:
    comparison = build_comparison(params)
    comparison.errors[:0] = errors
    context = {
        "comparison": comparison,
        "suggestions": [] if comparison.columns else suggested_comparisons(comparison),
        **chart_context(comparison),
    }
    return render_to_string("components/compare_body.html", context, request=request)


# Starting points for a first visit: Korea beside the partners the site was built for.
SUGGESTED = [("KR", "VN", "KH", "TL"), ("KR", "ID", "TH"), ("KR", "MN", "LA")]


def suggested_comparisons(comparison) -> list[dict]:
    """[{query, names}] for each suggestion whose countries all have data here."""
    names = dict(comparison.all_countries)
    return [
        {"query": to_query(replace(comparison.params, countries=list(codes))),
         "names": [names[c] for c in codes]}
        for codes in SUGGESTED
        if all(c in names for c in codes)
    ]  # fmt: skip


def methodology(request):
    indicators = selectors.indicators_list()
    names = selectors.localized_by_key(Indicator, indicators)
    pillars = []
    for ind in indicators:
        if not pillars or pillars[-1][0] != ind.pillar:
            pillars.append((ind.pillar, []))
        pillars[-1][1].append((ind, selectors.display(ind, names)))
    pillar_names = (
        selectors.localized_by_key(type(indicators[0].pillar), [p for p, _r in pillars])
        if pillars
        else {}
    )
    groups = [(selectors.display(p, pillar_names), rows) for p, rows in pillars]
    return render(request, "pages/compare_methodology.html", {"groups": groups})


def _country(code: str) -> Country:
    countries = selectors.countries_list([code])
    if not countries:
        raise Http404(_("No country with that code."))
    return countries[0]


def country_changes(request, code):
    country = _country(code)
    changes = list(
        IndicatorValueChange.objects.filter(country=country)
        .select_related("indicator", "user")
        .order_by("-changed_at", "-pk")[:200]
    )
    indicator_names = selectors.localized_by_key(Indicator, [c.indicator for c in changes])
    rows = [(c, selectors.display(c.indicator, indicator_names)) for c in changes]
    return render(
        request,
        "pages/compare_changes.html",
        {"country": country, "code": country.code, "rows": rows},
    )


def open_data(request):
    return render(request, "pages/open_data.html", {})


class _ChangesFeed(Feed):
    feed_type = Atom1Feed

    def named(self, changes) -> list:
        """The changes, each with its country and indicator named in the reader's language."""
        changes = list(changes)
        indicators = selectors.localized_by_key(Indicator, [c.indicator for c in changes])
        for change in changes:
            change.country_name = change.country.display_name
            change.indicator_name = selectors.display(change.indicator, indicators).name
        return changes

    def item_title(self, change):
        return (
            f"{change.country_name} · {change.indicator_name} · {change.year}: {change.new_label}"
        )

    def item_description(self, change):
        return _("%(change)s. Source: %(source)s") % {
            "change": change.change_text,
            "source": change.source_url or change.source_title,
        }

    def item_link(self, change):
        return (
            reverse("compare-changes", args=[change.country.code.lower()]) + f"#change-{change.pk}"
        )

    def item_pubdate(self, change):
        return change.changed_at

    def item_updateddate(self, change):
        return change.changed_at

    def item_author_name(self, change):
        return str(change.public_attribution)


class CountryChangesFeed(_ChangesFeed):
    def get_object(self, request, code):
        return _country(code)

    def title(self, country):
        return _("Indicator changes: %(country)s") % {"country": country.display_name}

    def link(self, country):
        return reverse("compare-changes", args=[country.code.lower()])

    def items(self, country):
        return self.named(
            IndicatorValueChange.objects.filter(country=country)
            .select_related("country", "indicator")
            .order_by("-changed_at", "-pk")[:50]
        )


class IndicatorChangesFeed(_ChangesFeed):
    def get_object(self, request, code):
        found = selectors.indicators_list([code])
        found = [i for i in found if i.code == code]
        if not found:
            raise Http404(_("No indicator with that code."))
        return found[0]

    def title(self, indicator):
        names = selectors.localized_by_key(Indicator, [indicator])
        return _("Changes to %(indicator)s") % {
            "indicator": selectors.display(indicator, names).name
        }

    def link(self, indicator):
        return reverse("compare") + f"?indicators={indicator.code}"

    def items(self, indicator):
        return self.named(
            IndicatorValueChange.objects.filter(indicator=indicator)
            .select_related("country", "indicator")
            .order_by("-changed_at", "-pk")[:50]
        )
