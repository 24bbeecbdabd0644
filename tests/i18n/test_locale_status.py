"""`locale_status`: per locale, pages and snippets reviewed, draft or falling back."""

import pytest
from django.core.management import call_command

from content.data.models.translation import TranslationStatus
from content.pages.locale_status import locale_content_status
from tests.content.factories import TopicFactory

pytestmark = pytest.mark.django_db


def test_counts_reviewed_draft_and_fallback_per_locale(about_tree):
    about_ko = about_tree["about_ko"]
    homes = about_tree["homes"]
    # The Korean home page reviewed; the "about" page's Korean translation stays a draft.
    homes["ko"].translation_status = TranslationStatus.REVIEWED
    homes["ko"].save_revision().publish()
    # An alias shows the source's text: a fallback, not a translation.
    about_tree["about"].create_alias(
        recursive=False, parent=homes["vi"], update_locale=homes["vi"].locale
    )
    topic = TopicFactory(name="E-procurement")
    topic.copy_for_translation(homes["ko"].locale).save()

    status = locale_content_status()

    assert dict(status["ko"]["pages"]) == {"reviewed": 1, "draft": 1, "fallback": 0}
    assert dict(status["km"]["pages"]) == {"reviewed": 0, "draft": 1, "fallback": 1}
    assert dict(status["vi"]["pages"]) == {"reviewed": 0, "draft": 1, "fallback": 1}
    assert dict(status["ko"]["topics"]) == {"reviewed": 0, "draft": 1, "fallback": 0}
    assert dict(status["km"]["topics"]) == {"reviewed": 0, "draft": 0, "fallback": 1}
    assert "en" not in status
    assert about_ko.translation_status == TranslationStatus.DRAFT


def test_the_command_prints_one_row_per_locale(about_tree, capsys):
    call_command("locale_status")
    out = capsys.readouterr().out
    assert "| locale | pages | countries | pillars | indicators | topics | glossary terms |" in out
    assert "| ko | 0/2/0 |" in out
    assert "| km | 0/1/1 |" in out
