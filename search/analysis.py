"""Text analysis of many documents at once, in worker processes (rebuild, benchmarks).

`analysed(docs)` computes `analyse_document` for each document in a pool of
forked processes (one per core by default) and keeps the result on the
document under TERMS_KEY, where `analyse_document` finds it again: the
database copy and Elasticsearch then share one analysis (and the database copy's
term counts, under COUNTS_KEY, are counted there too). `analysing(docs)`
does the same but hands each document back as soon as it is analysed, in
order, so the caller loads the first ones while the pool analyses the rest. Analysis is pure
(search.text: no Django, no I/O), so the children never touch the database;
fork hands them the parent's loaded modules and settings as they are.
"""

import multiprocessing
import os
from collections.abc import Iterator

from search.backends.base import (
    COUNTS_KEY,
    TERMS_KEY,
    Document,
    analyse_document,
    document_counts,
)
from search.text import segment_cache

__all__ = ["analysed", "analysing", "TERMS_KEY", "COUNTS_KEY"]

CHUNK = 50  # documents per task at most: amortises pickling, still balances the workers
# Stretches of text each analysis process keeps analysed (about 1 kB each; a rebuild's
# corpus repeats its words, and the processes exit when it ends).
SEGMENT_CACHE = 200_000


def _fields(doc: Document) -> Document:
    """What analysis reads of a document (not its dates, tags or earlier terms)."""
    return {k: doc.get(k) or "" for k in ("locale", "title", "summary", "body", "attachments")}


def _analyse(doc: Document) -> tuple[dict[str, str], str]:
    terms = analyse_document(doc)
    return terms, document_counts(doc, terms)


def analysed(docs: list[Document], workers: int | None = None) -> list[Document]:
    """Store each document's analysed terms on it (in order) and return the documents.

    `workers` processes (default: every core); 1 analyses in this process.
    """
    for _doc in analysing(docs, workers):
        pass
    return docs


def analysing(docs: list[Document], workers: int | None = None) -> Iterator[Document]:
    """Each of `docs`, in order, once its analysed terms are stored on it.

    `workers` processes (default: every core); 1 analyses in this process.
    """
    workers = workers or os.cpu_count() or 1
    fields = (_fields(d) for d in docs)
    if workers == 1 or len(docs) < 2:
        results = map(_analyse, fields)
        yield from _stored(docs, results)
        return
    # Children only analyse; they leave with os._exit, so the database connection
    # they inherit is never used nor closed by them.
    pool = multiprocessing.get_context("fork").Pool(
        workers, initializer=segment_cache, initargs=(SEGMENT_CACHE,)
    )
    with pool:
        chunk = max(1, min(CHUNK, len(docs) // (workers * 4)))
        yield from _stored(docs, pool.imap(_analyse, fields, chunksize=chunk))


def _stored(docs: list[Document], results: Iterator[tuple]) -> Iterator[Document]:
    for doc, (terms, counts) in zip(docs, results, strict=True):
        doc[TERMS_KEY], doc[COUNTS_KEY] = terms, counts
        yield doc
