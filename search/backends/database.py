"""The database backend: analysed terms in SearchEntry, matched with the ORM.

On SQLite the terms are matched with an FTS5 MATCH on `search_entry_fts`,
one column per field, each term stored as `<locale>_<term>` (migration 0004);
the MATCH expression is passed as a parameter and made only of double-quoted
terms, so no input is syntax. FTS5's bm25() ranks the matches in SQL and the
best CANDIDATES are read; `search_entry_vocab` gives the document frequencies.
On PostgreSQL the terms are matched with full-text search (`simple`
configuration: the terms are already analysed, so no stemming or stop words
on top) through a GIN index of that tsvector (migration 0002); elsewhere with
LIKE over the space-padded term columns.

The candidates are then scored in Python by search.ranking, Elasticsearch's
BM25 sum, with the statistics Elasticsearch would use (per locale: documents
and total length per field, documents per field containing each query term),
so both engines order pages alike. Totals and facets are SQL aggregations.
"""

import time
from functools import reduce
from operator import and_, or_

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Count, Q, QuerySet, Sum
from django.db.models.expressions import RawSQL

from search.backends.base import Document, analyse_document
from search.models import LENGTH_FIELDS, SearchEntry, SearchTag
from search.query import FIELDS, Hit, SearchRequest, SearchResult, snippet_for
from search.ranking import LOCALE_TIER, Stats, score_clauses
from search.text import Group, query_groups, required

__all__ = ["DatabaseBackend"]

# SQLite: the matches bm25() ranks best, scored exactly in Python (more for later pages).
CANDIDATES = 200
MAX_RANKED = 5000  # elsewhere: relevance is computed in Python over at most this many matches
FTS_WEIGHTS = ", ".join(str(w) for w in FIELDS.values())  # bm25() takes them in column order


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


def _tsquery(group: Group):
    from django.contrib.postgres.search import SearchQuery

    if group.prefix:  # one Hangul syllable: safe inside a raw tsquery
        return reduce(
            or_, (SearchQuery(f"{t}:*", search_type="raw", config="simple") for t in group.terms)
        )
    return reduce(or_, (SearchQuery(t, search_type="plain", config="simple") for t in group.terms))


_TSQUERY_SQL = (
    "SELECT id FROM atlas_search_searchentry WHERE to_tsvector('simple'::regconfig, "
    "COALESCE(all_terms, ''::text)) @@ plainto_tsquery('simple'::regconfig, %s)"
)  # the expression of the GIN index (migration 0002), so the index answers


def _containing(term: str) -> Q:
    """Entries with `term` somewhere, through the full-text index (a superset on
    PostgreSQL, whose parser may cut a term; the per-field LIKE is exact)."""
    if connection.vendor == "postgresql":
        return Q(pk__in=RawSQL(_TSQUERY_SQL, [term]))
    return _like(Group((term,)))


def _vocabulary(terms: set[str], locales: list[str]) -> list[tuple[str, str, str, int]]:
    """(locale, term, field, documents) for each of `terms` some page of `locales`
    holds in that field, from FTS5's own counts: one indexed lookup per term."""
    stored = {fts_term(locale, t): (locale, t) for locale in locales for t in terms}
    if not stored:
        return []
    marks = " UNION ALL ".join(
        ["SELECT term, col, doc FROM search_entry_vocab WHERE term = %s"] * len(stored)
    )
    with connection.cursor() as cursor:
        cursor.execute(marks, list(stored))
        return [(*stored[term], column, docs) for term, column, docs in cursor.fetchall()]


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
    if connection.vendor == "sqlite":
        for locale, term, name, docs in _vocabulary(terms, locales):
            stats[locale].df[(name, term)] = docs
        return stats
    for term in sorted(terms):
        _count_term(term, locales, stats)
    return stats


def _count_term(term: str, locales: list[str], stats: dict[str, Stats]) -> None:
    """Documents per field and locale containing `term`: one query per term."""
    counts = {
        f"d{i}": Count("pk", filter=Q(**{f"{name}__contains": f" {term} "}))
        for i, name in enumerate(FIELDS)
    }
    rows = SearchEntry.objects.filter(_containing(term), locale__in=locales)
    for row in rows.values("locale").annotate(**counts):
        for i, name in enumerate(FIELDS):
            stats[row["locale"]].df[(name, term)] = row[f"d{i}"]


