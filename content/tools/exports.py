"""The self-assessment's answers as CSV (UTF-8 with BOM, for spreadsheet programs)
and XLSX (the answers, and the module scores beside the peers')."""

import csv
import io

from django.utils.translation import gettext as _

__all__ = ["answers_csv", "answers_xlsx"]


def _cell(text: str) -> str:
    """A note a spreadsheet would run as a formula ("=HYPERLINK(...)") stays text."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _answer_header() -> list[str]:
    return [
        _("Module code"),
        _("Module"),
        _("Question code"),
        _("Question"),
        _("Level code"),
        _("Level"),
        _("Note"),
    ]


def _answer_rows(result):
    for line in result.modules:
        for question, level, note in line.answers:
            yield [
                line.module.code,
                line.module.name,
                question.code,
                question.text,
                level.code if level else "",
                level.label if level else "",
                _cell(note),
            ]


def _number(value):
    return None if value is None else round(value)


def answers_csv(result) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(_answer_header())
    writer.writerows(_answer_rows(result))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def answers_xlsx(result) -> bytes:
    # openpyxl costs each worker ~20 MB: loaded by the first XLSX asked for, not at start.
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    answers = book.active
    answers.title = _("Answers")[:31]
    answers.append(_answer_header())
    for row in _answer_rows(result):
        answers.append(row)
    scores = book.create_sheet(_("Module scores")[:31])
    scores.append(
        [
            _("Module code"),
            _("Module"),
            _("Your score"),
            _("Questions answered"),
            _("Peer median"),
            _("Peer countries with data"),
            _("Korea (KONEPS)"),
        ]
    )
    for line in result.modules:
        scores.append(
            [
                line.module.code,
                line.module.name,
                _number(line.score.score),
                f"{line.score.answered}/{line.score.total}",
                _number(line.peer_median),
                line.peer_count,
                _number(line.korea),
            ]
        )
    for sheet in (answers, scores):
        for cell in sheet[1]:
            cell.font = Font(bold=True)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
