"""SQLite: one FTS5 column per field, each term stored under its locale.

The terms are already analysed, so the `ascii` tokenizer with every ASCII
punctuation mark as a token character cuts only at spaces: one FTS token is
one of our terms, exactly. Each is stored as `<locale>_<term>`, so a MATCH
finds one locale's pages without a join, FTS5's bm25() can rank them in SQL,
and the `search_entry_vocab` table gives, per field, the number of pages of a
locale holding a term (the document frequency BM25 needs) by lookup.

A migration that makes SQLite rebuild atlas_search_searchentry drops these
triggers: such a migration must run SQLITE_FORWARD again (as 0003 did).
"""

import string
from importlib import import_module

from django.db import migrations

TABLE = "atlas_search_searchentry"
COLUMNS = ("title_terms", "summary_terms", "body_terms", "attachment_terms")
TOKENCHARS = string.punctuation.replace("'", "''").replace('"', '""')
TOKENIZE = f"\"ascii tokenchars '{TOKENCHARS}'\""


def _prefixed(row: str, column: str) -> str:
    value = f"trim({row}.{column})"
    locale = f"{row}.locale || '_'"
    return (
        f"CASE WHEN {value} = '' THEN '' "
        f"ELSE {locale} || replace({value}, ' ', ' ' || {locale}) END"
    )


def _insert(row: str) -> str:
    values = ", ".join(_prefixed(row, c) for c in COLUMNS)
    return f"INSERT INTO search_entry_fts(rowid, {', '.join(COLUMNS)}) SELECT {row}.id, {values}"


SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS search_entry_fts_insert",
    "DROP TRIGGER IF EXISTS search_entry_fts_delete",
    "DROP TRIGGER IF EXISTS search_entry_fts_update",
    "DROP TABLE IF EXISTS search_entry_vocab",
    "DROP TABLE IF EXISTS search_entry_fts",
]
SQLITE_FORWARD = [
    *SQLITE_BACKWARD,
    f"CREATE VIRTUAL TABLE search_entry_fts USING fts5({', '.join(COLUMNS)}, "
    f"tokenize = {TOKENIZE})",
    "CREATE VIRTUAL TABLE search_entry_vocab USING fts5vocab(search_entry_fts, 'col')",
    _insert("e") + f" FROM {TABLE} e",
    f"CREATE TRIGGER search_entry_fts_insert AFTER INSERT ON {TABLE} BEGIN {_insert('new')}; END",
    f"CREATE TRIGGER search_entry_fts_delete AFTER DELETE ON {TABLE} BEGIN "
    "DELETE FROM search_entry_fts WHERE rowid = old.id; END",
    f"CREATE TRIGGER search_entry_fts_update AFTER UPDATE OF locale, {', '.join(COLUMNS)} "
    f"ON {TABLE} BEGIN DELETE FROM search_entry_fts WHERE rowid = old.id; {_insert('new')}; END",
]


_OLD = import_module("search.migrations.0002_full_text_indexes").SQLITE_FORWARD


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "sqlite":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("atlas_search", "0003_field_lengths")]

    operations = [migrations.RunPython(_run(SQLITE_FORWARD), _run([*SQLITE_BACKWARD, *_OLD]))]
