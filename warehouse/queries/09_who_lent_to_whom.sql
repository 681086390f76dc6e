-- Who lent to or funded whom, how much (USD), by year (of the event, else of the article)
-- A loan told with coordinated recipients ("lent $1bn to A and B") is an event per recipient, all
-- linked to one amount: the events of one amount are one transaction here, their lenders and
-- borrowers joined with '; ' and the amount counted once (the text does not say how it was split).
WITH transactions AS (
    SELECT min(year(coalesce(event_date, published_date))) AS year,
           string_agg(DISTINCT event_type, '/' ORDER BY event_type) AS event_type,
           string_agg(DISTINCT agent, '; ' ORDER BY agent) AS lender,
           string_agg(DISTINCT recipient, '; ' ORDER BY recipient) AS borrower,
           any_value(usd_min) AS usd_min, any_value(usd_max) AS usd_max, any_value(amount_vague) AS amount_vague
    FROM analytics.events WHERE event_type IN ('lend', 'fund')
    GROUP BY transaction_id
)
SELECT year, event_type, lender, borrower, count(*) AS transactions,
       round(sum(usd_min) FILTER (WHERE NOT amount_vague) / 1e6, 1) AS usd_mn_min,
       round(sum(usd_max) FILTER (WHERE NOT amount_vague) / 1e6, 1) AS usd_mn_max
FROM transactions
GROUP BY ALL
ORDER BY year, usd_mn_max DESC NULLS LAST, lender;
