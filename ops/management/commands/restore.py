"""`manage.py restore ARCHIVE`: check the archive whole, then put it back."""

import tempfile
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from ops.archive import (
    ArchiveError,
    extract_file,
    extract_media,
    read_manifest,
    restore_database,
    row_counts,
    verify,
)
from ops.progress import progress


class Command(BaseCommand):
    help = (
        "Restore a backup: verify every checksum first, then replace the database, "
        "write the media files back and rebuild the search index."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive")
        parser.add_argument(
            "--no-input", action="store_false", dest="interactive", help="Do not ask to confirm."
        )

    def handle(self, *args, archive, interactive, **options):
        path = Path(archive)
        try:
            manifest = self._verify(path)
            if (
                interactive
                and input(
                    f"This replaces the whole database and the media with {path.name}. "
                    "Type 'yes' to continue: "
                )
                != "yes"
            ):
                raise CommandError("restore cancelled; nothing was changed")
            dump = next(n for n in manifest.files if n.startswith("database."))
            media = sorted(n for n in manifest.files if n.startswith("media/"))
            self._restore(path, dump, media)
        except ArchiveError as exc:
            raise CommandError(f"restore refused: {exc}") from exc
        counts = row_counts()
        wrong = [k for k, n in manifest.counts.items() if counts.get(k) != n]
        if wrong:
            raise CommandError(f"restore incomplete: row counts differ for {', '.join(wrong[:5])}")
        call_command("search_index", "rebuild", stdout=self.stdout, stderr=self.stderr)
        self.stdout.write(f"restore: {sum(counts.values())} rows, {len(media)} media files")

    def _verify(self, path: Path):
        files = len(read_manifest(path).files)
        with progress(self.stdout, "verify", files) as bar:
            return verify(path, bar.advance)

    def _restore(self, path: Path, dump: str, media: list[str]) -> None:
        with tempfile.TemporaryDirectory() as work:
            database = extract_file(path, dump, Path(work))
            with progress(self.stdout, "restore", len(media) + 1) as bar:
                restore_database(database)
                bar.advance()
                extract_media(path, media, bar.advance)
