import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_skip_link_moves_focus_to_main(page, live_server, site_tree):
    page.goto(f"{live_server.url}/km/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"


def test_language_switcher_goes_to_the_same_page_in_another_language(page, live_server, site_tree):
    page.goto(f"{live_server.url}/en/")
    page.get_by_role("navigation", name="Language").get_by_role("link", name="ភាសាខ្មែរ").click()
    page.wait_for_url("**/km/")
    assert page.evaluate("document.documentElement.lang") == "km"
