-- Which provinces are paired with which countries, in which sectors (ISIC Rev.4)
SELECT subdivision, subdivision_iso_code AS iso_code, partner,
       string_agg(DISTINCT sector_name || coalesce(' (' || isic_code || ')', ''), '; ' ORDER BY sector_name || coalesce(' (' || isic_code || ')', '')) AS sectors,
       count(DISTINCT article_id) AS articles
FROM analytics.pairings
GROUP BY ALL
ORDER BY subdivision, partner
LIMIT 20;
