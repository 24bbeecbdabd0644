"""The database backend: analysed terms in SearchEntry, matched with the ORM.

On PostgreSQL the terms are matched with full-text search (`simple`
configuration: the terms are already analysed, so no stemming or stop words
on top) through a GIN index of that tsvector; on SQLite with an FTS5 MATCH on
the `search_entry_fts` table (both made by migration 0002); elsewhere with
LIKE over the space-padded term columns. The MATCH expression is passed as a
parameter and made only of double-quoted analysed terms, so no input is syntax.
Matches are ranked in Python by search.ranking, Elasticsearch's BM25 sum,
with the statistics Elasticsearch would use (per locale: documents and total
length per field, documents per field containing each query term) counted in
the same table; facets are ORM aggregations.
"""

import time
from functools import reduce
from operator import and_, or_

from django.db import connection, transaction
from django.db.models import Count, Q, QuerySet, Sum
from django.db.models.expressions import RawSQL

from search.backends.base import Document, analyse_document
from search.models import LENGTH_FIELDS, SearchEntry, SearchTag
from search.query import FIELDS, Hit, SearchRequest, SearchResult, snippet_for
from search.ranking import LOCALE_TIER, Stats, score_clauses
from search.text import Group, query_groups, required

__all__ = ["DatabaseBackend"]

MAX_RANKED = 5000  # relevance is computed in Python over at most this many matches


def _like(group: Group) -> Q:
    pattern = "{}" if group.prefix else "{} "
    return reduce(or_, (Q(all_terms__contains=" " + pattern.format(t)) for t in group.terms))


def _fts_group(group: Group) -> str:
    star = " *" if group.prefix else ""
    quoted = ['"' + t.replace('"', '""') + '"' + star for t in group.terms]
    return "(" + " OR ".join(quoted) + ")"


def fts_expression(clauses: list[list[Group]]) -> str:
    """An FTS5 query: any clause, each with all of its groups, each any of its terms."""
    return " OR ".join("(" + " AND ".join(map(_fts_group, required(c))) + ")" for c in clauses)


def _fts(clauses: list[list[Group]]) -> Q:
    rowids = RawSQL(
        "SELECT rowid FROM search_entry_fts WHERE search_entry_fts MATCH %s",
        [fts_expression(clauses)],
    )
    return Q(pk__in=rowids)


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
    if connection.vendor == "sqlite":
        return _fts([[Group((term,))]])
    if connection.vendor == "postgresql":
        return Q(pk__in=RawSQL(_TSQUERY_SQL, [term]))
    return _like(Group((term,)))


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
    for term in sorted({t for c in clauses for g in c if not g.prefix for t in g.terms}):
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

    def _matching(self, request: SearchRequest) -> QuerySet:
        entries = SearchEntry.objects.all()
        if request.fallback_locale:
            entries = entries.filter(
                Q(locale=request.locale)
                | (Q(locale=request.fallback_locale) & ~Q(page_id__in=request.fallback_exclude))
            )
        elif not request.all_locales:
            entries = entries.filter(locale=request.locale)
        for name, value in request.filters.items():
            if name in ("type", "year"):
                entries = entries.filter(**{name: value})
            else:
                entries = entries.filter(tags__kind=name, tags__value=value)
        if connection.vendor == "postgresql":
            from django.contrib.postgres.search import SearchVector

            tsquery = reduce(
                or_, (reduce(and_, map(_tsquery, required(c))) for c in request.clauses)
            )
            return entries.annotate(_search=SearchVector("all_terms", config="simple")).filter(
                _search=tsquery
            )
        if connection.vendor == "sqlite":
            return entries.filter(_fts(request.clauses))
        return entries.filter(
            reduce(or_, (reduce(and_, map(_like, required(c))) for c in request.clauses))
        )

    @staticmethod
    def _ranked(request: SearchRequest, entries: QuerySet) -> list[dict]:
        """The matches (at most MAX_RANKED, newest first) scored and sorted."""
        columns = ("pk", "page_id", "locale", "date", *FIELDS, *LENGTH_FIELDS.values())
        rows = list(entries.values(*columns).order_by("-date", "pk")[:MAX_RANKED])
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
        entries = self._matching(request)
        rows = self._ranked(request, entries)
        total = len(rows) if len(rows) < MAX_RANKED else entries.count()
        page = [r["pk"] for r in rows[request.offset : request.offset + request.page_size]]
        by_pk = {e.pk: e for e in SearchEntry.objects.filter(pk__in=page).prefetch_related("tags")}
        hits = [self._hit(by_pk[pk], request) for pk in page]
        return SearchResult(
            total=total,
            hits=hits,
            # The matched ids when all were fetched (one scan fewer per facet), else a subquery.
            facets=self._facets(
                [r["pk"] for r in rows] if total == len(rows) else entries.values("pk")
            ),
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
            condition = _fts([[*groups[:-1], last]])
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
        entries = SearchEntry.objects.filter(locale__in=locales)
        return {
            term
            for term in terms
            if entries.filter(_containing(term), all_terms__contains=f" {term} ").exists()
        }

    def status(self) -> dict:
        return {"backend": self.name, "status": "ok", "documents": SearchEntry.objects.count()}
