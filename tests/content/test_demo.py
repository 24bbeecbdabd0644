"""The demo loads idempotently, and every page type renders in en and ko.

The demo is loaded once for the module inside a transaction that is rolled
back at the end (each test runs in a savepoint within it).
"""

import datetime

import pytest
from django.conf import settings
from django.db import transaction
from wagtail.documents.models import Document
from wagtail.models import Locale

from content.data.models import GlossaryTerm, IndicatorValue
from content.demo.translations import GUIDES, HOME
from content.pages.models import (
    CountryIndexPage,
    CountryProfilePage,
    EventIndexPage,
    EventPage,
    GlossaryPage,
    GuideLibraryPage,
    GuidePage,
    NewsIndexPage,
    NewsPage,
    ODAProgrammeIndexPage,
    ODAProgrammePage,
    PolicyDocumentIndexPage,
    PolicyDocumentPage,
)
from tests.demo import load_demo


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        first = load_demo()
        second = load_demo()
        yield first, second
        transaction.set_rollback(True)


pytestmark = pytest.mark.usefixtures("demo")

DETAIL_TYPES = [
    CountryProfilePage,
    PolicyDocumentPage,
    ODAProgrammePage,
    GuidePage,
    EventPage,
    NewsPage,
]
INDEX_TYPES = [
    CountryIndexPage,
    PolicyDocumentIndexPage,
    ODAProgrammeIndexPage,
    GuideLibraryPage,
    EventIndexPage,
    NewsIndexPage,
    GlossaryPage,
]


