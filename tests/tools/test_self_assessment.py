"""The readiness self-assessment: answers give module scores beside the peers'
data, the address is the whole state, hostile input gets a clear 400, and
nothing a visitor answers is ever written to the database."""

import io
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook
from wagtail.models import Locale

from content.comparison import scoring
from content.tools.answers import MAX_NOTE, Answer, State, dumps, loads
from content.tools.assessment import (
    Level,
    Module,
    Question,
    Questionnaire,
    peer_module_scores,
    score_modules,
)
from content.tools.models import AssessmentLevel, AssessmentModule, AssessmentQuestion

pytestmark = pytest.mark.django_db

RESULT = "/en/self-assessment/result/"
LEVELS = [("none", "None", 0), ("planned", "Planned", 33), ("partial", "Partial", 67)]
LEVELS += [("full", "Full", 100)]


@pytest.fixture
def questionnaire(small_world):
    """Three modules over small_world's indicators, and one no indicator measures."""
    en = Locale.get_default()
    for code, label, score in LEVELS:
        AssessmentLevel.objects.create(code=code, label=label, score=score, locale=en)
    modules = {}
    for order, (code, name, indicators) in enumerate(
        [
            ("e-bidding", "E-bidding", "ep-etender|ep-share"),
            ("speed", "Speed of award", "award-days"),
            ("integration", "Integration", ""),
        ]
    ):
        modules[code] = AssessmentModule.objects.create(
            code=code,
            name=name,
            koneps=f"In KONEPS, {name} is full.",
            next_steps=f"Next for {name}.",
            indicators=indicators,
            sort_order=order,
            locale=en,
        )
    for order, (module, code) in enumerate(
        [("e-bidding", "eb-1"), ("e-bidding", "eb-2"), ("speed", "sp-1"), ("integration", "in-1")]
    ):
        AssessmentQuestion.objects.create(
            module=modules[module], code=code, text=f"Question {code}?", sort_order=order, locale=en
        )
    return modules


ANSWERS = {
    "a.eb-1": "full",
    "a.eb-2": "none",
    "a.sp-1": "partial",
    "n.sp-1": "Pilot in 3 ministries",
}


def result_html(client, query: dict, lang="en") -> str:
    response = client.get(f"/{lang}/self-assessment/result/", query, follow=True)
    assert response.status_code == 200, response.content[:300]
    return response.content.decode()


def cell(html, attribute, module):
    match = re.search(rf'data-{attribute}="{module}">(.*?)</td>', html, re.S)
    assert match, f"no {attribute} cell for {module}"
    return re.sub(r"<[^>]+>", "", match.group(1)).split()[0]


# Scores


def test_module_scores_are_the_mean_of_the_answered_questions():
    levels = [Level(code, label, score) for code, label, score in LEVELS]
    modules = [
        Module(
            "a", "A", "", "", [], "", [Question("a1", ""), Question("a2", ""), Question("a3", "")]
        ),
        Module("b", "B", "", "", [], "", [Question("b1", "")]),
    ]
    state = State({"a1": Answer("full"), "a2": Answer("planned"), "a3": Answer("", "only a note")})
    scores = score_modules(Questionnaire(modules, levels, False), state)
    assert (scores["a"].score, scores["a"].answered, scores["a"].total) == (66.5, 2, 3)
    assert (scores["b"].score, scores["b"].answered, scores["b"].total) == (None, 0, 1)


def test_peer_module_scores_normalise_each_indicator_across_countries():
    specs = [
        scoring.IndicatorSpec("yes-no", "p", "boolean"),
        scoring.IndicatorSpec("days", "p", "number", "lower"),
        scoring.IndicatorSpec(
            "stage", "p", "category", "higher", ("Full", "Partial", "Planned", "None")
        ),
    ]
    obs = [
        scoring.Observation("KR", "yes-no", 2024, "yes", 1),
        scoring.Observation("VN", "yes-no", 2024, "no", 0),
        scoring.Observation("KR", "days", 2024, "10", 10),
        scoring.Observation("VN", "days", 2023, "50", 50),
        scoring.Observation("VN", "days", 2024, "30", 30),  # the latest counts
        scoring.Observation("KH", "stage", 2024, "Planned", None),
    ]
    scores = peer_module_scores(
        specs, obs, {"m": ["yes-no", "days"], "s": ["stage"]}, ["KR", "VN", "KH"]
    )
    assert scores["KR"] == {"m": 100.0, "s": None}
    assert scores["VN"] == {"m": 0.0, "s": None}
    assert scores["KH"]["m"] is None and round(scores["KH"]["s"]) == 33


