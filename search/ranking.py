"""One scoring model for both engines: Lucene's BM25, field weights, clause boosts.

Elasticsearch scores each `term` clause with BM25 (k1 1.2, b 0.75, set on the
index) over the locale's index statistics; the database backend computes the
very same sum here from the same statistics taken from its own copy, so both
engines put near-duplicate pages in the same order. Lucene stores a field's
length in one byte (SmallFloat.intToByte4), so lengths are rounded the same
way here. Prefix clauses score their boost alone, as Elasticsearch's constant-
score prefix query does. Ties go to the newer page, then the lower page id.

Pure: no Django, no I/O.
"""

import math
from dataclasses import dataclass, field

from search.text import Group

__all__ = [
    "K1",
    "B",
    "FIELDS",
    "EXPANSION_BOOST",
    "LOCALE_TIER",
    "Stats",
    "encoded_length",
    "score_clauses",
]

K1, B = 1.2, 0.75
# A hit in the title counts most, then summary, body, attached files.
FIELDS = {"title_terms": 4.0, "summary_terms": 3.0, "body_terms": 2.0, "attachment_terms": 1.0}
EXPANSION_BOOST = 0.5  # glossary terms find pages, but the visitor's own words rank first
# Added to the score of a page in the reader's locale when fallback pages are searched too:
# far above any BM25 sum here, so the reader's pages come first, each tier by relevance.
LOCALE_TIER = 1000.0


def _long_to_int4(i: int) -> int:
    bits = i.bit_length()
    if bits < 4:
        return i
    shift = bits - 4
    return ((i >> shift) & 0x07) | ((shift + 1) << 3)


def _int4_to_long(i: int) -> int:
    bits, shift = i & 0x07, (i >> 3) - 1
    return bits if shift == -1 else (bits | 0x08) << shift


_FREE = 255 - _long_to_int4(2**31 - 1)  # lengths below this are stored exactly


def encoded_length(n: int) -> int:
    """A field length as Lucene's norms give it back (exact below 24, then 4 bits)."""
    if n < _FREE:
        return n
    return _FREE + _int4_to_long(_long_to_int4(n - _FREE))


@dataclass
class Stats:
    """One locale's statistics: per field, documents with terms and their total length;
    per (field, term), the documents containing it."""

    docs: dict[str, int] = field(default_factory=dict)
    total: dict[str, int] = field(default_factory=dict)
    df: dict[tuple[str, str], int] = field(default_factory=dict)

    def idf(self, name: str, term: str) -> float:
        n, df = self.docs.get(name, 0), self.df.get((name, term), 0)
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    def avgdl(self, name: str) -> float:
        return self.total.get(name, 0) / max(1, self.docs.get(name, 0))


def term_frequency(padded: str, term: str) -> int:
    """Occurrences of `term` in space-padded terms (neighbours share their space)."""
    needle = f" {term} "
    count, at = 0, padded.find(needle)
    while at >= 0:
        count += 1
        at = padded.find(needle, at + len(needle) - 1)
    return count


def _bm25(tf: int, length: int, avgdl: float, idf: float, boost: float) -> float:
    norm = K1 * ((1 - B) + B * encoded_length(length) / avgdl) if avgdl else K1
    return boost * idf * tf * (K1 + 1) / (tf + norm)  # Elasticsearch keeps BM25's (k1 + 1)


def _group_score(group: Group, row: dict, stats: Stats, boost: float) -> float | None:
    """What one group adds for a page, None if it misses. The row holds its lengths and
    either its term frequencies (`tf`, per field and term, no prefix groups) or its
    padded terms per field."""
    total, hit = 0.0, False
    frequencies = row.get("tf")
    for name, weight in FIELDS.items():
        for term in group.terms:
            if group.prefix:
                if f" {term}" in row[name]:
                    total, hit = total + weight * group.weight * boost, True
                continue
            if frequencies is None:
                tf = term_frequency(row[name], term)
            else:
                tf = frequencies.get((name, term), 0)
            if tf:
                hit = True
                total += _bm25(
                    tf, row["lengths"][name], stats.avgdl(name), stats.idf(name, term),
                    weight * group.weight * boost,
                )  # fmt: skip
    return total if hit else None


def score_clauses(row: dict, clauses: list[list[Group]], stats: Stats) -> float | None:
    """The page's score: the sum over clauses it matches (every required group), or None."""
    score, matched = 0.0, False
    for number, clause in enumerate(clauses):
        boost = 1.0 if number == 0 else EXPANSION_BOOST
        parts = [(g, _group_score(g, row, stats, boost)) for g in clause]
        if any(s is None and not g.optional for g, s in parts):
            continue
        matched = True
        score += sum(s for _g, s in parts if s is not None)
    return score if matched else None
