"""The reader tools over the demo content, loaded once for the module inside a
transaction rolled back at the end: every country's brief in every locale."""

import pytest
from django.conf import settings
from django.db import transaction

from content.data.models import Country
from content.demo.loader import load_demo
from content.pages.models import CountryProfilePage


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        load_demo()
        yield
        transaction.set_rollback(True)


pytestmark = pytest.mark.usefixtures("demo")
LANGUAGES = [code for code, _name in settings.LANGUAGES]


def codes():
    return sorted(Country.objects.filter(locale__language_code="en").values_list("code", flat=True))


def assert_renders(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    html = response.content.decode()
    assert "INVALID_TEMPLATE_VARIABLE" not in html, url
    return html


def test_every_countrys_brief_renders(client, db):
    for code in codes():
        assert_renders(client, f"/en/countries/{code.lower()}/brief/")


@pytest.mark.parametrize("language", LANGUAGES)
def test_cambodias_brief_renders_in_every_locale_with_its_programmes(client, db, language):
    html = assert_renders(client, f"/{language}/countries/kh/brief/")
    assert f'lang="{language}"' in html
    assert 'id="brief-related"' in html


def test_profile_links_its_brief(client, db):
    page = CountryProfilePage.objects.get(locale__language_code="en", country__code="VN")
    assert 'href="/en/countries/vn/brief/"' in assert_renders(client, page.url)


def test_the_demo_questionnaire_covers_the_eight_modules_in_every_locale():
    from content.demo.assessment import LANGS
    from content.tools.models import AssessmentLevel, AssessmentModule, AssessmentQuestion

    assert set(LANGS) == set(LANGUAGES)
    for model, count in ((AssessmentModule, 8), (AssessmentQuestion, 24), (AssessmentLevel, 4)):
        for language in LANGUAGES:
            rows = model.objects.filter(locale__language_code=language)
            assert rows.count() == count, (model, language)
            if language != "en":  # machine-made: drafts until a reader reviews them
                assert all(r.is_draft_translation for r in rows), (model, language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_self_assessment_asks_and_answers_in_every_locale(client, db, language):
    from content.tools.models import AssessmentModule, AssessmentQuestion

    html = assert_renders(client, f"/{language}/self-assessment/")
    module = AssessmentModule.objects.get(code="e-bidding", locale__language_code=language)
    assert module.name in html
    answers = {
        f"a.{code}": "full"
        for code in AssessmentQuestion.objects.filter(locale__language_code="en").values_list(
            "code", flat=True
        )
    }
    response = client.get(f"/{language}/self-assessment/result/", {**answers, "country": "kh"})
    assert response.status_code == 302
    html = assert_renders(client, response["Location"])
    assert f'lang="{language}"' in html
    assert module.koneps in html
    assert 'data-module="e-bidding"><strong>100</strong>' in html
    assert 'href="/' in html and "/guides/" in html  # the modules' guides
