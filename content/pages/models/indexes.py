"""Index pages: one per kind of content, with GET filters and pagination."""

import datetime
import hashlib
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Prefetch
from django.template.loader import render_to_string
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail_localize.fields import TranslatableField

from config.cache import cached
from content.data.formatting import collate_sort
from content.data.models import Country, Region, Topic
from content.data.selectors import glossary_entries, localized
from content.pages.selectors import listing_queryset

from .base import AtlasPage
from .documents import DocumentType, PolicyDocumentPage
from .events import EventPage, EventType, NewsPage
from .profiles import CountryProfilePage
from .programmes import GuidePage, ODAProgrammePage
from .relations import FILE_LANGUAGES

__all__ = [
    "ListingIndexPage",
    "CountryIndexPage",
    "PolicyDocumentIndexPage",
    "ODAProgrammeIndexPage",
    "GuideLibraryPage",
    "EventIndexPage",
    "NewsIndexPage",
    "GlossaryPage",
]


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


class ListingIndexPage(AtlasPage):
    """Lists live pages of `listing_model` in this page's locale (falling back to
    untranslated English ones), filtered by ?country=&topic=&type=&year=&page=."""

    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("A short paragraph above the list.")
    )

    translatable_fields = AtlasPage.translatable_fields + [TranslatableField("intro")]
    content_panels = AtlasPage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["pages.HomePage"]
    max_count_per_parent = 1

    listing_model = None
    date_field = None  # a DateField name, or None
    type_field = None  # the lookup `?type=` filters on
    type_label = _("Type")
    type_choices = ()
    ordering = ("-first_published_at",)
    prefetch = ("countries",)  # inlines loaded with their rows (prefetch_links)
    per_page = 12
    filter_topics = True
    # Keep the rendered list in the object cache; off where get_context works on the rows.
    cache_listing = True
    search_type = "index"
    search_type_label = _("section index")  # every listing is one kind of result

    class Meta:
        abstract = True

    def get_template(self, request, *args, **kwargs):
        # Every listing looks the same; the filters and list items adapt to the model.
        # (Wagtail's metaclass gives each subclass its own `template` default, so the
        # shared template is chosen here.)
        return "pages/listing_index_page.html"

    def read_filters(self, request) -> dict:
        get = request.GET
        country = (get.get("country") or "").strip().upper()
        topic = (get.get("topic") or "").strip()
        kind = (get.get("type") or "").strip()
        year = _int(get.get("year"))
        return {
            "country": country if len(country) == 2 and country.isalpha() else "",
            "topic": topic if topic.replace("-", "").isalnum() else "",
            "type": kind if kind in dict(self.type_choices) else "",
            "year": year if year and 1990 <= year <= 2100 else None,
        }

    def base_queryset(self, filters):
        return listing_queryset(
            self.listing_model, self.locale, filters, self.date_field, self.type_field
        )

    def year_options(self, qs) -> list[int]:
        if not self.date_field:
            return []
        return sorted({d.year for d in qs.dates(self.date_field, "year")}, reverse=True)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filters = self.read_filters(request)
        number = _int(request.GET.get("page")) or 1
        if self.cache_listing and 1 <= number <= 1000:
            # The listing as rendered: the same for every visitor reading this language
            # on this site until the content changes (publish, unpublish, a new view
            # restriction: each retires the object cache). Loading twelve specific pages
            # with their inlines and counting the matches cost more than the rest of
            # the page.
            # Per host: the items' URLs are relative on their own site only.
            where = f"{request.get_host()}|{self.filter_query(filters)}|{number}"
            digest = hashlib.sha256(where.encode()).hexdigest()
            key = f"listing:{self.pk}:{get_language()}:{digest}"
            listing_html, has_sample_items = cached(
                key, lambda: self.render_listing(request, filters, number)
            )
            context.update(listing_html=listing_html, has_sample_items=has_sample_items)
        else:
            context.update(self.listing_context(filters, request.GET.get("page")))
            context["listing_html"] = None
        context.update(
            source_language=settings.LANGUAGE_CODE,
            filters=filters,
            filter_query=self.filter_query(filters),
            type_label=self.type_label,
            # The same for every visitor until the content changes: the object cache.
            **cached(f"listing-options:{self.pk}", self.filter_options),
        )
        return context

    def render_listing(self, request, filters, number) -> tuple[str, bool]:
        context = self.listing_context(filters, number)
        html = render_to_string(
            "components/listing.html",
            {
                **context,
                "request": request,
                "page": self,
                "filter_query": self.filter_query(filters),
            },
        )
        return html, context["has_sample_items"]

    def listing_context(self, filters, number) -> dict:
        qs = (
            self.base_queryset(filters)
            .order_by(*self.ordering)
            .prefetch_related(*[self.prefetch_links(name) for name in self.prefetch])
        )
        paginator = Paginator(self.listing_rows(qs), self.per_page)
        page_obj = paginator.get_page(number)
        items = list(page_obj.object_list)
        countries = {}
        for item in items:
            for link in item.countries.all() if hasattr(item, "countries") else []:
                countries[link.country.translation_key] = link.country
        names = {c.translation_key: c for c in localized(list(countries.values()), self.locale_id)}
        for item in items:
            links = item.countries.all() if hasattr(item, "countries") else []
            item.country_list = [names[link.country.translation_key] for link in links]
        return {
            "source_language": settings.LANGUAGE_CODE,
            "items": items,
            "has_sample_items": any(item.is_sample for item in items),
            "page_obj": page_obj,
        }

    def listing_rows(self, qs):
        """What the paginator pages through: the query itself (a count, then one
        page of rows), unless a page needs every row the filters match."""
        return qs

    def filter_options(self) -> dict:
        """What the filters offer: every country and topic, the types and years present."""
        language = self.locale.language_code
        source_countries = list(Country.objects.filter(locale__language_code="en"))
        return {
            "country_options": collate_sort(source_countries, Country.name_in, language),
            "topic_options": self.topic_options() if self.filter_topics else [],
            "type_options": self.type_options(),
            "year_options": self.year_options(self.base_queryset({})),
        }

    def prefetch_links(self, name: str):
        """`countries` or `files` with the row each link points to, in one query."""
        related = self.listing_model._meta.get_field(name).related_model
        target = {"countries": "country", "files": "document"}[name]
        return Prefetch(name, queryset=related.objects.select_related(target))

    def type_options(self) -> list:
        return list(self.type_choices)

    def topic_options(self):
        return collate_sort(
            localized(list(Topic.objects.filter(locale__language_code="en")), self.locale_id),
            str,
            self.locale.language_code,
        )

    @staticmethod
    def filter_query(filters) -> str:
        return urlencode({k: v for k, v in filters.items() if v})


