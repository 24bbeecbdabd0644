"""URLs under a language prefix, for pages and search alike: a page that has no
translation in the reader's language is served under the reader's prefix by
fallback (content.pages.fallbacks), so links to it keep the reader in that language."""

from urllib.parse import urlsplit, urlunsplit

from django.conf import settings

__all__ = ["url_in_locale"]


def url_in_locale(url: str, locale: str) -> str:
    """The URL with its language prefix swapped: /en/guides/x/ -> /km/guides/x/."""
    parts = urlsplit(url)
    segments = parts.path.split("/")
    languages = {code for code, _name in settings.LANGUAGES}
    if len(segments) > 1 and segments[1] in languages:
        segments[1] = locale
    return urlunsplit(parts._replace(path="/".join(segments)))
