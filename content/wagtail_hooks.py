"""Admin: snippet viewsets with list filters and search for the data staff maintain."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from content.comparison import admin_views
from content.models import (
    Country,
    GlossaryTerm,
    Indicator,
    IndicatorValue,
    IndicatorValueChange,
    Pillar,
    Topic,
)


class CountryViewSet(SnippetViewSet):
    model = Country
    icon = "site"
    list_display = ["name", "code", "region", "income_group", "locale"]
    list_filter = ["region", "income_group", "locale"]
    search_fields = ["name", "name_local", "code"]
    ordering = ["name"]


class PillarViewSet(SnippetViewSet):
    model = Pillar
    icon = "list-ul"
    list_display = ["name", "code", "sort_order", "locale"]
    list_filter = ["locale"]
    search_fields = ["name", "code"]


class IndicatorViewSet(SnippetViewSet):
    model = Indicator
    icon = "table"
    list_display = ["name", "code", "pillar", "value_type", "direction", "locale"]
    list_filter = ["pillar", "value_type", "direction", "locale"]
    search_fields = ["name", "code", "definition"]


class IndicatorValueViewSet(SnippetViewSet):
    model = IndicatorValue
    icon = "order"
    list_display = ["country", "indicator", "year", "value", "source_title", "is_sample"]
    list_filter = ["year", "is_sample", "indicator__pillar", "country"]
    search_fields = ["value", "source_title", "country__name", "indicator__code", "indicator__name"]
    list_per_page = 50


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name", "slug"]


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "openquote"
    list_display = ["term", "concept", "abbreviation", "topic", "locale"]
    list_filter = ["locale", "topic", "is_sample"]
    search_fields = ["term", "concept", "abbreviation", "definition"]


class AtlasDataGroup(SnippetViewSetGroup):
    menu_label = _("Atlas data")
    menu_icon = "folder-open-inverse"
    menu_order = 200
    items = (
        CountryViewSet,
        PillarViewSet,
        IndicatorViewSet,
        IndicatorValueViewSet,
        TopicViewSet,
        GlossaryTermViewSet,
    )


register_snippet(AtlasDataGroup)


@hooks.register("register_admin_urls")
def comparison_admin_urls():
    return [
        path(
            "import-indicators/",
            admin_views.import_indicators,
            name="import_indicators",
        )
    ]


@hooks.register("register_admin_menu_item")
def import_indicators_menu_item():
    return MenuItem(
        _("Import indicator values"),
        reverse("import_indicators"),
        icon_name="upload",
        order=900,
    )


@hooks.register("after_edit_snippet")
@hooks.register("after_create_snippet")
def attribute_value_change(request, instance):
    """The history signal cannot see the request; name the editor on its change row."""
    if isinstance(instance, IndicatorValue):
        IndicatorValueChange.objects.filter(value=instance, user__isnull=True).filter(
            pk=IndicatorValueChange.objects.filter(value=instance).order_by("-pk").values("pk")[:1]
        ).update(user=request.user, via=IndicatorValueChange.Via.ADMIN)
