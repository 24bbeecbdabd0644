"""Text blocks: rich text, headings, callouts."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

__all__ = ["ParagraphBlock", "HeadingBlock", "CalloutBlock", "NarrativeSectionBlock"]

RICH_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph_block.html"
        label = _("Rich text")
        description = _("Paragraphs with bold, italic, links and lists.")


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section (h2)")), ("h3", _("Subsection (h3)"))],
        default="h2",
        help_text=_("Keep headings in order: a subsection follows a section."),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")
        description = _("A section or subsection heading, in document order.")
        preview_value = {"text": "Legal framework", "level": "h2"}


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[("info", _("Note")), ("tip", _("Good practice")), ("warning", _("Caution"))],
        default="info",
        help_text=_("The kind is also written out in words, not only shown by colour."),
    )
    title = blocks.CharBlock(label=_("Title"), max_length=200, required=False)
    text = ParagraphBlock(label=_("Text"))

    class Meta:
        icon = "warning"
        template = "blocks/callout_block.html"
        label = _("Callout")
        description = _("A highlighted note, good practice or caution set apart from the text.")


SECTION_TOPICS = [
    ("legal", _("Legal framework")),
    ("central_purchasing", _("Central purchasing body")),
    ("eprocurement", _("E-procurement system")),
    ("thresholds", _("Thresholds")),
    ("complaints", _("Complaints and review")),
    ("sustainable", _("Sustainable and SME policies")),
    ("other", _("Other")),
]


class NarrativeSectionBlock(blocks.StructBlock):
    topic = blocks.ChoiceBlock(
        label=_("Section"),
        choices=SECTION_TOPICS,
        help_text=_("Which part of the national system this section describes."),
    )
    heading = blocks.CharBlock(
        label=_("Heading"),
        max_length=200,
        required=False,
        help_text=_("Leave empty to use the section's standard name."),
    )
    text = ParagraphBlock(label=_("Text"))

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["section_heading"] = value.get("heading") or dict(SECTION_TOPICS).get(
            value.get("topic"), ""
        )
        return context

    class Meta:
        icon = "doc-full"
        template = "blocks/narrative_section_block.html"
        label = _("Profile section")
        description = _("One section of a country profile: legal framework, thresholds, etc.")
