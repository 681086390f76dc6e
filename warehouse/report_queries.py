"""The figures of `wirehouse report`: one read-only query per figure, on the published warehouse.

Every figure reads what analysts query (`wirehouse query`), so each number on the page can be
checked there. The health section reads the published file too: its `audit` schema holds the
checks, quarantines and batches of every published batch. Batches that were not published exist
only in the pipeline's own file; `withheld_batches` lists them from there when that file is on
this machine (it is not, e.g., where only the published file was copied).

`since` (a date or None) keeps the articles published on or after it and everything told in
them; an article without a publication date is then left out. The health section covers every
published batch whatever `since` says: it is about the pipeline, not the news.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pandas as pd

from pipelines.settings import Settings
from warehouse.db import analyst_connection, query_work

# Transactions that move money from the agent to the recipient: the funder side of a flow.
FUNDING_EVENT_TYPES = ("lend", "fund", "invest")
TOP_ENTITIES = 15
TOP_FUNDERS = 12
TOP_FLOWS = 20
LAST_BATCHES = 30

# The articles a report covers; every content query filters on it.
CHOSEN_ARTICLES = """
chosen AS (SELECT article_id FROM analytics.articles WHERE $since IS NULL OR published_date >= $since)"""

TOTALS_SQL = f"""
WITH {CHOSEN_ARTICLES}
SELECT (SELECT count(*) FROM chosen) AS articles,
       (SELECT count(DISTINCT publication) FROM analytics.articles WHERE article_id IN (SELECT article_id FROM chosen)) AS publications,
       (SELECT min(published_date) FROM analytics.articles WHERE article_id IN (SELECT article_id FROM chosen)) AS first_published,
       (SELECT max(published_date) FROM analytics.articles WHERE article_id IN (SELECT article_id FROM chosen)) AS last_published,
       (SELECT count(*) FROM analytics.events WHERE article_id IN (SELECT article_id FROM chosen)) AS events,
       (SELECT count(*) FROM analytics.money_amounts WHERE article_id IN (SELECT article_id FROM chosen)) AS amounts,
       (SELECT count(DISTINCT batch_id) FROM audit.batches) AS batches"""

# Money between countries: the first agent's country to the first recipient's (as analytics.events
# gives them), in US$ millions; orders of magnitude ("billions of dollars") are counted apart, not summed.
# Events that share one amount (a loan to coordinated recipients) are one transaction: the amount
# counts once in a sum, the events each.
FUNDING_EVENTS = """
funding_events AS (
    SELECT * FROM analytics.events
    WHERE event_type IN (SELECT unnest($types)) AND article_id IN (SELECT article_id FROM chosen)
)"""

# One row per transaction, by country pair (a shared amount counts in each pair it reaches: the text
# does not say how it was split).
FLOWS_SQL = f"""
WITH {CHOSEN_ARTICLES}, {FUNDING_EVENTS},
transactions AS (
    SELECT agent_country, recipient_country, count(*) AS events, list(DISTINCT event_type) AS event_types,
           any_value(usd_min) AS usd_min, any_value(usd_max) AS usd_max, any_value(amount_vague) AS amount_vague
    FROM funding_events WHERE agent_country IS NOT NULL AND recipient_country IS NOT NULL
    GROUP BY agent_country, recipient_country, transaction_id
),
country_names AS (
    SELECT iso_code, min(canonical_name) AS name FROM star.dim_entity
    WHERE entity_type = 'COUNTRY' AND iso_code IS NOT NULL GROUP BY iso_code
)
SELECT coalesce(fc.name, t.agent_country) AS funder_country, coalesce(rc.name, t.recipient_country) AS recipient_country,
       sum(t.events)::BIGINT AS events,
       coalesce(sum(t.events) FILTER (WHERE t.usd_max IS NOT NULL AND NOT t.amount_vague), 0)::BIGINT AS events_with_usd,
       round(sum(t.usd_min) FILTER (WHERE NOT t.amount_vague) / 1e6, 1) AS usd_mn_min,
       round(sum(t.usd_max) FILTER (WHERE NOT t.amount_vague) / 1e6, 1) AS usd_mn_max,
       count(*) FILTER (WHERE t.amount_vague) AS vague_amounts,
       array_to_string(list_sort(list_distinct(flatten(list(t.event_types)))), ', ') AS event_types,
       count(*) OVER () AS pairs  -- country pairs in all, before the limit
