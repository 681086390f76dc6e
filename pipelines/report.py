"""`wirehouse report`: one self-contained HTML page of what the published warehouse holds.

The figures come from warehouse/report_queries.py; this module draws them. Charts are Vega-Lite
specifications (built with Altair) rendered to inline SVG by vl-convert, which bundles Vega and
runs offline, so the page loads nothing: no script, no font, no CDN. Each chart has the table of
its numbers below it (folded), rounded as the queries round them, with thousands separators.
A section with no rows says so instead of drawing an empty chart.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd

from pipelines.settings import Settings
from warehouse.report_queries import FUNDING_EVENT_TYPES, LAST_BATCHES, ReportFigures, report_figures

CHART_WIDTH = 900  # the page's column: each chart fits its axes, labels and legend into it
SMALL_CHART_WIDTH = 440  # a few short bars
BAR_STEP = 24  # pixels per bar of a horizontal bar chart
# One colour per batch outcome and per check outcome, the same in every chart.
OUTCOME_COLOURS = {"loaded": "#4c78a8", "quarantined": "#f58518", "duplicate": "#b8b8b8", "rejected": "#e45756"}
CHECK_COLOURS = {"passed": "#54a24b", "failed": "#e45756"}
USD_MIN_COLOUR, USD_MAX_COLOUR = "#1f4e79", "#9ecae9"


@dataclass
class Table:
    columns: list[str]
    rows: list[list[str]]
    numeric: list[bool]


@dataclass
class Section:
    key: str
    title: str
    intro: str
    chart: str | None = None  # inline SVG
    chart_title: str = ""
    table: Table | None = None
    empty: str | None = None  # said instead of a chart when there is nothing to draw
    notes: list[str] = field(default_factory=list)
    subsections: list["Section"] = field(default_factory=list)


def write_report(settings: Settings, out: Path | None = None, since: date | None = None) -> Path:
    """Render the report of the published warehouse to `out` (default: the stable path in
    WIREHOUSE_HOME), replacing any earlier one at once so a reader never sees half a page."""
    target = (out or settings.report).resolve()
    html = render_report(report_figures(settings, since))
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        staging.write_text(html, encoding="utf-8")
        os.replace(staging, target)
    finally:
        staging.unlink(missing_ok=True)
    return target


def render_report(figures: ReportFigures) -> str:
    from jinja2 import Environment, select_autoescape

    environment = Environment(autoescape=select_autoescape(default=True), trim_blocks=True, lstrip_blocks=True)
    template = environment.from_string(resources.files("pipelines").joinpath("report.html.j2").read_text(encoding="utf-8"))
    totals = figures.totals
    return template.render(
        figures=figures,
        generated=figures.generated_at.strftime("%Y-%m-%d %H:%M %Z"),
        totals=[(_number(totals[key]), label) for key, label in (
            ("articles", "articles"), ("publications", "publications"), ("events", "events"),
            ("amounts", "money amounts"), ("batches", "published batches"))],
        period=_period_text(totals["first_published"], totals["last_published"]),
        sections=[money_flows(figures), events_over_time(figures), funders(figures), top_entities(figures),
                  data_health(figures)],
    )


# --- sections --------------------------------------------------------------------------------


def _figure(key: str, title: str, intro: str, frame: pd.DataFrame, empty: str, headings: dict[str, str] | None = None,
            chart: Callable | None = None, chart_title: str = "", width: int = CHART_WIDTH,
            table: Callable[[pd.DataFrame], pd.DataFrame] | None = None, notes: list[str] | None = None) -> Section:
    """A section of one query's rows: `chart(frame)` drawn and the rows as a table (`table(frame)`
    when given, with all its columns; else the columns in `headings`), or `empty` said when there are none."""
    section = Section(key, title, intro, notes=notes or [])
    if frame.empty:
        section.empty = empty
        return section
    if table is not None:
        shown = table(frame)
        section.table = _table(shown, {column: column for column in shown.columns})
    else:
        section.table = _table(frame, headings)
    if chart is not None:
        section.chart_title, section.chart = chart_title, _render(chart(frame), width)
    return section


def money_flows(figures: ReportFigures) -> Section:
    flows, other, notes = figures.flows, figures.flows_without_country, []
    if len(flows) and flows["pairs"].iloc[0] > len(flows):
        notes.append(f"The {len(flows)} largest of {_number(flows['pairs'].iloc[0])} pairs of countries.")
    if other["events"]:
        notes.append(f"Not drawn: {_number(other['events'])} such event(s) whose funder or recipient has no country "
                     f"(US$ {_number(other['usd_mn_max'])} mn at most), by {other['funders']}.")
    return _figure(
        "flows", "Money flows between countries",
        f"Transactions that move money ({_types_text()}) from the funder's country to the recipient's, "
        "summed in US$ millions at the rate of the publication day. Vague amounts (\"billions of dollars\") "
        "are counted apart and left out of the sums; a range adds its low end to the low sum and its high end to the high one.",
        flows, "No lending, funding or investment between two countries in these articles.",
        {"funder_country": "from", "recipient_country": "to", "events": "events", "events_with_usd": "with US$ amount",
         "usd_mn_min": "US$ mn (low)", "usd_mn_max": "US$ mn (high)", "vague_amounts": "vague amounts",
         "event_types": "types"},
        chart=_flow_chart, chart_title="US$ millions from one country to another (light: up to the high sum where texts give ranges)",
        notes=notes)


def events_over_time(figures: ReportFigures) -> Section:
    period = figures.event_period

    def per_period(events: pd.DataFrame) -> pd.DataFrame:
        wide = events.pivot_table(index="period", columns="event_type", values="events", aggfunc="sum", fill_value=0)
        wide.index = [_period_label(p, period) for p in wide.index]
        wide = wide.reset_index(names=period)
        return wide.assign(all=wide.drop(columns=period).sum(axis=1))

    undated = figures.undated_events
    return _figure(
        "events", "Events over time",
        f"Transactions and meetings per {period} and type, dated by the event where the article states its "
        "date, else by the article's publication.",
        figures.events_over_time, "No events in these articles.",
        chart=lambda events: _events_chart(events, period), chart_title=f"Events per {period}, by type",
        table=per_period, notes=[f"{_number(undated)} event(s) with neither date are not drawn."] if undated else [])


def funders(figures: ReportFigures) -> Section:
    return _figure(
        "funders", "Most active funders and their recipients",
        "Every party that lends, funds or invests, by number of such events; an event with two funders "
        "counts for both. Vague amounts are counted apart.",
        figures.funders, "No lending, funding or investment in these articles.",
        {"funder": "funder", "funder_type": "type", "events": "events", "usd_mn_min": "US$ mn (low)",
         "usd_mn_max": "US$ mn (high)", "vague_amounts": "vague amounts", "recipients": "recipients"},
        chart=_funders_chart, chart_title="Funding events per funder, with the recipients named")


def top_entities(figures: ReportFigures) -> Section:
    return _figure(
        "entities", "Most mentioned entities",
        "Named mentions of people, organisations, countries and places (a pronoun or title that refers "
        "back to a name is not counted again; sectors and quantities are left out).",
        figures.top_entities, "No entities in these articles.",
        {"entity": "entity", "entity_type": "type", "mentions": "mentions", "articles": "articles"},
        chart=lambda frame: _bar_chart(frame, "entity", "mentions", colour="entity_type", colour_title="type"),
        chart_title=f"The {len(figures.top_entities)} most mentioned entities")


def data_health(figures: ReportFigures) -> Section:
    section = Section(
        "health", "Data health",
        "What the pipeline did with the inputs of every published batch, whatever the date filter: "
        "these figures come from the published file's audit schema, which holds the published batches only.",
    )
    batches = figures.batches
    section.subsections = [
        _figure("batches", "Articles per batch",
                "Each input becomes an article (loaded, or quarantined by a check), a duplicate of an "
                "article already loaded, or a reject.",
                batches, "No published batch yet.",
                {"batch_id": "batch", "published_at": "published", "articles": "articles",
                 "quarantined": "quarantined", "duplicates": "duplicates", "rejects": "rejects"},
                chart=_batches_chart, chart_title="Inputs per batch, by what became of them",
                notes=[f"The newest {LAST_BATCHES} batches."] if len(batches) == LAST_BATCHES else []),
        _figure("rejects", "Rejected inputs by reason", "", figures.rejects,
                "No input was rejected in the published batches.", {"reason_code": "reason", "inputs": "inputs"},
                chart=lambda frame: _bar_chart(frame, "reason_code", "inputs"), width=SMALL_CHART_WIDTH),
        _figure("quarantines", "Quarantined articles by reason", "", figures.quarantines,
                "No article was quarantined in the published batches.",
                {"layer": "layer", "reason_code": "reason", "articles": "articles"},
                chart=lambda frame: _bar_chart(frame, "reason_code", "articles", colour="layer"),
                width=SMALL_CHART_WIDTH),
        _figure("checks", "Check results by layer",
                "The latest result of every Great Expectations suite (and the quarantine share) on each "
                "published batch. Failed expectations that only quarantine an article do not fail a check.",
                figures.checks, "No check results in the published file.",
                {"layer": "layer", "check_results": "results", "passed": "passed", "failed": "failed",
                 "expectations_failed": "failed expectations", "articles_quarantined": "articles quarantined"},
                chart=_checks_chart, chart_title="Check results per layer"),
        _withheld(figures),
    ]
    return section


def _withheld(figures: ReportFigures) -> Section:
    intro = ("Batches that failed a blocking check or have not finished stay out of the published file; "
             f"{figures.withheld_note}. wirehouse audit BATCH_ID says why.")
    if figures.withheld is None:
        return Section("withheld", "Batches not published", intro, empty="Not known here.")
    return _figure("withheld", "Batches not published", intro, figures.withheld,
                   "None: every batch the pipeline has run is published.",
                   {"batch_id": "batch", "status": "status", "updated_at": "updated", "failed_checks": "failed checks"})


# --- charts ----------------------------------------------------------------------------------


def _render(chart, width: int = CHART_WIDTH) -> str:
    import altair as alt
    import vl_convert

    spec = chart.properties(width=width, autosize=alt.AutoSizeParams(type="fit-x", contains="padding")).configure(
        font="Helvetica, Arial, sans-serif", background="white",
        axis={"labelColor": "#333", "titleColor": "#333", "gridColor": "#eee", "domainColor": "#999",
              "labelFontSize": 12, "titleFontSize": 12, "titleFontWeight": "normal"},
        legend={"labelFontSize": 12, "titleFontSize": 12, "titleFontWeight": "normal", "orient": "top"},
        view={"stroke": None},
    ).to_dict()
    svg = vl_convert.vegalite_to_svg(spec)
    # The page sizes the chart: keep its aspect ratio, let it shrink on a narrow screen.
    return svg.replace("<svg ", '<svg role="img" preserveAspectRatio="xMinYMin meet" style="max-width:100%;height:auto" ', 1)


def _bar_chart(frame: pd.DataFrame, category: str, count: str, colour: str | None = None,
               colour_title: str | None = None, colours: dict | None = None, sort: list | None = None):
    """Horizontal bars of `count` per `category` (stacked by `colour`), longest first unless `sort` says."""
    import altair as alt

    encoding = {
        "y": alt.Y(f"{category}:N", title=None, sort=sort or "-x", axis=alt.Axis(labelLimit=320)),
        "x": alt.X(f"sum({count}):Q", title=count.replace("_", " "),
                   axis=_count_axis(frame.groupby(category)[count].sum().max())),
        "tooltip": [category, count] + ([colour] if colour else []),
    }
    if colour:
        scale = alt.Scale(domain=list(colours), range=list(colours.values())) if colours else alt.Scale(scheme="tableau10")
        encoding["color"] = alt.Color(f"{colour}:N", title=colour_title or colour.replace("_", " "), scale=scale)
        if colours:
            encoding["order"] = alt.Order("colour_rank:Q")
            frame = frame.assign(colour_rank=frame[colour].map({name: i for i, name in enumerate(colours)}))
    else:
        encoding["color"] = alt.value(OUTCOME_COLOURS["loaded"])
    return alt.Chart(frame).mark_bar().encode(**encoding).properties(height={"step": BAR_STEP})


def _batches_chart(batches: pd.DataFrame):
    outcomes = pd.DataFrame({
        "batch": batches["batch_id"],
        "loaded": batches["articles"] - batches["quarantined"], "quarantined": batches["quarantined"],
        "duplicate": batches["duplicates"], "rejected": batches["rejects"],
    }).melt(id_vars="batch", var_name="outcome", value_name="inputs")
    return _bar_chart(outcomes[outcomes["inputs"] > 0], "batch", "inputs", colour="outcome", colours=OUTCOME_COLOURS,
                      sort=list(batches["batch_id"]))


def _checks_chart(checks: pd.DataFrame):
    outcomes = checks.melt(id_vars="layer", value_vars=["passed", "failed"], var_name="outcome", value_name="results")
    return _bar_chart(outcomes[outcomes["results"] > 0], "layer", "results", colour="outcome", colours=CHECK_COLOURS,
                      sort=list(checks["layer"]))


def _flow_chart(flows: pd.DataFrame):
    import altair as alt

    rows = flows.assign(flow=flows["funder_country"] + " → " + flows["recipient_country"],
                        label=[_usd_label(low, high, events) for low, high, events in
                               zip(flows["usd_mn_min"], flows["usd_mn_max"], flows["events"])])
    y = alt.Y("flow:N", title=None, sort=list(rows["flow"]), axis=alt.Axis(labelLimit=320))
    base = alt.Chart(rows).encode(y=y, tooltip=["flow", "events", "usd_mn_min", "usd_mn_max", "event_types"])
    largest = rows["usd_mn_max"].max(skipna=True)
    low = base.mark_bar(color=USD_MIN_COLOUR).encode(
        x=alt.X("usd_mn_min:Q", title="US$ millions", axis=alt.Axis(format=",d"),
                scale=alt.Scale(domainMax=(largest if largest > 0 else 1) * 1.3)))  # room for the labels
    high = base.mark_bar(color=USD_MAX_COLOUR).encode(x="usd_mn_min:Q", x2="usd_mn_max:Q")  # a range's upper part
    label = base.mark_text(align="left", dx=4, fontSize=11, color="#333").encode(
        x=alt.X("label_at:Q"), text="label:N")
    return alt.layer(low, high, label.transform_calculate(label_at="datum.usd_mn_max || 0")).properties(
        height={"step": BAR_STEP + 6})


def _events_chart(events: pd.DataFrame, period: str):
    import altair as alt

    unit = "year" if period == "year" else "yearmonth"
    return alt.Chart(events).mark_bar(width={"band": 0.85}).encode(
        x=alt.X(f"{unit}(period):T", title=None,
                axis=alt.Axis(format="%Y" if period == "year" else "%b %Y", labelAngle=0 if period == "year" else -40)),
        y=alt.Y("sum(events):Q", title="events", axis=_count_axis(events.groupby("period")["events"].sum().max())),
        color=alt.Color("event_type:N", title="type", scale=alt.Scale(scheme="tableau10")),
        tooltip=[alt.Tooltip(f"{unit}(period):T", title=period), "event_type", "events"],
    ).properties(height=240)


def _funders_chart(frame: pd.DataFrame):
    import altair as alt

    rows = frame.assign(label="→ " + frame["recipients"].replace("", "(no recipient named)"))
    y = alt.Y("funder:N", title=None, sort=list(rows["funder"]), axis=alt.Axis(labelLimit=320))
    base = alt.Chart(rows).encode(y=y, tooltip=["funder", "events", "usd_mn_max", "recipients"])
    bars = base.mark_bar(color=OUTCOME_COLOURS["loaded"]).encode(
        x=alt.X("events:Q", title="funding events", axis=_count_axis(rows["events"].max()),
                scale=alt.Scale(domainMax=float(rows["events"].max()) * 1.6)))
    labels = base.mark_text(align="left", dx=4, fontSize=11, color="#333", limit=260).encode(x="events:Q", text="label:N")
    return alt.layer(bars, labels).properties(height={"step": BAR_STEP + 4})


def _count_axis(largest):
    """An axis of whole numbers: a tick per unit while there are few, Vega's own above that."""
    import altair as alt

    if largest <= 10:
        return alt.Axis(values=list(range(int(largest) + 1)), format=",d")
    return alt.Axis(tickMinStep=1, tickCount=8, format=",d")


