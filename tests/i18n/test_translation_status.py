"""Every translated page and translatable snippet says whether a person who reads its
language has reviewed it; a draft says so to the reader, and nobody gets "reviewed"
by copying."""

import pytest
from django.apps import apps
from wagtail.admin.panels import get_edit_handler
from wagtail.models import Locale, Page, TranslatableMixin, get_page_models

from content.data.models import Country, TranslationStatusMixin
from content.pages.models import AtlasPage
from tests.i18n.test_pages import get

DRAFT_NOTE_KO = "초안 번역입니다. 이 언어를 읽는 사람이 아직 검토하지 않았습니다."


def translatable_models():
    pages = [m for m in get_page_models() if issubclass(m, AtlasPage)]
    snippets = [
        m for m in apps.get_app_config("data").get_models() if issubclass(m, TranslatableMixin)
    ]
    return pages + snippets


@pytest.mark.parametrize("model", translatable_models(), ids=lambda m: m.__name__)
def test_every_translatable_model_records_its_translation_status(model):
    assert issubclass(model, TranslationStatusMixin)
    field = model._meta.get_field("translation_status")
    assert [value for value, _label in field.choices] == ["draft", "reviewed"]
    assert field.default == "draft"


def test_a_published_draft_translation_says_so(client, about_tree):
    html = get(client, "/ko/about/")
    assert "<h1>아틀라스 소개</h1>" in html
    assert DRAFT_NOTE_KO in html
    assert '<a href="/en/about/" hreflang="en">원문 페이지 열기</a>' in html
    assert "notice--fallback" not in html


def test_a_reviewed_translation_and_the_source_carry_no_note(client, about_tree):
    about_ko = about_tree["about_ko"]
    about_ko.translation_status = "reviewed"
    about_ko.save_revision().publish()
    assert "notice--draft" not in get(client, "/ko/about/")
    assert "notice--draft" not in get(client, "/en/about/")  # English is the source
    # A fallback already says it is the original, not a translation.
    html = get(client, "/km/about/")
    assert "notice--fallback" in html and "notice--draft" not in html


def test_copying_a_reviewed_page_for_translation_starts_a_draft(about_tree):
    about = about_tree["about"]
    about.translation_status = "reviewed"
    about.save_revision().publish()
    copy = about.copy_for_translation(Locale.objects.get(language_code="th"))
    assert Page.objects.get(pk=copy.pk).specific.translation_status == "draft"


def test_copying_a_reviewed_snippet_for_translation_starts_a_draft(db, site_tree):
    english, thai = (Locale.objects.get(language_code=c) for c in ("en", "th"))
    laos = Country.objects.create(
        code="LA", name="Lao PDR", region="south_east_asia", income_group="lower_middle",
        currency="LAK", locale=english, translation_status="reviewed",
    )  # fmt: skip
    copy = laos.copy_for_translation(thai)
    copy.save()
    assert copy.translation_status == "draft"


def test_submitting_through_the_admin_never_inherits_reviewed(
    admin_client, about_tree, django_capture_on_commit_callbacks
):
    about = about_tree["about"]
    about.translation_status = "reviewed"
    about.save_revision().publish()
    khmer = Locale.objects.get(language_code="km")
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(f"/admin/localize/submit/page/{about.pk}/", {"locales": [khmer.pk]})
    assert about.get_translation(khmer).specific.translation_status == "draft"


def test_staff_set_the_status_in_the_editor(admin_client, about_tree):
    about_ko = about_tree["about_ko"]
    page_form = admin_client.get(f"/admin/pages/{about_ko.pk}/edit/").content.decode()
    assert 'name="translation_status"' in page_form


@pytest.mark.parametrize(
    "model",
    [m for m in translatable_models() if not issubclass(m, Page)],
    ids=lambda m: m.__name__,
)
def test_every_snippet_editor_offers_the_status(model):
    form_class = get_edit_handler(model).get_form_class()
    assert "translation_status" in form_class.base_fields
