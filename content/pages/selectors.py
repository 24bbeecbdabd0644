"""Reads of pages for visitors: what is public, listings with filters, related
pages and the home page's sections. Each runs a fixed number of queries."""

from django.conf import settings
from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Left, Length
from wagtail.models import PageViewRestriction

from config.cache import cached

__all__ = ["public_pages", "listing_queryset", "related_pages", "related_for"]


def public_pages(qs):
    """The one rule for what a visitor may see listed anywhere: live, and no view
    restriction (password, login, groups) on the page or any of its ancestors.

    Wagtail's `.public()` first loads every restriction (a query each time it is
    called); this says the same in the listing's own query: no restricted page's
    tree path is a prefix of this page's path (the page itself or an ancestor)."""
    restricted = PageViewRestriction.objects.filter(
        page__path=Left(OuterRef("path"), Length("page__path"))
    )
    return qs.live().filter(~Exists(restricted))


def listing_queryset(model, locale, filters: dict, date_field: str | None, type_field=None):
    """Live pages of `model` in `locale`, plus source-locale pages not yet translated
    into it, narrowed by the filters (country ISO code, topic slug, type, year)."""
    # The locale comes along: templates mark each untranslated item with its language.
    qs = public_pages(model.objects.select_related("locale"))
    default = Q(locale__language_code=settings.LANGUAGE_CODE)  # a join, not a query
    if locale.language_code != settings.LANGUAGE_CODE:
        # Only a live translation replaces the original; a draft one leaves it listed.
        translated = model.objects.live().filter(locale=locale).values("translation_key")
        qs = qs.filter(Q(locale=locale) | (default & ~Q(translation_key__in=translated)))
    else:
        qs = qs.filter(locale=locale)
    if filters.get("country"):
        qs = qs.filter(countries__country__code=filters["country"].upper())
    if filters.get("topic") and hasattr(model, "topics"):
        qs = qs.filter(topics__topic__slug=filters["topic"])
    if filters.get("type") and type_field:
        qs = qs.filter(**{type_field: filters["type"]})
    if filters.get("year") and date_field:
        qs = qs.filter(**{f"{date_field}__year": filters["year"]})
    return qs.distinct()


def related_pages(page, model, limit: int = 3) -> list:
    """Live pages of `model` in the page's locale sharing a country or topic (one query)."""
    codes = page.country_codes()
    slugs = page.topic_slugs()
    if not (codes or slugs):
        return []
    match = Q(countries__country__code__in=codes)
    if slugs and hasattr(model, "topics"):
        match |= Q(topics__topic__slug__in=slugs)
    qs = public_pages(model.objects.filter(locale_id=page.locale_id)).exclude(pk=page.pk)
    qs = qs.filter(match)
    return list(qs.distinct().order_by("-first_published_at", "-pk")[:limit])


def related_for(request, page) -> list:
    """`related_pages` of the page's own type, kept in the object cache for the live
    page; a preview's links are the draft's, so it asks the database itself."""
    model = type(page)
    if getattr(request, "is_preview", False) or not page.pk:
        return related_pages(page, model)
    key = f"related:{page.pk}:{model._meta.label_lower}"
    return cached(key, lambda: related_pages(page, model))
