"""WCAG 2.1 A/AA checks with axe-core on the main page types, in en, km and ko.

The demo site is built once for the module; every page is scanned in one
module-scoped pass (the live server shares the test database), and each page
is then its own test, so a failure names the page.
"""

from pathlib import Path

import pytest
from django.conf import settings

from tests.conftest import need_service

pytestmark = [pytest.mark.browser]

AXE = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

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


def run_axe(page) -> list[dict]:
    page.add_script_tag(path=str(AXE))
    return page.evaluate(
        """tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})
                 .then(r => r.violations.map(v => ({
                     id: v.id, impact: v.impact, help: v.help,
                     nodes: v.nodes.map(n => n.target.join(' ') + '  '
                                             + (n.failureSummary || '').split('\\n')[1])
                 })))""",
        WCAG_TAGS,
    )


def describe(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        lines.append(f"{v['id']} ({v['impact']}): {v['help']}")
        lines.extend(f"    {node}" for node in v["nodes"][:8])
    return "\n".join(lines)


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    from django.core.management import call_command

    from content.demo import load_demo
    from content.models import CountryProfilePage, PolicyDocumentPage

    def first(model):  # the path below the language's home page, e.g. "countries/viet-nam/"
        page = model.objects.live().filter(locale__language_code="en").order_by("path").first()
        return page.url_path.split("/", 2)[2]

    with django_db_blocker.unblock():
        load_demo()
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
    return results


@pytest.mark.parametrize(("name", "lang"), CASES, ids=[f"{n}-{lang}" for n, lang in CASES])
def test_no_wcag_violations(axe_results, name, lang):
    path, status, violations = axe_results[name, lang]
    assert status == (404 if name == "404" else 200), path
    assert not violations, f"{path}\n{describe(violations)}"
