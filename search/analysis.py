"""Text analysis of many documents at once, in worker processes (rebuild, benchmarks).

`analysed(docs)` computes `analyse_document` for each document in a pool of
forked processes (one per core by default) and keeps the result on the
document under TERMS_KEY, where `analyse_document` finds it again: the
database copy and Elasticsearch then share one analysis. Analysis is pure
(search.text: no Django, no I/O), so the children never touch the database;
fork hands them the parent's loaded modules and settings as they are.
"""

import multiprocessing
import os

from search.backends.base import TERMS_KEY, Document, analyse_document
from search.text import segment_cache

__all__ = ["analysed", "TERMS_KEY"]

CHUNK = 50  # documents per task at most: amortises pickling, still balances the workers
# Stretches of text each analysis process keeps analysed (about 1 kB each; a rebuild's
# corpus repeats its words, and the processes exit when it ends).
SEGMENT_CACHE = 200_000


def _fields(doc: Document) -> Document:
    """What analysis reads of a document (not its dates, tags or earlier terms)."""
    return {k: doc.get(k) or "" for k in ("locale", "title", "summary", "body", "attachments")}


def analysed(docs: list[Document], workers: int | None = None) -> list[Document]:
    """Store each document's analysed terms on it (in order) and return the documents.

    `workers` processes (default: every core); 1 analyses in this process.
    """
    workers = workers or os.cpu_count() or 1
    fields = [_fields(d) for d in docs]
    if workers == 1 or len(docs) < 2:
        results = [analyse_document(f) for f in fields]
    else:
        # Children only analyse; they leave with os._exit, so the database connection
        # they inherit is never used nor closed by them.
        pool = multiprocessing.get_context("fork").Pool(
            workers, initializer=segment_cache, initargs=(SEGMENT_CACHE,)
        )
        with pool:
            chunk = max(1, min(CHUNK, len(docs) // (workers * 4)))
            results = pool.map(analyse_document, fields, chunksize=chunk)
    for doc, terms in zip(docs, results, strict=True):
        doc[TERMS_KEY] = terms
    return docs
