"""WCAG 2.1 A/AA checks with axe-core on the main page types, in en, km and ko.

The demo site is built once for the module and every page is scanned in one
module-scoped pass; each page is then its own test, so a failure names the page.
"""

import pytest

from tests.browser.conftest import AXE, describe, run_axe
from tests.conftest import need_service

pytestmark = [pytest.mark.browser]

PAGES = {
    "home": "/{lang}/",
    "country profile": None,  # found at run time, like the policy document
    "policy document": None,
    "country index, filtered": "/{lang}/countries/?country=vn",
    "compare": "/{lang}/compare/?countries=kr,vn,kh,th,id",
    "search": "/{lang}/search/?q=procurement",
    "glossary": "/{lang}/glossary/",
    "404": "/{lang}/no-such-page/",
}
CASES = [(name, lang) for name in PAGES for lang in ("en", "km")] + [
    ("home", "ko"),
    ("compare", "ko"),
]
# On a phone, wide tables scroll inside their region, which must take focus.
NARROW_CASES = [("compare", "en"), ("compare", "km"), ("country profile", "km")]


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    from django.core.management import call_command

    from content.pages.models import CountryProfilePage, PolicyDocumentPage
    from tests.demo import load_demo

    def first(model):  # the path below the language's home page, e.g. "countries/viet-nam/"
        page = model.objects.live().filter(locale__language_code="en").order_by("path").first()
        return page.url_path.split("/", 2)[2]

    with django_db_blocker.unblock():
        load_demo(search_index=True)
        yield {
            "country profile": first(CountryProfilePage),
            "policy document": first(PolicyDocumentPage),
        }
        call_command("flush", interactive=False, verbosity=0)


def page_path(name: str, lang: str, demo_site) -> str:
    if PAGES[name] is None:
        return f"/{lang}/{demo_site[name]}"
    return PAGES[name].format(lang=lang)


@pytest.fixture(scope="module")
def axe_results(demo_site, browser, live_server, django_db_blocker):
    if not AXE.exists():
        need_service("node_modules/axe-core is missing: run `npm ci` (make install)")
    results = {}
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    with django_db_blocker.unblock():
        for name, lang in CASES:
            path = page_path(name, lang, demo_site)
            response = page.goto(live_server.url + path)
            results[name, lang] = (path, response.status, run_axe(page))
    context.close()
    narrow = browser.new_context(viewport={"width": 375, "height": 800})
    page = narrow.new_page()
    with django_db_blocker.unblock():
        for name, lang in NARROW_CASES:
            path = page_path(name, lang, demo_site)
            response = page.goto(live_server.url + path)
            overflow = page.evaluate("document.documentElement.scrollWidth - innerWidth")
            results[name, lang, 375] = (path, response.status, run_axe(page), overflow)
    narrow.close()
    return results


@pytest.mark.parametrize(("name", "lang"), CASES, ids=[f"{n}-{lang}" for n, lang in CASES])
def test_no_wcag_violations(axe_results, name, lang):
    path, status, violations = axe_results[name, lang]
    assert status == (404 if name == "404" else 200), path
    assert not violations, f"{path}\n{describe(violations)}"


@pytest.mark.parametrize(
    ("name", "lang"), NARROW_CASES, ids=[f"{n}-{lang}-375px" for n, lang in NARROW_CASES]
)
def test_no_wcag_violations_or_overflow_at_375px(axe_results, name, lang):
    path, status, violations, overflow = axe_results[name, lang, 375]
    assert status == 200, path
    assert not violations, f"{path} at 375px\n{describe(violations)}"
    assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at 375px"


# Keyboard: every control is reached with Tab and shows its focus ring.

FOCUS_STATE = """() => {
    const el = document.activeElement, style = getComputedStyle(el);
    return {
        tag: el.tagName.toLowerCase(), name: el.name || '', type: el.type || '',
        href: el.getAttribute('href') || '',
        text: (el.innerText || el.value || '').trim().slice(0, 40),
        nav: el.closest('nav') ? el.closest('nav').getAttribute('aria-label') : null,
        focusVisible: el.matches(':focus-visible'),
        outline: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth),
    };
}"""


def tab_until(page, wanted, limit=80) -> list[dict]:
    """Press Tab until wanted(state) holds; every stop must show a focus ring."""
    visited = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        state = page.evaluate(FOCUS_STATE)
        visited.append(state)
        if state["tag"] != "main":
            trail = [v["text"] for v in visited]
            assert state["focusVisible"] and state["outline"] >= 2, (
                f"no visible focus: {state} {trail}"
            )
        if wanted(state):
            return visited
    raise AssertionError(f"not reached in {limit} Tab presses: {[v['text'] for v in visited]}")


@pytest.fixture
def compare_data(transactional_db):
    """Countries and indicators for the compare form.

    Every test that uses live_server runs on pytest-django's transactional_db,
    which empties the database after it: the module's demo is gone by now.
    """
    from content.data.models import Country
    from tests.demo import load_demo

    if not Country.objects.exists():
        load_demo()


def test_compare_form_works_from_the_keyboard(page, live_server, compare_data):
    page.goto(f"{live_server.url}/en/compare/")
    for _ in range(2):  # tick the next two countries with the space bar
        tab_until(page, lambda s: s["name"] == "countries")
        page.keyboard.press("Space")
    tab_until(
        page, lambda s: s["tag"] == "button" and s["type"] == "submit" and s["text"] == "Compare"
    )
    page.keyboard.press("Enter")
    page.wait_for_url("**/compare/?*countries=*")
    assert page.locator(".compare-table").is_visible()
    assert len(page.locator("input[name=countries]:checked").all()) == 2


def test_language_switcher_and_main_nav_take_visible_focus(page, live_server, site_tree):
    page.goto(f"{live_server.url}/km/")
    tab_until(page, lambda s: s["nav"] is not None and s["text"] == "English")
    tab_until(
        page, lambda s: s["nav"] is not None and s["tag"] == "a" and s["href"].endswith("/compare/")
    )
    visited = tab_until(page, lambda s: s["name"] == "q")
    assert visited[-1]["nav"] is not None
