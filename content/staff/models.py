"""Download counts: how often each document was fetched, per day, and nothing about who."""

from django.db import models
from django.utils.translation import gettext_lazy as _

__all__ = ["DocumentDownload"]


class DocumentDownload(models.Model):
    """Downloads of one document on one day. No address, agent or user is kept:
    a row is a document, a date and a number."""

    document = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.CASCADE,
        related_name="downloads",
        verbose_name=_("document"),
    )
    day = models.DateField(_("day"))
    count = models.PositiveIntegerField(_("downloads"), default=0)

    class Meta:
        verbose_name = _("document downloads")
        verbose_name_plural = _("document downloads")
        constraints = [
            models.UniqueConstraint(fields=["document", "day"], name="unique_download_day")
        ]

    def __str__(self):
        return f"{self.document_id} {self.day}: {self.count}"
