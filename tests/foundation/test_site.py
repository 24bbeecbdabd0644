import json

import pytest
from django.conf import settings


@pytest.mark.parametrize("code", [code for code, _ in settings.LANGUAGES])
def test_home_renders_in_every_locale(client, site_tree, code):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{code}" dir="ltr">' in html
    assert 'href="#main"' in html and 'id="main"' in html
    assert 'hreflang="x-default"' in html


def test_root_redirects_by_accept_language(client, site_tree):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="km,en;q=0.5").url == "/km/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="lo").url == "/lo/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="fr").url == "/en/"


def test_language_switcher_links_to_each_translation(client, site_tree):
    html = client.get("/ko/").content.decode()
    for code, _ in settings.LANGUAGES:
        assert f'href="/{code}/"' in html or f'<span aria-current="true" lang="{code}"' in html
    assert 'lang="lo">ລາວ<' in html


def test_healthz_reports_database_and_search(client, db):
    response = client.get("/healthz")
    body = json.loads(response.content)
    assert response.status_code == 200
    assert body["database"] == "ok"
    assert body["search"]["backend"] in {"database", "elasticsearch"}


def test_healthz_degraded_when_elasticsearch_unreachable(client, db, settings):
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"  # nothing listens on the discard port
    settings.ELASTICSEARCH_TIMEOUT = 0.5
    response = client.get("/healthz")
    body = json.loads(response.content)
    assert response.status_code == 200
    assert body["status"] == "degraded"
    assert body["search"]["backend"] == "database"


def test_load_demo_twice_keeps_one_home_per_locale(site_tree):
    from content.demo.site import ensure_home_pages
    from content.pages.models import HomePage

    ensure_home_pages()
    assert HomePage.objects.count() == len(settings.LANGUAGES)
