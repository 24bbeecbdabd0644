"""The history of indicator values: one row per change, written by
`content.data.services.record_value_change` and nothing else."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from content.data.formatting import format_indicator_value

__all__ = ["IndicatorValueChange"]


class IndicatorValueChange(models.Model):
    """One change to an indicator value: what it was, what it became, why, when and who."""

    class Via(models.TextChoices):
        ADMIN = "admin", _("Admin edit")
        IMPORT = "import", _("Import")
        OTHER = "other", _("Other")

    value = models.ForeignKey(
        "data.IndicatorValue",
        null=True,
        on_delete=models.SET_NULL,
        related_name="changes",
        verbose_name=_("value"),
    )
    # Copied so the history outlives a deleted value.
    country = models.ForeignKey(
        "data.Country", on_delete=models.CASCADE, related_name="+", verbose_name=_("country")
    )
    indicator = models.ForeignKey(
        "data.Indicator", on_delete=models.CASCADE, related_name="+", verbose_name=_("indicator")
    )
    year = models.PositiveSmallIntegerField(_("year"))
    old_value = models.CharField(_("old value"), max_length=255, blank=True)
    new_value = models.CharField(_("new value"), max_length=255)
    source_title = models.CharField(_("source title"), max_length=255, blank=True)
    source_url = models.URLField(_("source URL"), blank=True, max_length=500)
    changed_at = models.DateTimeField(_("changed at"), auto_now_add=True, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("changed by"),
    )
    via = models.CharField(_("via"), max_length=10, choices=Via.choices, default=Via.OTHER)

    class Meta:
        verbose_name = _("indicator value change")
        verbose_name_plural = _("indicator value changes")
        ordering = ["-changed_at", "-pk"]

    def __str__(self):
        return f"{self.year}: {self.old_value} → {self.new_value}"

    @property
    def public_attribution(self) -> str:
        """Who changed it, as the public may read it: the agency or the import's source,
        never a staff member's username (personal data)."""
        if self.via == self.Via.IMPORT:
            if self.source_title:
                return _("Imported from %(source)s") % {"source": self.source_title}
            return _("Imported by the agency")
        return _("Updated by the agency")

    @property
    def old_label(self) -> str:
        """The old value as readers read it ("없음", not "None"); empty when there was none."""
        if not self.old_value:
            return ""
        return format_indicator_value(self.old_value, self.indicator.value_type)

    @property
    def new_label(self) -> str:
        return format_indicator_value(self.new_value, self.indicator.value_type)

    @property
    def change_text(self) -> str:
        """ "30 → 28", or the value with its new source when only the source changed."""
        if self.old_value and self.old_value == self.new_value:
            return _("%(value)s (new source: %(source)s)") % {
                "value": self.new_label,
                "source": self.source_title or self.source_url,
            }
        return f"{self.old_label or _('no data')} → {self.new_label}"
