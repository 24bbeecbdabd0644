"""Assemble a comparison: the table, the benchmark scores and the chart data.

A short pipeline. `load` makes every database read up front (countries,
indicators with pillars, their names in the reader's language, every value
and the chosen countries' change history: a fixed number of queries however
many are chosen); each later step is a pure function of what came before:

    load -> resolve -> build_groups -> score -> chart_history -> form_options
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from content.comparison import scoring
from content.comparison.params import CompareParams
from content.comparison.table import (
    DEFAULT_BASELINE,
    Cell,
    Column,
    Comparison,
    Group,
    Row,
    ScoreCell,
    ScoreRow,
    difference,
    format_value,
    source_url,
)
from content.data import selectors
from content.data.formatting import collate_sort

__all__ = [
    "build_comparison",
    "build_table",
    "indicator_specs",
    "observations_of",
    "Loaded",
    "Selection",
    "load",
    "resolve",
    "build_groups",
    "score",
    "chart_history",
    "history_values",
    "form_options",
]


@dataclass
class Loaded:
    """Everything the comparison reads from the database, in source-locale rows."""

    countries: list  # every country, source locale
    indicators: list  # every indicator (with pillar), in display order
    pillars: list  # the indicators' pillars, in display order
    names: dict  # {model: {translation_key: row in the reader's language}}
    values: list  # every IndicatorValue
    changes: dict  # {value id: [IndicatorValueChange]} for the chosen countries
    language_code: str  # the reader's language

    def shown(self, row):
        """The reader's-language version of a source row, or the row itself."""
        return selectors.display(row, self.names.get(type(row), {}))

    def lang_of(self, row) -> str:
        """The language of `shown(row)` when it is not the reader's (the source row
        standing in for a missing translation), else ''."""
        source = settings.LANGUAGE_CODE
        if self.language_code == source or row.translation_key in self.names.get(type(row), {}):
            return ""
        return source


@dataclass
class Selection:
    """What the parameters ask for, checked against the data."""

    columns: list[Column]
    indicators: list
    baseline: str | None
    year: int | None
    years: list[int]
    errors: list[str]
    observations: list  # scoring.Observation for every value
    latest: dict  # {(country code, indicator code): IndicatorValue shown}
    values: dict = field(default_factory=dict)  # {(country, indicator, year): IndicatorValue}

    @property
    def codes(self) -> list[str]:
        return [column.code for column in self.columns]


def indicator_specs(indicators) -> list[scoring.IndicatorSpec]:
    """What scoring needs to know of each indicator (with its pillar)."""
    return [
        scoring.IndicatorSpec(
            i.code, i.pillar.code, i.value_type, i.direction, tuple(i.category_list)
        )
        for i in indicators
    ]


def observations_of(values, country_code: dict, indicator_code: dict) -> list:
    """scoring.Observation for each IndicatorValue, keyed by the codes of the given
    {pk: code} maps, in the values' order; `values` must all be in those maps."""
    return [
        scoring.Observation(
            country_code[v.country_id],
            indicator_code[v.indicator_id],
            v.year,
            v.value,
            v.numeric_value,
        )
        for v in values
    ]


def build_comparison(params: CompareParams, language_code: str | None = None) -> Comparison:
    language_code = language_code or get_language()
    loaded = load(params, language_code)
    selection = resolve(params, loaded)
    groups, has_sample = build_groups(selection, loaded)
    all_countries, all_pillars = form_options(loaded, language_code)
    chart_row = pick_chart_row(groups, params.chart)
    if params.chart and (chart_row is None or chart_row.code != params.chart):
        selection.errors.append(
            _("“%(code)s” is not a chosen number or percentage indicator; it cannot be charted.")
            % {"code": params.chart}
        )
    return Comparison(
        params=params,
        errors=selection.errors,
        columns=selection.columns,
        groups=groups,
        score_rows=score(selection, groups, loaded),
        year=selection.year,
        years=selection.years,
        baseline=selection.baseline,
        all_countries=all_countries,
        all_pillars=all_pillars,
        chart_row=chart_row,
        history=chart_history(chart_row, selection, loaded),
        history_values=history_values(chart_row, selection),
        has_sample=has_sample,
        selected_indicators={i.code for i in selection.indicators} if params.indicators else set(),
    )


def build_table(params: CompareParams, language_code: str | None = None) -> Comparison:
    """The comparison's table alone, as the CSV and XLSX downloads write it: the same
    columns, rows and cells as `build_comparison`, without the scores, charts, form
    choices and change history that only the page (and the JSON) show."""
    language_code = language_code or get_language()
    loaded = load(params, language_code, with_changes=False)
    selection = resolve(params, loaded)
    groups, has_sample = build_groups(selection, loaded)
    return Comparison(
        params=params,
        errors=selection.errors,
        columns=selection.columns,
        groups=groups,
        score_rows=[],
        year=selection.year,
        years=selection.years,
        baseline=selection.baseline,
        all_countries=[],
        all_pillars=[],
        has_sample=has_sample,
        selected_indicators={i.code for i in selection.indicators} if params.indicators else set(),
    )


