"""Admin: the self-assessment's questionnaire, as snippets staff edit and translate."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from content.tools.models import AssessmentLevel, AssessmentModule, AssessmentQuestion


class ModuleViewSet(SnippetViewSet):
    model = AssessmentModule
    icon = "list-ol"
    list_display = ["name", "code", "sort_order", "locale"]
    list_filter = ["locale"]


class QuestionViewSet(SnippetViewSet):
    model = AssessmentQuestion
    icon = "help"
    list_display = ["text", "code", "module", "locale"]
    list_filter = ["module", "locale"]
    search_fields = ["text", "code"]


class LevelViewSet(SnippetViewSet):
    model = AssessmentLevel
    icon = "tasks"
    list_display = ["label", "code", "score", "locale"]
    list_filter = ["locale"]


class SelfAssessmentGroup(SnippetViewSetGroup):
    items = (ModuleViewSet, QuestionViewSet, LevelViewSet)
    menu_icon = "tasks"
    menu_label = _("Self-assessment")
    menu_name = "self-assessment"


register_snippet(SelfAssessmentGroup)
