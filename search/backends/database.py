"""The database backend: analysed terms in SearchEntry, matched with the ORM.

On SQLite the terms are matched with an FTS5 MATCH on `search_entry_fts`,
one column per field, each term stored as `<locale>_<term>` (migration 0004);
the MATCH expression is passed as a parameter and made only of double-quoted
terms, so no input is syntax. FTS5's bm25() ranks the matches in SQL and the
best CANDIDATES are read. On PostgreSQL `search_vector` holds the same terms,
exactly as analysed (no parser), weighted A-D by field, under a GIN index
(migration 0005): a tsquery of quoted lexemes matches, ts_rank() with the field
weights ranks the matches in SQL and the best CANDIDATES are read. Elsewhere
the terms are matched with LIKE over the space-padded term columns.

The candidates are then scored in Python by search.ranking, Elasticsearch's
BM25 sum, with the statistics Elasticsearch would use (per locale: documents
and total length per field, and documents per field containing each query
term, which SearchTerm keeps as entries are written), so both engines order
pages alike; each candidate's term frequencies come from its `term_counts`
(each distinct term once), not from its long terms columns. Totals and facets
are SQL aggregations, one query for all.
"""

import time
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, nullcontext
from functools import reduce
from operator import and_, or_

from django.conf import settings
from django.core.exceptions import EmptyResultSet
from django.db import connection, transaction
from django.db.models import BooleanField, Count, F, FloatField, Q, QuerySet, Sum
from django.db.models.expressions import Expression, ExpressionWrapper, RawSQL
from django.utils import timezone

from search.backends.base import Document, analyse_document, document_counts
from search.models import LENGTH_FIELDS, SearchEntry, SearchTag, SearchTerm
from search.query import FIELDS, Hit, SearchRequest, SearchResult, snippet_for
from search.ranking import LOCALE_TIER, Stats, field_counts, score_clauses
from search.text import Group, query_groups, required

__all__ = ["DatabaseBackend"]

# SQLite and PostgreSQL: the matches bm25()/ts_rank() rank best, scored exactly in Python
# (more for later pages).
CANDIDATES = 200
# SQLite, unspaced words: how many pages bm25() over the words alone ranks, per candidate
# (some hold the words but miss the bigrams or the filters).
WORD_RANKED = 2
MAX_RANKED = 5000  # elsewhere: relevance is computed in Python over at most this many matches
# SQLite: the page cache of a bulk load, in KiB (negative: PRAGMA cache_size counts KiB).
LOAD_CACHE_KIB = -256 * 1024
FTS_WEIGHTS = ", ".join(str(w) for w in FIELDS.values())  # bm25() takes them in column order
# PostgreSQL: each field's weight letter in search_vector (migration 0005), and the
# weights array ts_rank() takes ({D, C, B, A}, each at most 1).
VECTOR_WEIGHTS = dict(zip(FIELDS, "ABCD", strict=True))
TS_RANK_WEIGHTS = (
    "{" + ", ".join(str(w / max(FIELDS.values())) for w in reversed(FIELDS.values())) + "}"
)


def _like(group: Group) -> Q:
    pattern = "{}" if group.prefix else "{} "
    return reduce(or_, (Q(all_terms__contains=" " + pattern.format(t)) for t in group.terms))


def fts_term(locale: str, term: str) -> str:
    """A term as search_entry_fts stores it (migration 0004)."""
    return f"{locale}_{term}"


def _fts_group(group: Group, locales: list[str]) -> str:
    star = " *" if group.prefix else ""
    quoted = [
        '"' + fts_term(locale, t).replace('"', '""') + '"' + star
        for t in group.terms
        for locale in locales
    ]
    return "(" + " OR ".join(quoted) + ")"


def fts_expression(clauses: list[list[Group]], locales: list[str]) -> str:
    """An FTS5 query: any clause, each with all of its groups, each any of its terms,
    in any of `locales` (a page has one locale, so a clause matches within one)."""
    return " OR ".join(
        "(" + " AND ".join(_fts_group(g, locales) for g in required(c)) + ")" for c in clauses
    )


