"""What every page type declares once on AtlasPage: what search indexes, and
the editor's tabs."""

import pytest
from django.apps import apps
from django.utils import translation

from content.pages.models import AtlasPage, EventPage, StandardPage

PAGE_TYPES = [m for m in apps.get_app_config("pages").get_models() if issubclass(m, AtlasPage)]


def test_search_body_is_plain_text_of_the_declared_fields(site_tree):
    page = StandardPage(title="About", slug="about", body="<p>Quokkas <b>tender</b> here</p>")
    site_tree["en"].add_child(instance=page)
    doc = page.search_document()
    assert doc["body"] == "Quokkas tender here"
    assert doc["countries"] == [] and doc["topics"] == [] and doc["attachments"] == []


def test_search_date_comes_from_the_declared_field(db):
    event = EventPage(title="Forum", start_date="2025-05-01")
    assert EventPage.search_date_field == "date"
    assert event.search_document()["date"] == "2025-05-01"


@pytest.mark.parametrize("model", [m for m in PAGE_TYPES if "edit_handler" in vars(m)])
def test_tabbed_page_types_end_with_promote_and_settings(model):
    with translation.override("en"):
        headings = [str(tab.heading) for tab in model.edit_handler.children]
    assert headings[-2:] == ["Promote", "Settings"]
    assert len(headings) >= 3


def test_six_page_types_have_tabs():
    assert len([m for m in PAGE_TYPES if "edit_handler" in vars(m)]) == 6
