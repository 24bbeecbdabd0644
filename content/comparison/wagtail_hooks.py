"""Admin: the indicator import page and its menu item."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from content.comparison import admin_views


@hooks.register("register_admin_urls")
def comparison_admin_urls():
    return [
        path(
            "import-indicators/",
            admin_views.import_indicators,
            name="import_indicators",
        )
    ]


class ImportMenuItem(MenuItem):
    """Shown to whoever may run an import: the same permission as the view."""

    def is_shown(self, request):
        return request.user.has_perm("data.add_indicatorvalue")


@hooks.register("register_admin_menu_item")
def import_indicators_menu_item():
    return ImportMenuItem(
        _("Import indicator values"),
        reverse("import_indicators"),
        icon_name="upload",
        order=900,
    )
