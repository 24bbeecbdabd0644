"""One backup archive: the database and the media files, with a manifest.

The archive is a plain tar (the PostgreSQL dump is already compressed, and so
are most uploads): `database.dump` (pg_dump's custom format) or
`database.sqlite3` (SQLite's online backup), `media/<path>` for every file
under MEDIA_ROOT, and `manifest.json` last with the row count of every model,
the applied migrations and the SHA-256 of every other member. `verify` checks
all of it before a restore touches anything.
"""

import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

from django.apps import apps
from django.conf import settings
from django.db import connection
from django.db.migrations.loader import MigrationLoader

__all__ = ["FORMAT", "ArchiveError", "Manifest", "dump_database", "restore_database",
           "row_counts", "write_archive", "read_manifest", "verify", "media_files",
           "extract_file", "extract_media"]  # fmt: skip

FORMAT, VERSION = "procurement-atlas-backup", 1
MANIFEST = "manifest.json"
CHUNK = 1 << 20


class ArchiveError(Exception):
    """The archive can't be restored; the message says why, in one line."""


@dataclass
class Manifest:
    engine: str
    created: str
    counts: dict[str, int]
    migrations: list[list[str]]
    files: dict[str, dict]

    def as_json(self) -> bytes:
        body = {"format": FORMAT, "version": VERSION, **self.__dict__}
        return json.dumps(body, indent=1, sort_keys=True).encode()


# --- what is in the database ------------------------------------------------
def engine() -> str:
    return connection.vendor  # "postgresql" or "sqlite"


def row_counts() -> dict[str, int]:
    return {
        model._meta.label_lower: model._base_manager.count()
        for model in apps.get_models()
        if model._meta.managed and not model._meta.proxy
    }


def applied_migrations() -> list[list[str]]:
    loader = MigrationLoader(connection, ignore_no_migrations=True)
    return sorted([app, name] for app, name in loader.applied_migrations)


def _pg_env() -> dict:
    db = settings.DATABASES["default"]
    pairs = {"PGHOST": db.get("HOST"), "PGPORT": db.get("PORT"), "PGUSER": db.get("USER"),
             "PGPASSWORD": db.get("PASSWORD"), "PGDATABASE": db["NAME"]}  # fmt: skip
    return {**os.environ, **{k: str(v) for k, v in pairs.items() if v}}


def _run(command: list[str]) -> None:
    try:
        subprocess.run(command, env=_pg_env(), check=True, capture_output=True, text=True)
    except FileNotFoundError as exc:
        raise ArchiveError(f"{command[0]} is not installed (Debian: postgresql-client)") from exc
    except subprocess.CalledProcessError as exc:
        last = (exc.stderr.strip().splitlines() or ["no message"])[-1]
        raise ArchiveError(f"{command[0]} failed: {last}") from exc


def dump_database(folder: Path) -> Path:
    """The database, consistent at one instant, into a file in `folder`."""
    if engine() == "postgresql":
        target = folder / "database.dump"
        _run(["pg_dump", "--format=custom", "--no-owner", "--no-privileges", "-f", str(target)])
        return target
    target = folder / "database.sqlite3"
    connection.ensure_connection()
    with sqlite3.connect(target) as copy:
        connection.connection.backup(copy)
    copy.close()
    return target


def restore_database(dump: Path) -> None:
    """Replace the database's contents with `dump`, in one transaction."""
    connection.close()  # no session of ours may hold a lock on a table being replaced
    if engine() == "postgresql":
        _run(["pg_restore", "--clean", "--if-exists", "--no-owner", "--no-privileges",
              "--single-transaction", "--exit-on-error", "-d", _pg_env()["PGDATABASE"],
              str(dump)])  # fmt: skip
        return
    connection.ensure_connection()
    source = sqlite3.connect(dump)
    try:
        source.backup(connection.connection)
    finally:
        source.close()


# --- media ----------------------------------------------------------------
def media_files() -> list[Path]:
    root = Path(settings.MEDIA_ROOT)
    if not root.is_dir():
        return []
    return sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink())


def extract_file(archive: Path, name: str, folder: Path) -> Path:
    with tarfile.open(archive) as tar, tar.extractfile(name) as src:
        target = folder / PurePosixPath(name).name
        with open(target, "wb") as dst:
            shutil.copyfileobj(src, dst, CHUNK)
    return target


