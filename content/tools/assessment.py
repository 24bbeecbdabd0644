"""The readiness self-assessment: the questionnaire, the module scores and the result.

Method (the result page says it in short):

1. Each answer counts what its level is worth (staff set it; the demo's none,
   planned, partial and full are 0, 33, 67 and 100, the steps the indicator
   framework gives its None|Planned|Partial|Full categories).
2. A module's score is the plain mean of its answered questions; an unanswered
   question is left out, never counted as none, and the count is shown.
3. Peer countries' module scores come from the indicator framework: each
   indicator the module names is normalised 0-100 across every country with a
   value (content.comparison.scoring), and the module score is their mean.
   The peers are the countries of the agency's region (all countries when it
   names none), Korea and the agency's own country shown on their own.

    load_questionnaire -> (answers: content.tools.answers) -> score_modules
    load_peers -> peer_module_scores -> build_result
"""

from collections import defaultdict
from dataclasses import dataclass, field, replace
from statistics import median

from django.conf import settings
from wagtail.models import Locale

from content.comparison import scoring
from content.comparison.service import indicator_specs, observations_of
from content.comparison.table import DEFAULT_BASELINE
from content.data import selectors
from content.pages.models import GuidePage
from content.pages.selectors import listing_queryset
from content.tools.answers import State
from content.tools.models import AssessmentLevel, AssessmentModule, AssessmentQuestion

__all__ = [
    "Level",
    "Question",
    "Module",
    "Questionnaire",
    "ModuleScore",
    "ModuleResult",
    "Result",
    "load_questionnaire",
    "score_modules",
    "peer_module_scores",
    "build_result",
]

GUIDES_PER_MODULE = 3


@dataclass(frozen=True)
class Level:
    code: str
    label: str
    score: int


@dataclass(frozen=True)
class Question:
    code: str
    text: str


@dataclass
class Module:
    code: str
    name: str
    koneps: str
    next_steps: str
    indicators: list[str]
    topic: str  # slug of the topic its guides carry, or ""
    questions: list[Question] = field(default_factory=list)


@dataclass
class Questionnaire:
    modules: list[Module]
    levels: list[Level]
    has_draft: bool  # some text shown is a translation nobody reviewed yet

    @property
    def question_codes(self) -> set[str]:
        return {q.code for m in self.modules for q in m.questions}

    @property
    def level_codes(self) -> list[str]:
        return [level.code for level in self.levels]


@dataclass(frozen=True)
class ModuleScore:
    score: float | None  # 0-100; None when no question of the module is answered
    answered: int
    total: int


def load_questionnaire(language_code: str) -> Questionnaire:
    """The questionnaire in the reader's language (English where a row has no
    translation): six queries, whatever its length."""
    source = {"locale__language_code": settings.LANGUAGE_CODE}
    modules = list(AssessmentModule.objects.filter(**source).select_related("topic"))
    questions = list(AssessmentQuestion.objects.filter(**source).select_related("module"))
    levels = list(AssessmentLevel.objects.filter(**source))
    shown, draft = {}, False
    for model, rows in ((AssessmentModule, modules), (AssessmentQuestion, questions)):
        shown[model] = {}
        if rows and language_code != settings.LANGUAGE_CODE:
            shown[model] = selectors.localized_by_key(model, rows, language_code)
            draft = draft or any(r.is_draft_translation for r in shown[model].values())
    level_names = {}
    if levels and language_code != settings.LANGUAGE_CODE:
        level_names = selectors.localized_by_key(AssessmentLevel, levels, language_code)
        draft = draft or any(r.is_draft_translation for r in level_names.values())

    by_code = {}
    for row in modules:
        text = selectors.display(row, shown[AssessmentModule])
        by_code[row.code] = Module(
            row.code,
            text.name,
            text.koneps,
            text.next_steps,
            row.indicator_codes,
            row.topic.slug if row.topic_id else "",
        )
    for row in questions:
        text = selectors.display(row, shown[AssessmentQuestion])
        by_code[row.module.code].questions.append(Question(row.code, text.text))
    return Questionnaire(
        modules=list(by_code.values()),
        levels=[Level(r.code, selectors.display(r, level_names).label, r.score) for r in levels],
        has_draft=draft,
    )


def score_modules(questionnaire: Questionnaire, state: State) -> dict[str, ModuleScore]:
    worth = {level.code: level.score for level in questionnaire.levels}
    scores = {}
    for module in questionnaire.modules:
        counted = [
            worth[state.level(q.code)] for q in module.questions if state.level(q.code) in worth
        ]
        scores[module.code] = ModuleScore(
            sum(counted) / len(counted) if counted else None, len(counted), len(module.questions)
        )
    return scores