def load(params: CompareParams, language_code: str, with_changes: bool = True) -> Loaded:
    """Every read the comparison makes, in one place (the chosen countries' change
    history only `with_changes`)."""
    countries = selectors.countries_list()
    indicators = selectors.indicators_list()
    pillars = list(dict.fromkeys(i.pillar for i in indicators))
    names = {}
    for rows in (indicators, pillars):
        if rows:
            names[type(rows[0])] = selectors.localized_by_key(type(rows[0]), rows, language_code)
    values = list(selectors.values_list(related=False))
    chosen_ids = [c.pk for c in countries if c.code.upper() in set(params.countries)]
    return Loaded(
        countries=countries,
        indicators=indicators,
        pillars=pillars,
        names=names,
        values=values,
        changes=selectors.value_changes_for_countries(chosen_ids) if with_changes else {},
        language_code=language_code,
    )


def resolve(params: CompareParams, loaded: Loaded) -> Selection:
    """The chosen countries, indicators, baseline and year, with an error for each
    code that names nothing; and the value shown for each country and indicator."""
    errors: list[str] = []
    by_code = {c.code.upper(): c for c in loaded.countries}
    chosen = [by_code[c] for c in params.countries if c in by_code]
    unknown = [c for c in params.countries if c not in by_code]
    if unknown:
        errors.append(
            _("Unknown country code: %(codes)s.") % {"codes": ", ".join(c.lower() for c in unknown)}
        )
    indicators = list(loaded.indicators)
    if params.indicators:
        wanted = set(params.indicators)
        known = {i.code for i in loaded.indicators} | {p.code for p in loaded.pillars}
        missing = [c for c in params.indicators if c not in known]
        if missing:
            errors.append(
                _("Unknown indicator or pillar code: %(codes)s.") % {"codes": ", ".join(missing)}
            )
        indicators = [i for i in indicators if i.code in wanted or i.pillar.code in wanted]

    chosen_codes = [c.code.upper() for c in chosen]
    baseline = choose_baseline(params.baseline, chosen_codes)
    if params.baseline and params.baseline not in chosen_codes and baseline:
        errors.append(
            _("The baseline %(code)s is not among the chosen countries; comparing with %(other)s.")
            % {"code": params.baseline.lower(), "other": baseline.lower()}
        )
    columns = [
        column_for(country, index, baseline, loaded.language_code)
        for index, country in enumerate(chosen)
    ]

    country_code = {c.pk: c.code.upper() for c in loaded.countries}
    indicator_code = {i.pk: i.code for i in loaded.indicators}
    values = [v for v in loaded.values if v.country_id in country_code]
    years = sorted({v.year for v in values}, reverse=True)
    year = params.year or (years[0] if years else None)
    observations = observations_of(values, country_code, indicator_code)
    by_key = {
        (o.country, o.indicator, o.year): v for o, v in zip(observations, values, strict=True)
    }
    latest = {
        key: by_key[(key[0], key[1], obs.year)]
        for key, obs in scoring.latest_values(observations, year).items()
    }
    return Selection(
        columns, indicators, baseline, year, years, errors, observations, latest, by_key
    )


def choose_baseline(asked: str | None, chosen_codes: list[str]) -> str | None:
    if asked in chosen_codes:
        return asked
    if DEFAULT_BASELINE in chosen_codes:
        return DEFAULT_BASELINE
    return chosen_codes[0] if chosen_codes else None


def column_for(country, index: int, baseline: str | None, language_code: str) -> Column:
    return Column(
        code=country.code.upper(),
        name=country.name_in(language_code),
        name_local=country.name_local,
        name_local_lang=country.name_local_lang,
        region=country.region,
        region_label=country.region_name_in(language_code),
        income_group=country.income_group,
        income_label=country.get_income_group_display(),
        is_baseline=country.code.upper() == baseline,
        index=index,
    )


def build_groups(selection: Selection, loaded: Loaded) -> tuple[list[Group], bool]:
    """Rows of cells, one per chosen indicator, grouped by pillar; and whether any
    shown value is sample data."""
    groups: list[Group] = []
    has_sample = False
    for ind in selection.indicators:
        row = build_row(ind, selection, loaded)
        has_sample = has_sample or any(c.value is not None and c.value.is_sample for c in row.cells)
        if not groups or groups[-1].code != ind.pillar.code:
            pillar = ind.pillar
            groups.append(Group(pillar.code, loaded.shown(pillar).name, [], loaded.lang_of(pillar)))
        groups[-1].rows.append(row)
    return groups, has_sample


