"""`manage.py load_demo` builds each index once, after the load, instead of on
every save and publish (which made the demo take minutes)."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Page, ReferenceIndex

from content.demo.site import ensure_home_pages
from content.pages.models import StandardPage
from search.models import SearchEntry

pytestmark = pytest.mark.django_db


@pytest.fixture
def small_demo(monkeypatch, settings):
    """The command around a one-page load, on the database search backend."""
    settings.ELASTICSEARCH_URL = ""
    seen_during_load = {}

    def small_load(stdout=None):
        home = ensure_home_pages()["en"]
        link = f'<p><a linktype="page" id="{home.pk}">Home</a></p>'
        page = home.add_child(
            instance=StandardPage(
                title="Tiny guide", slug="tiny", summary="Tendering, briefly.", body=link
            )
        )
        page.save_revision().publish()
        # Indexing on save would have run by now (tests run tasks at once).
        seen_during_load["admin search"] = Page.objects.search("Tiny").count()
        seen_during_load["references"] = ReferenceIndex.objects.filter(
            object_id=str(page.pk)
        ).count()
        return {"pages": 1}

    monkeypatch.setattr("content.demo.management.commands.load_demo.load_demo", small_load)
    return seen_during_load


def test_the_command_defers_indexing_to_one_pass_after_the_load(small_demo):
    out = io.StringIO()
    call_command("load_demo", stdout=out)

    assert small_demo == {"admin search": 0, "references": 0}
    page = StandardPage.objects.get(slug="tiny")
    assert SearchEntry.objects.filter(page_id=page.pk).exists()
    assert [p.pk for p in Page.objects.search("Tiny")] == [page.pk]
    home = Page.objects.get(depth=2, locale__language_code="en")
    assert ReferenceIndex.objects.filter(object_id=str(page.pk), to_object_id=str(home.pk)).exists()
    assert "pages: 1" in out.getvalue()


def test_an_index_that_cannot_be_built_is_reported_with_its_command(small_demo, settings):
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"  # nothing listens there
    settings.ELASTICSEARCH_TIMEOUT = 0.5
    err = io.StringIO()
    with pytest.raises(CommandError, match="manage.py search_index update"):
        call_command("load_demo", stdout=io.StringIO(), stderr=err)
    assert "search_index update failed" in err.getvalue()
    assert StandardPage.objects.filter(slug="tiny").exists()  # the content stays
    assert [p.slug for p in Page.objects.search("Tiny")] == ["tiny"]  # later indexes built
