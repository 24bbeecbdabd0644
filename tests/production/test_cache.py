"""Whole-page cache: hits, misses, invalidation and who is never served from it."""

import pytest
from django.apps import apps

from config.cache import _shows_on_pages, current_version

pytestmark = pytest.mark.django_db


def test_second_request_is_a_hit(client, site_tree, page_cache):
    first = client.get("/en/")
    assert first.status_code == 200 and first["X-Cache"] == "miss"
    second = client.get("/en/")
    assert second["X-Cache"] == "hit"
    assert second.content == first.content
    assert client.get("/ko/")["X-Cache"] == "miss"  # each language its own entry


def test_publish_invalidates(client, site_tree, page_cache, django_capture_on_commit_callbacks):
    client.get("/en/")
    assert client.get("/en/")["X-Cache"] == "hit"
    home = site_tree["en"]
    home.title = "A freshly published title"
    with django_capture_on_commit_callbacks(execute=True):
        home.save_revision().publish()
    response = client.get("/en/")
    assert response["X-Cache"] == "miss"
    assert "A freshly published title" in response.content.decode()
    version = current_version()
    with django_capture_on_commit_callbacks(execute=True):
        home.unpublish()
    assert current_version() > version


def test_logged_in_users_never_use_the_cache(client, site_tree, page_cache, django_user_model):
    client.get("/en/")
    assert client.get("/en/")["X-Cache"] == "hit"
    user = django_user_model.objects.create_user("editor", password="x" * 12)
    client.force_login(user)
    response = client.get("/en/")
    assert response.status_code == 200
    assert response.get("X-Cache") != "hit"


def test_what_a_logged_in_user_saw_is_not_stored(client, site_tree, page_cache, django_user_model):
    user = django_user_model.objects.create_superuser("boss", password="x" * 12)
    client.force_login(user)
    client.get("/en/")
    client.logout()
    client.cookies.clear()
    assert client.get("/en/")["X-Cache"] == "miss"


def test_admin_and_health_are_never_cached(client, site_tree, page_cache):
    for path in ("/healthz", "/admin/login/"):
        client.get(path)
        assert client.get(path).get("X-Cache") is None


def test_domain_models_invalidate():
    labels = {model.__name__: model for model in apps.get_models()}
    for name in ("IndicatorValue", "Country", "Indicator", "GlossaryTerm", "Site", "Redirect"):
        assert _shows_on_pages(labels[name]), name
    for name in ("Session", "DBTaskResult", "User"):
        assert not _shows_on_pages(labels[name]), name


def test_snippet_and_indicator_value_saves_invalidate(
    site_tree, page_cache, django_capture_on_commit_callbacks
):
    from tests.content.factories import CountryFactory, IndicatorValueFactory

    version = current_version()
    with django_capture_on_commit_callbacks(execute=True):
        country = CountryFactory(code="KR", name="Korea")
    assert current_version() > version
    version = current_version()
    with django_capture_on_commit_callbacks(execute=True):
        value = IndicatorValueFactory(country=country)
    assert current_version() > version
    version = current_version()
    with django_capture_on_commit_callbacks(execute=True):
        value.delete()
    assert current_version() > version


def test_api_answers_carry_etag_and_cache_control(client, site_tree):
    response = client.get("/api/countries/")
    assert response.status_code == 200
    assert "public" in response["Cache-Control"] and "max-age=" in response["Cache-Control"]
    etag = response["ETag"]
    again = client.get("/api/countries/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
