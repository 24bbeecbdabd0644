from django.conf import settings
from wagtail.models import Locale


def sync_locales(**kwargs):
    """Create a wagtail Locale for every language in WAGTAIL_CONTENT_LANGUAGES."""
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
