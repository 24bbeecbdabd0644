"""What the database search backend reads, and the query log behind the staff report."""

from django.db import models
from django.utils.translation import gettext_lazy as _

__all__ = ["SearchEntry", "SearchTag", "SearchTerm", "SearchQuery", "LENGTH_FIELDS"]

# Each terms column and the column holding its number of terms (BM25's field length).
LENGTH_FIELDS = {
    "title_terms": "title_length",
    "summary_terms": "summary_length",
    "body_terms": "body_length",
    "attachment_terms": "attachment_length",
}


class SearchEntry(models.Model):
    """One indexed page: its original texts for snippets and its analysed terms.

    Written for every backend (the database is also Elasticsearch's fallback);
    `*_terms` hold the output of `search.text.index_terms`, padded with spaces so
    a whole term is found with LIKE ' term ' and a prefix with LIKE ' pre%'.
    """

    page_id = models.PositiveIntegerField()
    locale = models.CharField(max_length=12)
    type = models.CharField(max_length=50)
    url = models.CharField(max_length=500)
    title = models.CharField(max_length=500)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    attachments = models.TextField(blank=True)
    date = models.DateField(null=True, blank=True)
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    title_terms = models.TextField(blank=True)
    summary_terms = models.TextField(blank=True)
    body_terms = models.TextField(blank=True)
    attachment_terms = models.TextField(blank=True)
    all_terms = models.TextField(blank=True)
    # Per field, each distinct term with its occurrences (search.ranking.counts_column):
    # what BM25 reads for a candidate, without scanning its long terms columns.
    term_counts = models.TextField(blank=True)
    title_length = models.PositiveIntegerField(default=0)
    summary_length = models.PositiveIntegerField(default=0)
    body_length = models.PositiveIntegerField(default=0)
    attachment_length = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["page_id"], name="unique_search_entry_page")]
        indexes = [
            models.Index(fields=["locale", "type"]),
            models.Index(fields=["locale", "year"]),
            # covers the per-locale length statistics, so they never read the long texts
            models.Index(fields=["locale", *LENGTH_FIELDS.values()], name="search_entry_lengths"),
        ]

    def __str__(self):
        return f"{self.locale}: {self.title}"


class SearchTag(models.Model):
    """A multi-valued facet value of an entry (country code or topic slug)."""

    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="tags")
    kind = models.CharField(max_length=10)  # "country" or "topic"
    value = models.CharField(max_length=100)

    class Meta:
        indexes = [models.Index(fields=["kind", "value"])]

    def __str__(self):
        return f"{self.kind}={self.value}"


class SearchTerm(models.Model):
    """How many entries of a locale hold a term in a field: BM25's document frequency.

    Kept by the database backend as it writes entries (search.backends.database), and
    counted again from the full-text index after a bulk load, so that a query reads
    one indexed row per term and field instead of the index's whole list of the pages
    holding a common term. A count may fall to 0 and stay (an absent term)."""

    locale = models.CharField(max_length=12)
    field = models.CharField(max_length=20)  # a key of search.ranking.FIELDS
    term = models.CharField(max_length=255)  # search.text.MAX_TERM_CHARS
    documents = models.IntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["locale", "term", "field"], name="unique_search_term")
        ]

    def __str__(self):
        return f"{self.locale}: {self.term} ({self.field}: {self.documents})"


class SearchQuery(models.Model):
    """A query a visitor ran, for the staff report of frequent and fruitless queries."""

    query = models.CharField(_("query"), max_length=255)
    locale = models.CharField(_("language"), max_length=12)
    results = models.PositiveIntegerField(_("results"))
    backend = models.CharField(max_length=20)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("search query")
        verbose_name_plural = _("search queries")
        indexes = [models.Index(fields=["locale", "query"])]

    def __str__(self):
        return self.query