def peer_module_scores(
    specs: list[scoring.IndicatorSpec],
    observations: list[scoring.Observation],
    modules: dict[str, list[str]],
    countries: list[str],
) -> dict[str, dict[str, float | None]]:
    """{country: {module: score}} from the latest value of each indicator, each
    normalised across every country with one; a module's score is their mean: the
    comparison's pillar score, with the module standing for the pillar."""
    as_modules = [
        replace(spec, pillar=module)
        for module, codes in modules.items()
        for spec in specs
        if spec.code in codes
    ]
    scores = scoring.pillar_scores(as_modules, observations, None, countries)
    return {
        country: {module: getattr(scores[country].get(module), "score", None) for module in modules}
        for country in countries
    }


@dataclass
class Peers:
    countries: list  # every country, source locale
    scores: dict[str, dict[str, float | None]]  # {country code: {module: score}}
    has_sample: bool  # some value behind the scores is sample data


def load_peers(questionnaire: Questionnaire) -> Peers:
    """Three queries: countries, the modules' indicators and their values."""
    countries = selectors.countries_list()
    codes = sorted({c for m in questionnaire.modules for c in m.indicators})
    indicators = [i for i in selectors.indicators_list(codes) if i.code in codes] if codes else []
    values = (
        selectors.values_list(indicator_ids=[i.pk for i in indicators], related=False)
        if indicators
        else []
    )
    country_code = {c.pk: c.code.upper() for c in countries}
    indicator_code = {i.pk: i.code for i in indicators}
    specs = indicator_specs(indicators)
    observations = observations_of(
        [v for v in values if v.country_id in country_code], country_code, indicator_code
    )
    modules = {m.code: m.indicators for m in questionnaire.modules}
    scores = peer_module_scores(specs, observations, modules, list(country_code.values()))
    return Peers(countries, scores, any(v.is_sample for v in values))


@dataclass
class ModuleResult:
    module: Module
    score: ModuleScore
    answers: list  # (Question, Level or None, note)
    peer_median: float | None
    peer_count: int  # peers with data for the module
    peers: list  # (country name, score), best first, those with data
    korea: float | None
    own_data: float | None  # the agency's country in the framework, when it named one
    guides: list


@dataclass
class Result:
    modules: list[ModuleResult]
    levels: list[Level]
    country: object  # the agency's Country (source locale) or None
    country_name: str
    peer_label: str  # the region's name, or "" for every country
    answered: int
    total: int
    has_draft: bool
    has_sample: bool = False


def _peer_codes(peers: Peers, country) -> list[str]:
    chosen = country.code.upper() if country else ""
    region = country.region if country else None
    return [
        c.code.upper()
        for c in peers.countries
        if c.code.upper() not in (chosen, DEFAULT_BASELINE)
        and (region is None or c.region == region)
    ]


def guides_by_topic(questionnaire: Questionnaire, language_code: str) -> dict[str, list]:
    """{topic slug: public guides in the reader's language}: one query for every module."""
    slugs = {m.topic for m in questionnaire.modules if m.topic}
    if not slugs:
        return {}
    locale = Locale.objects.get(language_code=language_code)
    qs = (
        listing_queryset(GuidePage, locale, {}, None)
        .filter(topics__topic__slug__in=slugs)
        .prefetch_related("topics__topic")
        .order_by("-publication_date", "title")
    )
    found: dict[str, list] = defaultdict(list)
    for guide in qs:
        for tag in guide.topics.all():
            if tag.topic.slug in slugs and len(found[tag.topic.slug]) < GUIDES_PER_MODULE:
                found[tag.topic.slug].append(guide)
    return found


def build_result(questionnaire: Questionnaire, state: State, country, language_code: str) -> Result:
    """The whole result, from the questionnaire, the answers and the agency's country
    (a source-locale Country or None)."""
    scores = score_modules(questionnaire, state)
    peers = load_peers(questionnaire)
    guides = guides_by_topic(questionnaire, language_code)
    peer_codes = _peer_codes(peers, country)
    names = {c.code.upper(): c.name_in(language_code) for c in peers.countries}
    levels = {level.code: level for level in questionnaire.levels}
    modules = []
    for module in questionnaire.modules:
        with_data = [
            (names[code], peers.scores[code][module.code])
            for code in peer_codes
            if peers.scores[code][module.code] is not None
        ]
        with_data.sort(key=lambda pair: -pair[1])
        own = peers.scores.get(country.code.upper(), {}) if country else {}
        modules.append(
            ModuleResult(
                module=module,
                score=scores[module.code],
                answers=[
                    (q, levels.get(state.level(q.code)), state.note(q.code))
                    for q in module.questions
                ],
                peer_median=median(s for _n, s in with_data) if with_data else None,
                peer_count=len(with_data),
                peers=with_data,
                korea=peers.scores.get(DEFAULT_BASELINE, {}).get(module.code),
                own_data=own.get(module.code),
                guides=guides.get(module.topic, []),
            )
        )
    return Result(
        modules=modules,
        levels=questionnaire.levels,
        country=country,
        country_name=country.name_in(language_code) if country else "",
        peer_label=country.region_name_in(language_code) if country else "",
        answered=sum(s.answered for s in scores.values()),
        total=sum(s.total for s in scores.values()),
        has_draft=questionnaire.has_draft,
        has_sample=peers.has_sample,
    )
