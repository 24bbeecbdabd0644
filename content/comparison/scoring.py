"""Benchmark scoring, as pure functions of plain data (no database, no request).

Method (the methodology page prints this from the indicator definitions):

1. Each scored indicator is normalised to 0-100 per year, across every
   country that has a value for it:
   - numbers and percentages: min-max, so the best country gets 100 and the
     worst 0 (reversed when lower is better); when all are equal, all get 100;
   - yes/no: yes = 100, no = 0 (reversed when lower is better);
   - categories: by rank in the list, best first: the first gets 100, the last
     0, evenly spaced between (a single category scores 100);
   - text and "not scored" indicators are not scored.
2. A pillar score is the plain mean of a country's normalised indicators in
   that pillar; missing values are left out, never counted as zero, and the
   number of indicators behind each score is shown beside it.
3. Peer medians are the medians of pillar scores within the same region and
   the same income group (the country included).
4. The change is the pillar score for the year minus the score for the year
   before, both from the latest value at or before each year.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from statistics import median

__all__ = [
    "IndicatorSpec",
    "Observation",
    "PillarScore",
    "Benchmark",
    "is_scored",
    "normalise",
    "latest_values",
    "pillar_scores",
    "peer_medians",
    "benchmark",
]

NUMERIC = ("number", "percentage")


@dataclass(frozen=True)
class IndicatorSpec:
    code: str
    pillar: str
    value_type: str
    direction: str = "higher"
    categories: tuple[str, ...] = ()


@dataclass(frozen=True)
class Observation:
    country: str
    indicator: str
    year: int
    value: str  # canonical text: "yes"/"no", "12.5", a category or free text
    number: float | None = None


@dataclass(frozen=True)
class PillarScore:
    score: float | None  # 0-100, None when no scored indicator has data
    count: int  # indicators with data behind the score
    total: int  # scored indicators in the pillar


@dataclass
class Benchmark:
    year: int | None
    scores: dict[str, dict[str, PillarScore]] = field(default_factory=dict)
    previous: dict[str, dict[str, PillarScore]] = field(default_factory=dict)
    region_median: dict[str, dict[str, float | None]] = field(default_factory=dict)
    income_median: dict[str, dict[str, float | None]] = field(default_factory=dict)

    def change(self, country: str, pillar: str) -> float | None:
        now = self.scores.get(country, {}).get(pillar)
        before = self.previous.get(country, {}).get(pillar)
        if now is None or before is None or now.score is None or before.score is None:
            return None
        return now.score - before.score


def is_scored(spec: IndicatorSpec) -> bool:
    if spec.direction == "neutral" or spec.value_type == "text":
        return False
    return not (spec.value_type == "category" and not spec.categories)


def normalise(spec: IndicatorSpec, values: dict[str, object]) -> dict[str, float | None]:
    """Scores 0-100 for {country: value}; None for missing or unscorable values."""
    scores: dict[str, float | None] = dict.fromkeys(values)
    if not is_scored(spec):
        return scores
    lower = spec.direction == "lower"
    if spec.value_type in NUMERIC:
        numbers = {}
        for country, value in values.items():
            try:
                numbers[country] = float(value) if value is not None else None
            except (TypeError, ValueError):
                numbers[country] = None
        present = [n for n in numbers.values() if n is not None]
        if not present:
            return scores
        lo, hi = min(present), max(present)
        for country, n in numbers.items():
            if n is None:
                continue
            if hi == lo:
                scores[country] = 100.0
            else:
                scores[country] = 100.0 * ((hi - n) if lower else (n - lo)) / (hi - lo)
    elif spec.value_type == "boolean":
        for country, value in values.items():
            text = str(value).lower() if value is not None else ""
            if text in ("yes", "1", "1.0", "true"):
                scores[country] = 0.0 if lower else 100.0
            elif text in ("no", "0", "0.0", "false"):
                scores[country] = 100.0 if lower else 0.0
    elif spec.value_type == "category":
        ranks = {name: i for i, name in enumerate(spec.categories)}
        n = len(spec.categories)
        for country, value in values.items():
            if value in ranks:
                scores[country] = 100.0 if n == 1 else 100.0 * (n - 1 - ranks[value]) / (n - 1)
    return scores


def latest_values(observations, year: int | None) -> dict[tuple[str, str], Observation]:
    """The latest observation at or before `year` per (country, indicator)."""
    best: dict[tuple[str, str], Observation] = {}
    for obs in observations:
        if year is not None and obs.year > year:
            continue
        key = (obs.country, obs.indicator)
        if key not in best or obs.year > best[key].year:
            best[key] = obs
    return best


def _value(obs: Observation):
    return obs.number if obs.number is not None else obs.value


def pillar_scores(specs, observations, year, countries) -> dict[str, dict[str, PillarScore]]:
    """{country: {pillar: PillarScore}} for `year` (None: the latest data)."""
    latest = latest_values(observations, year)
    by_indicator: dict[str, dict[str, object]] = defaultdict(dict)
    for (country, indicator), obs in latest.items():
        by_indicator[indicator][country] = _value(obs)
    per_pillar: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    totals: dict[str, int] = defaultdict(int)
    pillars = []
    for spec in specs:
        if spec.pillar not in pillars:
            pillars.append(spec.pillar)
        if not is_scored(spec):
            continue
        totals[spec.pillar] += 1
        for country, score in normalise(spec, by_indicator.get(spec.code, {})).items():
            if score is not None:
                per_pillar[country][spec.pillar].append(score)
    result = {}
    for country in countries:
        result[country] = {}
        for pillar in pillars:
            scores = per_pillar[country][pillar]
            result[country][pillar] = PillarScore(
                sum(scores) / len(scores) if scores else None, len(scores), totals[pillar]
            )
    return result


def peer_medians(scores, groups: dict[str, str]) -> dict[str, dict[str, float | None]]:
    """{group: {pillar: median score}} over the countries of each group with a score."""
    collected: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for country, by_pillar in scores.items():
        group = groups.get(country)
        if not group:
            continue
        for pillar, ps in by_pillar.items():
            collected[group][pillar]  # keep the pillar even without scores
            if ps.score is not None:
                collected[group][pillar].append(ps.score)
    return {
        group: {p: (median(v) if v else None) for p, v in by_pillar.items()}
        for group, by_pillar in collected.items()
    }


def benchmark(specs, observations, year, countries, regions, incomes) -> Benchmark:
    """Scores for `year` and the year before, with region and income-group medians.

    `countries` are every country to normalise across (not only those shown), so
    a score does not move when the selection changes.
    """
    observations = list(observations)
    if year is None:
        year = max((o.year for o in observations), default=None)
    result = Benchmark(year=year)
    if year is None:
        return result
    result.scores = pillar_scores(specs, observations, year, countries)
    result.previous = pillar_scores(specs, observations, year - 1, countries)
    by_region = {c: regions.get(c) for c in countries}
    by_income = {c: incomes.get(c) for c in countries}
    result.region_median = peer_medians(result.scores, by_region)
    result.income_median = peer_medians(result.scores, by_income)
    return result