_FTS_MATCH = "SELECT rowid FROM search_entry_fts WHERE search_entry_fts MATCH %s"


def _fts(clauses: list[list[Group]], locales: list[str]) -> Q:
    return Q(pk__in=RawSQL(_FTS_MATCH, [fts_expression(clauses, locales)]))


def _searched_locales(request: SearchRequest) -> list[str]:
    if request.all_locales:
        return [code for code, _name in settings.LANGUAGES]
    return [code for code in (request.locale, request.fallback_locale) if code]


def _lexeme(term: str, prefix: bool = False) -> str:
    """A term as a tsquery lexeme: quoted (quotes and backslashes doubled), so no term
    is syntax and PostgreSQL's parser never cuts it."""
    quoted = "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"
    return f"{quoted}:*" if prefix else quoted


def _ts_group(group: Group) -> str:
    return "(" + " | ".join(_lexeme(t, prefix=group.prefix) for t in group.terms) + ")"


def ts_expression(clauses: list[list[Group]]) -> str:
    """A tsquery (as text): any clause, each with all of its groups, each any of its terms."""
    return " | ".join("(" + " & ".join(_ts_group(g) for g in required(c)) + ")" for c in clauses)


_TABLE = SearchEntry._meta.db_table
# SQLite: equal ranks in the order search.ranking breaks ties (newer, then the page id),
# so the candidates of a longer page agree with those of a shorter.
_TIES = "e.date IS NULL, e.date DESC, e.page_id"
# SQLite: the entries (as e) an FTS5 MATCH of the parameter finds, ranked by bm25() on request.
_FTS_JOIN = (
    f"FROM search_entry_fts JOIN {_TABLE} e ON e.id = search_entry_fts.rowid "
    "WHERE search_entry_fts MATCH %s"
)


class _Vector(Expression):
    """`<entry>.search_vector <operator> %s::<cast>`: a column the model does not declare
    (migration 0005), under whatever alias the entries table has in the query (a
    subquery renames it), so filters and orderings on it nest like any other."""

    def __init__(self, template: str, param: str, output_field, alias: str | None = None):
        super().__init__(output_field=output_field)
        self.template, self.param, self.alias = template, param, alias

    def resolve_expression(self, query=None, *args, **kwargs):
        clone = self.copy()
        clone.alias = query.get_initial_alias() if query is not None else _TABLE
        return clone

    def relabeled_clone(self, change_map):
        clone = self.copy()
        clone.alias = change_map.get(self.alias, self.alias)
        return clone

    def get_group_by_cols(self):
        return []

    def as_sql(self, compiler, connection):
        vector = f"{compiler.quote_name_unless_alias(self.alias)}.search_vector"
        return self.template.replace("{vector}", vector), [self.param]


def _ts_match(expression: str) -> _Vector:
    """Entries whose search_vector (migration 0005) matches the tsquery: the GIN index answers."""
    return _Vector("{vector} @@ %s::tsquery", expression, BooleanField())


def _ts_rank(expression: str) -> _Vector:
    """ts_rank() of the tsquery over the weighted vector, with the fields' weights."""
    template = f"ts_rank('{TS_RANK_WEIGHTS}'::float4[], {{vector}}, %s::tsquery)"
    return _Vector(template, expression, FloatField())


