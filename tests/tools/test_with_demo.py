"""The reader tools over the demo content, loaded once for the module inside a
transaction rolled back at the end: every country's brief in every locale."""

import re

import pytest
from django.conf import settings
from django.db import transaction

from content.data.models import Country
from content.pages.models import CountryProfilePage
from tests.demo import load_demo


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


@pytest.mark.parametrize("language", LANGUAGES)
def test_cambodias_pdf_brief_is_one_page_and_every_fact_cites_a_listed_source(client, db, language):
    import io

    from pypdf import PdfReader

    from search.extract import extract_text

    response = client.get(f"/{language}/countries/kh/brief/?format=pdf")
    assert response.status_code == 200
    assert len(PdfReader(io.BytesIO(response.content)).pages) == 1
    text = extract_text(response.content, "brief.pdf")
    cited = {int(n) for n in re.findall(r"\((?:19|20)\d\d\)[^\[\n]*\[(\d+)\]", text)}
    listed = {int(n) for n in re.findall(r"^\[(\d+)\] \S", text, re.M)}
    assert len(cited) >= 1 and cited <= listed, (cited, listed)


@pytest.mark.parametrize("language", ["en", "km", "th"])
def test_koreas_brief_fits_one_page_and_sets_the_hangul_in_its_sources(client, db, language):
    """Korea's brief cites the most sources, two of them with Korean names, which the
    Latin, Khmer and Thai faces have no glyphs for."""
    import io

    from pypdf import PdfReader

    from search.extract import extract_text

    response = client.get(f"/{language}/countries/kr/brief/?format=pdf")
    assert len(PdfReader(io.BytesIO(response.content)).pages) == 1
    text = extract_text(response.content, "brief.pdf")
    assert "나라장터" in text
    assert "[8]" in text


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


# The ODA programme atlas on the ODA index page


def atlas_counts(html) -> dict[str, int]:
    return {c: int(n) for c, n in re.findall(r'data-atlas-country="(\w+)">(\d+)<', html)}


def published_counts(*conditions, **filters) -> dict[str, int]:
    from content.pages.models import ODAProgrammePage

    counts: dict[str, int] = {}
    programmes = ODAProgrammePage.objects.live().filter(
        *conditions, locale__language_code="en", **filters
    )
    for programme in programmes.prefetch_related("countries__country"):
        for code in {link.country.code.lower() for link in programme.countries.all()}:
            counts[code] = counts.get(code, 0) + 1
    return counts


def test_the_atlas_counts_the_published_programmes_of_each_country(client, db):
    html = assert_renders(client, "/en/oda/")
    expected = published_counts()
    assert expected and atlas_counts(html) == expected
    for code, count in expected.items():  # the map shades the same numbers
        assert f'data-country="{code}" data-count="{count}"' in html
    assert 'class="atlas-shade-0" data-country="cn" data-count="0"' in html
    years = dict(re.findall(r'data-year="(\d+)" data-count="(\d+)"', html))
    assert years and max(int(n) for n in years.values()) >= 1


@pytest.mark.parametrize("language", ["km", "th", "ko"])
def test_the_atlas_names_countries_in_the_readers_language(client, db, language):
    from content.data.names import country_name

    html = assert_renders(client, f"/{language}/oda/")
    assert country_name("KH", language) in html
    assert atlas_counts(html) == published_counts()


def test_the_atlas_filters_narrow_the_map_and_the_table(client, db):
    import datetime

    from django.db.models import Q

    everything = atlas_counts(assert_renders(client, "/en/oda/"))
    by_country = atlas_counts(assert_renders(client, "/en/oda/?country=kh"))
    assert by_country["kh"] == everything["kh"]
    assert sum(by_country.values()) < sum(everything.values())
    this_year = datetime.date.today().year
    running = Q(end_year__isnull=True) | Q(end_year__gte=this_year)
    assert atlas_counts(assert_renders(client, "/en/oda/?type=running")) == published_counts(
        running
    )
    assert atlas_counts(assert_renders(client, "/en/oda/?type=completed")) == published_counts(
        end_year__lt=this_year
    )
    topic = atlas_counts(assert_renders(client, "/en/oda/?topic=e-procurement"))
    assert topic == published_counts(topics__topic__slug="e-procurement")
    assert sum(topic.values()) < sum(everything.values())


def test_a_short_timeline_labels_every_year_and_shows_each_count(client, db):
    """A reader who sees the bars reads each year and its number, not only the
    first, the last and every fifth."""
    html = assert_renders(client, "/en/oda/")
    bars = re.findall(
        r'<li data-year="(\d+)" data-count="(\d+)"><span class="atlas__count"[^>]*>(\d+)</span>'
        r'.*?<span class="atlas__year([^"]*)"[^>]*>(\d+)</span>',
        html,
    )
    assert 1 < len(bars) <= 10, "the demo's programmes span a short run of years"
    for year, count, shown_count, classes, label in bars:
        assert shown_count == count and label == year
        assert "atlas__year--shown" in classes, year
