-- Money mentioned per country in the same sentence, in USD
SELECT country, count(*) AS amounts, round(sum(usd_min) / 1e9, 2) AS usd_bn_min, round(sum(usd_max) / 1e9, 2) AS usd_bn_max
FROM (SELECT unnest(countries_in_sentence) AS country, usd_min, usd_max FROM analytics.money_amounts)
GROUP BY country
ORDER BY usd_bn_max DESC NULLS LAST, country
LIMIT 10;
