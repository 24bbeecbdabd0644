"""The demo loaded as `manage.py load_demo` loads it: background tasks dropped while
it loads, so that each publish does not reindex its subtree and each save does not
update Wagtail's indexes row by row (two thirds of the load's time in a test). A
module that searches the demo asks for the public search index, built once after."""

import io

from django.core.management import call_command
from django.test.utils import override_settings

from content.demo.loader import load_demo as build_demo
from content.demo.management.commands.load_demo import DEFERRED_TASKS


def load_demo(search_index: bool = False) -> dict:
    with override_settings(TASKS=DEFERRED_TASKS):
        summary = build_demo()
    if search_index:
        call_command("search_index", "update", stdout=io.StringIO(), verbosity=0)
    return summary
