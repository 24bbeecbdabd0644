"""The reader tools' views: thin, each reading its input, calling a pipeline and rendering."""

from django.conf import settings
from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.template.loader import render_to_string
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from content.data.services import values_version
from content.tools.brief import build_brief, find_country
from content.tools.pdf import brief_pdf

BRIEF_FORMATS = ("html", "pdf")


def bad_request(message: str) -> HttpResponse:
    return HttpResponse(message, status=400, content_type="text/plain; charset=utf-8")


def country_brief(request, code):
    fmt = (request.GET.get("format") or "html").strip().lower()
    if fmt not in BRIEF_FORMATS:
        return bad_request(
            _("“%(format)s” is not a format of the brief; use html or pdf.") % {"format": fmt[:20]}
        )
    country = find_country(code)
    if country is None:
        raise Http404(_("No country has the code “%(code)s”.") % {"code": code[:10]})
    language = get_language()
    key = f"atlas:brief:{values_version()}:{language}:{country.code}:{fmt}"
    body = cache.get(key) if settings.BRIEF_CACHE_SECONDS else None
    if body is None:
        brief = build_brief(country, language)
        if fmt == "pdf":
            body = brief_pdf(brief, language)
        else:
            body = render_to_string("pages/country_brief.html", {"brief": brief}, request)
        if settings.BRIEF_CACHE_SECONDS:
            cache.set(key, body, settings.BRIEF_CACHE_SECONDS)
    if fmt == "pdf":
        response = HttpResponse(body, content_type="application/pdf")
        name = f"brief-{country.code.lower()}-{language}.pdf"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response
    return HttpResponse(body)
