import pytest

from tests.i18n.conftest import about_tree  # noqa: F401  (an English page translated into Korean)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_switcher_reaches_a_fallback_and_a_translation(page, live_server, about_tree):  # noqa: F811
    page.goto(f"{live_server.url}/en/about/")
    switcher = page.get_by_role("navigation", name="Language")
    assert "is-fallback" in switcher.get_by_role("link", name="ភាសាខ្មែរ").get_attribute("class")
    switcher.get_by_role("link", name="ភាសាខ្មែរ").click()
    page.wait_for_url("**/km/about/")
    assert page.evaluate("document.documentElement.lang") == "km"
    assert page.locator(".notice--fallback").is_visible()
    assert page.locator(".page-content").get_attribute("lang") == "en"

    page.get_by_role("navigation", name="ភាសា").get_by_role("link", name="한국어").click()
    page.wait_for_url("**/ko/about/")
    assert page.locator("h1").inner_text() == "아틀라스 소개"
    assert page.locator(".notice--fallback").count() == 0
