"""PostgreSQL: a stored tsvector of the analysed terms, weighted by field, with a GIN index.

`search_vector` holds each field's terms as they are (no parser: PostgreSQL's
would cut "can't" into 'can' and 't', so a vector made by to_tsvector is only a
superset of the terms), each occurrence at its position in the field, weighted
A (title), B (summary), C (body) or D (attachments). The database keeps it
current itself (GENERATED ALWAYS ... STORED), so the backend ranks matches with
ts_rank() in SQL and counts the documents holding a term in one field with a
tsquery such as 'term':A, through the index. It replaces migration 0002's GIN
index over to_tsvector(all_terms), which nothing reads any more.

A later migration that changes the type of a `*_terms` column must drop the
column first (PostgreSQL refuses to alter a column a generated one reads).
SQLite and other vendors: nothing (SQLite has search_entry_fts, migration 0004).
"""

from django.db import migrations

TABLE = "atlas_search_searchentry"
FUNCTION = "atlas_search_terms_vector"
# Each terms column and its weight, as search.ranking.FIELDS orders them.
WEIGHTS = (
    ("title_terms", "A"),
    ("summary_terms", "B"),
    ("body_terms", "C"),
    ("attachment_terms", "D"),
)

# Occurrences of a term kept per field, at most: ts_rank() saturates fast, and a lexeme
# keeps at most 256 positions, so a long body must not crowd out the other fields.
OCCURRENCES = 8

POSTGRES_FORWARD = [
    # One tsvector literal, 'term':position+weight,... for up to OCCURRENCES occurrences
    # of each term in each field, quoted (quotes and backslashes doubled). Position
    # 4 * n + k for the n-th term of the k-th field: two fields never share a position
    # (PostgreSQL would keep one weight of the two), and 4 * 4094 + 4 stays within 16383.
    f"CREATE FUNCTION {FUNCTION}(title text, summary text, body text, attachments text) "
    "RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ "
    "SELECT COALESCE(string_agg('''' || replace(replace(term, '\\', '\\\\'), '''', '''''') "
    f"|| ''':' || array_to_string(p[1:{OCCURRENCES}], weight || ',') || weight, ' '), '')"
    "::tsvector FROM (SELECT f.weight, u.term, array_agg(4 * least(u.n, 4094) + f.k) AS p "
    "FROM (VALUES (1, 'A', $1), (2, 'B', $2), (3, 'C', $3), (4, 'D', $4)) "
    "AS f(k, weight, terms) CROSS JOIN LATERAL "
    "unnest(string_to_array(btrim(f.terms), ' ')) WITH ORDINALITY AS u(term, n) "
    "WHERE u.term <> '' GROUP BY f.k, f.weight, u.term) AS g $$",
    f"ALTER TABLE {TABLE} ADD COLUMN search_vector tsvector GENERATED ALWAYS AS "
    f"({FUNCTION}({', '.join(column for column, _weight in WEIGHTS)})) STORED",
    f"CREATE INDEX search_entry_vector_gin ON {TABLE} USING gin (search_vector)",
    "DROP INDEX IF EXISTS search_entry_terms_gin",
]
POSTGRES_BACKWARD = [
    f"CREATE INDEX IF NOT EXISTS search_entry_terms_gin ON {TABLE} "
    "USING gin (to_tsvector('simple'::regconfig, COALESCE(all_terms, ''::text)))",
    "DROP INDEX IF EXISTS search_entry_vector_gin",
    f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS search_vector",
    f"DROP FUNCTION IF EXISTS {FUNCTION}(text, text, text, text)",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("atlas_search", "0004_fts_fields")]

    operations = [migrations.RunPython(_run(POSTGRES_FORWARD), _run(POSTGRES_BACKWARD))]
