"""Each term's document count per locale and field (SearchTerm), BM25's document
frequency, counted from the full-text index that already holds the entries.

The counting statements are those of search.backends.database as of this migration
(copied, not imported: a later change there must not change what this step did).
Other vendors start empty; `search_index rebuild` counts them.
"""

from django.db import migrations, models

TERMS = "atlas_search_searchterm"
ENTRIES = "atlas_search_searchentry"
WEIGHTS = {"title_terms": "a", "summary_terms": "b", "body_terms": "c", "attachment_terms": "d"}
COUNT = {
    "sqlite": (
        f"INSERT INTO {TERMS} (locale, field, term, documents) SELECT "
        "substr(term, 1, instr(term, '_') - 1), col, substr(term, instr(term, '_') + 1), doc "
        "FROM search_entry_vocab"
    ),
    "postgresql": (
        f"INSERT INTO {TERMS} (locale, field, term, documents) SELECT e.locale, w.field, t, "
        f"count(*) FROM (SELECT locale, search_vector || ''::tsvector AS v FROM {ENTRIES} "
        "OFFSET 0) AS e CROSS JOIN (VALUES "
        + ", ".join(f"('{{{w}}}'::\"char\"[], '{f}')" for f, w in WEIGHTS.items())
        + ") AS w(weights, field) CROSS JOIN LATERAL "
        "unnest(tsvector_to_array(ts_filter(e.v, w.weights))) AS t GROUP BY 1, 2, 3"
    ),
}


def count(apps, schema_editor):
    statement = COUNT.get(schema_editor.connection.vendor)
    if statement:
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("atlas_search", "0006_term_counts")]

    operations = [
        migrations.CreateModel(
            name="SearchTerm",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("locale", models.CharField(max_length=12)),
                ("field", models.CharField(max_length=20)),
                ("term", models.CharField(max_length=255)),
                ("documents", models.IntegerField()),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(
                        fields=("locale", "term", "field"), name="unique_search_term"
                    )
                ],
            },
        ),
        migrations.RunPython(count, migrations.RunPython.noop),
    ]
