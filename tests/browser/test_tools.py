"""The reader tools in a real browser: a Khmer reader downloads Cambodia's brief
as a PDF, a Vietnamese reader completes the self-assessment with the keyboard
alone and prints the result, the ODA atlas works without JavaScript and on a
phone, and axe finds nothing on any of the three tools in English and Khmer.

Every test that uses live_server runs on pytest-django's transactional_db, which
empties the database after it, so the demo is loaded once for the module and
every visit is made in one module-scoped pass (as in test_accessibility.py); each
visit is then its own test, and a visit that failed fails only its own test.
"""

import io
import traceback
from pathlib import Path

import pytest

from tests.browser.conftest import AXE, describe, run_axe
from tests.conftest import need_service

pytestmark = [pytest.mark.browser]

TOOLS = {
    "brief": "/{lang}/countries/kh/brief/",
    "self-assessment": "/{lang}/self-assessment/",
    "self-assessment result": None,  # the form's answers, redirected to a signed token
    "oda atlas": "/{lang}/oda/",
}
AXE_CASES = [(name, lang) for name in TOOLS for lang in ("en", "km")]
NARROW_CASES = [("oda atlas", "en"), ("oda atlas", "km"), ("brief", "km")]
# The Vietnamese reader's answers, by the question's place in the form.
LEVELS = ["none", "planned", "partial", "full"]

FOCUS = """() => {
    const el = document.activeElement;
    return {tag: el.tagName.toLowerCase(), name: el.name || '', type: el.type || '',
            value: el.value || '', checked: !!el.checked,
            print: el.hasAttribute('data-print'),
            form: el.form ? el.form.getAttribute('class') || '' : '',
            text: (el.innerText || '').trim().slice(0, 40)};
}"""


class Failed:
    def __init__(self, trace: str):
        self.trace = trace


def attempt(flow, *args):
    """Run one visit; an error is kept for its test to report, not raised here."""
    try:
        return flow(*args)
    except Exception:  # noqa: BLE001  (reported by the visit's own test)
        return Failed(traceback.format_exc())


def outcome(visits, key):
    value = visits[key]
    if isinstance(value, Failed):
        pytest.fail(f"{key}:\n{value.trace}", pytrace=False)
    return value


@pytest.fixture(scope="module")
def tools_demo(django_db_setup, django_db_blocker):
    """The demo site, loaded once for the module and flushed after it."""
    from django.core.management import call_command

    from content.data.names import country_name
    from content.tools.assessment import load_questionnaire
    from tests.demo import load_demo

    with django_db_blocker.unblock():
        load_demo()
        questionnaire = load_questionnaire("vi")
        yield {
            "khmer name": country_name("KH", "km"),
            "codes": list(questionnaire.question_codes),
            "levels": list(questionnaire.level_codes),
            "modules": {m.code: [q.code for q in m.questions] for m in questionnaire.modules},
            "level scores": {level.code: level.score for level in questionnaire.levels},
        }
        call_command("flush", interactive=False, verbosity=0)


def result_path(lang: str, codes: list[str]) -> str:
    answers = "&".join(f"a.{code}={LEVELS[i % 4]}" for i, code in enumerate(codes))
    return f"/{lang}/self-assessment/result/?country=kh&{answers}&n.{codes[0]}=Pilot+in+2025"


def khmer_reader_downloads_the_brief(browser, base: str) -> dict:
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, locale="km-KH", accept_downloads=True
    )
    page = context.new_page()
    try:
        response = page.goto(f"{base}/km/countries/kh/brief/")
        heading = page.locator("h1").inner_text()
        link = page.locator('a[href="?format=pdf"]')
        with page.expect_download() as event:
            link.click()
        download = event.value
        data = Path(download.path()).read_bytes()
        return {
            "status": response.status,
            "lang": page.locator("html").get_attribute("lang"),
            "heading": heading,
            "link": link.inner_text(),
            "filename": download.suggested_filename,
            "url": download.url,
            "pdf": data,
        }
    finally:
        context.close()