def assert_renders(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    html = response.content.decode()
    assert "INVALID_TEMPLATE_VARIABLE" not in html, url
    return html


def test_load_demo_twice_gives_the_same_counts(demo, db):
    first, second = demo
    assert first == second
    assert first["countries"] >= 14 and first["indicators"] >= 40
    assert first["policy documents"] >= 30 and first["guides"] >= 10
    assert first["ODA programmes"] >= 5 and first["events"] >= 5
    assert GlossaryTerm.objects.filter(locale__language_code="en").count() >= 60


def test_demo_translates_the_home_page_in_every_locale(client, db):
    """After the second load (idempotent) too."""
    for code, (title, _intro) in HOME.items():
        assert f'<h1 id="home-title">{title}</h1>' in assert_renders(client, f"/{code}/")
    assert '<h1 id="home-title">Procurement Atlas</h1>' in assert_renders(client, "/en/")
    # Country profiles and the main guides in Korean and Vietnamese, live, no notice.
    for url, title in (
        ("/ko/countries/vn/", "베트남"),
        ("/vi/countries/kh/", "Campuchia"),
        *((f"/{c}/guides/{slug}/", t[c][0]) for slug, t in GUIDES.items() for c in ("ko", "vi")),
    ):
        html = assert_renders(client, url)
        assert f"<h1>{title}</h1>" in html and "notice--fallback" not in html, url


def test_every_country_has_values_for_every_indicator_in_two_years(db):
    per_country = IndicatorValue.objects.values_list("country__code", "indicator__code", "year")
    combos = set(per_country)
    countries = {c for c, _, _ in combos}
    indicators = {i for _, i, _ in combos}
    assert len(combos) == len(countries) * len(indicators) * 2
    assert not IndicatorValue.objects.filter(source_title="").exists()


def test_index_pages_translated_into_ko_and_vi(db):
    for model in INDEX_TYPES:
        codes = set(model.objects.values_list("locale__language_code", flat=True))
        assert {"en", "ko", "vi"} <= codes, model


def test_documents_have_real_pdf_files_in_several_languages(db):
    languages = set(PolicyDocumentPage.objects.values_list("files__language", flat=True))
    assert {"en", "ko", "vi"} <= languages
    document = Document.objects.filter(title__contains="한국어").first()
    with document.file.open("rb") as handle:
        assert handle.read(5) == b"%PDF-"
    assert document.file_size > 500


@pytest.mark.parametrize("model", INDEX_TYPES)
@pytest.mark.parametrize("language", ["en", "ko"])
def test_index_pages_render(client, db, model, language):
    page = model.objects.get(locale__language_code=language)
    html = assert_renders(client, page.url)
    assert f'<html lang="{language}"' in html
    assert 'aria-label="Breadcrumb"' in html or "breadcrumbs" in html


@pytest.mark.parametrize("model", DETAIL_TYPES)
def test_detail_pages_render_in_en_and_ko(client, db, model):
    page = model.objects.filter(locale__language_code="en").first()
    html = assert_renders(client, page.url)
    if page.is_sample:
        assert "notice--sample" in html
    ko = Locale.objects.get(language_code="ko")
    translation = page.get_translation_or_none(ko)
    if translation is None:
        translation = page.copy_for_translation(ko, copy_parents=True)
        translation.save_revision().publish()
    assert assert_renders(client, translation.url).startswith("<!DOCTYPE html>")


def test_country_profile_labels_sample_values_one_by_one(client, db):
    page = CountryProfilePage.objects.get(locale__language_code="en", country__code="KR")
    html = assert_renders(client, page.url)
    assert "<caption>" in html and 'scope="row"' in html
    assert 'href="https://www.g2b.go.kr"' in html  # a cited source for a real value
    # Cited facts sit beside invented values: no banner calls the whole page made up,
    # each sample value says so itself.
    assert "notice--sample" not in html
    assert "made up for demonstration" not in html
    assert "<small>(sample)</small>" in html


def test_filters_narrow_the_listing(client, db):
    index = PolicyDocumentIndexPage.objects.get(locale__language_code="en")
    everything = client.get(index.url).context["page_obj"].paginator.count
    laws_vn = client.get(index.url, {"type": "law", "country": "vn"}).context["items"]
    assert 0 < len(laws_vn) < everything
    assert all(item.document_type == "law" for item in laws_vn)
    assert all("VN" in item.country_codes() for item in laws_vn)
    second = client.get(index.url, {"page": 2})
    assert second.context["page_obj"].number == 2


def test_korean_index_falls_back_to_untranslated_english_pages(client, db):
    index = PolicyDocumentIndexPage.objects.get(locale__language_code="ko")
    response = client.get(index.url)
    assert response.context["page_obj"].paginator.count >= 30
    assert "대한민국" in response.content.decode()  # country names in Korean


@pytest.mark.parametrize("model", DETAIL_TYPES)
def test_search_document_contract(db, model):
    page = model.objects.filter(locale__language_code="en").first()
    doc = page.search_document()
    assert set(doc) >= {"title", "summary", "body", "countries", "topics", "date", "attachments"}
    assert isinstance(doc["body"], str) and doc["body"] and "<p>" not in doc["body"]
    assert doc["countries"] and all(len(c) == 2 and c.isupper() for c in doc["countries"])
    assert isinstance(doc["date"], datetime.date)
    assert all(isinstance(a, Document) for a in doc["attachments"])
    assert page.search_type != "page"


def test_search_document_lists_attachments_and_topics(db):
    page = PolicyDocumentPage.objects.get(slug="koneps-case-study", locale__language_code="en")
    doc = page.search_document()
    assert len(doc["attachments"]) == 3
    assert doc["topics"] == ["e-procurement"]
    assert doc["date"] == page.publication_date


def test_glossary_concepts_bridge_languages(db):
    rows = GlossaryTerm.objects.filter(concept="e-procurement")
    terms = {row.locale.language_code: row.term for row in rows}
    assert set(terms) == {code for code, _name in settings.LANGUAGES}
    assert terms["en"] == "e-procurement" and terms["ko"] == "전자조달"
    assert terms["km"] == "លទ្ធកម្មតាមប្រព័ន្ធអេឡិចត្រូនិក"


def test_korean_profile_uses_korean_names(client, db):
    page = CountryProfilePage.objects.get(locale__language_code="ko", country__code="KR")
    html = assert_renders(client, page.url)
    assert "<h1>대한민국</h1>" in html
    assert "전자입찰" in html  # indicator name in Korean
    assert "법·제도 및 정책 체계" in html  # pillar name in Korean


@pytest.mark.parametrize("model", DETAIL_TYPES)
def test_wagtail_localize_translates_each_page_type(
    client, db, model, django_capture_on_commit_callbacks
):
    from wagtail_localize.models import TranslationSource

    th = Locale.objects.get(language_code="th")
    page = model.objects.filter(locale__language_code="en").first()
    # wagtail-localize publishes on commit: run those callbacks, one translation at a time
    # as separate admin requests would.
    for ancestor in page.get_ancestors().filter(depth__gt=2).specific():
        if ancestor.get_translation_or_none(th) is None:
            with django_capture_on_commit_callbacks(execute=True):
                source, _ = TranslationSource.get_or_create_from_instance(ancestor)
                source.create_or_update_translation(th, fallback=True)
    with django_capture_on_commit_callbacks(execute=True):
        source, _ = TranslationSource.get_or_create_from_instance(page)
        translation, _ = source.create_or_update_translation(th, fallback=True)
    translation.refresh_from_db()
    assert translation.locale == th
    assert translation.search_document()["countries"] == page.search_document()["countries"]
    assert_renders(client, translation.url)


# --- facts about real systems (issue 9, item 5) ---


def test_koneps_features_are_cited_facts_not_samples(db):
    for code in ("ep-etender", "ep-econtract", "ep-epayment", "ep-ecatalogue"):
        value = IndicatorValue.objects.get(country__code="KR", indicator__code=code, year=2024)
        assert value.value == "Full", code
        assert not value.is_sample, code
        assert value.source_url.startswith("https://") and value.source_year, code
        assert "sample" not in value.source_title.lower(), code


def test_no_country_with_a_cited_system_has_its_features_at_none(db):
    with_system = IndicatorValue.objects.filter(indicator__code="ep-system", is_sample=False)
    codes = set(with_system.values_list("country__code", flat=True))
    assert {"KR", "VN", "KH", "ID"} <= codes
    features = IndicatorValue.objects.filter(
        country__code__in=codes,
        indicator__code__in=["ep-etender", "ep-econtract", "ep-epayment", "ep-ecatalogue"],
    )
    assert not features.filter(value__in=["None", "Planned"]).exists()


def test_korea_is_not_lowest_on_e_procurement(db):
    from content.comparison.params import CompareParams
    from content.comparison.service import build_comparison

    codes = sorted(
        {c.upper() for c in CountryProfilePage.objects.values_list("country__code", flat=True)}
    )
    comparison = build_comparison(CompareParams(countries=codes), "en")
    row = next(r for r in comparison.score_rows if r.code == "eprocurement")
    scores = {cell.column.code: cell.score for cell in row.cells if cell.score is not None}
    assert scores["KR"] == max(scores.values())


def test_compare_labels_sample_values_without_a_blanket_banner(client, db):
    html = client.get("/en/compare/", {"countries": "kr,vn"}).content.decode()
    assert "badge--sample" in html
    assert "notice--sample" not in html


# --- files in the language they are offered in (issue 9 item 3, issue 11) ---

SCRIPTS = {
    "ko": [(0xAC00, 0xD7A3), (0x1100, 0x11FF), (0x3130, 0x318F)],
    "km": [(0x1780, 0x17FF), (0x19E0, 0x19FF)],
    "th": [(0x0E00, 0x0E7F)],
    "lo": [(0x0E80, 0x0EFF)],
    "mn": [(0x0400, 0x04FF)],
}
VIETNAMESE = set("ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ")
ENGLISH_WORDS = {"the", "and", "of", "to", "is", "for", "with", "from", "in", "on", "a"}
PORTUGUESE_WORDS = {"de", "da", "do", "dos", "das", "que", "para", "um", "uma", "em", "e", "com"}
# Tetum borrows Portuguese nouns but not these function words.
TETUM_WORDS = {"iha", "sira", "ne'ebé", "ne'e", "husi", "ba", "atu"}


def in_language(text: str, language: str) -> bool:
    """Whether the text is written in the language: most letters in its script, or
    for the Latin-script languages, its own marks or words and not English ones."""
    letters = [ch for ch in text if ch.isalpha()]
    if language in SCRIPTS:
        own = sum(any(lo <= ord(ch) <= hi for lo, hi in SCRIPTS[language]) for ch in letters)
        return own / len(letters) > 0.7  # the rest: URLs and names such as KONEPS
    words = [w.strip(".,:;()").lower() for w in text.split()]
    english = sum(w in ENGLISH_WORDS for w in words) / len(words)
    if language == "en":
        ascii_share = sum(ch.isascii() for ch in letters) / len(letters)
        return ascii_share > 0.95 and bool(ENGLISH_WORDS & set(words))
    if language == "vi":
        return sum(ch.lower() in VIETNAMESE for ch in letters) / len(letters) > 0.1
    if language == "id":
        return english < 0.02 and {"dan", "yang"} & set(words)
    # "a" is a Portuguese word too.
    english = sum(w in ENGLISH_WORDS - {"a"} for w in words) / len(words)
    if language == "pt":
        return english < 0.02 and PORTUGUESE_WORDS & set(words) and not TETUM_WORDS & set(words)
    if language == "tet":
        return english < 0.02 and bool(TETUM_WORDS & set(words))
    raise AssertionError(f"no check for {language}")


def offered_files():
    from content.pages.models import (
        EventMaterial,
        GuideFile,
        ODAProgrammeMaterial,
        PolicyDocumentFile,
    )

    for model in (PolicyDocumentFile, GuideFile, ODAProgrammeMaterial, EventMaterial):
        yield from model.objects.select_related("document")


def test_every_offered_file_is_written_in_its_language(db):
    from search.extract import extract_document

    checked, wrong = set(), []
    for file in offered_files():
        if (file.document_id, file.language) in checked:
            continue
        checked.add((file.document_id, file.language))
        if not in_language(extract_document(file.document), file.language):
            wrong.append(f"{file.document.title} offered as {file.language}")
    assert not wrong
    assert {code for code, _name in settings.LANGUAGES} <= {lang for _, lang in checked}


def test_the_lao_guide_pdf_extracts_to_lao_text(db):
    from search.extract import extract_document

    guide = GuidePage.objects.get(locale__language_code="lo", slug="e-procurement-roadmap")
    file = guide.files.get(language="lo")
    text = extract_document(file.document)
    assert "ການຈັດຊື້ຈັດຈ້າງທາງເອເລັກໂຕຣນິກ" in text.replace("\n", "")
    assert in_language(text, "lo")


def test_guide_language_filter_offers_only_languages_files_have(client, db):
    library = GuideLibraryPage.objects.get(locale__language_code="en")
    offered = [code for code, _ in client.get(library.url).context["type_options"]]
    present = set(GuidePage.objects.values_list("files__language", flat=True))
    assert offered and set(offered) <= present
    assert "fr" not in offered and "other" not in offered


LOCALE_CODES = ["ko", "vi", "km", "id", "th", "mn", "lo", "pt", "tet"]


@pytest.mark.parametrize("code", LOCALE_CODES)
def test_home_and_three_guides_in_every_locale_with_their_files(client, db, code):
    from content.pages.models import HomePage

    home = HomePage.objects.live().get(locale__language_code=code)
    assert in_language(home.title + " " + home.intro, code)
    guides = GuidePage.objects.live().filter(locale__language_code=code)
    written = [g for g in guides if in_language(f"{g.title} {g.summary}", code)]
    assert len(written) >= 3
    for guide in written:
        html = assert_renders(client, guide.url)
        assert f'hreflang="{code}"' in html, guide.url  # its file in the locale's language


PARTNERS = [
    ("KH", "km"),
    ("LA", "lo"),
    ("TH", "th"),
    ("MN", "mn"),
    ("ID", "id"),
    ("VN", "vi"),
    ("TL", "pt"),  # Timor-Leste's two official languages
    ("TL", "tet"),
]


@pytest.mark.parametrize(("country", "code"), PARTNERS)
def test_partner_profile_exists_in_the_countrys_language(client, db, country, code):
    page = CountryProfilePage.objects.live().get(locale__language_code=code, country__code=country)
    assert in_language(f"{page.title} {page.summary}", code)
    from content.pages.blocks import stream_text

    assert in_language(stream_text(page.body), code)
    assert_renders(client, page.url)


# --- ODA programme materials (issue 9, item 11) ---


def test_programme_shows_its_materials_in_the_readers_language(client, db):
    km = Locale.objects.get(language_code="km")
    page = ODAProgrammePage.objects.get(locale__language_code="en", slug="kh-egp-support")
    assert page.files.count() >= 2
    translation = page.get_translation_or_none(km) or page.copy_for_translation(
        km, copy_parents=True
    )
    translation.save_revision().publish()
    files = _files_section(assert_renders(client, translation.url))
    assert 'hreflang="km"' in files and 'hreflang="en"' not in files
    assert "ការដាក់ឱ្យប្រើលទ្ធកម្មអេឡិចត្រូនិក" in files


def test_programme_falls_back_to_the_english_file_labelled_english(client, db):
    page = ODAProgrammePage.objects.get(locale__language_code="en", slug="tl-procurement-training")
    ko = Locale.objects.get(language_code="ko")
    translation = page.copy_for_translation(ko, copy_parents=True)
    translation.save_revision().publish()
    files = _files_section(assert_renders(client, translation.url))
    assert 'hreflang="en"' in files and 'hreflang="ko"' not in files
    # The file's language is named in the reader's language (CLDR): English is 영어.
    assert "영어" in files.split('hreflang="en"')[1][:400]


def _files_section(html: str) -> str:
    start = html.index('<section class="files"')
    return html[start : html.index("</section>", start)]


def test_the_demo_loads_its_years_as_history(client, db):
    """Each demo value arrives as an import from its source, dated in its year, so the
    change log and the Atom feeds have entries, readable and naming no staff member."""
    from content.data.models import IndicatorValueChange

    assert IndicatorValueChange.objects.count() == IndicatorValue.objects.count()
    years = {(c.year, c.changed_at.year) for c in IndicatorValueChange.objects.all()[:200]}
    assert all(year == changed for year, changed in years)
    log = client.get("/en/compare/changes/kh/").content.decode()
    assert "Imported from" in log and "2023" in log and "2024" in log
    feed = client.get("/ko/compare/feeds/country/KH/").content.decode()
    assert feed.count("<entry>") >= 10 and "<updated>" in feed
    assert "캄보디아" in feed and "KH · " not in feed
    assert "admin" not in feed.split("<entry>", 1)[1]
