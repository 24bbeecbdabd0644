"""The country brief as a PDF, set by the site's one PDF writer (content.pages.pdf),
so Khmer, Thai, Lao and Korean are shaped and wrap at word boundaries."""

from babel.lists import format_list
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from content.data.formatting import babel_locale
from content.pages.pdf import ScriptPDF

__all__ = ["brief_pdf", "brief_title"]


def brief_title(brief) -> str:
    return _("Country brief: %(country)s") % {"country": brief.name}


def _score(value) -> str:
    return "—" if value is None else number_format(round(value), 0)


def _cite(source) -> str:
    text = source.title + (f" ({source.year})" if source.year else "")
    if source.url:
        text += f" {source.url}"
    if source.is_sample:
        text += " · " + _("sample data")
    return text


# Type scales tried in turn until the brief fits on one page (Korea's cites the most).
SCALES = (1.0, 0.92, 0.85, 0.78)


def brief_pdf(brief, language: str) -> bytes:
    """One page if any of SCALES fits it; else the smallest scale, on more pages."""
    for scale in SCALES:
        pdf = _brief(brief, language, scale)
        if pdf.pages_count == 1:
            break
    return bytes(pdf.output())


def _brief(brief, language: str, scale: float) -> ScriptPDF:
    pdf = ScriptPDF(language, brief_title(brief), scale)
    pdf.heading(brief_title(brief))
    if brief.name_local and brief.name_local != brief.name:
        pdf.paragraph_in(brief.name_local, brief.name_local_lang or language)
    pdf.paragraph(f"{brief.region_label} · {brief.income_label}")
    if brief.has_sample:
        pdf.paragraph(_("Sample data: some values were made up for the demo; each is marked."))

    pdf.heading(_("Pillar scores (0-100)"), size=13)
    pdf.set_font("script", size=9 * scale)
    with pdf.table(
        col_widths=(34, 14, 16, 14, 22), first_row_as_headings=True, text_align="LEFT"
    ) as table:
        header = table.row()
        for label in (
            _("Pillar"),
            brief.name,
            _("Peer median (region)"),
            _("Korea"),
            _("Indicators with data"),
        ):
            header.cell(pdf.breakable(label))
        for line in brief.pillars:
            row = table.row()
            row.cell(pdf.breakable(line.name))
            row.cell(_score(line.score))
            row.cell(_score(line.region_median))
            row.cell(_score(line.korea))
            row.cell(f"{line.count}/{line.total}")
    pdf.ln(2 * scale)
    # Every score and fact cites its sources by number, listed once at the end, so the
    # brief keeps to one page however often one dataset is cited.
    references: dict[str, int] = {}

    def cite(sources) -> str:
        numbers = sorted({references.setdefault(_cite(s), len(references) + 1) for s in sources})
        return " ".join(f"[{n}]" for n in numbers)

    pillars_by_sources: dict[str, list[str]] = {}
    for line in brief.pillars:
        if line.sources:
            pillars_by_sources.setdefault(cite(line.sources), []).append(line.name)
    for numbers, names in pillars_by_sources.items():
        pillars = format_list(names, locale=babel_locale(language))
        pdf.paragraph(f"{_('Sources')}: {pillars} {numbers}", size=9)

    if brief.facts:
        pdf.heading(_("Key facts"), size=13)
        for fact in brief.facts:
            sample = " · " + _("sample data") if fact.source.is_sample else ""
            pdf.paragraph(
                f"{fact.name}: {fact.display} ({fact.year}){sample} {cite([fact.source])}",
                size=10,
            )

    profile = brief.profile
    if profile is not None and profile.eproc_system_name:
        pdf.heading(_("E-procurement system at a glance"), size=13)
        launched = (
            " " + _("(launched %(year)s)") % {"year": profile.eproc_launch_year}
            if profile.eproc_launch_year
            else ""
        )
        pdf.paragraph(f"{profile.eproc_system_name}{launched} {profile.eproc_url}".strip())
        if profile.summary:
            pdf.paragraph(profile.summary)

    for heading, pages in (
        (_("Related ODA programmes"), brief.programmes),
        (_("Related guides"), brief.guides),
    ):
        if pages:
            pdf.heading(heading, size=13)
            for page in pages:
                pdf.paragraph(page.title)

    if references:
        pdf.heading(_("Sources"), size=11)
        for text, number in references.items():
            pdf.paragraph(f"[{number}] {text}", size=8)
    return pdf
