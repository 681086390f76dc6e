-- Which provinces are paired with which countries, in which sectors (ISIC Rev.4)
SELECT subdivision, subdivision_iso_code AS iso_code, partner,
       string_agg(sector_name || coalesce(' (' || isic_code || ')', ''), '; ' ORDER BY sector_name) AS sectors
FROM analytics.pairings
GROUP BY ALL
ORDER BY subdivision, partner
LIMIT 20;
