"""/api/docs/ in Chromium: every operation listed, nothing the CSP refuses."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.fixture
def server():
    # Our own server thread: the page needs no data, and pytest-django's live_server
    # would flush the database after.
    from pytest_django.live_server_helper import LiveServer

    live = LiveServer("127.0.0.1:0")
    yield live.url
    live.stop()


def test_the_docs_page_renders_every_operation_under_the_csp(page, server):
    refused, requests = [], []
    page.on("console", lambda m: refused.append(m.text) if "Content Security" in m.text else None)
    page.on("request", lambda r: requests.append(r.url))
    page.goto(f"{server}/api/docs/")
    page.wait_for_selector(".opblock-summary-path", timeout=60_000)
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert sorted(p.replace("\u200b", "") for p in paths) == [
        "/api/countries/",
        "/api/indicators/",
        "/api/search/",
        "/api/search/suggest/",
        "/api/values/",
    ]
    assert "CC BY 4.0" in page.content()
    assert refused == []
    assert all(url.startswith(server) or url.startswith("data:") for url in requests)