def _total_and_facets(entries: QuerySet) -> tuple[int, dict[str, list[dict]]]:
    """How many `entries` there are and their facet counts in one query, which finds them
    once (a materialized CTE) rather than once for the total and each facet. The tags
    are read through their entry's index (SQLite keeps a CROSS JOIN's order: it would
    rather scan every country and topic tag)."""
    total, facets = 0, {name: [] for name in ("type", "year", "country", "topic")}
    try:
        sql, params = entries.values_list("pk", "type", "year").query.sql_with_params()
    except EmptyResultSet:  # no ids
        return total, facets
    tags = SearchTag._meta.db_table
    query = (
        f"WITH m (id, type, year) AS MATERIALIZED ({sql}) SELECT '', '', count(*) FROM m "
        "UNION ALL SELECT 'type', type, count(*) FROM m WHERE type IS NOT NULL GROUP BY type "
        "UNION ALL SELECT 'year', CAST(year AS text), count(*) FROM m WHERE year IS NOT NULL "
        "GROUP BY year UNION ALL SELECT t.kind, t.value, count(DISTINCT t.entry_id) "
        f"FROM m CROSS JOIN {tags} t WHERE t.entry_id = m.id AND t.kind IN ('country', 'topic') "
        "GROUP BY t.kind, t.value"
    )
    with connection.cursor() as cursor:
        cursor.execute(query, params)
        for kind, value, count in cursor.fetchall():
            if kind:
                facets[kind].append({"value": value, "count": count})
            else:
                total = count
    for name, rows in facets.items():
        number = name == "year"  # as the column sorts
        rows.sort(key=lambda r: (-r["count"], int(r["value"]) if number else r["value"]))
    return total, facets


def _locale_stats(locales: list[str], clauses: list[list[Group]]) -> dict[str, Stats]:
    """Each locale's statistics, as Elasticsearch keeps them for the locale's index."""
    stats = {locale: Stats() for locale in locales}
    totals = {}
    for length in LENGTH_FIELDS.values():
        totals[f"n_{length}"] = Count("pk", filter=Q(**{f"{length}__gt": 0}))
        totals[f"s_{length}"] = Sum(length)
    rows = SearchEntry.objects.filter(locale__in=locales).values("locale").annotate(**totals)
    for row in rows:
        for name, length in LENGTH_FIELDS.items():
            stats[row["locale"]].docs[name] = row[f"n_{length}"]
            stats[row["locale"]].total[name] = row[f"s_{length}"] or 0
    terms = {t for c in clauses for g in c if not g.prefix for t in g.terms}
    found = SearchTerm.objects.filter(locale__in=locales, term__in=terms)
    for locale, name, term, docs in found.values_list("locale", "field", "term", "documents"):
        stats[locale].df[(name, term)] = docs
    return stats


def _term_keys(locale: str, counts: str) -> set[tuple[str, str, str]]:
    """The (locale, field, term) of each term an entry's counts column holds."""
    if not counts:
        return set()
    lines = field_counts(counts).items()
    return {(locale, name, term) for name, line in lines for term in line.split()[::2]}


_TERMS = SearchTerm._meta.db_table
_COUNT_TERM = (
    f"INSERT INTO {_TERMS} (locale, field, term, documents) VALUES (%s, %s, %s, %s) "
    f"ON CONFLICT (locale, term, field) DO UPDATE SET documents = {_TERMS}.documents + "
    "excluded.documents"
)


def _count_changes(changes: Counter) -> None:
    """Add each (locale, field, term)'s change to its document count, in key order (two
    writers then lock the rows they share in the same order: no deadlock)."""
    rows = [(*key, n) for key, n in sorted(changes.items()) if n]
    if rows:
        with connection.cursor() as cursor:
            cursor.executemany(_COUNT_TERM, rows)


# The document counts of every term, from the full-text index: FTS5's vocabulary
# (`<locale>_<term>` per field) on SQLite; the weight letters of the lexemes of each
# vector on PostgreSQL (read from TOAST once per entry, as in the search).
_RECOUNT = {
    "sqlite": (
        f"INSERT INTO {_TERMS} (locale, field, term, documents) SELECT "
        "substr(term, 1, instr(term, '_') - 1), col, substr(term, instr(term, '_') + 1), doc "
        "FROM search_entry_vocab"
    ),
    "postgresql": (
        f"INSERT INTO {_TERMS} (locale, field, term, documents) SELECT e.locale, w.field, t, "
        f"count(*) FROM (SELECT locale, search_vector || ''::tsvector AS v FROM {_TABLE} "
        "OFFSET 0) AS e CROSS JOIN (VALUES "
        + ", ".join(f"('{{{w.lower()}}}'::\"char\"[], '{f}')" for f, w in VECTOR_WEIGHTS.items())
        + ") AS w(weights, field) CROSS JOIN LATERAL "
        "unnest(tsvector_to_array(ts_filter(e.v, w.weights))) AS t GROUP BY 1, 2, 3"
    ),
}


