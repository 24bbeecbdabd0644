"""The reader tools' views: thin, each reading its input, calling a pipeline and rendering."""

from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import TooManyFieldsSent
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from content.data import selectors
from content.data.formatting import collate_sort
from content.data.services import values_version
from content.tools.answers import MAX_NOTE, MAX_QUERY, InvalidAnswers, dumps, loads, parse_form
from content.tools.assessment import build_result, load_questionnaire
from content.tools.brief import build_brief, find_country
from content.tools.exports import answers_csv, answers_xlsx

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
            from content.tools.pdf import brief_pdf  # fpdf and its fonts: ~40 MB, for PDFs only

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


ASSESSMENT_FORMATS = ("html", "csv", "xlsx")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _assessment_query(request):
    """The request's query, or InvalidAnswers when it is too big to be answers."""
    size = len(request.META.get("QUERY_STRING", ""))
    if size > MAX_QUERY:
        raise InvalidAnswers(
            _("These answers are too long for a link (%(size)s characters, at most %(max)s).")
            % {"size": size, "max": MAX_QUERY}
            + " "
            + _("Shorten the notes.")
        )
    try:
        return request.GET
    except TooManyFieldsSent:
        raise InvalidAnswers(_("The form sent more fields than it has questions.")) from None


def _assessment_state(query, questionnaire):
    """The answers from the signed token (`s`) or the form's fields."""
    codes, levels = questionnaire.question_codes, questionnaire.level_codes
    if "s" in query:
        return loads(query["s"], codes, levels)
    return parse_form(query, codes, levels)


def _assessment_country(state):
    if not state.country:
        return None
    country = find_country(state.country)
    if country is None:
        raise InvalidAnswers(_("No country has the code “%(code)s”.") % {"code": state.country})
    return country


def self_assessment(request):
    """The questionnaire; a signed token (`?s=`) fills it in again to change answers."""
    language = get_language()
    try:
        query = _assessment_query(request)
        questionnaire = load_questionnaire(language)
        state = _assessment_state(query, questionnaire)
        _assessment_country(state)
    except InvalidAnswers as exc:
        return bad_request(str(exc))
    context = {
        "questionnaire": questionnaire,
        "state": state,
        "max_note": MAX_NOTE,
        "sections": [
            (module, [(q, state.level(q.code), state.note(q.code)) for q in module.questions])
            for module in questionnaire.modules
        ],
        "countries": collate_sort(
            [(c.code.lower(), c.name_in(language)) for c in selectors.countries_list()],
            key=lambda pair: pair[1],
            language=language,
        ),
    }
    return render(request, "pages/self_assessment.html", context)


def self_assessment_result(request):
    """The result of the answers in the address. The form's plain fields are sent
    on to the same answers in one signed token, so every result has one address."""
    language = get_language()
    try:
        query = _assessment_query(request)
        fmt = (query.get("format") or "html").strip().lower()
        if fmt not in ASSESSMENT_FORMATS:
            raise InvalidAnswers(
                _("“%(format)s” is not a format of the self-assessment; use html, csv or xlsx.")
                % {"format": fmt[:20]}
            )
        questionnaire = load_questionnaire(language)
        state = _assessment_state(query, questionnaire)
        country = _assessment_country(state)
    except InvalidAnswers as exc:
        return bad_request(str(exc))
    token = dumps(state)
    if "s" not in query:
        suffix = f"&format={fmt}" if fmt != "html" else ""
        return redirect(f"{request.path}?{urlencode({'s': token})}{suffix}")
    result = build_result(questionnaire, state, country, language)
    if fmt in ("csv", "xlsx"):
        body, kind = (
            (answers_csv(result), "text/csv; charset=utf-8")
            if fmt == "csv"
            else (answers_xlsx(result), XLSX)
        )
        response = HttpResponse(body, content_type=kind)
        name = f"self-assessment-{language}.{fmt}"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response
    context = {"result": result, "token": token, "query": urlencode({"s": token})}
    return render(request, "pages/self_assessment_result.html", context)
