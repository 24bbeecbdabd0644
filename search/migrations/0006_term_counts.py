"""Each entry's term counts per field, what BM25 reads for a candidate (search.ranking),
and on SQLite the long texts moved to the end of the row.

SQLite stores a row's columns in order, and a row longer than a page continues in
a chain of overflow pages that must be walked to reach any column past it: with
the texts and terms first, reading a candidate's date, year, lengths or counts
read its whole body too (200 rows: 18 ms, 8 with the short columns first). So
the field order changes in the migration state, and the new column is added to
that state's model: SQLite's table rebuild for a new NOT NULL column (which it
must do anyway) then writes the columns in that order. PostgreSQL keeps long
values out of line (TOAST) and only adds the column.

The rebuild drops migration 0004's FTS5 triggers: they are made again (and
search_entry_fts refilled) after the counts are filled from the terms columns,
and again when the column is removed on the way back.
"""

from importlib import import_module

from django.db import migrations, models

from search.ranking import FIELDS, counts_column

_fts = import_module("search.migrations.0004_fts_fields")
RESYNC = _fts._run(_fts.SQLITE_FORWARD)
BATCH = 500
# The long columns, last in the row in this order.
LONG = (
    "summary",
    "body",
    "attachments",
    "title_terms",
    "summary_terms",
    "body_terms",
    "attachment_terms",
    "all_terms",
)


def _model(apps):
    return apps.get_model("atlas_search", "SearchEntry")


def add_column(apps, schema_editor):
    model = _model(apps)
    schema_editor.add_field(model, model._meta.get_field("term_counts"))


def remove_column(apps, schema_editor):
    model = _model(apps)
    schema_editor.remove_field(model, model._meta.get_field("term_counts"))


def fill(apps, schema_editor):
    entries = _model(apps).objects.using(schema_editor.connection.alias)
    batch = []
    for entry in entries.only("pk", *FIELDS).iterator(chunk_size=BATCH):
        entry.term_counts = counts_column({name: getattr(entry, name) for name in FIELDS})
        batch.append(entry)
        if len(batch) == BATCH:
            entries.bulk_update(batch, ["term_counts"])
            batch = []
    entries.bulk_update(batch, ["term_counts"])


def _moved_last(name: str) -> list:
    return [
        migrations.RemoveField(model_name="searchentry", name=name),
        migrations.AddField(
            model_name="searchentry", name=name, field=models.TextField(blank=True)
        ),
    ]


class Migration(migrations.Migration):
    dependencies = [("atlas_search", "0005_weighted_vector")]

    operations = [
        migrations.RunPython(migrations.RunPython.noop, RESYNC),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AddField(
                    model_name="searchentry",
                    name="term_counts",
                    field=models.TextField(blank=True),
                ),
                *(operation for name in LONG for operation in _moved_last(name)),
            ]
        ),
        migrations.RunPython(add_column, remove_column),
        migrations.RunPython(fill, migrations.RunPython.noop),
        migrations.RunPython(RESYNC, migrations.RunPython.noop),
    ]