class CountryIndexPage(ListingIndexPage):
    listing_model = CountryProfilePage
    type_field = "country__region"
    type_label = _("Region")
    type_choices = Region.choices
    ordering = ("title",)
    prefetch = ()
    per_page = 24
    filter_topics = False
    cache_listing = False
    subpage_types = ["pages.CountryProfilePage"]

    class Meta:
        verbose_name = _("country profiles index")

    def base_queryset(self, filters):
        qs = super().base_queryset({**filters, "country": ""}).select_related("country")
        if filters.get("country"):
            qs = qs.filter(country__code=filters["country"])
        return qs

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        names = localized([item.country for item in context["items"]], self.locale_id)
        for item, country in zip(context["items"], names, strict=True):
            item.country_list = [country]
        # In the reader's alphabetical order (Campuchia before Thái Lan, 캄보디아 after 베트남).
        context["items"] = collate_sort(context["items"], "title", self.locale.language_code)
        return context


class PolicyDocumentIndexPage(ListingIndexPage):
    listing_model = PolicyDocumentPage
    date_field = "publication_date"
    type_field = "document_type"
    type_label = _("Document type")
    type_choices = DocumentType.choices
    ordering = ("-publication_date", "title")
    prefetch = ("countries", "files")
    subpage_types = ["pages.PolicyDocumentPage"]

    class Meta:
        verbose_name = _("policy documents index")


