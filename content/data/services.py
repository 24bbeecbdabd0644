"""Writes with side effects: every change to an indicator value goes through here.

There are no signal handlers for value history: a writer (the importer, the
admin edit view, a script) saves through `save_value`, or snapshots with
`tracked_state` and calls `record_value_change` itself when something else
does the saving (as Wagtail's snippet views do).
"""

from django.core.cache import cache
from django.db import transaction

from content.data.models import IndicatorValue, IndicatorValueChange

__all__ = [
    "TRACKED_FIELDS",
    "tracked_state",
    "record_value_change",
    "save_value",
    "values_version",
    "bump_values_version",
]

VALUES_VERSION_KEY = "atlas:values:version"

# The figure and its source: a change to either is history; a note is not.
TRACKED_FIELDS = ("value", "source_title", "source_url", "source_year")


def tracked_state(value: IndicatorValue) -> dict | None:
    """The stored figure and source of `value` before it is saved (None when new)."""
    if not value.pk:
        return None
    return IndicatorValue.objects.filter(pk=value.pk).values(*TRACKED_FIELDS).first()


def record_value_change(
    value: IndicatorValue, before: dict | None, *, user=None, via: str
) -> IndicatorValueChange | None:
    """One history row for a saved `value` whose figure or source differs from `before`,
    attributed to `user` (when signed in) and `via` (admin, import, other)."""
    # Whatever changed (a note, the sample flag), what was built from the values is stale.
    transaction.on_commit(bump_values_version)
    if before is not None and all(before[f] == getattr(value, f) for f in TRACKED_FIELDS):
        return None
    return IndicatorValueChange.objects.create(
        value=value,
        country_id=value.country_id,
        indicator_id=value.indicator_id,
        year=value.year,
        old_value=(before or {}).get("value") or "",
        new_value=value.value,
        source_title=value.source_title,
        source_url=value.source_url,
        user=user if (user is not None and user.is_authenticated) else None,
        via=via,
    )


@transaction.atomic
def save_value(value: IndicatorValue, *, user=None, via: str) -> IndicatorValueChange | None:
    """Save `value` and record what changed, together or not at all."""
    before = tracked_state(value)
    value.save()
    return record_value_change(value, before, user=user, via=via)


def values_version() -> int:
    """A number that moves whenever a value is saved: part of the key of anything
    cached from the values (the country brief), so a change retires it."""
    version = cache.get(VALUES_VERSION_KEY)
    if version is None:
        cache.add(VALUES_VERSION_KEY, 1, timeout=None)
        version = cache.get(VALUES_VERSION_KEY) or 1
    return version


def bump_values_version() -> None:
    try:
        cache.incr(VALUES_VERSION_KEY)
    except ValueError:  # no version yet: nothing cached under one
        cache.add(VALUES_VERSION_KEY, 2, timeout=None)