def _sort_key(request: SearchRequest):
    def newest(row):
        return (0, -row["date"].toordinal()) if row["date"] else (1, 0)

    if request.sort == "date":
        return lambda r: (*newest(r), -r["score"], r["page_id"])
    return lambda r: (-r["score"], *newest(r), r["page_id"])


def _values(doc: Document) -> dict:
    """An entry's columns: texts for snippets, padded terms, their lengths, the date."""
    terms = analyse_document(doc)
    texts = ("locale", "type", "url", "title", "summary", "body", "attachments")
    return {
        **{key: doc.get(key) or "" for key in texts},
        **{name: f" {value} " for name, value in terms.items()},
        **{LENGTH_FIELDS[name]: len(value.split()) for name, value in terms.items()},
        "all_terms": " " + " ".join(terms.values()) + " ",
        "date": doc.get("date"),
        "year": doc.get("year"),
    }


class DatabaseBackend:
    name = "database"

    def index(self, docs: list[Document]) -> None:
        for doc in docs:
            with transaction.atomic():
                entry, _created = SearchEntry.objects.update_or_create(
                    page_id=doc["page_id"], defaults=_values(doc)
                )
                entry.tags.all().delete()
                SearchTag.objects.bulk_create(
                    [
                        SearchTag(entry=entry, kind="country", value=c)
                        for c in doc.get("countries", [])
                    ]
                    + [SearchTag(entry=entry, kind="topic", value=t) for t in doc.get("topics", [])]
                )

    def bulk_load(self, docs: list[Document], batch_size: int = 500) -> None:
        """Insert many new documents at once (rebuild and benchmarks); ids must be new."""
        for start in range(0, len(docs), batch_size):
            batch = docs[start : start + batch_size]
            with transaction.atomic():
                entries = SearchEntry.objects.bulk_create([self._entry(d) for d in batch])
                SearchTag.objects.bulk_create(
                    [
                        SearchTag(entry=entry, kind=kind, value=value)
                        for entry, doc in zip(entries, batch, strict=True)
                        for kind, key in (("country", "countries"), ("topic", "topics"))
                        for value in doc.get(key) or []
                    ]
                )

    @staticmethod
    def _entry(doc: Document) -> SearchEntry:
        return SearchEntry(page_id=doc["page_id"], **_values(doc))

    def delete(self, page_ids: list[int]) -> None:
        SearchEntry.objects.filter(page_id__in=page_ids).delete()

    def clear(self) -> None:
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
            from django.contrib.postgres.search import SearchVector

            tsquery = reduce(
                or_, (reduce(and_, map(_tsquery, required(c))) for c in request.clauses)
            )
            return entries.annotate(_search=SearchVector("all_terms", config="simple")).filter(
                _search=tsquery
            )
        return entries.filter(
            reduce(or_, (reduce(and_, map(_like, required(c))) for c in request.clauses))
        )

    def _candidates(self, request: SearchRequest) -> tuple[list[int], int]:
        """Ids of the matches worth scoring, and how many were asked for. SQLite ranks
        them with bm25() (the reader's own pages first, or the newest first when
        sorting by date); elsewhere the newest MAX_RANKED."""
        if connection.vendor != "sqlite":
            ids = self._matching(request).order_by("-date", "pk").values_list("pk", flat=True)
            return list(ids[:MAX_RANKED]), MAX_RANKED
        limit = max(CANDIDATES, 2 * (request.offset + request.page_size))
        order = [f"bm25(search_entry_fts, {FTS_WEIGHTS})"]
        params = [fts_expression(request.clauses, _searched_locales(request))]
        if request.sort == "date":
            order[:0] = ["e.date IS NULL", "e.date DESC"]
        if request.fallback_locale:
            order.insert(0, "e.locale <> %s")
        scope = self._scope(request, with_locale=False)
        where = ""
        if scope.query.where:
            scope_sql, scope_params = scope.values("pk").query.sql_with_params()
            where, params = f" AND e.id IN ({scope_sql})", [*params, *scope_params]
        if request.fallback_locale:
            params.append(request.locale)
        sql = (
            f"SELECT e.id FROM search_entry_fts JOIN {SearchEntry._meta.db_table} e "
            f"ON e.id = search_entry_fts.rowid WHERE search_entry_fts MATCH %s{where} "
            f"ORDER BY {', '.join(order)}, e.id LIMIT {limit}"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return [pk for (pk,) in cursor.fetchall()], limit

    @staticmethod
    def _scored(request: SearchRequest, ids: list[int]) -> list[dict]:
        """The entries `ids`, scored and sorted."""
        columns = ("pk", "page_id", "locale", "date", *FIELDS, *LENGTH_FIELDS.values())
        rows = list(SearchEntry.objects.filter(pk__in=ids).values(*columns))
        stats = _locale_stats(sorted({r["locale"] for r in rows}), request.clauses)
        scored = []
        for row in rows:
            row["lengths"] = {name: row[length] for name, length in LENGTH_FIELDS.items()}
            row["score"] = score_clauses(row, request.clauses, stats[row["locale"]])
            if row["score"] is None:  # the index may offer a superset (PostgreSQL)
                continue
            if request.fallback_locale and row["locale"] == request.locale:
                row["score"] += LOCALE_TIER  # as Elasticsearch's constant_score adds it
            scored.append(row)
        return sorted(scored, key=_sort_key(request))

    def ranked(self, request: SearchRequest) -> tuple[list[dict], bool]:
        """The best matches scored and sorted, and whether they are all the matches."""
        ids, asked = self._candidates(request)
        return self._scored(request, ids), len(ids) < asked

    def _facets(self, ids) -> dict[str, list[dict]]:
        facets = {}
        for name in ("type", "year"):
            rows = SearchEntry.objects.filter(pk__in=ids).exclude(**{f"{name}__isnull": True})
            rows = rows.values(name).annotate(count=Count("pk")).order_by("-count", name)
            facets[name] = [{"value": str(r[name]), "count": r["count"]} for r in rows]
        tags = (
            SearchTag.objects.filter(entry__in=ids)
            .values("kind", "value")
            .annotate(count=Count("entry", distinct=True))
            .order_by("-count", "value")
        )
        for name in ("country", "topic"):
            facets[name] = [
                {"value": t["value"], "count": t["count"]} for t in tags if t["kind"] == name
            ]
        return facets

    def search(self, request: SearchRequest) -> SearchResult:
        started = time.monotonic()
        if not request.clauses:
            return SearchResult(backend=self.name)
        rows, complete = self.ranked(request)
        entries = self._matching(request)
        total = len(rows) if complete else entries.count()
        page = [r["pk"] for r in rows[request.offset : request.offset + request.page_size]]
        by_pk = {e.pk: e for e in SearchEntry.objects.filter(pk__in=page).prefetch_related("tags")}
        hits = [self._hit(by_pk[pk], request) for pk in page]
        return SearchResult(
            total=total,
            hits=hits,
            # The matched ids when all were fetched (one scan fewer per facet), else a subquery.
            facets=self._facets([r["pk"] for r in rows] if complete else entries.values("pk")),
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
        else:
            condition = reduce(and_, [_like(g) for g in groups[:-1]] + [_like(last)])
        titles = SearchEntry.objects.filter(locale=locale).filter(
            condition & Q(title_terms__contains=" " + last.terms[0])
        )
        return list(dict.fromkeys(titles.order_by("-date").values_list("title", flat=True)[:50]))[
            :limit
        ]

    def known_terms(self, terms: set[str], locales: list[str]) -> set[str]:
        """Those of `terms` that some entry in `locales` holds: one indexed query per term."""
        if connection.vendor == "sqlite":
            return {term for _locale, term, _name, _docs in _vocabulary(terms, locales)}
        entries = SearchEntry.objects.filter(locale__in=locales)
        return {
            term
            for term in terms
            if entries.filter(_containing(term), all_terms__contains=f" {term} ").exists()
        }

    def status(self) -> dict:
        return {"backend": self.name, "status": "ok", "documents": SearchEntry.objects.count()}