def vietnamese_reader_answers_with_the_keyboard(browser, base: str, codes: list[str]) -> dict:
    """Tab, Space, the arrows and Enter only: the country with the arrows, each
    question's level with Space and the arrows, the form sent with Enter, then
    the print button pressed with Enter."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    context.add_init_script(
        "window.print = () => { window.__printed = (window.__printed || 0) + 1; };"
    )
    page = context.new_page()
    keys, given = [], {}

    def press(key, navigates=False):
        keys.append(key)
        page.keyboard.press(key)
        return None if navigates else page.evaluate(FOCUS)

    try:
        page.goto(f"{base}/vi/self-assessment/")
        for _ in range(len(codes) * 3 + 80):
            state = press("Tab")
            if state["tag"] == "select" and state["name"] == "country":
                for _ in range(60):
                    if state["value"] == "vn":
                        break
                    state = press("ArrowDown")
                assert state["value"] == "vn", state
            elif state["type"] == "radio" and state["name"][2:] not in given:
                code = state["name"][2:]
                level = LEVELS[codes.index(code) % 4]
                state = press("Space")  # the first level, "none"
                while state["value"] != level:
                    state = press("ArrowRight")
                    assert state["name"] == f"a.{code}", state  # still in the same group
                given[code] = level
            elif state["type"] == "submit" and "assessment-form" in state["form"]:
                break
        else:
            raise AssertionError(f"the submit button was not reached: {given}")
        with page.expect_navigation(url="**/vi/self-assessment/result/?s=*"):
            press("Enter", navigates=True)
        page.wait_for_load_state()
        token = page.evaluate("new URL(location.href).searchParams.get('s')")
        scores = page.eval_on_selector_all(
            "td[data-module]", "cells => cells.map(c => [c.dataset.module, c.innerText.trim()])"
        )
        print_button = page.locator("button[data-print]")
        button_shown = print_button.is_visible()
        printed = None
        for _ in range(80):
            if press("Tab")["print"]:
                press("Enter")
                printed = page.evaluate("window.__printed || 0")
                break
        screen_nav = page.locator(".site-header").is_visible()
        page.emulate_media(media="print")
        on_paper = page.evaluate(
            """() => ({
                navs: [...document.querySelectorAll('nav, .site-header, .site-footer')]
                    .filter(el => el.getClientRects().length > 0).length,
                actions: document.querySelector('.assessment-actions').getClientRects().length,
                scores: document.querySelector('.assessment-scores').getClientRects().length,
                link: getComputedStyle(document.querySelector('.print-only')).display,
                sheet: [...document.querySelectorAll('link[rel=stylesheet][media=print]')]
                    .map(l => l.getAttribute('href')),
            })"""
        )
        return {
            "keys": set(keys),
            "given": given,
            "token": token,
            "scores": dict(scores),
            "button shown": button_shown,
            "printed": printed,
            "nav on screen": screen_nav,
            "print": on_paper,
            "lang": page.locator("html").get_attribute("lang"),
        }
    finally:
        context.close()


def atlas_without_javascript(browser, base: str) -> dict:
    found = {}
    for width in (1280, 375):
        context = browser.new_context(
            viewport={"width": width, "height": 900}, java_script_enabled=False
        )
        page = context.new_page()
        try:
            page.goto(f"{base}/km/oda/")
            map_box = page.locator(".atlas__map svg").bounding_box()
            table = page.locator(".atlas__table")
            found[width] = {
                "map": map_box,
                "table": table.bounding_box(),
                "table visible": table.is_visible(),
                "rows": page.eval_on_selector_all(
                    ".atlas__table tbody tr",
                    "rows => rows.map(r => [r.querySelector('td').dataset.atlasCountry,"
                    " Number(r.querySelector('td').innerText), r.querySelector('a').href])",
                ),
                "shaded": page.eval_on_selector_all(
                    ".atlas__map path",
                    "paths => Object.fromEntries("
                    "paths.map(p => [p.dataset.country, Number(p.dataset.count)]))",
                ),
                "overflow": page.evaluate("document.documentElement.scrollWidth - innerWidth"),
                "programme links": page.locator(".listing a[href*='/oda/']").count(),
            }
        finally:
            context.close()
    return found


def axe_pass(browser, base: str, codes: list[str]) -> dict:
    results = {}
    for width, cases in ((1280, AXE_CASES), (375, NARROW_CASES)):
        context = browser.new_context(viewport={"width": width, "height": 900})
        page = context.new_page()
        try:
            for name, lang in cases:
                path = (
                    result_path(lang, codes)
                    if TOOLS[name] is None
                    else TOOLS[name].format(lang=lang)
                )
                response = page.goto(base + path)
                overflow = page.evaluate("document.documentElement.scrollWidth - innerWidth")
                results[name, lang, width] = (page.url, response.status, run_axe(page), overflow)
        finally:
            context.close()
    return results


@pytest.fixture(scope="module")
def visits(tools_demo, browser, live_server, django_db_blocker):
    if not AXE.exists():
        need_service("node_modules/axe-core is missing: run `npm ci` (make install)")
    base, codes = live_server.url, tools_demo["codes"]
    with django_db_blocker.unblock():
        return {
            "demo": tools_demo,
            "brief pdf": attempt(khmer_reader_downloads_the_brief, browser, base),
            "keyboard": attempt(vietnamese_reader_answers_with_the_keyboard, browser, base, codes),
            "atlas without javascript": attempt(atlas_without_javascript, browser, base),
            "axe": attempt(axe_pass, browser, base, codes),
        }


def test_khmer_reader_downloads_cambodias_brief_as_pdf(visits):
    from pypdf import PdfReader

    khmer = visits["demo"]["khmer name"]
    seen = outcome(visits, "brief pdf")
    assert seen["status"] == 200 and seen["lang"] == "km"
    assert khmer in seen["heading"]
    assert seen["link"] and "PDF" in seen["link"]
    assert seen["url"].endswith("/km/countries/kh/brief/?format=pdf")
    assert seen["filename"] == "brief-kh-km.pdf"
    assert seen["pdf"].startswith(b"%PDF")
    reader = PdfReader(io.BytesIO(seen["pdf"]))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    assert khmer in text, text[:500]


def test_vietnamese_reader_completes_the_self_assessment_with_the_keyboard(visits):
    from content.tools.answers import loads

    demo = visits["demo"]
    seen = outcome(visits, "keyboard")
    assert seen["keys"] <= {"Tab", "Space", "ArrowDown", "ArrowRight", "Enter"}
    assert set(seen["given"]) == set(demo["codes"])  # every question was answered
    assert seen["lang"] == "vi"
    state = loads(seen["token"], set(demo["codes"]), demo["levels"])
    assert state.country == "VN"
    assert {code: state.level(code) for code in demo["codes"]} == seen["given"]
    # Each module's score on the page is the mean of the levels given to its questions.
    points = demo["level scores"]
    expected = {
        module: f"{round(sum(points[seen['given'][q]] for q in questions) / len(questions))}"
        f" ({len(questions)}/{len(questions)})"
        for module, questions in demo["modules"].items()
    }
    assert seen["scores"] == expected


def test_the_result_prints_without_the_navigation(visits):
    seen = outcome(visits, "keyboard")
    assert seen["button shown"] and seen["printed"] == 1  # reached by Tab, pressed with Enter
    assert seen["nav on screen"]
    on_paper = seen["print"]
    assert any(href.endswith("assessment_print.css") for href in on_paper["sheet"])
    assert on_paper["navs"] == 0 and on_paper["actions"] == 0
    assert on_paper["scores"] > 0 and on_paper["link"] == "block"


def test_the_atlas_works_without_javascript_beside_and_below_the_map(visits):
    seen = outcome(visits, "atlas without javascript")
    wide, narrow = seen[1280], seen[375]
    assert wide["table visible"] and wide["rows"] and wide["programme links"]
    for code, count, href in wide["rows"]:  # the table gives the map's numbers
        assert wide["shaded"][code] == count > 0, code
        assert href.endswith(f"/km/oda/?country={code}")
    assert sum(wide["shaded"].values()) == sum(count for _c, count, _h in wide["rows"])
    assert wide["table"]["x"] >= wide["map"]["x"] + wide["map"]["width"]  # beside the map
    assert narrow["table visible"] and narrow["rows"] == wide["rows"]
    assert narrow["table"]["y"] >= narrow["map"]["y"] + narrow["map"]["height"]  # below it
    assert narrow["overflow"] <= 0 and narrow["map"]["width"] <= 375


@pytest.mark.parametrize(("name", "lang"), AXE_CASES, ids=[f"{n}-{lang}" for n, lang in AXE_CASES])
def test_no_wcag_violations_on_the_tools(visits, name, lang):
    url, status, violations, _overflow = outcome(visits, "axe")[name, lang, 1280]
    assert status == 200, url
    if name == "self-assessment result":
        assert "/self-assessment/result/?s=" in url  # the signed token's page was scanned
    assert not violations, f"{url}\n{describe(violations)}"


@pytest.mark.parametrize(
    ("name", "lang"), NARROW_CASES, ids=[f"{n}-{lang}-375px" for n, lang in NARROW_CASES]
)
def test_no_wcag_violations_or_overflow_at_375px(visits, name, lang):
    url, status, violations, overflow = outcome(visits, "axe")[name, lang, 375]
    assert status == 200, url
    assert not violations, f"{url} at 375px\n{describe(violations)}"
    assert overflow <= 0, f"{url} scrolls sideways by {overflow}px at 375px"
