"""Admin: snippet viewsets with list filters and search for the data staff maintain."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import (
    CreateView,
    EditView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

from content.data.models import (
    Country,
    GlossaryTerm,
    Indicator,
    IndicatorValue,
    IndicatorValueChange,
    Pillar,
    Topic,
)
from content.data.services import record_value_change, tracked_state


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


class RecordValueChangeMixin:
    """Admin saves of a value go through the history service, named after the editor."""

    def save_instance(self):
        before = tracked_state(self.form.instance)
        instance = super().save_instance()
        record_value_change(
            instance, before, user=self.request.user, via=IndicatorValueChange.Via.ADMIN
        )
        return instance


class IndicatorValueCreateView(RecordValueChangeMixin, CreateView):
    pass


class IndicatorValueEditView(RecordValueChangeMixin, EditView):
    pass


class IndicatorValueViewSet(SnippetViewSet):
    model = IndicatorValue
    add_view_class = IndicatorValueCreateView
    edit_view_class = IndicatorValueEditView
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
