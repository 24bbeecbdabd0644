"""Audit-log actions of our own, shown in Wagtail's site history and reports.

Wagtail logs page and snippet edits, publishing, deletions and workflow steps
itself, and wagtail-localize logs translations; imports of indicator values
(content/comparison/importer.py) log under the actions below."""

from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import LogFormatter

from content.comparison.importer import IMPORT_LOG_ACTION

__all__ = ["register_actions"]


class ImportFormatter(LogFormatter):
    label = _("Import indicator values")

    def format_message(self, log_entry):
        if (log_entry.data or {}).get("action") == "create":
            return _("Created by an import of indicator values")
        return _("Changed by an import of indicator values")


def register_actions(actions):
    actions.register_action(IMPORT_LOG_ACTION)(ImportFormatter)
