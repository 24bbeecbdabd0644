"""The self-assessment's answers: read from the form, carried in a signed link.

Pure: no request, no database. The questionnaire's question and level codes
come in as plain sets, so the rules are easy to test and nothing is stored:
the answers live only in the address.

The form sends plain fields (`a.<question>=<level>`, `n.<question>=<note>`,
`country=vn`), so it works without JavaScript; the result's own address holds
them in one compressed, signed token (`?s=`), short enough to share and print,
and which nobody can alter to put words in another agency's mouth.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.core import signing
from django.utils.translation import gettext as _

__all__ = [
    "Answer",
    "State",
    "InvalidAnswers",
    "MAX_NOTE",
    "MAX_QUERY",
    "MAX_TOKEN",
    "parse_form",
    "dumps",
    "loads",
]

MAX_NOTE = 300  # characters in one note
MAX_QUERY = 16_000  # characters in the form's query string (nginx allows a 16 KB line)
MAX_TOKEN = 8_000  # characters in a signed token
SALT = "atlas.self-assessment"
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class InvalidAnswers(ValueError):
    """A reason, in the reader's language, why the answers cannot be read."""


@dataclass(frozen=True)
class Answer:
    level: str  # a level code; "" when the question has a note but no level
    note: str = ""


@dataclass(frozen=True)
class State:
    answers: dict[str, Answer] = field(default_factory=dict)
    country: str = ""  # ISO code of the agency's country, upper case; "" for none

    def level(self, question: str) -> str:
        answer = self.answers.get(question)
        return answer.level if answer else ""

    def note(self, question: str) -> str:
        answer = self.answers.get(question)
        return answer.note if answer else ""


def _note(question: str, raw: str) -> str:
    note = _CONTROL.sub("", raw).strip()
    if len(note) > MAX_NOTE:
        raise InvalidAnswers(
            _("The note on question “%(code)s” is longer than %(max)s characters.")
            % {"code": question[:40], "max": MAX_NOTE}
        )
    return note


def _country(raw: str) -> str:
    code = (raw or "").strip().upper()
    if code and not (len(code) == 2 and code.isascii() and code.isalpha()):
        raise InvalidAnswers(
            _("“%(code)s” is not a country code; use two letters, such as vn.") % {"code": raw[:10]}
        )
    return code


def _check(
    items: Iterable[tuple[str, str, str]], questions: set[str], levels: list[str], strict: bool
) -> dict[str, Answer]:
    """{question: Answer} from (question, level, note) triples. `strict` (the form)
    refuses an unknown question or level; a link made before staff changed the
    questionnaire just loses the answers that no longer fit."""
    answers = {}
    for question, level, raw_note in items:
        if question not in questions:
            if strict:
                raise InvalidAnswers(
                    _("“%(code)s” is not a question of the self-assessment.")
                    % {"code": question[:40]}
                )
            continue
        if level and level not in levels:
            if strict:
                raise InvalidAnswers(
                    _("“%(level)s” is not a level of the self-assessment; use one of: %(levels)s.")
                    % {"level": level[:20], "levels": ", ".join(levels)}
                )
            level = ""
        note = _note(question, raw_note)
        if level or note:
            answers[question] = Answer(level, note)
    return answers


def parse_form(query, questions: set[str], levels: list[str]) -> State:
    """The state the form sent: `query` maps each field name to its list of values
    (a QueryDict, or a dict of lists). Raises InvalidAnswers."""
    levels_of, notes_of = {}, {}
    for name, values in query.lists() if hasattr(query, "lists") else query.items():
        prefix, _dot, question = name.partition(".")
        if prefix not in ("a", "n") or not question:
            continue  # country, and anything a link tracker adds
        if len(values) > 1:
            raise InvalidAnswers(
                _("Question “%(code)s” is answered more than once.") % {"code": question[:40]}
            )
        (levels_of if prefix == "a" else notes_of)[question] = values[0].strip()
    codes = list(dict.fromkeys([*levels_of, *notes_of]))
    items = [(code, levels_of.get(code, ""), notes_of.get(code, "")) for code in codes]
    country = query.get("country", "")
    if isinstance(country, list):
        country = country[0] if country else ""
    return State(_check(items, questions, levels, strict=True), _country(country))


def dumps(state: State) -> str:
    payload = {"a": {q: [a.level, a.note] for q, a in state.answers.items()}}
    if state.country:
        payload["c"] = state.country
    return signing.dumps(payload, salt=SALT, compress=True)


def loads(token: str, questions: set[str], levels: list[str]) -> State:
    """The state a signed token carries. Raises InvalidAnswers."""
    damaged = InvalidAnswers(
        _("This link to a self-assessment is damaged or was not made by this site.")
    )
    if len(token) > MAX_TOKEN:
        raise damaged
    try:
        payload = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        raise damaged from None
    answers = payload.get("a") if isinstance(payload, dict) else None
    if not isinstance(answers, dict):
        raise damaged
    items = []
    for question, pair in answers.items():
        if not (
            isinstance(pair, list) and len(pair) == 2 and all(isinstance(p, str) for p in pair)
        ):
            raise damaged
        items.append((question, pair[0], pair[1]))
    country = payload.get("c", "")
    if not isinstance(country, str):
        raise damaged
    return State(_check(items, questions, levels, strict=False), _country(country))