FROM transactions t
LEFT JOIN country_names fc ON fc.iso_code = t.agent_country
LEFT JOIN country_names rc ON rc.iso_code = t.recipient_country
GROUP BY ALL
ORDER BY usd_mn_max DESC NULLS LAST, events DESC, funder_country, recipient_country
LIMIT {TOP_FLOWS}"""

# The same transactions with no country on one side (a multilateral bank, a firm of unknown seat).
FLOWS_WITHOUT_COUNTRY_SQL = f"""
WITH {CHOSEN_ARTICLES}, {FUNDING_EVENTS},
transactions AS (
    SELECT count(*) AS events, any_value(usd_max) AS usd_max, any_value(amount_vague) AS amount_vague,
           list(DISTINCT coalesce(agent, '(no funder named)')) AS funders
    FROM funding_events WHERE agent_country IS NULL OR recipient_country IS NULL
    GROUP BY transaction_id
)
SELECT coalesce(sum(events), 0)::BIGINT AS events, round(sum(usd_max) FILTER (WHERE NOT amount_vague) / 1e6, 1) AS usd_mn_max,
       array_to_string(list_sort(list_distinct(flatten(list(funders)))), '; ') AS funders
FROM transactions"""

# Events per period and type, dated by the event, else by its article's publication.
EVENTS_OVER_TIME_SQL = f"""
WITH {CHOSEN_ARTICLES}
SELECT date_trunc($period, coalesce(event_date, published_date))::DATE AS period, event_type, count(*) AS events
FROM analytics.events
WHERE article_id IN (SELECT article_id FROM chosen) AND coalesce(event_date, published_date) IS NOT NULL
GROUP BY ALL ORDER BY period, event_type"""

EVENT_DATES_SQL = f"""
WITH {CHOSEN_ARTICLES}
SELECT min(coalesce(event_date, published_date)) AS first_date, max(coalesce(event_date, published_date)) AS last_date,
       count(*) FILTER (WHERE coalesce(event_date, published_date) IS NULL) AS undated
FROM analytics.events WHERE article_id IN (SELECT article_id FROM chosen)"""

# Each funder (every agent of a funding transaction) with its recipients; an event with two
# funders counts for both. A funder's events that share one amount count it once.
FUNDERS_SQL = f"""
WITH {CHOSEN_ARTICLES},
funding AS (
    SELECT f.event_key, f.transaction_id, f.usd_min, f.usd_max, f.amount_vague AS vague,
           (SELECT list(DISTINCT e.canonical_name ORDER BY e.canonical_name) FROM star.bridge_event_party r
              JOIN star.dim_entity e USING (entity_key) WHERE r.event_key = f.event_key AND r.role = 'recipient') AS recipients
    FROM analytics.events f
    WHERE f.event_type IN (SELECT unnest($types)) AND f.article_id IN (SELECT article_id FROM chosen)
),
funder_transactions AS (
    SELECT p.entity_key, count(*) AS events, any_value(f.usd_min) AS usd_min, any_value(f.usd_max) AS usd_max,
           any_value(f.vague) AS vague, flatten(list(coalesce(f.recipients, []))) AS recipients
    FROM funding f
    JOIN star.bridge_event_party p ON p.event_key = f.event_key AND p.role = 'agent'
    GROUP BY p.entity_key, f.transaction_id
)
SELECT e.canonical_name AS funder, e.entity_type AS funder_type, sum(t.events)::BIGINT AS events,
       round(sum(t.usd_min) FILTER (WHERE NOT t.vague) / 1e6, 1) AS usd_mn_min,
       round(sum(t.usd_max) FILTER (WHERE NOT t.vague) / 1e6, 1) AS usd_mn_max,
       count(*) FILTER (WHERE t.vague) AS vague_amounts,
       array_to_string(list_sort(list_distinct(flatten(list(t.recipients)))), '; ') AS recipients
FROM funder_transactions t
JOIN star.dim_entity e USING (entity_key)
GROUP BY ALL
ORDER BY events DESC, usd_mn_max DESC NULLS LAST, funder
LIMIT {TOP_FUNDERS}"""

# Named mentions only: a pronoun or title that refers back to a name is no new mention of it.
TOP_ENTITIES_SQL = f"""
WITH {CHOSEN_ARTICLES}
SELECT canonical_name AS entity, entity_type, count(*) AS mentions, count(DISTINCT article_id) AS articles
FROM analytics.entity_mentions
WHERE entity_type NOT IN ('SECTOR', 'QUANTITY') AND extractor NOT LIKE 'coreference:%'
  AND article_id IN (SELECT article_id FROM chosen)
GROUP BY ALL
ORDER BY mentions DESC, entity
LIMIT {TOP_ENTITIES}"""

# The newest published batches: what each input became.
BATCHES_SQL = f"""
SELECT b.batch_id, b.published_at,
       (SELECT count(*) FROM raw.articles r WHERE r.batch_id = b.batch_id) AS articles,
       (SELECT count(DISTINCT article_id) FROM audit.quarantine q WHERE q.batch_id = b.batch_id) AS quarantined,
       (SELECT count(*) FROM raw.duplicates d WHERE d.batch_id = b.batch_id) AS duplicates,
       (SELECT count(*) FROM raw.rejects r WHERE r.batch_id = b.batch_id) AS rejects
