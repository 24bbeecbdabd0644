"""Data blocks: key figures, typed tables, source citations."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.typed_table_block.blocks import TypedTableBlock

__all__ = ["KeyFiguresBlock", "DataTableBlock", "SourceBlock"]


class SourceBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Source title"), max_length=300)
    url = blocks.URLBlock(label=_("Source URL"), required=False)
    year = blocks.IntegerBlock(label=_("Year"), required=False, min_value=1990, max_value=2100)

    class Meta:
        icon = "link"
        template = "blocks/source_block.html"
        label = _("Source")
        description = _("A public source cited for the facts on this page: title, URL and year.")


class KeyFigureBlock(blocks.StructBlock):
    figure = blocks.CharBlock(label=_("Figure"), max_length=40, help_text=_("e.g. 2002 or 94%"))
    label = blocks.CharBlock(label=_("What it counts"), max_length=200)
    source = blocks.CharBlock(
        label=_("Source"),
        max_length=300,
        required=False,
        help_text=_("Where the figure comes from, with its year."),
    )

    class Meta:
        icon = "order"
        template = "blocks/key_figure_block.html"
        label = _("Key figure")
        description = _("One figure with what it counts and its source.")


class KeyFiguresBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=200, required=False)
    figures = blocks.ListBlock(KeyFigureBlock(), label=_("Figures"), min_num=1, max_num=6)

    class Meta:
        icon = "order"
        template = "blocks/key_figures_block.html"
        label = _("Key figures")
        description = _("Up to six headline figures, each with its source.")


class DataTableBlock(TypedTableBlock):
    """Wagtail's typed table; the caption it carries is required on our pages."""

    def __init__(self, local_blocks=None, **kwargs):
        local_blocks = local_blocks or [
            ("text", blocks.CharBlock(label=_("Text"))),
            ("number", blocks.DecimalBlock(label=_("Number"))),
            (
                "rich_text",
                blocks.RichTextBlock(label=_("Rich text"), features=["bold", "italic", "link"]),
            ),
        ]
        super().__init__(local_blocks, **kwargs)

    class Meta:
        icon = "table"
        template = "blocks/data_table_block.html"
        label = _("Table")
        description = _("A table of text and numbers with a caption and column headings.")
