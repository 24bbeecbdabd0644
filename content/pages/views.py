"""The 404 page: in the visitor's language, with the versions other languages have."""

from django.conf import settings
from django.shortcuts import render
from django.utils.translation import get_language

from content.pages.fallbacks import route_in_locale
from content.pages.i18n import language_name_local


def _path_without_language(path: str, codes: list[str]) -> str:
    parts = path.lstrip("/").split("/", 1)
    if parts[0] in codes:
        return parts[1] if len(parts) > 1 else ""
    return path.lstrip("/")


def page_not_found(request, exception=None):
    """404 in the active language, listing the versions of this path other languages have."""
    codes = [code for code, _name in settings.LANGUAGES]
    language = get_language() if get_language() in codes else settings.LANGUAGE_CODE
    path = _path_without_language(request.path, codes)
    versions = []
    for code in codes:
        if code == language:
            continue
        route = route_in_locale(request, path, code)
        if route is not None:
            url = route[0].get_url(request=request)
            if url:
                versions.append(
                    {
                        "code": code,
                        "name": language_name_local(code),
                        "url": url,
                        "title": route[0].title,
                    }
                )
    words = " ".join(part.replace("-", " ") for part in path.split("/") if part)
    context = {"versions": versions, "search_query": words[:100], "LANGUAGE_CODE": language}
    return render(request, "404.html", context, status=404)