def build_row(ind, selection: Selection, loaded: Loaded) -> Row:
    shown = loaded.shown(ind)
    unit = shown.unit or ind.unit
    base_value = selection.latest.get((selection.baseline, ind.code))
    cells = []
    for column in selection.columns:
        value = selection.latest.get((column.code, ind.code))
        cell = Cell(column=column, value=value)
        if value is None:
            cell.display = _("no data")
        else:
            cell.display = format_value(value.value, ind.value_type, unit)
            cell.source_url = source_url(value)
            cell.changes = loaded.changes.get(value.pk, [])
            cell.diff = (
                _("baseline")
                if column.is_baseline
                else difference(value, base_value, ind.value_type, unit)
            )
        cells.append(cell)
    texts = {c.value.value if c.value is not None else None for c in cells}
    return Row(
        code=ind.code,
        name=shown.name,
        unit=unit,
        value_type=ind.value_type,
        direction=ind.direction,
        definition=shown.definition,
        cells=cells,
        all_same=len(texts) <= 1,
        lang=loaded.lang_of(ind),
    )


def score(selection: Selection, groups: list[Group], loaded: Loaded) -> list[ScoreRow]:
    """Pillar scores per chosen country. The benchmark runs across every country with
    data, so a country's score doesn't move with the selection."""
    specs = indicator_specs(selection.indicators)
    bench = scoring.benchmark(
        specs,
        selection.observations,
        selection.year,
        [c.code.upper() for c in loaded.countries],
        {c.code.upper(): c.region for c in loaded.countries},
        {c.code.upper(): c.income_group for c in loaded.countries},
    )
    rows = []
    for group in groups:
        cells = []
        for column in selection.columns:
            ps = bench.scores.get(column.code, {}).get(group.code) or scoring.PillarScore(
                None, 0, 0
            )
            cells.append(
                ScoreCell(
                    column=column,
                    score=ps.score,
                    count=ps.count,
                    total=ps.total,
                    change=bench.change(column.code, group.code),
                    region_median=bench.region_median.get(column.region, {}).get(group.code),
                    income_median=bench.income_median.get(column.income_group, {}).get(group.code),
                )
            )
        rows.append(ScoreRow(group.code, *score_label(group, loaded), cells))
    return rows


def score_label(group: Group, loaded: Loaded) -> tuple[str, str]:
    """The pillar's name, or the indicator's when it is the one chosen of its pillar
    (a score of one indicator is not the pillar's score); and that name's `lang`."""
    in_pillar = sum(1 for i in loaded.indicators if i.pillar.code == group.code)
    if len(group.rows) == 1 and in_pillar > 1:
        return group.rows[0].name, group.rows[0].lang
    return group.name, group.lang


def pick_chart_row(groups: list[Group], asked: str | None) -> Row | None:
    numeric = [r for g in groups for r in g.rows if r.value_type in ("number", "percentage")]
    return next((r for r in numeric if r.code == asked), None) or (numeric[0] if numeric else None)


def chart_history(chart_row: Row | None, selection: Selection, loaded: Loaded) -> list:
    """[(year, [(column, number or None)])] of the charted indicator, every year."""
    if chart_row is None:
        return []
    chosen = set(selection.codes)
    series = {
        (o.country, o.year): o.number
        for o in selection.observations
        if o.indicator == chart_row.code and o.country in chosen
    }
    return [
        (year, [(col, series.get((col.code, year))) for col in selection.columns])
        for year in sorted({y for (_c, y) in series})
    ]


def history_values(chart_row: Row | None, selection: Selection) -> dict:
    """{(country code, year): IndicatorValue} behind each point of the time chart,
    so that each point names its own source and year."""
    if chart_row is None:
        return {}
    chosen = set(selection.codes)
    return {
        (country, year): value
        for (country, indicator, year), value in selection.values.items()
        if indicator == chart_row.code and country in chosen
    }


def form_options(loaded: Loaded, language_code: str) -> tuple[list, list]:
    """The form's choices: countries in the reader's alphabetical order, and
    indicators grouped by pillar, in the reader's language."""
    countries = collate_sort(
        [(c.code.upper(), c.name_in(language_code)) for c in loaded.countries],
        lambda option: option[1],
        language_code,
    )
    pillars = [
        (
            p.code,
            loaded.shown(p).name,
            loaded.lang_of(p),
            [
                (i.code, loaded.shown(i).name, loaded.lang_of(i))
                for i in loaded.indicators
                if i.pillar_id == p.pk
            ],
        )
        for p in loaded.pillars
    ]
    return countries, pillars