FROM audit.batches b
ORDER BY b.batch_id DESC
LIMIT {LAST_BATCHES}"""

REJECTS_SQL = """
SELECT reason_code, count(*) AS inputs FROM raw.rejects GROUP BY ALL ORDER BY inputs DESC, reason_code"""

QUARANTINES_SQL = """
SELECT layer, reason_code, count(DISTINCT article_id) AS articles FROM audit.quarantine
GROUP BY layer, reason_code ORDER BY articles DESC, list_position(['raw', 'parsed', 'entities', 'star'], layer), reason_code"""

CHECKS_SQL = """
SELECT layer, count(*) AS check_results, count(*) FILTER (WHERE passed) AS passed,
       count(*) FILTER (WHERE NOT passed) AS failed, sum(expectations_failed)::BIGINT AS expectations_failed,
       sum(articles_quarantined)::BIGINT AS articles_quarantined
FROM audit.check_results
GROUP BY layer ORDER BY list_position(['raw', 'parsed', 'entities', 'star'], layer)"""

# From the pipeline's own file: batches kept out of the published one, and the checks that failed.
WITHHELD_SQL = """
SELECT b.batch_id, b.status, b.updated_at,
       (SELECT string_agg(c.layer || ' ' || c.check_name, '; ' ORDER BY c.layer, c.check_name)
          FROM audit.check_results c WHERE c.batch_id = b.batch_id AND NOT c.passed) AS failed_checks
FROM audit.batches b WHERE b.status <> 'published' ORDER BY b.batch_id DESC"""


@dataclass(frozen=True)
class ReportFigures:
    """What the report shows, each figure a frame with the columns of its query."""

    warehouse: Path
    generated_at: datetime
    since: date | None
    totals: dict
    flows: pd.DataFrame
    flows_without_country: dict
    events_over_time: pd.DataFrame
    event_period: str  # month | year
    undated_events: int
    funders: pd.DataFrame
    top_entities: pd.DataFrame
    batches: pd.DataFrame
    rejects: pd.DataFrame
    quarantines: pd.DataFrame
    checks: pd.DataFrame
    withheld: pd.DataFrame | None  # None: the pipeline's file could not be read
    withheld_note: str


def report_figures(settings: Settings, since: date | None = None) -> ReportFigures:
    """Every figure of the report, read in one read-only connection to the published warehouse."""
    if not settings.warehouse_db.exists():
        raise FileNotFoundError(f"no warehouse at {settings.warehouse_db}: run `wirehouse run` (or `make run`) first")
    generated_at = datetime.now().astimezone()
    with analyst_connection(settings.warehouse_db, settings) as con:
        def frame(sql: str, **params) -> pd.DataFrame:
            wanted = {name: value for name, value in {"since": since, **params}.items() if f"${name}" in sql}
            return con.execute(sql, wanted).df()

        types = list(FUNDING_EVENT_TYPES)
        totals = frame(TOTALS_SQL).iloc[0].to_dict()
        dates = frame(EVENT_DATES_SQL).iloc[0]
        period = event_period(dates["first_date"], dates["last_date"])
        figures = dict(
            totals=totals,
            flows=frame(FLOWS_SQL, types=types),
            flows_without_country=frame(FLOWS_WITHOUT_COUNTRY_SQL, types=types).iloc[0].to_dict(),
            events_over_time=frame(EVENTS_OVER_TIME_SQL, period=period),
            event_period=period,
            undated_events=int(dates["undated"]),
            funders=frame(FUNDERS_SQL, types=types),
            top_entities=frame(TOP_ENTITIES_SQL),
            batches=frame(BATCHES_SQL),
            rejects=frame(REJECTS_SQL),
            quarantines=frame(QUARANTINES_SQL),
            checks=frame(CHECKS_SQL),
        )
    withheld, note = withheld_batches(settings)
    return ReportFigures(warehouse=settings.warehouse_db, generated_at=generated_at, since=since,
                         withheld=withheld, withheld_note=note, **figures)


def event_period(first, last) -> str:
    """Months while the events span up to three years, else years (a bar per month of a decade is unreadable)."""
    if pd.isna(first) or pd.isna(last):
        return "month"
    return "month" if (last - first).days <= 3 * 366 else "year"


def withheld_batches(settings: Settings) -> tuple[pd.DataFrame | None, str]:
    """The batches the pipeline's file holds but did not publish, or None and why not."""
    try:
        columns, rows = query_work(WITHHELD_SQL, settings=settings)
    except Exception as error:  # no pipeline file here, or one a run holds for writing
        return None, f"the pipeline's file could not be read ({error}): batches not published are not listed"
    return pd.DataFrame(rows, columns=columns), f"from the pipeline's file {settings.work_db}"
