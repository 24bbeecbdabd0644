"""Assemble a comparison: the table, the benchmark scores and the chart data.

A fixed number of queries however many countries and indicators are chosen:
all countries, all indicators (with pillars), the chosen indicators' values,
their change history, and one query per model for the names in the active locale.
"""

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from content import selectors
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
from content.formatting import collate_sort

__all__ = ["build_comparison"]


def build_comparison(params: CompareParams, language_code: str | None = None) -> Comparison:
    language_code = language_code or get_language()
    errors: list[str] = []

    all_countries = selectors.countries_list()
    all_indicators = selectors.indicators_list()
    country_l10n = selectors.localized_by_key(type_of(all_countries), all_countries, language_code)
    indicator_l10n = selectors.localized_by_key(
        type_of(all_indicators), all_indicators, language_code
    )
    pillars = []
    for ind in all_indicators:
        if ind.pillar not in pillars:
            pillars.append(ind.pillar)
    pillar_l10n = selectors.localized_by_key(type_of(pillars), pillars, language_code)

    by_code = {c.code.upper(): c for c in all_countries}
    chosen = [by_code[c] for c in params.countries if c in by_code]
    unknown = [c for c in params.countries if c not in by_code]
    if unknown:
        errors.append(
            _("Unknown country code: %(codes)s.") % {"codes": ", ".join(c.lower() for c in unknown)}
        )

    if params.indicators:
        wanted = set(params.indicators)
        known = {i.code for i in all_indicators} | {p.code for p in pillars}
        missing = [c for c in params.indicators if c not in known]
        if missing:
            errors.append(
                _("Unknown indicator or pillar code: %(codes)s.") % {"codes": ", ".join(missing)}
            )
        indicators = [i for i in all_indicators if i.code in wanted or i.pillar.code in wanted]
    else:
        indicators = list(all_indicators)

    baseline = None
    chosen_codes = [c.code.upper() for c in chosen]
    if params.baseline in chosen_codes:
        baseline = params.baseline
    elif DEFAULT_BASELINE in chosen_codes:
        baseline = DEFAULT_BASELINE
    elif chosen_codes:
        baseline = chosen_codes[0]
    if params.baseline and params.baseline not in chosen_codes and baseline:
        errors.append(
            _("The baseline %(code)s is not among the chosen countries; comparing with %(other)s.")
            % {"code": params.baseline.lower(), "other": baseline.lower()}
        )

    columns = []
    for index, country in enumerate(chosen):
        shown = selectors.display(country, country_l10n)
        columns.append(
            Column(
                code=country.code.upper(),
                name=shown.name,
                name_local=country.name_local,
                name_local_lang=country.name_local_lang,
                region=country.region,
                region_label=country.get_region_display(),
                income_group=country.income_group,
                income_label=country.get_income_group_display(),
                is_baseline=country.code.upper() == baseline,
                index=index,
            )
        )

    values = list(selectors.values_list(indicator_ids=[i.pk for i in indicators], related=False))
    country_code = {c.pk: c.code.upper() for c in all_countries}
    indicator_code = {i.pk: i.code for i in indicators}
    values = [v for v in values if v.country_id in country_code]
    years = sorted({v.year for v in values}, reverse=True)
    year = params.year or (years[0] if years else None)
    observations = [
        scoring.Observation(
            country_code[v.country_id],
            indicator_code[v.indicator_id],
            v.year,
            v.value,
            v.numeric_value,
        )
        for v in values
    ]
    by_key = {
        (country_code[v.country_id], indicator_code[v.indicator_id], v.year): v for v in values
    }
    latest = scoring.latest_values(observations, year)
    shown_values = {}
    for (country, code), obs in latest.items():
        shown_values[(country, code)] = by_key[(country, code, obs.year)]
    changes = selectors.value_changes(
        [v.pk for (country, _code), v in shown_values.items() if country in chosen_codes]
    )

    groups: list[Group] = []
    has_sample = False
    for ind in indicators:
        shown = selectors.display(ind, indicator_l10n)
        unit = shown.unit or ind.unit
        base_value = shown_values.get((baseline, ind.code)) if baseline else None
        cells = []
        for column in columns:
            value = shown_values.get((column.code, ind.code))
            cell = Cell(column=column, value=value)
            if value is not None:
                cell.display = format_value(value.value, ind.value_type, unit)
                cell.source_url = source_url(value)
                cell.changes = changes.get(value.pk, [])
                has_sample = has_sample or value.is_sample
                cell.diff = (
                    _("baseline")
                    if column.is_baseline
                    else difference(value, base_value, ind.value_type, unit)
                )
            else:
                cell.display = _("no data")
            cells.append(cell)
        texts = {c.value.value if c.value is not None else None for c in cells}
        row = Row(
            code=ind.code,
            name=shown.name,
            unit=unit,
            value_type=ind.value_type,
            direction=ind.direction,
            definition=shown.definition,
            cells=cells,
            all_same=len(texts) <= 1,
        )
        if not groups or groups[-1].code != ind.pillar.code:
            groups.append(
                Group(ind.pillar.code, selectors.display(ind.pillar, pillar_l10n).name, [])
            )
        groups[-1].rows.append(row)

    # Benchmark across every country with data, so scores don't move with the selection.
    specs = [
        scoring.IndicatorSpec(
            i.code, i.pillar.code, i.value_type, i.direction, tuple(i.category_list)
        )
        for i in indicators
    ]
    all_codes = [c.code.upper() for c in all_countries]
    bench = scoring.benchmark(
        specs,
        observations,
        year,
        all_codes,
        {c.code.upper(): c.region for c in all_countries},
        {c.code.upper(): c.income_group for c in all_countries},
    )
    score_rows = []
    for group in groups:
        cells = []
        for column in columns:
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
        score_rows.append(ScoreRow(group.code, group.name, cells))

    numeric_rows = [r for g in groups for r in g.rows if r.value_type in ("number", "percentage")]
    chart_row = next((r for r in numeric_rows if r.code == params.chart), None) or (
        numeric_rows[0] if numeric_rows else None
    )
    history = []
    if chart_row is not None:
        series = {}
        for v in values:
            code = country_code[v.country_id]
            if indicator_code[v.indicator_id] == chart_row.code and code in chosen_codes:
                series[(code, v.year)] = v.numeric_value
        for y in sorted({y for (_c, y) in series}):
            history.append((y, [(col, series.get((col.code, y))) for col in columns]))

    return Comparison(
        params=params,
        errors=errors,
        columns=columns,
        groups=groups,
        score_rows=score_rows,
        year=year,
        years=years,
        baseline=baseline,
        all_countries=collate_sort(
            [(c.code.upper(), selectors.display(c, country_l10n).name) for c in all_countries],
            lambda option: option[1],
            language_code,
        ),
        all_pillars=[
            (
                p.code,
                selectors.display(p, pillar_l10n).name,
                [
                    (i.code, selectors.display(i, indicator_l10n).name)
                    for i in all_indicators
                    if i.pillar_id == p.pk
                ],
            )
            for p in pillars
        ],
        chart_row=chart_row,
        history=history,
        has_sample=has_sample,
        selected_indicators={i.code for i in indicators} if params.indicators else set(),
    )


def type_of(rows):
    """The model of a list of rows (None for an empty list, which queries nothing)."""
    return type(rows[0]) if rows else None
