"""Which language versions of a page or a view exist, for switchers and hreflang."""

from dataclasses import dataclass

from django.conf import settings
from django.conf.locale import LANG_INFO
from django.urls import translate_url
from wagtail.models import Page


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name_local: str
    url: str
    translated: bool  # a real translation exists (else the link shows a fallback)
    current: bool


def language_name_local(code: str) -> str:
    return LANG_INFO.get(code, {}).get("name_local", code)


def language_links(request, page: Page | None, current: str) -> list[LanguageLink]:
    """One link per configured language, to the same page or view in that language."""
    translations = {}
    if page is not None and page.pk:
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translation.locale.language_code] = translation
    links = []
    for code, _name in settings.LANGUAGES:
        if code in translations:
            url, translated = translations[code].get_url(request=request), True
        else:
            url = translate_url(request.get_full_path(), code) if request else f"/{code}/"
            translated = page is None
        links.append(
            LanguageLink(code, language_name_local(code), url, translated, code == current)
        )
    return links
