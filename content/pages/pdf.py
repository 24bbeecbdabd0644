"""PDF files whose text is right in every script the site speaks.

Khmer, Thai and Lao stack vowels and subscripts around a base letter; a PDF
that places one glyph per character draws them apart. fpdf2 shapes each run
with HarfBuzz (uharfbuzz) and embeds a subset of a Noto font, so the glyphs
sit where the script wants them and the text extracts back for search.
Fonts are Debian's (scripts/system-deps.sh installs them).
"""

import re
from dataclasses import dataclass
from pathlib import Path

import icu
from fpdf import FPDF

NOTO = Path("/usr/share/fonts/truetype/noto")
NOTO_CJK = Path("/usr/share/fonts/opentype/noto")


@dataclass(frozen=True)
class Face:
    regular: Path
    bold: Path
    # The face's index inside a .ttc collection (1 is Korean in Noto CJK).
    number: int = 0


LATIN = Face(NOTO / "NotoSans-Regular.ttf", NOTO / "NotoSans-Bold.ttf")
FACES = {
    "ko": Face(NOTO_CJK / "NotoSansCJK-Regular.ttc", NOTO_CJK / "NotoSansCJK-Bold.ttc", 1),
    "km": Face(NOTO / "NotoSansKhmer-Regular.ttf", NOTO / "NotoSansKhmer-Bold.ttf"),
    "th": Face(NOTO / "NotoSansThai-Regular.ttf", NOTO / "NotoSansThai-Bold.ttf"),
    "lo": Face(NOTO / "NotoSansLao-Regular.ttf", NOTO / "NotoSansLao-Bold.ttf"),
}


# Letters the Latin face has no glyph for, by the language whose face draws them: a
# Korean system's name in an English brief, a Thai title in a Khmer one.
SCRIPTS = {
    "ko": re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]"),
    "km": re.compile("[\u1780-\u17ff]"),
    "th": re.compile("[\u0e00-\u0e7f]"),
    "lo": re.compile("[\u0e80-\u0eff]"),
}

# Scripts written without spaces between words: fpdf2 wraps lines only at
# spaces, so mark ICU's word boundaries with zero-width spaces or it cuts a word
# (and a shaped cluster) in two at the margin.
UNSPACED = {"th", "km", "lo", "my"}
ZWSP = "\u200b"


def breakable(text: str, language: str) -> str:
    if language not in UNSPACED:
        return text
    words = icu.BreakIterator.createWordInstance(icu.Locale(language))
    words.setText(text)
    pieces, start = [], 0
    for end in words:
        pieces.append(text[start:end])
        start = end
    return ZWSP.join(pieces)


class MissingFont(RuntimeError):
    pass


def face_for(language: str) -> Face:
    """Latin, Vietnamese and Mongolian Cyrillic are all in Noto Sans."""
    return FACES.get(language.split("-")[0], LATIN)


class ScriptPDF(FPDF):
    """An A4 FPDF set in the language's Noto face, with Noto Sans behind it for
    Latin words inside other scripts (names of systems, codes, URLs)."""

    def __init__(self, language: str, title: str = "", scale: float = 1.0):
        super().__init__(format="A4")
        self.language = language.split("-")[0]
        self.scale = scale  # every type size is multiplied by it (a brief fitted to a page)
        self._faces = set()  # the other languages' faces added (paragraph_in, fallbacks)
        self._fallbacks = []
        face = face_for(language)
        missing = [
            p for p in {face.regular, face.bold, LATIN.regular, LATIN.bold} if not p.exists()
        ]
        if missing:
            raise MissingFont(
                f"font {missing[0]} is missing; run scripts/system-deps.sh to install Noto"
            )
        self.add_font("script", fname=str(face.regular), collection_font_number=face.number)
        self.add_font("script", style="B", fname=str(face.bold), collection_font_number=face.number)
        if face is not LATIN:
            self.add_font("latin", fname=str(LATIN.regular))
            self.add_font("latin", style="B", fname=str(LATIN.bold))
            self._fallbacks.append("latin")
            self.set_fallback_fonts(self._fallbacks)
        self.set_text_shaping(True)
        self.set_lang(language)
        self.set_creator("Procurement Atlas")
        if title:
            self.set_title(title)
        self.set_font("script", size=11 * scale)
        self.add_page()

    def heading(self, text: str, size: int = 16) -> None:
        size *= self.scale
        if self.y + size * 0.6 + 14 > self.page_break_trigger:  # not alone at a page foot
            self.add_page()
        self.set_font("script", style="B", size=size)
        self.multi_cell(0, size * 0.6, self.breakable(text), new_x="LMARGIN", new_y="NEXT")
        self.ln(2 * self.scale)
        self.set_font("script", size=11 * self.scale)

    def paragraph(self, text: str, size: int = 11) -> None:
        size *= self.scale
        self.set_font("script", size=size)
        # Ragged right: justified lines open wide gaps between words (and none
        # between Thai or Khmer ones, which have no spaces to stretch).
        self.multi_cell(
            0, size * 0.55, self.breakable(text), align="L", new_x="LMARGIN", new_y="NEXT"
        )
        self.ln(size * 0.18)
        self.set_font("script", size=11 * self.scale)

    def breakable(self, text: str) -> str:
        """The text ready to set: wrap points marked, and a face behind the
        document's own for any script in it that face cannot draw."""
        for language, letters in SCRIPTS.items():
            if face_for(language) != face_for(self.language) and letters.search(text):
                family = self._face_family(language)
                if family not in self._fallbacks:
                    self._fallbacks.append(family)
                    self.set_fallback_fonts(self._fallbacks)
        return breakable(text, self.language)

    def _face_family(self, language: str) -> str:
        family = f"face-{language}"
        if family not in self._faces:
            face = face_for(language)
            self.add_font(family, fname=str(face.regular), collection_font_number=face.number)
            self._faces.add(family)
        return family

    def paragraph_in(self, text: str, language: str) -> None:
        """A paragraph in another language than the document's, set in that
        language's face (a country's own name: Khmer in a Thai or Korean brief)."""
        language = language.split("-")[0]
        face = face_for(language)
        if face == face_for(self.language):
            self.paragraph(text)
            return
        self.set_font(self._face_family(language), size=11 * self.scale)
        self.multi_cell(
            0, 6 * self.scale, breakable(text, language), align="L", new_x="LMARGIN", new_y="NEXT"
        )
        self.ln(2 * self.scale)
        self.set_font("script", size=11 * self.scale)

    def _render_styled_text_line(self, *args, **kwargs):
        # fpdf2 (2.8) sets the font of a line that opens with a word in the fallback
        # face inside that line's own q/Q, yet counts the font as set for the page:
        # the next line, opening in the script's face, is drawn with no font at all
        # (boxes and overlapping glyphs on paper, bytes in its extracted text). So
        # every line sets its font again.
        self.current_font_is_set_on_page = False
        return super()._render_styled_text_line(*args, **kwargs)


def render_text_pdf(title: str, body: str, language: str) -> bytes:
    """A one-section document: the title as a heading, then the body."""
    pdf = ScriptPDF(language, title)
    pdf.heading(title)
    for block in body.split("\n\n"):
        pdf.paragraph(block)
    return bytes(pdf.output())
