"""The database backend: analysed terms in SearchEntry, matched with the ORM.

On PostgreSQL the terms are matched with full-text search (`simple`
configuration: the terms are already analysed, so no stemming or stop words
on top) through a GIN index of that tsvector; on SQLite with an FTS5 MATCH on
the `search_entry_fts` table (both made by migration 0002); elsewhere with
LIKE over the space-padded term columns. The MATCH expression is passed as a
parameter and made only of double-quoted analysed terms, so no input is syntax.
Scores mirror the Elasticsearch field boosts; facets are ORM aggregations.
"""

import time
from functools import reduce
from operator import and_, or_

from django.db import connection, transaction
from django.db.models import Count, Q, QuerySet
from django.db.models.expressions import RawSQL

from search.backends.base import Document, analyse_document
from search.models import SearchEntry, SearchTag
from search.query import FIELDS, Hit, SearchRequest, SearchResult, snippet_for
from search.text import Group, query_groups

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
    return " OR ".join("(" + " AND ".join(map(_fts_group, c)) + ")" for c in clauses)


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


def _score(row: dict, request: SearchRequest) -> float:
    score = 0.0
    for number, clause in enumerate(request.clauses):
        weight = 1.0 if number == 0 else 0.5
        for name, boost in FIELDS.items():
            terms = row[name]
            for group in clause:
                if any((f" {t}" if group.prefix else f" {t} ") in terms for t in group.terms):
                    score += boost * weight
    return score


class DatabaseBackend:
    name = "database"

    def index(self, docs: list[Document]) -> None:
        for doc in docs:
            terms = analyse_document(doc)
            padded = {k: f" {v} " for k, v in terms.items()}
            values = {
                key: doc.get(key) or ""
                for key in ("locale", "type", "url", "title", "summary", "body", "attachments")
            }
            with transaction.atomic():
                entry, _created = SearchEntry.objects.update_or_create(
                    page_id=doc["page_id"],
                    defaults={
                        **values,
                        **padded,
                        "all_terms": " " + " ".join(terms.values()) + " ",
                        "date": doc.get("date"),
                        "year": doc.get("year"),
                    },
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
        terms = analyse_document(doc)
        return SearchEntry(
            page_id=doc["page_id"],
            date=doc.get("date"),
            year=doc.get("year"),
            all_terms=" " + " ".join(terms.values()) + " ",
            **{
                k: doc.get(k) or ""
                for k in ("locale", "type", "url", "title", "summary", "body", "attachments")
            },
            **{k: f" {v} " for k, v in terms.items()},
        )

    def delete(self, page_ids: list[int]) -> None:
        SearchEntry.objects.filter(page_id__in=page_ids).delete()

    def clear(self) -> None:
        SearchEntry.objects.all().delete()

    def _matching(self, request: SearchRequest) -> QuerySet:
        entries = SearchEntry.objects.all()
        if not request.all_locales:
            entries = entries.filter(locale=request.locale)
        for name, value in request.filters.items():
            if name in ("type", "year"):
                entries = entries.filter(**{name: value})
            else:
                entries = entries.filter(tags__kind=name, tags__value=value)
        if connection.vendor == "postgresql":
            from django.contrib.postgres.search import SearchVector

            tsquery = reduce(or_, (reduce(and_, map(_tsquery, c)) for c in request.clauses))
            return entries.annotate(_search=SearchVector("all_terms", config="simple")).filter(
                _search=tsquery
            )
        if connection.vendor == "sqlite":
            return entries.filter(_fts(request.clauses))
        return entries.filter(reduce(or_, (reduce(and_, map(_like, c)) for c in request.clauses)))

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
        rows = list(entries.values("pk", "date", *FIELDS).order_by("-date", "pk")[:MAX_RANKED])
        total = len(rows) if len(rows) < MAX_RANKED else entries.count()
        if request.sort == "relevance":
            rows.sort(key=lambda r: -_score(r, request))  # stable: date breaks ties
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
        groups = query_groups(query, locale)
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

    def status(self) -> dict:
        return {"backend": self.name, "status": "ok", "documents": SearchEntry.objects.count()}
