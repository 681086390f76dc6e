-- Acquisitions by the buyer's country: how many, how much (USD), and what was bought
SELECT coalesce(agent_country, 'unknown') AS buyer_country, count(*) AS acquisitions,
       round(sum(usd_max) FILTER (WHERE NOT amount_vague) / 1e6, 1) AS usd_mn_max, list(DISTINCT recipient) AS targets
FROM analytics.events
WHERE event_type = 'acquire'
GROUP BY ALL
ORDER BY acquisitions DESC, buyer_country;
