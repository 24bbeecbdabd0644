from .base import AtlasPage, HomePage

__all__ = ["AtlasPage", "HomePage"]
