"""Backup and restore for real: pg_dump/pg_restore on PostgreSQL (SQLite's online
backup otherwise), the media folder, the manifest's checksums, the search index."""

import hashlib
import io
import json
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings as django_settings
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from wagtail.documents.models import Document
from wagtail.models import Locale

from content.data.models import GlossaryTerm, IndicatorValue, IndicatorValueChange
from content.data.services import save_value
from content.demo.site import ensure_home_pages
from content.pages.models import StandardPage
from tests.comparison.factories import grid
from tests.content.factories import add_page

QUERIES = [("tender", "en"), ("koneps", "en"), ("입찰", "ko")]


@pytest.fixture
def folders(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.BACKUP_DIR = tmp_path / "backups"
    settings.ELASTICSEARCH_INDEX_PREFIX = f"{django_settings.ELASTICSEARCH_INDEX_PREFIX}-backup"
    return tmp_path


def build_site():
    homes = ensure_home_pages()
    en, ko = Locale.objects.get(language_code="en"), Locale.objects.get(language_code="ko")
    page = add_page(homes["en"], StandardPage, "tender-rules", title="Tender rules on KONEPS")
    page.title = "Tender rules on KONEPS, revised"
    page.save_revision().publish()  # a second revision
    korean = page.copy_for_translation(ko)
    korean.title = "나라장터 입찰 규칙"
    korean.save_revision().publish()
    Document.objects.create(
        title="Tender guide", file=ContentFile(b"%PDF-1.4 tender guide\n" * 50, name="guide.pdf")
    )
    countries, _indicators = grid(2, 2)
    value = IndicatorValue.objects.filter(country=countries[0]).first()
    value.value, value.numeric_value = "42", 42.0
    save_value(value, via="import")
    GlossaryTerm.objects.create(
        locale=en, concept="e-procurement", term="e-procurement", definition="Buying online."
    )
    GlossaryTerm.objects.create(locale=ko, concept="e-procurement", term="전자조달",
                                definition="온라인 조달.")  # fmt: skip
    assert IndicatorValueChange.objects.exists()
    call_command("search_index", "rebuild", stdout=io.StringIO())


def snapshot(client, searching=True) -> dict:
    """Every row of every model, every media file's digest, and what search answers."""
    rows = {
        model._meta.label_lower: list(model._base_manager.order_by("pk").values())
        for model in apps.get_models()
        if model._meta.managed and not model._meta.proxy
    }
    # The database search index is rebuilt by the restore: same entries and term counts,
    # new ids and times.
    rows["atlas_search.searchentry"] = sorted(
        (
            {k: v for k, v in row.items() if k not in ("id", "updated_at")}
            for row in rows["atlas_search.searchentry"]
        ),
        key=lambda row: (row["page_id"], row["locale"]),
    )
    rows["atlas_search.searchterm"] = sorted(
        (row["locale"], row["field"], row["term"], row["documents"])
        for row in rows["atlas_search.searchterm"]
        if row["documents"]  # a count that fell to 0 is an absent term
    )
    media = Path(django_settings.MEDIA_ROOT)
    files = {
        p.relative_to(media).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(media.rglob("*"))
        if p.is_file()
    }
    searches = {}
    for q, locale in QUERIES if searching else ():
        body = client.get("/api/search/", {"q": q, "locale": locale}).json()
        body.pop("took_ms")
        searches[(q, locale)] = body
    return {"rows": rows, "files": files, "searches": searches}


def differences(after: dict, before: dict) -> list[str]:
    """Where two snapshots differ: model labels, 'files' or 'searches'."""
    changed = [k for k in before["rows"] if after["rows"].get(k) != before["rows"][k]]
    return changed + [k for k in ("files", "searches") if after[k] != before[k]]


def backup(tmp_path) -> Path:
    out = io.StringIO()
    call_command("backup", stdout=out)
    (archive,) = (tmp_path / "backups").glob("atlas-backup-*.tar")
    assert str(archive) in out.getvalue()
    return archive


def wipe():
    call_command("flush", interactive=False)
    for path in Path(django_settings.MEDIA_ROOT).rglob("*"):
        if path.is_file():
            path.unlink()


def tampered(archive: Path, tmp_path: Path) -> Path:
    """The same archive with one byte of the database dump changed."""
    target = tmp_path / "tampered.tar"
    with tarfile.open(archive) as src, tarfile.open(target, "w") as dst:
        for member in src:
            data = src.extractfile(member).read()
            if member.name.startswith("database."):
                data = data[:100] + bytes([data[100] ^ 1]) + data[101:]
            dst.addfile(member, io.BytesIO(data))
    return target


@pytest.mark.django_db(transaction=True)
def test_round_trip(folders, client):
    """pg_dump and pg_restore in the PostgreSQL run of the suite, SQLite's backup API in
    the SQLite run."""
    build_site()
    archive = backup(folders)
    before = snapshot(client)  # after the backup: its searches are logged, as are the restore's
    assert before["searches"][("tender", "en")]["total"] >= 1
    assert before["searches"][("입찰", "ko")]["total"] >= 1
    assert before["files"] and before["rows"]["wagtailcore.revision"]
    with tarfile.open(archive) as tar:
        manifest = json.loads(tar.extractfile("manifest.json").read())
    assert manifest["engine"] == connection.vendor
    assert manifest["counts"]["data.glossaryterm"] == 2

    wipe()
    assert differences(snapshot(client), before)
    call_command("restore", str(archive), interactive=False, stdout=io.StringIO())
    assert differences(snapshot(client), before) == []


@pytest.mark.django_db(transaction=True)
def test_tampered_archive_is_refused_and_nothing_changes(folders, client):
    build_site()
    archive = backup(folders)
    GlossaryTerm.objects.filter(locale__language_code="ko").delete()  # after the backup
    before = snapshot(client, searching=False)  # a search would log itself
    with pytest.raises(CommandError, match=r"damaged: database\.\w+ fails its checksum"):
        call_command("restore", str(tampered(archive, folders)), interactive=False)
    assert differences(snapshot(client, searching=False), before) == []


def test_foreign_and_damaged_archives_fail_with_one_line(tmp_path):
    foreign = tmp_path / "photos.tar"
    with tarfile.open(foreign, "w") as tar:
        tar.addfile(tarfile.TarInfo("holiday.jpg"), io.BytesIO(b""))
    truncated = tmp_path / "truncated.tar"
    truncated.write_bytes(b"not a tar at all")
    for path, reason in [(foreign, "not a Procurement Atlas backup"),
                         (truncated, "not a Procurement Atlas backup"),
                         (tmp_path / "missing.tar", "no such archive")]:  # fmt: skip
        done = subprocess.run(
            [sys.executable, "manage.py", "restore", str(path), "--no-input"],
            cwd=django_settings.BASE_DIR,
            capture_output=True,
            text=True,
            env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "config.settings.test"},
            check=False,
        )
        assert done.returncode != 0
        assert done.stderr.strip().count("\n") == 0, done.stderr
        assert reason in done.stderr