@transaction.atomic
def recount_terms() -> None:
    """Count every term's documents again from the entries (after a bulk load)."""
    SearchTerm.objects.all().delete()
    if connection.vendor in _RECOUNT:
        with connection.cursor() as cursor:
            cursor.execute(_RECOUNT[connection.vendor])
        return
    changes = Counter()
    for locale, counts in SearchEntry.objects.values_list("locale", "term_counts").iterator():
        changes.update(_term_keys(locale, counts))
    _count_changes(changes)


def _sort_key(request: SearchRequest):
    def newest(row):
        return (0, -row["date"].toordinal()) if row["date"] else (1, 0)

    if request.sort == "date":
        return lambda r: (*newest(r), -r["score"], r["page_id"])
    return lambda r: (-r["score"], *newest(r), r["page_id"])


def _values(doc: Document) -> dict:
    """An entry's columns: texts for snippets, padded terms, their lengths and counts, the
    date."""
    terms = analyse_document(doc)
    texts = ("locale", "type", "url", "title", "summary", "body", "attachments")
    return {
        **{key: doc.get(key) or "" for key in texts},
        **{name: f" {value} " for name, value in terms.items()},
        **{LENGTH_FIELDS[name]: len(value.split()) for name, value in terms.items()},
        "all_terms": " " + " ".join(terms.values()) + " ",
        "term_counts": document_counts(doc, terms),
        "date": doc.get("date"),
        "year": doc.get("year"),
    }


def _load_columns() -> list[str]:
    """SearchEntry's columns a bulk load writes, in its INSERT's order (all but the id)."""
    return [f.column for f in SearchEntry._meta.concrete_fields if not f.primary_key]


def _row(doc: Document, columns: list[str], now) -> tuple:
    values = _values(doc)
    values["page_id"] = doc["page_id"]
    values["date"] = connection.ops.adapt_datefield_value(values["date"])
    values["updated_at"] = now
    return tuple(values[c] for c in columns)


