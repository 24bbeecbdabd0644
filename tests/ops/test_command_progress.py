"""Progress of search_index rebuild, import_indicators and load_demo: plain count lines
when the output is not a terminal, and a one-line reason (CommandError, so manage.py
exits 1) when the work fails."""

import io
import re

import pytest
from django.core.management import CommandError, call_command

from tests.comparison.factories import CountryFactory, IndicatorFactory
from tests.comparison.test_import import _csv


def lines(out: io.StringIO, label: str) -> list[str]:
    counts = re.compile(rf"{re.escape(label)}: \d+/\d+$")
    return [line for line in out.getvalue().splitlines() if counts.match(line)]


@pytest.mark.django_db
def test_import_indicators_counts_its_rows(tmp_path):
    CountryFactory(code="KR")
    IndicatorFactory(code="num-1")
    rows = [["kr", "num-1", year, "5", "Report", "", ""] for year in range(2001, 2026)]
    path = tmp_path / "values.csv"
    path.write_bytes(_csv(rows))
    out = io.StringIO()
    call_command("import_indicators", str(path), stdout=out)
    shown = lines(out, "import_indicators")
    assert shown[-1] == "import_indicators: 25/25"
    assert 2 <= len(shown) <= 11


@pytest.mark.django_db
def test_search_index_rebuild_counts_documents(site_tree, settings):
    settings.ELASTICSEARCH_URL = ""
    out = io.StringIO()
    call_command("search_index", "rebuild", stdout=out)
    shown = lines(out, "search_index rebuild")
    pages = len(site_tree)  # the home page in every language
    assert shown[-1] == f"search_index rebuild: {pages}/{pages}"


@pytest.mark.django_db
def test_search_index_rebuild_fails_in_one_line(site_tree, settings):
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"  # nothing listens there
    settings.ELASTICSEARCH_TIMEOUT = 2
    with pytest.raises(CommandError) as failure:
        call_command("search_index", "rebuild", stdout=io.StringIO())
    message = str(failure.value)
    assert message.startswith("search_index rebuild failed: ConnectionError")
    assert "\n" not in message


@pytest.mark.django_db
def test_load_demo_counts_its_steps(settings, monkeypatch):
    from content.demo.loader import DEMO_STEPS

    settings.ELASTICSEARCH_URL = ""
    # The index builds after the load have their own tests (test_demo_command.py).
    monkeypatch.setattr("content.demo.management.commands.load_demo.REBUILDS", [])
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    shown = lines(out, "load_demo")
    assert shown[-1] == f"load_demo: {DEMO_STEPS}/{DEMO_STEPS}"
    assert "countries: " in out.getvalue()
