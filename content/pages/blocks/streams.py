"""The named stream blocks pages use, and turning a stream into plain text."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .data import DataTableBlock, KeyFiguresBlock, SourceBlock
from .media import CaptionedImageBlock, DocumentLinksBlock
from .text import CalloutBlock, HeadingBlock, NarrativeSectionBlock, ParagraphBlock

__all__ = ["BodyStreamBlock", "ProfileStreamBlock", "SourcesStreamBlock", "stream_text"]


class BodyStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    callout = CalloutBlock()
    key_figures = KeyFiguresBlock()
    table = DataTableBlock()
    documents = DocumentLinksBlock()
    image = CaptionedImageBlock()

    class Meta:
        label = _("Body")


class ProfileStreamBlock(BodyStreamBlock):
    section = NarrativeSectionBlock()

    class Meta:
        label = _("Narrative sections")


class SourcesStreamBlock(blocks.StreamBlock):
    source = SourceBlock()

    class Meta:
        label = _("Sources")


def stream_text(field_value) -> str:
    """Plain text of a StreamField value, for search: every block's searchable content."""
    if not field_value:
        return ""
    parts = field_value.stream_block.get_searchable_content(field_value)
    return "\n".join(p.strip() for p in parts if p and p.strip())
