"""The Elasticsearch backend: one index per locale behind an alias (see documents.py)."""

import time
from datetime import date

from elasticsearch import Elasticsearch, NotFoundError, helpers

from search.backends.base import ES_ERRORS, Document, analyse_document
from search.documents import alias_name, all_aliases, index_for, new_index_name
from search.query import Hit, SearchRequest, SearchResult, es_query, snippet_for
from search.text import query_groups, required

__all__ = ["ElasticsearchBackend"]

_SOURCE_KEYS = (
    "page_id", "locale", "type", "url", "title", "summary", "body", "attachments",
    "countries", "topics", "date", "year",
)  # fmt: skip


def _action(index: str, doc: Document) -> dict:
    source = {key: doc.get(key) for key in _SOURCE_KEYS}
    if isinstance(source["date"], date):
        source["date"] = source["date"].isoformat()
    return {
        "_index": index,
        "_id": str(doc["page_id"]),
        "_source": {**source, **analyse_document(doc)},
    }


class ElasticsearchBackend:
    name = "elasticsearch"

    def __init__(self, client: Elasticsearch):
        self.client = client

    # --- indexes and aliases -------------------------------------------------
    def create_index(self, locale: str) -> str:
        name = new_index_name(locale)
        index_for(name).create(using=self.client)
        return name

    def ensure_alias(self, locale: str) -> None:
        alias = alias_name(locale)
        if not self.client.indices.exists_alias(name=alias):
            self.client.indices.put_alias(index=self.create_index(locale), name=alias)

    def swap_alias(self, locale: str, new_index: str) -> list[str]:
        """Point the locale's alias at `new_index` in one atomic step; return the old indexes."""
        alias = alias_name(locale)
        try:
            old = list(self.client.indices.get_alias(name=alias))
        except NotFoundError:
            old = []
        actions = [{"remove": {"index": name, "alias": alias}} for name in old]
        actions.append({"add": {"index": new_index, "alias": alias}})
        self.client.indices.update_aliases(actions=actions)
        return old

    def bulk(self, index: str, docs: list[Document], refresh=False) -> int:
        ok, _errors = helpers.bulk(
            self.client, (_action(index, d) for d in docs), chunk_size=500, refresh=refresh
        )
        return ok

    def drop_all(self) -> None:
        """Delete every index under the prefix (tests and `rebuild` clean-up)."""
        for alias in all_aliases():
            self.client.indices.delete(index=f"{alias}-*", ignore_unavailable=True)

    # --- the interface ----------------------------------------------------
    def index(self, docs: list[Document]) -> None:
        for locale in {d["locale"] for d in docs}:
            self.ensure_alias(locale)
            batch = [d for d in docs if d["locale"] == locale]
            # Refreshed now, not at the next periodic refresh (up to 1 s): a publish is
            # findable, and an unpublished page gone, as soon as the task ends.
            self.bulk(alias_name(locale), batch, refresh=True)

    def delete(self, page_ids: list[int]) -> None:
        # A bulk of deletes by id per existing alias: delete_by_query needs the reindex
        # module, which the test distribution lacks; a missing id is not an error.
        if not page_ids:
            return
        existing = [a for a in all_aliases() if self.client.indices.exists_alias(name=a)]
        actions = [
            {"_op_type": "delete", "_index": alias, "_id": str(pk)}
            for alias in existing
            for pk in page_ids
        ]
        helpers.bulk(self.client, actions, raise_on_error=False, refresh=True)

    def search(self, request: SearchRequest) -> SearchResult:
        started = time.monotonic()
        if not request.clauses:
            return SearchResult(backend=self.name)
        indexes = all_aliases() if request.all_locales else [alias_name(request.locale)]
        if request.fallback_locale:
            indexes.append(alias_name(request.fallback_locale))
        response = self.client.search(
            index=",".join(indexes), ignore_unavailable=True, allow_no_indices=True,
            **es_query(request),
        )  # fmt: skip
        hits = []
        for raw in response["hits"]["hits"]:
            src = raw["_source"]
            hits.append(
                Hit(
                    page_id=src["page_id"],
                    title=src["title"],
                    url=src["url"],
                    type=src["type"],
                    locale=src["locale"],
                    countries=sorted(src.get("countries") or []),
                    date=src.get("date"),
                    snippet=snippet_for(src, request, src["locale"]),
                    score=raw.get("_score") or 0.0,
                )
            )
        facets = {
            name: [
                {"value": str(b["key"]), "count": b["doc_count"]}
                for b in response.get("aggregations", {}).get(name, {}).get("buckets", [])
            ]
            for name in ("type", "country", "topic", "year")
        }
        return SearchResult(
            total=response["hits"]["total"]["value"],
            hits=hits,
            facets=facets,
            took_ms=int((time.monotonic() - started) * 1000),
            backend=self.name,
        )

    def suggest(self, query: str, locale: str, limit: int = 8) -> list[str]:
        groups = required(query_groups(query, locale))
        if not groups:
            return []
        must = [
            {"bool": {"should": [{"term": {"title_terms": t}} for t in g.terms]}}
            for g in groups[:-1]
        ]
        must.append(
            {"bool": {"should": [{"prefix": {"title_terms": t}} for t in groups[-1].terms]}}
        )
        response = self.client.search(
            index=alias_name(locale), ignore_unavailable=True, allow_no_indices=True,
            query={"bool": {"must": must}}, size=limit * 2, _source=["title"],
        )  # fmt: skip
        titles = [h["_source"]["title"] for h in response["hits"]["hits"]]
        return list(dict.fromkeys(titles))[:limit]

    def status(self) -> dict:
        try:
            health = self.client.cluster.health()
            count = self.client.count(
                index=",".join(all_aliases()), ignore_unavailable=True, allow_no_indices=True
            )["count"]
        except ES_ERRORS as exc:
            return {
                "backend": self.name,
                "status": "degraded",
                "elasticsearch": f"unreachable: {exc.__class__.__name__}",
            }
        return {
            "backend": self.name,
            "status": "ok",
            "cluster": health.get("status"),
            "documents": count,
        }