def _batches(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch = []
    for doc in docs:
        batch.append(doc)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


@contextmanager
def _load_session():
    """SQLite: a page cache large enough to hold a batch's FTS5 and B-tree pages, for
    this connection and the load only (durability settings stay as they are)."""
    if connection.vendor != "sqlite":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA cache_size")
        (kept,) = cursor.fetchone()
        cursor.execute(f"PRAGMA cache_size = {LOAD_CACHE_KIB}")
        try:
            yield
        finally:
            cursor.execute(f"PRAGMA cache_size = {int(kept)}")


class DatabaseBackend:
    name = "database"

    def index(self, docs: list[Document]) -> None:
        for doc in docs:
            values = _values(doc)
            changes = Counter(_term_keys(values["locale"], values["term_counts"]))
            with transaction.atomic():
                # The old entry read once, locked, and only what its term counts need
                # (not its long texts): the update below writes it in place.
                before = (
                    SearchEntry.objects.select_for_update()
                    .filter(page_id=doc["page_id"])
                    .values_list("pk", "locale", "term_counts")
                    .first()
                )
                if before:
                    entry_id, *old = before
                    changes.subtract(_term_keys(*old))
                    SearchEntry.objects.filter(pk=entry_id).update(
                        **values, updated_at=timezone.now()
                    )
                    SearchTag.objects.filter(entry_id=entry_id).delete()
                else:
                    entry_id = SearchEntry.objects.create(page_id=doc["page_id"], **values).pk
                _count_changes(changes)
                SearchTag.objects.bulk_create(
                    [
                        SearchTag(entry_id=entry_id, kind=kind, value=value)
                        for kind, key in (("country", "countries"), ("topic", "topics"))
                        for value in doc.get(key) or []
                    ]
                )

    def bulk_load(
        self, docs: Iterable[Document], batch_size: int = 1000, replace: bool = False
    ) -> None:
        """Insert many new documents at once (rebuild and benchmarks); ids must be new,
        unless `replace`, which first removes every entry (in the same transaction).

        On PostgreSQL in one transaction, so a reader sees all of them or none, and a
        failure leaves the table as it was. On SQLite each batch commits: in WAL mode a
        transaction of a whole rebuild makes every page read search a WAL of that size
        (10,000 documents loaded in 31.9 s so, 17.0 s in batches), and other writers
        would wait for all of it. `docs` may be a stream (documents analysed meanwhile
        in worker processes): each batch is written as it arrives. The rows go in
        through the cursor (executemany), not as model instances: Django's per-object
        work cost as much as the inserts. FTS5's triggers and PostgreSQL's generated
        search_vector fill the rest, as for one page."""
        columns = _load_columns()
        insert = (
            f"INSERT INTO {_TABLE} ({', '.join(connection.ops.quote_name(c) for c in columns)}) "
            f"VALUES ({', '.join(['%s'] * len(columns))})"
        )
        now = connection.ops.adapt_datetimefield_value(timezone.now())
        whole = transaction.atomic() if connection.vendor != "sqlite" else nullcontext()
        with whole, _load_session(), connection.cursor() as cursor:
            if replace:
                SearchEntry.objects.all().delete()  # and the term counts, in recount_terms()
            for batch in _batches(docs, batch_size):
                with transaction.atomic():
                    cursor.executemany(insert, [_row(doc, columns, now) for doc in batch])
                    ids = dict(
                        SearchEntry.objects.filter(page_id__in=[d["page_id"] for d in batch])
                        .values_list("page_id", "pk")
                        .iterator()
                    )
                    SearchTag.objects.bulk_create(
                        [
                            SearchTag(entry_id=ids[doc["page_id"]], kind=kind, value=value)
                            for doc in batch
                            for kind, key in (("country", "countries"), ("topic", "topics"))
                            for value in doc.get(key) or []
                        ]
                    )
            recount_terms()
            if connection.vendor == "postgresql":
                # New entries wait in the GIN index's pending list, which every search
                # scans until autovacuum merges it (a common word counted in 173 ms, not
                # 2.5): merged now, and the planner given the new table's statistics.
                cursor.execute("SELECT gin_clean_pending_list('search_entry_vector_gin')")
                cursor.execute(f"ANALYZE {_TABLE}")

    def delete(self, page_ids: list[int]) -> None:
        entries = SearchEntry.objects.filter(page_id__in=page_ids)
        with transaction.atomic():
            changes = Counter()
            for locale, counts in entries.values_list("locale", "term_counts"):
                changes.subtract(_term_keys(locale, counts))
            _count_changes(changes)
            entries.delete()

    def clear(self) -> None:
        with transaction.atomic():
            SearchTerm.objects.all().delete()
            SearchEntry.objects.all().delete()

    @staticmethod
    def _scope(request: SearchRequest, with_locale: bool = True) -> QuerySet:
        """The entries the request may find, before its words: locale and filters."""
        entries = SearchEntry.objects.all()
        if request.fallback_locale:
            fallback = Q(locale=request.fallback_locale, page_id__in=request.fallback_exclude)
            entries = entries.exclude(fallback) if request.fallback_exclude else entries
            if with_locale:
                entries = entries.filter(locale__in=[request.locale, request.fallback_locale])
        elif with_locale and not request.all_locales:
            entries = entries.filter(locale=request.locale)
        for name, value in request.filters.items():
            if name in ("type", "year"):
                entries = entries.filter(**{name: value})
            else:
                entries = entries.filter(tags__kind=name, tags__value=value)
        return entries

    def _matching(self, request: SearchRequest) -> QuerySet:
        if connection.vendor == "sqlite":  # the locale is in the stored terms
            entries = self._scope(request, with_locale=False)
            return entries.filter(_fts(request.clauses, _searched_locales(request)))
        entries = self._scope(request)
        if connection.vendor == "postgresql":
            return entries.filter(_ts_match(ts_expression(request.clauses)))
        return entries.filter(
            reduce(or_, (reduce(and_, map(_like, required(c))) for c in request.clauses))
        )

    def _candidates(self, request: SearchRequest, matching: QuerySet) -> tuple[list[int], int]:
        """Ids of the matches worth scoring, and how many were asked for. SQLite ranks
        them with bm25(), PostgreSQL with ts_rank() (the reader's own pages first, or
        the newest first when sorting by date); elsewhere the newest MAX_RANKED."""
        limit = max(CANDIDATES, 2 * (request.offset + request.page_size))
        if connection.vendor == "postgresql":
            return self._ts_ranked(request, limit, matching), limit
        if connection.vendor != "sqlite":
            ids = matching.order_by("-date", "pk").values_list("pk", flat=True)
            return list(ids[:MAX_RANKED]), MAX_RANKED
        expression = fts_expression(request.clauses, _searched_locales(request))
        scope = self._scope(request, with_locale=False)
        where, scope_params = "", []
        if scope.query.where:
            scope_sql, scope_params = scope.values("pk").query.sql_with_params()
            where = f" AND e.id IN ({scope_sql})"
        words = [g for clause in request.clauses for g in clause if g.optional]
        if words and request.sort != "date":
            return self._word_ranked(request, words, expression, where, scope_params, limit), limit
        order = [f"bm25(search_entry_fts, {FTS_WEIGHTS})"]
        params = [expression, *scope_params]
        if request.sort == "date":
            order[:0] = ["e.date IS NULL", "e.date DESC"]
        if request.fallback_locale:
            order.insert(0, "e.locale <> %s")
            params.append(request.locale)
        sql = f"SELECT e.id {_FTS_JOIN}{where} ORDER BY {', '.join(order)}, {_TIES} LIMIT {limit}"
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return [pk for (pk,) in cursor.fetchall()], limit

    @staticmethod
    def _word_ranked(
        request: SearchRequest, words: list[Group], expression: str, where: str, scope_params,
        limit: int,
    ) -> list[int]:  # fmt: skip
        """SQLite, words of an unspaced script (Thai, Khmer, Lao): a page matches through
        the words' bigrams, a dozen common terms, and bm25() over all of them for every
        match cost 1 s at 100,000 pages. The matches are read without ranking; if there
        are more than `limit`, bm25() over the dictionary words alone (far fewer and
        rarer terms, which also weigh most in the exact score) picks them, then any
        other matches; the reader's own pages first."""
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT e.id, e.locale {_FTS_JOIN}{where} ORDER BY {_TIES}",
                [expression, *scope_params],
            )
            matches = dict(cursor.fetchall())
            if len(matches) <= limit:
                return list(matches)
            locales = _searched_locales(request)
            cursor.execute(
                f"SELECT e.id {_FTS_JOIN} ORDER BY bm25(search_entry_fts, {FTS_WEIGHTS}), "
                f"{_TIES} LIMIT {WORD_RANKED * limit}",
                [" OR ".join(_fts_group(g, locales) for g in words)],
            )
            ranked = [pk for (pk,) in cursor.fetchall() if pk in matches]
        picked = set(ranked)
        ranked += [pk for pk in matches if pk not in picked]
        if request.fallback_locale:
            ranked.sort(key=lambda pk: matches[pk] != request.locale)  # stable
        return ranked[:limit]

    def _ts_ranked(self, request: SearchRequest, limit: int, matching: QuerySet) -> list[int]:
        """PostgreSQL: the ids of the `limit` matches ts_rank() puts first, in the tiers
        and date order of SQLite's bm25() query."""
        order = [_ts_rank(ts_expression(request.clauses)).desc()]
        if request.sort == "date":
            order[:0] = [F("date").desc(nulls_last=True)]
        if request.fallback_locale:
            own = ExpressionWrapper(Q(locale=request.locale), output_field=BooleanField())
            order.insert(0, own.desc())  # the reader's locale first
        ties = (F("date").desc(nulls_last=True), "page_id")  # as SQLite's _TIES
        ids = matching.order_by(*order, *ties).values_list("pk", flat=True)
        return list(ids[:limit])

    @staticmethod
    def _scored(request: SearchRequest, ids: list[int]) -> list[dict]:
        """The entries `ids`, scored and sorted, from their lengths and counts lines."""
        columns = ("pk", "page_id", "locale", "date", "term_counts", *LENGTH_FIELDS.values())
        rows = list(SearchEntry.objects.filter(pk__in=ids).values(*columns))
        stats = _locale_stats(sorted({r["locale"] for r in rows}), request.clauses)
        scored = []
        for row in rows:
            row["counts"] = field_counts(row["term_counts"])
            row["lengths"] = {name: row[length] for name, length in LENGTH_FIELDS.items()}
            row["score"] = score_clauses(row, request.clauses, stats[row["locale"]])
            if row["score"] is None:  # the index may offer a superset (PostgreSQL)
                continue
            if request.fallback_locale and row["locale"] == request.locale:
                row["score"] += LOCALE_TIER  # as Elasticsearch's constant_score adds it
            scored.append(row)
        return sorted(scored, key=_sort_key(request))

    def ranked(
        self, request: SearchRequest, matching: QuerySet | None = None
    ) -> tuple[list[dict], bool]:
        """The best matches scored and sorted, and whether they are all the matches
        (`matching`: the request's matching entries, when the caller has them)."""
        if matching is None:
            matching = self._matching(request)
        ids, asked = self._candidates(request, matching)
        return self._scored(request, ids), len(ids) < asked

    def search(self, request: SearchRequest) -> SearchResult:
        started = time.monotonic()
        if not request.clauses:
            return SearchResult(backend=self.name)
        entries = self._matching(request)
        rows, complete = self.ranked(request, entries)
        # The scored ids when they are all the matches, else the match again (once).
        found = SearchEntry.objects.filter(pk__in=[r["pk"] for r in rows])
        total, facets = _total_and_facets(found if complete else entries)
        page = [r["pk"] for r in rows[request.offset : request.offset + request.page_size]]
        by_pk = {e.pk: e for e in SearchEntry.objects.filter(pk__in=page).prefetch_related("tags")}
        hits = [self._hit(by_pk[pk], request) for pk in page]
        return SearchResult(
            total=total,
            hits=hits,
            facets=facets,
            took_ms=int((time.monotonic() - started) * 1000),
            backend=self.name,
        )

    def _hit(self, entry: SearchEntry, request: SearchRequest) -> Hit:
        texts = {k: getattr(entry, k) for k in ("title", "summary", "body", "attachments")}
        return Hit(
            page_id=entry.page_id,
            title=entry.title,
            url=entry.url,
            type=entry.type,
            locale=entry.locale,
            countries=sorted(t.value for t in entry.tags.all() if t.kind == "country"),
            date=entry.date.isoformat() if entry.date else None,
            snippet=snippet_for(texts, request, entry.locale),
        )

    def suggest(self, query: str, locale: str, limit: int = 8) -> list[str]:
        groups = required(query_groups(query, locale))
        if not groups:
            return []
        last = Group(groups[-1].terms, prefix=True)
        if connection.vendor == "sqlite":
            condition = _fts([[*groups[:-1], last]], [locale])
        elif connection.vendor == "postgresql":
            condition = Q(_ts_match(ts_expression([[*groups[:-1], last]])))
        else:
            condition = reduce(and_, [_like(g) for g in groups[:-1]] + [_like(last)])
        titles = SearchEntry.objects.filter(locale=locale).filter(
            condition & Q(title_terms__contains=" " + last.terms[0])
        )
        return list(dict.fromkeys(titles.order_by("-date").values_list("title", flat=True)[:50]))[
            :limit
        ]

    def known_terms(self, terms: set[str], locales: list[str]) -> set[str]:
        """Those of `terms` that some entry in `locales` holds: one indexed query."""
        found = SearchTerm.objects.filter(locale__in=locales, term__in=terms, documents__gt=0)
        return set(found.values_list("term", flat=True))

    def status(self) -> dict:
        return {"backend": self.name, "status": "ok", "documents": SearchEntry.objects.count()}
