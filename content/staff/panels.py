"""Dashboard panels (construct_homepage_panels). Wagtail's own panels already show
what awaits the user's review and their pages in review."""

from django.conf import settings
from wagtail.admin.ui.components import Component

from .downloads import most_downloaded
from .roles import translators_group
from .selectors import indicators_missing_latest_year, translation_status

__all__ = ["TranslationStatusPanel", "MostDownloadedPanel", "MissingValuesPanel"]

_LISTED = 8  # pages listed per locale for the locales a translator works in


class TranslationStatusPanel(Component):
    name = "atlas_translation_status"
    order = 150
    template_name = "staff/panels/translation_status.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        groups = set(self.user.groups.values_list("name", flat=True))
        rows = []
        for status in translation_status():
            code = status.locale.language_code
            mine = self.user.is_superuser or translators_group(code) in groups
            rows.append(
                {
                    "status": status,
                    "mine": mine,
                    "untranslated": status.untranslated[:_LISTED] if mine else [],
                    "outdated": status.outdated[:_LISTED] if mine else [],
                }
            )
        return {"rows": rows, "source_language": settings.LANGUAGE_CODE}


class MostDownloadedPanel(Component):
    name = "atlas_most_downloaded"
    order = 160
    template_name = "staff/panels/most_downloaded.html"

    def get_context_data(self, parent_context=None):
        return {"documents": list(most_downloaded(10))}


class MissingValuesPanel(Component):
    name = "atlas_missing_values"
    order = 170
    template_name = "staff/panels/missing_values.html"

    def get_context_data(self, parent_context=None):
        return indicators_missing_latest_year(10)
