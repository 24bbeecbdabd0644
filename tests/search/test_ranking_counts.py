"""A field's counts line (search.ranking.counted) gives each term's exact occurrences."""

import pytest

from search.ranking import FIELDS, counted, counts_column, field_counts, term_frequency
from search.text import index_terms
from tests.search.test_text_index import TEXTS


def _probes(terms: list[str]) -> set[str]:
    """The terms, their prefixes and suffixes (found only as part of a term), absent ones."""
    probes = {"absent", "x"}
    for term in terms:
        probes |= {term, term[:1], term[:-1], term[1:], term + "s"}
    return probes - {""}


@pytest.mark.parametrize("locale", TEXTS)
def test_term_frequencies_are_the_occurrences(locale):
    terms = index_terms(" ".join([TEXTS[locale]] * 3 + list(TEXTS.values())), locale).split()
    line = counted(" ".join(terms))
    for probe in _probes(terms):
        assert term_frequency(line, probe) == terms.count(probe), probe
        # a prefix group: some term starts with it
        assert (f" {probe}" in line) == any(t.startswith(probe) for t in terms), probe


def test_neighbours_and_punctuation():
    terms = "a a a can't can t a:1 a-b 12 1"
    line = counted(terms)
    assert [term_frequency(line, t) for t in ("a", "can't", "can", "t", "a:1", "1", "12")] == [
        3, 1, 1, 1, 1, 1, 1,
    ]  # fmt: skip
    assert term_frequency(line, "a:") == 0 and term_frequency(counted(""), "a") == 0


def test_one_line_per_field():
    column = counts_column({"title_terms": "tender rules", "body_terms": "tender tender"})
    lines = field_counts(column)
    assert list(lines) == list(FIELDS)
    assert term_frequency(lines["body_terms"], "tender") == 2
    assert term_frequency(lines["title_terms"], "rules") == 1
    assert lines["summary_terms"] == lines["attachment_terms"] == " "
