"""Every change to an indicator value is recorded, whoever makes it.

The import sets `_history_user` and `_history_via` on the instance before
saving; admin edits are attributed by the `after_edit_snippet` hook.
"""

from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver

from content.models import IndicatorValue, IndicatorValueChange

__all__ = ["TRACKED_FIELDS", "record_change"]

TRACKED_FIELDS = ("value", "source_title", "source_url", "source_year")
_UNSET = object()


@receiver(pre_save, sender=IndicatorValue, dispatch_uid="indicator_value_history_before")
def _remember_old(sender, instance, raw=False, **kwargs):
    if raw or getattr(instance, "_history_old", _UNSET) is not _UNSET:
        return
    old = None
    if instance.pk:
        old = IndicatorValue.objects.filter(pk=instance.pk).values(*TRACKED_FIELDS).first()
    instance._history_old = old


@receiver(post_save, sender=IndicatorValue, dispatch_uid="indicator_value_history_after")
def _record(sender, instance, created, raw=False, **kwargs):
    if raw:
        return
    old = getattr(instance, "_history_old", None)
    instance._history_old = _UNSET
    record_change(
        instance,
        old,
        user=getattr(instance, "_history_user", None),
        via=getattr(instance, "_history_via", IndicatorValueChange.Via.OTHER),
    )


def record_change(instance, old: dict | None, user=None, via="other"):
    """Write one change row when the value or its source differs from `old`."""
    if old is not None and all(old[f] == getattr(instance, f) for f in TRACKED_FIELDS):
        return None
    return IndicatorValueChange.objects.create(
        value=instance,
        country_id=instance.country_id,
        indicator_id=instance.indicator_id,
        year=instance.year,
        old_value=(old or {}).get("value") or "",
        new_value=instance.value,
        source_title=instance.source_title,
        source_url=instance.source_url,
        user=user if (user is not None and user.is_authenticated) else None,
        via=via,
    )
