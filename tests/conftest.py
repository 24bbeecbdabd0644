"""Shared fixtures. Services are real: a test that needs one and can't reach
it skips locally with the reason, and fails under CI=true."""

import os

import pytest
from django.conf import settings

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
_skipped = []


def pytest_configure(config):
    """Compile stale gettext catalogs, as `make` does: Django only serves a language
    it has a catalog for (Lao has none but ours), so the tests need the .mo files."""
    from pathlib import Path

    import polib

    for po_path in Path(__file__).resolve().parent.parent.glob("locale/*/LC_MESSAGES/*.po"):
        mo_path = po_path.with_suffix(".mo")
        if not mo_path.exists() or mo_path.stat().st_mtime < po_path.stat().st_mtime:
            polib.pofile(str(po_path)).save_as_mofile(str(mo_path))


def need_service(reason: str):
    if IN_CI:
        pytest.fail(f"{reason} (a service test may not skip in CI)")
    pytest.skip(reason)


def pytest_runtest_logreport(report):
    if report.skipped:
        _skipped.append(report.nodeid)


def pytest_sessionfinish(session, exitstatus):
    if IN_CI and _skipped and exitstatus == 0:
        session.exitstatus = 1


def pytest_terminal_summary(terminalreporter):
    if IN_CI and _skipped:
        terminalreporter.write_line(
            f"CI: {len(_skipped)} skipped test(s) count as failures: {', '.join(_skipped[:10])}",
            red=True,
        )


@pytest.fixture
def elasticsearch_url():
    from search.backends import search_status

    if not settings.ELASTICSEARCH_URL:
        need_service("ELASTICSEARCH_URL is not set")
    status = search_status()
    if status["status"] != "ok":
        need_service(f"Elasticsearch at {settings.ELASTICSEARCH_URL} is not answering: {status}")
    return settings.ELASTICSEARCH_URL


@pytest.fixture
def postgres_db(db):
    from django.db import connection

    if connection.vendor != "postgresql":
        need_service("DATABASE_URL does not point at PostgreSQL")
    return connection


@pytest.fixture
def site_tree(db):
    """Locales and the home page in every language."""
    from content.demo.site import ensure_home_pages

    return ensure_home_pages()


def _restore_wagtail_roots(using="default", **kwargs):
    from wagtail.models import Collection, Locale, Page

    if not Collection.objects.using(using).exists():
        Collection.add_root(instance=Collection(name="Root"))
    if not Page.objects.using(using).exists():
        locale, _ = Locale.objects.using(using).get_or_create(language_code=settings.LANGUAGE_CODE)
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale))


@pytest.fixture(scope="session", autouse=True)
def _wagtail_roots_survive_flush():
    """A transactional test's flush empties every table, the root collection and
    root page that Wagtail's migrations made among them, and the admin cannot work
    without either; flush then sends post_migrate, as migrate does, which puts them
    back, whatever order pytest-xdist runs the files in."""
    from django.db.models.signals import post_migrate

    post_migrate.connect(_restore_wagtail_roots, weak=False, dispatch_uid="tests-wagtail-roots")
    yield
    post_migrate.disconnect(dispatch_uid="tests-wagtail-roots")


@pytest.fixture(autouse=True)
def _english_by_default():
    """Views activate the visitor's language; start every test from the default."""
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def object_cache(settings):
    """The object cache on, as in production (test settings turn it off), in local
    memory and empty."""
    from django.core.cache import cache

    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    settings.OBJECT_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()