def test_a_module_over_a_whole_pillar_scores_as_the_comparison_scores_it(questionnaire):
    """The self-assessment scores peers with the comparison's own scoring: a module
    naming exactly a pillar's indicators gets that pillar's score on the compare tool."""
    from content.comparison.params import CompareParams
    from content.comparison.service import build_comparison
    from content.tools.assessment import load_peers, load_questionnaire

    peers = load_peers(load_questionnaire("en"))
    comparison = build_comparison(CompareParams(countries=["KR", "VN", "KH"]), "en")
    pillar_of = {"e-bidding": "digital", "speed": "speed"}
    for module, pillar in pillar_of.items():
        row = next(r for r in comparison.score_rows if r.code == pillar)
        for cell in row.cells:
            assert peers.scores[cell.column.code][module] == cell.score, (module, cell.column.code)


def test_the_result_shows_each_modules_score_beside_the_peers_and_korea(client, questionnaire):
    html = result_html(client, ANSWERS)
    assert cell(html, "module", "e-bidding") == "50"  # (full 100 + none 0) / 2
    assert cell(html, "module", "speed") == "67"
    assert cell(html, "module", "integration") == "not"  # not answered
    # Peers (every country but Korea): e-bidding VN (100 + 0) / 2 = 50, KH 0 -> 25
    assert cell(html, "peers", "e-bidding") == "25"
    assert cell(html, "peers", "speed") == "0"  # Viet Nam the slower of two
    assert cell(html, "korea", "e-bidding") == "100"
    assert "No indicator of the framework measures this module yet." in html
    assert "In KONEPS, E-bidding is full." in html
    assert "Next for Speed of award." in html
    assert "Pilot in 3 ministries" in html
    assert "Sample data." in html  # Viet Nam's share online is sample data


def test_naming_a_country_compares_with_its_region_and_its_own_data(client, questionnaire):
    html = result_html(client, {**ANSWERS, "country": "vn"})
    assert cell(html, "peers", "e-bidding") == "0"  # Cambodia alone in the region
    assert "Viet Nam" in html or "Vietnam" in html
    assert re.search(r"<td>50</td>", html)  # Viet Nam's own data for e-bidding


def test_the_questionnaire_reads_in_the_readers_language_marked_draft(client, questionnaire):
    km = Locale.objects.get(language_code="km")
    module = questionnaire["e-bidding"]
    translated = module.copy_for_translation(km)
    translated.name = "ការដេញថ្លៃតាមអេឡិចត្រូនិក"
    translated.save()
    html = client.get("/km/self-assessment/").content.decode()
    assert "ការដេញថ្លៃតាមអេឡិចត្រូនិក" in html
    assert "Speed of award" in html  # untranslated rows stand in English
    assert "notice--draft" in html


# The address is the whole state


def test_the_form_is_sent_on_to_one_signed_address_that_fills_the_form_again(client, questionnaire):
    response = client.get(RESULT, ANSWERS)
    assert response.status_code == 302
    query = parse_qs(urlsplit(response["Location"]).query)
    assert list(query) == ["s"]
    token = query["s"][0]
    again = client.get(response["Location"])
    assert again.status_code == 200
    form = client.get("/en/self-assessment/", {"s": token}).content.decode()
    assert re.search(r'name="a.eb-1" value="full" checked', form)
    assert re.search(r'name="a.eb-2" value="none" checked', form)
    assert re.search(r'name="a.sp-1" value="partial" checked', form)
    assert not re.search(r'name="a.in-1" value="\w+" checked', form)
    assert ">Pilot in 3 ministries</textarea>" in form


def test_the_token_round_trips_the_state(questionnaire):
    state = State(
        {"eb-1": Answer("full", "ສົ່ງອອນລາຍ"), "sp-1": Answer("", "note only")}, country="KH"
    )
    codes, levels = {"eb-1", "eb-2", "sp-1", "in-1"}, ["none", "planned", "partial", "full"]
    assert loads(dumps(state), codes, levels) == state


def test_a_link_made_before_the_questionnaire_changed_keeps_the_answers_that_still_fit(
    client, questionnaire
):
    token = dumps(State({"eb-1": Answer("full"), "gone": Answer("full")}))
    html = client.get(RESULT, {"s": token}).content.decode()
    assert cell(html, "module", "e-bidding") == "100"


# Hostile input: a clear 400, never a 500