class ODAProgrammeIndexPage(ListingIndexPage):
    """The programmes, filtered by country, topic (their sector), status and year,
    above them the programme atlas (a map and a timeline, from content.tools)."""

    listing_model = ODAProgrammePage
    ordering = ("-start_year", "title")
    subpage_types = ["pages.ODAProgrammePage"]
    cache_listing = False
    type_label = _("Status")
    type_choices = (("running", _("Running")), ("completed", _("Completed")))

    class Meta:
        verbose_name = _("ODA programmes index")

    def get_template(self, request, *args, **kwargs):
        return "pages/oda_programme_index_page.html"

    def base_queryset(self, filters):
        qs = super().base_queryset(filters)
        this_year = datetime.date.today().year
        if filters.get("type") == "running":
            qs = qs.filter(models.Q(end_year__isnull=True) | models.Q(end_year__gte=this_year))
        elif filters.get("type") == "completed":
            qs = qs.filter(end_year__lt=this_year)
        if filters.get("year"):  # running in that year
            year = filters["year"]
            qs = qs.filter(start_year__lte=year).filter(
                models.Q(end_year__isnull=True) | models.Q(end_year__gte=year)
            )
        return qs

    def listing_rows(self, qs):
        """Every programme the filters match, loaded once with its countries (there
        are tens, not thousands): the list pages through them and the atlas counts
        them, so the map, the timeline and the list come from the same query."""
        return list(qs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["programmes"] = context["page_obj"].paginator.object_list
        return context

    def year_options(self, qs):
        spans = qs.values_list("start_year", "end_year")
        years = set()
        for start, end in spans:
            years.update(range(start, (end or start) + 1))
        return sorted(years, reverse=True)


class GuideLibraryPage(ListingIndexPage):
    listing_model = GuidePage
    date_field = "publication_date"
    type_field = "files__language"
    type_label = _("Language")
    type_choices = FILE_LANGUAGES
    ordering = ("-publication_date", "title")
    prefetch = ("countries", "files")
    subpage_types = ["pages.GuidePage"]

    class Meta:
        verbose_name = _("guide library")

    def type_options(self) -> list:
        """Only the languages the listed guides have files in: the editor's list
        of choices names languages no file may be written in."""
        present = set(self.base_queryset({}).values_list("files__language", flat=True))
        return [(code, name) for code, name in self.type_choices if code in present]


class EventIndexPage(ListingIndexPage):
    listing_model = EventPage
    date_field = "start_date"
    type_field = "event_type"
    type_label = _("Kind of event")
    type_choices = EventType.choices
    ordering = ("-start_date", "title")
    subpage_types = ["pages.EventPage"]

    class Meta:
        verbose_name = _("events index")


class NewsIndexPage(ListingIndexPage):
    listing_model = NewsPage
    date_field = "date"
    ordering = ("-date", "title")
    subpage_types = ["pages.NewsPage"]

    class Meta:
        verbose_name = _("news index")


class GlossaryPage(AtlasPage):
    """Every glossary term in this page's language, A to Z, filterable by topic."""

    intro = models.TextField(_("introduction"), blank=True)
    translatable_fields = AtlasPage.translatable_fields + [TranslatableField("intro")]
    content_panels = AtlasPage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "pages/glossary_page.html"
    search_type = "glossary"

    class Meta:
        verbose_name = _("glossary")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        topic = (request.GET.get("topic") or "").strip()
        terms = glossary_entries(self.locale.language_code, topic)
        paginator = Paginator(terms, 100)
        page_obj = paginator.get_page(request.GET.get("page"))
        context.update(
            items=list(page_obj.object_list),
            page_obj=page_obj,
            filters={"topic": topic},
            filter_query=f"topic={topic}" if topic else "",
            source_language=settings.LANGUAGE_CODE,
            topic_options=sorted(
                localized(list(Topic.objects.filter(locale__language_code="en")), self.locale_id),
                key=str,
            ),
            has_sample_terms=any(t.is_sample for t in page_obj.object_list),
        )
        return context
