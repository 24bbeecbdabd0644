"""The agency's own terms in each language but English, one module per language:
pillars (name, description), indicators (name, definition, unit), the methodology
note of each value type, topics and glossary terms. Country, region and language
names are not here: they come from CLDR (content.data.names).

Drafts written by the team, not yet reviewed by a reader of the language: the
loader leaves them at the default translation status, "draft".
"""

from importlib import import_module

LANGUAGES = ("ko", "vi", "km", "id", "th", "mn", "lo", "pt", "tet")

# language code -> module with PILLARS, INDICATORS, METHODOLOGY, TOPICS, GLOSSARY
TERMS = {code: import_module(f"{__name__}.{code}") for code in LANGUAGES}
