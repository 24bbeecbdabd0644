from django import template

from content.staff.downloads import download_counts

register = template.Library()


@register.simple_tag
def document_downloads(document) -> int:
    return download_counts([document.pk]).get(document.pk, 0)
