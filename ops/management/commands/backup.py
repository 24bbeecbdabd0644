"""`manage.py backup [--output DIR]`: the database and media in one verified archive."""

import tempfile
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from ops.archive import ArchiveError, dump_database, media_files, verify, write_archive
from ops.progress import progress


class Command(BaseCommand):
    help = "Write the database (pg_dump or SQLite's online backup) and media into one archive."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output", default=str(settings.BACKUP_DIR), help="Folder for the archive."
        )

    def handle(self, *args, output, **options):
        folder = Path(output)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CommandError(f"can't write to {folder}: {exc.strerror}") from exc
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = folder / f"atlas-backup-{stamp}.tar"
        media = media_files()
        try:
            with tempfile.TemporaryDirectory(dir=folder) as work:
                dump = dump_database(Path(work))
                with progress(self.stdout, "backup", len(media) + 1) as bar:
                    manifest = write_archive(target, dump, media, bar.advance)
            verify(target)
        except (ArchiveError, OSError) as exc:
            raise CommandError(f"backup failed: {exc}") from exc
        rows = sum(manifest.counts.values())
        self.stdout.write(f"backup: {target} ({rows} rows, {len(media)} media files)")