def extract_media(archive: Path, names: list[str], advance) -> None:
    root = Path(settings.MEDIA_ROOT)
    with tarfile.open(archive) as tar:
        for name in names:
            target = root / PurePosixPath(name).relative_to("media")
            target.parent.mkdir(parents=True, exist_ok=True)
            with tar.extractfile(name) as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst, CHUNK)
            advance()


# --- writing and checking archives --------------------------------------------
def _add(tar: tarfile.TarFile, path: Path, name: str) -> dict:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
    tar.add(path, arcname=name, recursive=False)
    return {"sha256": digest.hexdigest(), "size": path.stat().st_size}


def write_archive(target: Path, dump: Path, media: list[Path], advance) -> Manifest:
    root = Path(settings.MEDIA_ROOT)
    manifest = Manifest(
        engine=engine(),
        created=datetime.now(UTC).isoformat(timespec="seconds"),
        counts=row_counts(),
        migrations=applied_migrations(),
        files={},
    )
    partial = target.with_name(target.name + ".partial")
    with tarfile.open(partial, "w") as tar:
        manifest.files[dump.name] = _add(tar, dump, dump.name)
        advance()
        for path in media:
            name = f"media/{path.relative_to(root).as_posix()}"
            manifest.files[name] = _add(tar, path, name)
            advance()
        body = manifest.as_json()
        info = tarfile.TarInfo(MANIFEST)
        info.size, info.mtime = len(body), int(datetime.now(UTC).timestamp())
        tar.addfile(info, io.BytesIO(body))
    partial.rename(target)  # a backup cut short never looks complete
    return manifest


def read_manifest(archive: Path) -> Manifest:
    try:
        with tarfile.open(archive) as tar:
            member = tar.getmember(MANIFEST)
            body = json.loads(tar.extractfile(member).read())
    except FileNotFoundError as exc:
        raise ArchiveError(f"no such archive: {archive}") from exc
    except (KeyError, tarfile.TarError, json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ArchiveError(f"{archive} is not a Procurement Atlas backup (no manifest)") from exc
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise ArchiveError(f"{archive} is not a Procurement Atlas backup (foreign manifest)")
    if body.get("version") != VERSION:
        raise ArchiveError(
            f"{archive} is backup format {body.get('version')}; this reads {VERSION}"
        )
    try:
        return Manifest(**{k: body[k] for k in Manifest.__dataclass_fields__})
    except (KeyError, TypeError) as exc:
        raise ArchiveError(f"{archive} has an incomplete manifest") from exc


def _safe(name: str) -> bool:
    path = PurePosixPath(name)
    return not path.is_absolute() and ".." not in path.parts


def verify(archive: Path, advance=lambda: None) -> Manifest:
    """Check the archive fully against its manifest and this site; raise ArchiveError."""
    manifest = read_manifest(archive)
    if manifest.engine != engine():
        raise ArchiveError(f"{archive} holds a {manifest.engine} database; this site runs on "
                           f"{engine()}")  # fmt: skip
    known = set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)
    unknown = [f"{a}.{n}" for a, n in manifest.migrations if (a, n) not in known]
    if unknown:
        raise ArchiveError(f"{archive} comes from a newer version of the site (migrations "
                           f"{', '.join(unknown[:3])}); upgrade the code first")  # fmt: skip
    seen = set()
    try:
        with tarfile.open(archive) as tar:
            for member in tar:
                if member.name == MANIFEST:
                    continue
                expected = manifest.files.get(member.name)
                if not member.isfile() or not _safe(member.name) or expected is None:
                    raise ArchiveError(f"{archive} holds {member.name!r}, not in its manifest")
                digest = hashlib.sha256()
                with tar.extractfile(member) as f:
                    while chunk := f.read(CHUNK):
                        digest.update(chunk)
                if digest.hexdigest() != expected["sha256"]:
                    raise ArchiveError(f"{archive} is damaged: {member.name} fails its checksum")
                seen.add(member.name)
                advance()
    except (tarfile.TarError, OSError) as exc:
        raise ArchiveError(f"{archive} is damaged: {exc}") from exc
    missing = sorted(set(manifest.files) - seen)
    if missing:
        raise ArchiveError(f"{archive} is damaged: {missing[0]} is missing")
    return manifest
