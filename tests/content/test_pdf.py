"""Generated PDFs in every script: shaped, wrapped at word boundaries, and
searchable once their text is extracted again."""

import icu
import pytest

from content.pages.pdf import ScriptPDF, render_text_pdf
from search.extract import extract_text

TEXT = {
    "km": "មគ្គុទ្ទេសក៍លទ្ធកម្មសាធារណៈអេឡិចត្រូនិក",
    "th": "คู่มือการจัดซื้อจัดจ้างภาครัฐด้วยระบบอิเล็กทรอนิกส์",
    "lo": "ຄູ່ມືການຈັດຊື້ຈັດຈ້າງພາກລັດ",
    "ko": "조달청 나라장터 안내",
    "mn": "Төрийн худалдан авах ажиллагаа",
    "vi": "Hướng dẫn đấu thầu qua mạng",
    "en": "Open tendering guide",
}


@pytest.mark.parametrize("language", sorted(TEXT))
def test_text_comes_back_from_the_pdf(language):
    title = f"{TEXT[language]} KONEPS"
    text = extract_text(render_text_pdf(title, TEXT[language], language), "guide.pdf")
    assert title in text
    assert TEXT[language] in text.splitlines()


@pytest.mark.parametrize(("language", "font"), [("km", b"NotoSansKhmer"), ("th", b"NotoSansThai")])
def test_the_font_embedded_is_the_scripts_own(language, font):
    assert font in render_text_pdf("x", TEXT[language], language)


@pytest.mark.parametrize("language", ["th", "km", "lo"])
def test_lines_without_spaces_wrap_between_words(language):
    paragraph = TEXT[language] * 8
    lines = extract_text(render_text_pdf("x", paragraph, language), "p.pdf").splitlines()[1:]
    assert len(lines) > 1, "the paragraph should need more than one line"
    assert "".join(lines) == paragraph
    words = icu.BreakIterator.createWordInstance(icu.Locale(language))
    words.setText(paragraph)
    boundaries = set(words)
    position = 0
    for line in lines[:-1]:
        position += len(line)
        assert position in boundaries, f"a line ends inside a word: …{line[-8:]}"


def test_headings_and_paragraphs_build_one_document():
    pdf = ScriptPDF("th", "สรุปประเทศ")
    pdf.heading("ไทย")
    pdf.paragraph("ระบบ e-GP")
    text = extract_text(bytes(pdf.output()), "brief.pdf")
    assert "ไทย" in text and "ระบบ e-GP" in text
