"""UI catalogs are complete and every visible template string is marked for translation."""

import re
import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
CATALOGS = sorted(ROOT.glob("locale/*/LC_MESSAGES/django.po"))
TEMPLATES = sorted((ROOT / "site" / "templates").rglob("*.html"))
PLACEHOLDER = re.compile(r"%(?:\([^)]+\))?[sdif]|\{[a-z_]+\}")


def test_every_language_but_the_default_has_a_catalog():
    have = {path.parts[-3] for path in CATALOGS}
    want = {code for code, _name in settings.LANGUAGES} - {settings.LANGUAGE_CODE}
    assert want <= have, f"missing catalogs: {sorted(want - have)}"


@pytest.mark.parametrize("po_path", CATALOGS, ids=lambda p: p.parts[-3])
def test_catalog_is_complete(po_path):
    po = polib.pofile(str(po_path))
    untranslated = [e.msgid for e in po.untranslated_entries() if not e.obsolete]
    fuzzy = [e.msgid for e in po.fuzzy_entries() if not e.obsolete]
    assert not untranslated, f"{po_path.parts[-3]}: untranslated {untranslated}"
    assert not fuzzy, f"{po_path.parts[-3]}: fuzzy {fuzzy}"
    assert po.metadata.get("Language") == po_path.parts[-3]


def msgids(po_path) -> set[str]:
    return {e.msgid for e in polib.pofile(str(po_path)) if not e.obsolete}


@pytest.mark.parametrize("po_path", CATALOGS, ids=lambda p: p.parts[-3])
def test_catalog_has_every_string_the_others_have(po_path):
    """A locale added on one branch misses the strings other branches added meanwhile;
    those would show in English to its readers."""
    everywhere = set().union(*(msgids(path) for path in CATALOGS))
    missing = sorted(everywhere - msgids(po_path))
    assert not missing, f"{po_path.parts[-3]}: missing {missing}"


@pytest.mark.parametrize("po_path", CATALOGS, ids=lambda p: p.parts[-3])
def test_translations_keep_their_placeholders(po_path):
    for entry in polib.pofile(str(po_path)):
        if entry.msgstr:
            assert sorted(PLACEHOLDER.findall(entry.msgstr)) == sorted(
                PLACEHOLDER.findall(entry.msgid)
            ), f"{po_path.parts[-3]}: {entry.msgid!r}"


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="gettext's msgfmt is not installed")
@pytest.mark.parametrize("po_path", CATALOGS, ids=lambda p: p.parts[-3])
def test_catalog_compiles(po_path, tmp_path):
    result = subprocess.run(
        ["msgfmt", "--check", "-o", str(tmp_path / "django.mo"), str(po_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


# --- Visible text outside translation tags ------------------------------------
# Attributes a reader sees or hears; every other attribute is markup.
VISIBLE_ATTRIBUTES = ("alt", "title", "aria-label", "placeholder")
# (template path relative to site/templates, text) that may stay as written.
ALLOWED: set[tuple[str, str]] = set()
_DJANGO_COMMENT = re.compile(r"{#.*?#}|{%\s*comment\s*%}.*?{%\s*endcomment\s*%}", re.S)
_BLOCKTRANS = re.compile(
    r"{%\s*blocktrans(?:late)?\b.*?%}.*?{%\s*endblocktrans(?:late)?\s*%}", re.S
)
# Blocks that fill an attribute (`{% block body_class %}page-home{% endblock %}`).
_CLASS_BLOCK = re.compile(r"{%\s*block\s+\w*class\w*\s*%}.*?{%\s*endblock\b.*?%}", re.S)
# Code samples (URLs, commands) are not prose.
_CODE = re.compile(r"<(script|style|code|pre|kbd|samp)\b.*?</\1\s*>", re.S | re.I)
_TEMPLATE_TAG = re.compile(r"{%.*?%}|{{.*?}}", re.S)
_HTML_TAG = re.compile(r"<!--.*?-->|<![^>]*>|</?[a-zA-Z][^>]*>", re.S)
_ATTRIBUTE = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_ENTITY = re.compile(r"&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);")
_LETTER = re.compile(r"[^\W\d_]")


def untranslated_text(source: str) -> list[str]:
    """Runs of visible text in a Django template that hold letters outside translation tags."""
    text = _DJANGO_COMMENT.sub(" ", source)
    text = _BLOCKTRANS.sub(" ", text)
    text = _CLASS_BLOCK.sub(" ", text)
    text = _CODE.sub(" ", text)
    text = _TEMPLATE_TAG.sub(" ", text)
    found = []

    def visible_attributes(match):
        for name, double, single in _ATTRIBUTE.findall(match.group(0)):
            if name.lower() in VISIBLE_ATTRIBUTES and _LETTER.search(double or single):
                found.append((double or single).strip())
        return " \n "

    text = _HTML_TAG.sub(visible_attributes, text)
    text = _ENTITY.sub(" ", text)
    for run in re.split(r"\s*\n\s*|\s{2,}", text):
        if _LETTER.search(run):
            found.append(run.strip())
    return found


def test_checker_flags_plain_text_and_visible_attributes():
    source = (
        '{% load i18n %}<p title="Raw title" class="lead">{% translate "Fine" %} Raw words</p>'
        '<img alt="{% translate \'ok\' %}" src="x.png">{# a comment #}'
        "{% blocktranslate %}Fine too {{ n }}{% endblocktranslate %}<script>var a = 1;</script>"
        "&nbsp;&middot; 2026"
    )
    assert untranslated_text(source) == ["Raw title", "Raw words"]


@pytest.mark.parametrize(
    "template", TEMPLATES, ids=lambda p: str(p.relative_to(ROOT / "site" / "templates"))
)
def test_template_has_no_untranslated_text(template):
    name = str(template.relative_to(ROOT / "site" / "templates"))
    found = [t for t in untranslated_text(template.read_text()) if (name, t) not in ALLOWED]
    assert not found, f"{name}: text outside translation tags: {found}"
