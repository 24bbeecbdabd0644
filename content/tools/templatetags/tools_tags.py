"""Template tags of the reader tools, for pages of the layer below to show them."""

from django import template
from django.utils.translation import get_language

from content.tools.atlas import build_atlas

register = template.Library()


@register.inclusion_tag("components/oda_atlas.html", takes_context=True)
def oda_atlas(context):
    """The programme atlas for the ODA index page in the context, with its filters,
    over the programmes its listing loaded (no query of its own)."""
    atlas = build_atlas(context["programmes"], get_language())
    filters = context["filters"]
    return {"atlas": atlas, "filters": filters, "request": context.get("request")}
