-- Money per country party to it (not every country of its sentence), in USD; orders of magnitude
-- ("billions of dollars") are left out of the sums and shown apart, since their ranges would swamp
-- real figures, and so are sums restated in another currency ("500 million euros ($540 million)")
SELECT country, count(*) FILTER (WHERE NOT vague AND NOT restated) AS amounts,
       round(sum(usd_min) FILTER (WHERE NOT vague AND NOT restated) / 1e9, 2) AS usd_bn_min,
       round(sum(usd_max) FILTER (WHERE NOT vague AND NOT restated) / 1e9, 2) AS usd_bn_max,
       count(*) FILTER (WHERE vague) AS vague_amounts
FROM (SELECT unnest(countries) AS country, usd_min, usd_max, vague, restated FROM analytics.money_amounts)
GROUP BY country
ORDER BY usd_bn_max DESC NULLS LAST, country
LIMIT 10;
