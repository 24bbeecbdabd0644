from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from content.comparison import admin_views
from content.models import IndicatorValue, IndicatorValueChange


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