def too_many_fields():
    return "&".join(f"x{i}=1" for i in range(1100))


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"s": "not-a-token"}, "damaged or was not made by this site"),
        ({"s": dumps(State({"eb-1": Answer("full")}))[:-3] + "abc"}, "damaged"),
        ({"s": "x" * 9000}, "damaged"),
        ({"a.eb-1": "maybe"}, "“maybe” is not a level of the self-assessment"),
        ({"a.eb-1": "<script>"}, "is not a level"),
        ({"a.nope": "full"}, "“nope” is not a question of the self-assessment"),
        ({"a.eb-1": ["full", "none"]}, "answered more than once"),
        ({"a.eb-1": "full", "n.eb-1": "x" * (MAX_NOTE + 1)}, f"longer than {MAX_NOTE} characters"),
        ({"a.eb-1": "full", "country": "Viet Nam"}, "is not a country code"),
        ({"a.eb-1": "full", "country": "zz"}, "No country has the code “ZZ”."),
        ({"a.eb-1": "full", "format": "pdf"}, "use html, csv or xlsx"),
        ({"n.eb-1": "y" * 17000}, "too long for a link"),
    ],
)
def test_hostile_input_gets_a_clear_400(client, questionnaire, query, message):
    response = client.get(RESULT, query)
    assert response.status_code == 400
    assert message in response.content.decode()


def test_a_token_signed_for_something_else_is_refused(client, questionnaire):
    from django.core import signing

    forged = signing.dumps({"a": {"eb-1": ["full", ""]}}, salt="other", compress=True)
    response = client.get(RESULT, {"s": forged})
    assert response.status_code == 400


def test_a_flood_of_fields_gets_a_clear_400(client, questionnaire):
    for path in (RESULT, "/en/self-assessment/"):
        response = client.get(f"{path}?{too_many_fields()}")
        assert response.status_code == 400
        assert "more fields than it has questions" in response.content.decode()


def test_a_well_formed_token_with_the_wrong_shape_is_refused(client, questionnaire):
    from django.core import signing

    for payload in ([1, 2], {"a": ["eb-1"]}, {"a": {"eb-1": "full"}}, {"a": {}, "c": 5}):
        token = signing.dumps(payload, salt="atlas.self-assessment", compress=True)
        assert client.get(RESULT, {"s": token}).status_code == 400, payload


# Nothing is stored


def test_nothing_is_written_to_the_database(client, questionnaire):
    with CaptureQueriesContext(connection) as queries:
        client.get("/en/self-assessment/")
        token_url = client.get(RESULT, {**ANSWERS, "country": "kh"})["Location"]
        assert client.get(token_url).status_code == 200
        assert client.get(token_url + "&format=csv").status_code == 200
        assert client.get(token_url + "&format=xlsx").status_code == 200
        assert client.get(RESULT, {"a.eb-1": "maybe"}).status_code == 400
    writes = [
        q["sql"]
        for q in queries.captured_queries
        if re.match(r"\s*(INSERT|UPDATE|DELETE|REPLACE)\b", q["sql"], re.I)
    ]
    assert writes == []
    assert not client.cookies  # no session, no CSRF cookie: nothing about the visitor


def test_the_result_runs_a_fixed_number_of_queries(
    client, questionnaire, django_assert_max_num_queries
):
    token = dumps(State({"eb-1": Answer("full")}))
    with django_assert_max_num_queries(12):
        client.get(RESULT, {"s": token})
    for i in range(6):  # more questions, modules and levels do not add queries
        module = AssessmentModule.objects.create(
            code=f"extra-{i}",
            name=f"Extra {i}",
            koneps="k",
            next_steps="n",
            indicators="ep-share",
            locale=Locale.get_default(),
        )
        AssessmentQuestion.objects.create(
            module=module, code=f"x-{i}", text="?", locale=module.locale
        )
    with django_assert_max_num_queries(12):
        client.get(RESULT, {"s": token})


# Exports


def test_csv_export_holds_the_answers_and_keeps_formulas_as_text(client, questionnaire):
    token_url = client.get(RESULT, {**ANSWERS, "n.eb-2": '=HYPERLINK("http://x")'})["Location"]
    response = client.get(token_url + "&format=csv")
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    text = response.content.decode("utf-8-sig")
    lines = text.splitlines()
    assert lines[0].startswith("Module code,Module,Question code,Question,Level code,Level,Note")
    assert "e-bidding,E-bidding,eb-1,Question eb-1?,full,Full," in text
    assert "speed,Speed of award,sp-1,Question sp-1?,partial,Partial,Pilot in 3 ministries" in text
    assert "'=HYPERLINK" in text
    assert len(lines) == 5  # the header and every question, answered or not


def test_xlsx_export_has_the_answers_and_the_module_scores(client, questionnaire):
    token_url = client.get(RESULT, ANSWERS)["Location"]
    response = client.get(token_url + "&format=xlsx")
    book = load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["Answers", "Module scores"]
    scores = {row[0]: row for row in book["Module scores"].iter_rows(min_row=2, values_only=True)}
    assert scores["e-bidding"][2:] == (50, "2/2", 25, 2, 100)
    assert scores["integration"][2] is None


def test_the_form_asks_every_question_with_every_level(client, questionnaire):
    html = client.get("/en/self-assessment/").content.decode()
    assert html.count('type="radio"') == 4 * 4
    assert 'action="/en/self-assessment/result/"' in html
    assert "Question in-1?" in html