# --- formatting ------------------------------------------------------------------------------


def _table(frame: pd.DataFrame, headings: dict[str, str]) -> Table:
    """The frame's columns named in `headings`, with cells as the page prints them."""
    columns = list(headings)
    numeric = [pd.api.types.is_numeric_dtype(frame[column]) and not pd.api.types.is_bool_dtype(frame[column])
               for column in columns]
    rows = [[_cell(value) for value in row] for row in frame[columns].itertuples(index=False)]
    return Table([headings[c] for c in columns], rows, numeric)


def _cell(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT:
        return "–"
    if isinstance(value, (pd.Timestamp, datetime)):
        return value.strftime("%Y-%m-%d %H:%M") if (value.hour or value.minute) else value.strftime("%Y-%m-%d")
    if isinstance(value, date):
        return value.isoformat()
    return _number(value) if isinstance(value, (int, float, np.number)) and not isinstance(value, bool) else str(value)


def _number(value) -> str:
    """Thousands separated; a fraction with the one decimal the queries round to."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if isinstance(value, (int, np.integer)):
        return f"{int(value):,}"
    return f"{float(value):,.1f}"


def _usd_label(low, high, events) -> str:
    if pd.isna(high):
        return f"no US$ amount ({events} event{'s' * (events != 1)})"
    return f"US$ {_number(high)} mn" if low == high else f"US$ {_number(low)}–{_number(high)} mn"


def _types_text() -> str:
    names = {"lend": "loans", "fund": "grants and funding", "invest": "investment"}
    return ", ".join(names[t] for t in FUNDING_EVENT_TYPES)


def _period_label(period, unit: str) -> str:
    return period.strftime("%Y") if unit == "year" else period.strftime("%Y-%m")


def _period_text(first, last) -> str:
    if pd.isna(first):
        return "no article with a publication date"
    return f"published {_cell(first)} to {_cell(last)}"
