-- Who lent to or funded whom, how much (USD), by year (of the event, else of the article)
SELECT year(coalesce(event_date, published_date)) AS year, event_type, agent AS lender, recipient AS borrower,
       count(*) AS events, round(sum(usd_min) FILTER (WHERE NOT amount_vague) / 1e6, 1) AS usd_mn_min, round(sum(usd_max) FILTER (WHERE NOT amount_vague) / 1e6, 1) AS usd_mn_max
FROM analytics.events
WHERE event_type IN ('lend', 'fund')
GROUP BY ALL
ORDER BY year, usd_mn_max DESC NULLS LAST, lender;
