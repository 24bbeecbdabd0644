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
from collections import Counter
from dataclasses import dataclass, field

from search.text import Group

__all__ = [
    "K1",
    "B",
    "FIELDS",
    "EXPANSION_BOOST",
    "LOCALE_TIER",
    "Stats",
    "counts_column",
    "encoded_length",
    "field_counts",
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
    _idf: dict[tuple[str, str], float] = field(default_factory=dict, repr=False, compare=False)

    def idf(self, name: str, term: str) -> float:
        """Lucene's idf, computed once per query for all the candidates it scores."""
        key = (name, term)
        if key not in self._idf:
            n, df = self.docs.get(name, 0), self.df.get(key, 0)
            self._idf[key] = math.log(1 + (n - df + 0.5) / (df + 0.5))
        return self._idf[key]

    def avgdl(self, name: str) -> float:
        return self.total.get(name, 0) / max(1, self.docs.get(name, 0))


def counted(terms: str) -> str:
    """A field's terms as its counts line, each distinct term once with its number of
    occurrences (" term\tn term\tn "): a term holds no whitespace, so a lookup is one
    search for " term\t" in a line a third to half the length of the terms."""
    counts = Counter(terms.split())
    return " " + "".join(f"{term}\t{n} " for term, n in counts.items())


def counts_column(terms: dict[str, str]) -> str:
    """A page's counts lines, one per field in FIELDS order (SearchEntry.term_counts)."""
    return "\n".join(counted(terms.get(name, "")) for name in FIELDS)


def field_counts(column: str) -> dict[str, str]:
    """Each field's counts line from a `counts_column`."""
    return dict(zip(FIELDS, column.split("\n"), strict=True))


def term_frequency(line: str, term: str) -> int:
    """Occurrences of `term` in a field, from its counts line (`counted`)."""
    at = line.find(f" {term}\t")
    if at < 0:
        return 0
    start = at + len(term) + 2
    return int(line[start : line.index(" ", start)])


def _norm(length: int, avgdl: float) -> float:
    """BM25's length normalisation of a field, once per page and field."""
    return K1 * ((1 - B) + B * encoded_length(length) / avgdl) if avgdl else K1


def _group_score(
    group: Group, row: dict, norms: dict[str, float], stats: Stats, boost: float
) -> float | None:
    """What one group adds for a page, None if it misses. The row holds its counts line
    per field (`counts`); `norms` its fields' length normalisations."""
    total, hit = 0.0, False
    for name, weight in FIELDS.items():
        line = row["counts"][name]
        if line == " ":  # an empty field
            continue
        for term in group.terms:
            if group.prefix:
                if f" {term}" in line:
                    total, hit = total + weight * group.weight * boost, True
                continue
            tf = term_frequency(line, term)
            if tf:
                hit = True
                idf = stats.idf(name, term)
                # Elasticsearch keeps BM25's (k1 + 1)
                total += weight * group.weight * boost * idf * tf * (K1 + 1) / (tf + norms[name])
    return total if hit else None


def score_clauses(row: dict, clauses: list[list[Group]], stats: Stats) -> float | None:
    """The page's score: the sum over clauses it matches (every required group), or None."""
    score, matched = 0.0, False
    norms = {name: _norm(row["lengths"][name], stats.avgdl(name)) for name in FIELDS}
    for number, clause in enumerate(clauses):
        boost = 1.0 if number == 0 else EXPANSION_BOOST
        parts = [(g, _group_score(g, row, norms, stats, boost)) for g in clause]
        if any(s is None and not g.optional for g, s in parts):
            continue
        matched = True
        score += sum(s for _g, s in parts if s is not None)
    return score if matched else None
