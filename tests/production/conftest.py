import pytest
from django.core.cache import cache


@pytest.fixture
def page_cache(settings):
    """The whole-page cache on (tests/settings turn it off), empty."""
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


def page_model(name):
    from wagtail.models import get_page_models

    return next(model for model in get_page_models() if model.__name__ == name)
