"""Fixtures for public search: each backend for real, pages built on HomePage.

The page types of the content model land in another branch; until then the
tests build pages as HomePage children and give them body, countries, topics
and attachments through the `search_document` contract (see `atlas_page`).
"""

import uuid
from datetime import date

import pytest
from django.conf import settings as django_settings

from content.pages.models import AtlasPage, HomePage

SESSION_PREFIX = f"test-{uuid.uuid4().hex[:10]}"

# Extra search_document fields per page slug, set by `atlas_page`.
EXTRA: dict[str, dict] = {}


def _search_document(self):
    doc = AtlasPage.search_document(self)
    doc["body"] = self.intro
    doc.update(EXTRA.get(self.slug, {}))
    return doc


@pytest.fixture(autouse=True)
def _page_contract(monkeypatch):
    monkeypatch.setattr(HomePage, "search_document", _search_document)
    yield
    EXTRA.clear()


@pytest.fixture(params=["database", "elasticsearch"])
def backend(request, settings, db):
    """Run the test once on the database backend and once on Elasticsearch."""
    settings.ELASTICSEARCH_INDEX_PREFIX = SESSION_PREFIX
    if request.param == "database":
        settings.ELASTICSEARCH_URL = ""
        yield "database"
        return
    request.getfixturevalue("elasticsearch_url")
    from search.backends import ElasticsearchBackend, elasticsearch_client

    engine = ElasticsearchBackend(elasticsearch_client())
    engine.drop_all()
    yield "elasticsearch"
    engine.drop_all()


def index_docs(*docs):
    """Index plain documents in every configured backend (the database always)."""
    from search.backends import get_backends

    full = []
    for number, doc in enumerate(docs, start=1):
        day = doc.get("date", date(2024, 1, number % 28 + 1))
        full.append(
            {
                "page_id": doc.get("page_id", 100000 + number),
                "locale": "en",
                "type": "page",
                "url": f"/test/{number}/",
                "summary": "",
                "body": "",
                "attachments": "",
                "countries": [],
                "topics": [],
                **doc,
                "date": day,
                "year": day.year if day else None,
            }
        )
    for engine in get_backends():
        engine.index(full)
    return full


def search(query="", locale="en", **params):
    from search.query import parse_params
    from search.service import run_search

    request = parse_params({"q": query, "locale": locale, **params}, "en", LOCALES)
    return run_search(request)


LOCALES = [code for code, _name in django_settings.LANGUAGES]


@pytest.fixture
def homes(site_tree):
    return site_tree


@pytest.fixture
def atlas_page(homes, django_capture_on_commit_callbacks):
    """Make (and by default publish) a page in a locale with search_document extras."""

    def make(title, locale="en", body="", publish=True, parent=None, **extra):
        slug = f"p-{uuid.uuid4().hex[:8]}"
        EXTRA[slug] = extra
        parent = parent or homes[locale]
        with django_capture_on_commit_callbacks(execute=True):
            page = parent.add_child(
                instance=HomePage(title=title, slug=slug, intro=body, locale=parent.locale)
            )
            revision = page.save_revision()
            if publish:
                revision.publish()
        page.refresh_from_db()
        return page

    return make
