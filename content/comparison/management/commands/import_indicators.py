"""manage.py import_indicators FILE [--dry-run]: a thin wrapper over content.comparison.importer."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from content.comparison.importer import ImportFormatError, import_rows, read_table
from ops.progress import progress


class Command(BaseCommand):
    help = "Import indicator values from a CSV or XLSX file; on any bad row nothing is written."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--dry-run", action="store_true", help="Show what would change.")

    def handle(self, *args, file, dry_run, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        try:
            rows = read_table(path.name, path.read_bytes())
        except ImportFormatError as exc:
            raise CommandError(str(exc)) from exc
        with progress(self.stdout, "import_indicators", len(rows)) as bar:
            result = import_rows(rows, dry_run=dry_run, advance=bar.advance)
        if result.errors:
            for error in result.errors:
                self.stderr.write(str(error))
            raise CommandError(
                f"{len(result.errors)} bad row(s) in {len(rows)}; nothing was written."
            )
        for p in result.planned:
            if p.action != "unchanged" or options["verbosity"] > 1:
                old = f"{p.old_value} -> " if p.action == "update" else ""
                what = f"{p.action} {p.country} {p.indicator} {p.year}"
                self.stdout.write(f"line {p.line}: {what}: {old}{p.new_value}")
        summary = ", ".join(f"{n} {a}" for a, n in result.summary.items())
        verb = "would change (dry run, nothing written)" if dry_run else "imported"
        self.stdout.write(self.style.SUCCESS(f"{len(rows)} row(s) {verb}: {summary}"))
