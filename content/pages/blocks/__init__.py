"""StreamField blocks, grouped by family; `streams` holds the named stream blocks pages use."""

from .streams import BodyStreamBlock, ProfileStreamBlock, stream_text

__all__ = ["BodyStreamBlock", "ProfileStreamBlock", "stream_text"]
