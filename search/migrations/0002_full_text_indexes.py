"""Index the analysed terms: FTS5 on SQLite, a GIN index of the tsvector on PostgreSQL.

`search_entry_fts` holds each entry's `all_terms` under the entry's id (rowid),
kept in step by triggers, so the backend matches with MATCH instead of scanning
every row with LIKE. On PostgreSQL a GIN index over
to_tsvector('simple', COALESCE(all_terms, '')) - the very expression the backend
filters on - lets the planner use the index. Other vendors get neither and keep
the LIKE scan.
"""

from django.db import migrations

TABLE = "atlas_search_searchentry"

SQLITE_FORWARD = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_entry_fts USING fts5("
    "all_terms, tokenize = 'unicode61 remove_diacritics 0')",
    f"INSERT INTO search_entry_fts(rowid, all_terms) SELECT id, all_terms FROM {TABLE}",
    f"CREATE TRIGGER search_entry_fts_insert AFTER INSERT ON {TABLE} BEGIN "
    "INSERT INTO search_entry_fts(rowid, all_terms) VALUES (new.id, new.all_terms); END",
    f"CREATE TRIGGER search_entry_fts_delete AFTER DELETE ON {TABLE} BEGIN "
    "DELETE FROM search_entry_fts WHERE rowid = old.id; END",
    f"CREATE TRIGGER search_entry_fts_update AFTER UPDATE OF all_terms ON {TABLE} BEGIN "
    "DELETE FROM search_entry_fts WHERE rowid = old.id; "
    "INSERT INTO search_entry_fts(rowid, all_terms) VALUES (new.id, new.all_terms); END",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS search_entry_fts_insert",
    "DROP TRIGGER IF EXISTS search_entry_fts_delete",
    "DROP TRIGGER IF EXISTS search_entry_fts_update",
    "DROP TABLE IF EXISTS search_entry_fts",
]
POSTGRES_FORWARD = [
    f"CREATE INDEX IF NOT EXISTS search_entry_terms_gin ON {TABLE} "
    "USING gin (to_tsvector('simple'::regconfig, COALESCE(all_terms, ''::text)))",
]
POSTGRES_BACKWARD = ["DROP INDEX IF EXISTS search_entry_terms_gin"]


def _run(statements):
    def run(apps, schema_editor):
        vendor = schema_editor.connection.vendor
        for statement in statements.get(vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("atlas_search", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            _run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}),
        ),
    ]
